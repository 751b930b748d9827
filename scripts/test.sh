#!/usr/bin/env bash
# npm test: set up what is missing, then run every test. Stops at the first stage that fails.
#   1. strict type check of src/, test/, scripts/ and bench/
#   2. unit tests of src/ (Node's test runner; includes the real-browser tests and the runner's own tests)
#   3. the Jupyter kernel conformance suite (jupyter_kernel_test) against the project's tslab kernel
#   4. execution of every notebook with nbclient, exercises checked with and without their solutions
set -euo pipefail
source "$(dirname "$0")/setup.sh" test

stage() { printf '\n== %s\n' "$*"; }
stage "type check (strict)"
node_modules/.bin/tsc -p tsconfig.json
echo "type check: clean"

stage "unit tests"
node scripts/run-unit-tests.mjs

stage "kernel conformance (jupyter_kernel_test, kernel tslab)"
"$LOSSLAB_PYTHON" test/kernel/test_tslab_kernel.py -v

stage "notebooks"
"$LOSSLAB_PYTHON" scripts/run_notebooks.py

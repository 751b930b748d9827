#!/usr/bin/env bash
# npm test: set up what is missing, then run every test. Stops at the first stage that fails.
#   1. strict type check of src/, test/, scripts/ and bench/
#   2. the Jupyter kernel conformance suite (jupyter_kernel_test) against the project's tslab kernel
#   3. execution of every notebook with nbclient, exercises checked with and without their solutions
#      (into build/notebooks/, which the site test of stage 4 exports and checks in a real browser)
#   4. unit tests (Node's test runner; includes the real-browser tests and the runner's own tests)
set -euo pipefail
source "$(dirname "$0")/setup.sh" test

stage() { printf '\n== %s\n' "$*"; }
stage "type check (strict)"
node_modules/.bin/tsc -p tsconfig.json
echo "type check: clean"

stage "kernel conformance (jupyter_kernel_test, kernel tslab)"
"$LOSSLAB_PYTHON" test/kernel/test_tslab_kernel.py -v

stage "notebooks"
"$LOSSLAB_PYTHON" scripts/run_notebooks.py

stage "unit tests"
node scripts/run-unit-tests.mjs

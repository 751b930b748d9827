#!/usr/bin/env bash
# npm run notebooks [-- NOTEBOOK.ipynb ... | --timeout S | --no-solutions]
# Executes the notebooks (default: all of notebooks/) with nbclient on the project's tslab kernel.
set -euo pipefail
source "$(dirname "$0")/setup.sh" test
exec "$LOSSLAB_PYTHON" scripts/run_notebooks.py "$@"

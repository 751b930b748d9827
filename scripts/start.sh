#!/usr/bin/env bash
# npm start: set up what is missing, then serve the course in Jupyter with its TypeScript kernel (tslab-based),
# opened on notebooks/. The project root is served so that a notebook's links to ../lessons/*.md work.
# JupyterLab where the user has it, else the classic Notebook. Set PORT to choose the port (default 8888).
set -euo pipefail
source "$(dirname "$0")/setup.sh" start

args=(--notebook-dir="$LOSSLAB_ROOT" --port="${PORT:-8888}" --ip="${LOSSLAB_IP:-127.0.0.1}")
# No display (a server, CI, a container): do not try to open a browser.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" != Darwin ]; then args+=(--no-browser); fi
[ "$(id -u)" = 0 ] && args+=(--allow-root)

if "$LOSSLAB_PYTHON" -c "import jupyterlab" 2>/dev/null; then
  app=jupyterlab
  args+=(--ServerApp.default_url=/lab/tree/notebooks)
else
  app=notebook
  args+=(--NotebookApp.default_url=/tree/notebooks)
  say "JupyterLab is not installed; serving the classic Notebook (pip install jupyterlab for JupyterLab)"
fi
say "starting Jupyter ($app) on the course (notebooks/, lessons/) with its TypeScript kernel; open the URL printed below"
exec "$LOSSLAB_PYTHON" -m "$app" "${args[@]}"

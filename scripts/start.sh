#!/usr/bin/env bash
# npm start: set up what is missing, then serve notebooks/ in Jupyter with the tslab kernel.
# JupyterLab where the user has it, else the classic Notebook. Set PORT to choose the port (default 8888).
set -euo pipefail
source "$(dirname "$0")/setup.sh" start

args=(--notebook-dir="$LOSSLAB_ROOT/notebooks" --port="${PORT:-8888}" --ip="${LOSSLAB_IP:-127.0.0.1}")
# No display (a server, CI, a container): do not try to open a browser.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" != Darwin ]; then args+=(--no-browser); fi
[ "$(id -u)" = 0 ] && args+=(--allow-root)

if "$LOSSLAB_PYTHON" -c "import jupyterlab" 2>/dev/null; then
  app=jupyterlab
else
  app=notebook
  say "JupyterLab is not installed; serving the classic Notebook (pip install jupyterlab for JupyterLab)"
fi
say "starting Jupyter ($app) on notebooks/ with the tslab kernel; open the URL printed below"
exec "$LOSSLAB_PYTHON" -m "$app" "${args[@]}"

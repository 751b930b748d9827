#!/usr/bin/env bash
# Installs whatever the course needs and is missing; quick when nothing is.
#   source scripts/setup.sh [start|test]
# Afterwards: LOSSLAB_PYTHON is a Python with Jupyter, JUPYTER_PATH finds the project's tslab kernel,
# dist/ holds the current build of src/, and node_modules/losslab makes the package importable by name.
set -euo pipefail

LOSSLAB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$LOSSLAB_ROOT"
purpose="${1:-start}"
say() { printf 'losslab: %s\n' "$*" >&2; }

# Debian packages: what each purpose needs, and the Python modules that show they are there.
APT_JUPYTER="jupyter-client jupyter-nbconvert python3-nbclient jupyter-notebook python3-jupyter-kernel-test"
PY_MODULES_START="jupyter_client, nbformat, notebook"
PY_MODULES_TEST="jupyter_client, nbformat, nbclient, jupyter_kernel_test"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo "$@"
  else return 1; fi
}

apt_install() {
  command -v apt-get >/dev/null || return 1
  say "installing Debian packages: $*"
  if [ ! -f /tmp/.losslab-apt-updated ]; then
    as_root apt-get update -qq >&2 || return 1
    touch /tmp/.losslab-apt-updated
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}

# 1. npm packages (npm ci on a fresh clone; npm install when package.json changed since).
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund >&2
elif [ package.json -nt node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "updating npm packages"
  npm install --no-audit --no-fund >&2
fi

# 2. A Python with Jupyter: the user's own first, then Debian's, installing Debian's (or pip's) if needed.
modules="$PY_MODULES_START"
[ "$purpose" = test ] && modules="$PY_MODULES_TEST"
find_python() {
  for candidate in "${LOSSLAB_PYTHON:-}" python3 /usr/bin/python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null && "$candidate" -c "import $modules" 2>/dev/null; then
      command -v "$candidate"; return 0
    fi
  done
  return 1
}
if ! LOSSLAB_PYTHON="$(find_python)"; then
  apt_install $APT_JUPYTER || {
    say "apt-get is not usable here; trying pip (--user)"
    python3 -m pip install --user --quiet notebook nbclient nbconvert jupyter_client jupyter_kernel_test >&2 || true
  }
  LOSSLAB_PYTHON="$(find_python)" || {
    say "could not install Jupyter. Install it yourself (Debian: sudo apt-get install $APT_JUPYTER;"
    say "elsewhere: pip install notebook nbclient jupyter_kernel_test), or set LOSSLAB_PYTHON to a Python that has it."
    exit 1
  }
fi
export LOSSLAB_PYTHON

# 3. The kernelspecs, in a project-local Jupyter data directory: tslab's own (jslab for JavaScript),
#    and under the name "tslab" the course's kernel built on tslab (src/kernel, run from dist/kernel).
export LOSSLAB_JUPYTER_DATA="$LOSSLAB_ROOT/.jupyter/share/jupyter"
kernel_json="$LOSSLAB_JUPYTER_DATA/kernels/tslab/kernel.json"
tslab_bin="$LOSSLAB_ROOT/node_modules/.bin/tslab"
kernel_main="$LOSSLAB_ROOT/dist/kernel/main.js"
if [ ! -f "$kernel_json" ] || ! grep -q "\"$kernel_main\"" "$kernel_json"; then
  say "registering the kernels in .jupyter/"
  "$tslab_bin" install --prefix "$LOSSLAB_ROOT/.jupyter" --binary "$tslab_bin" --python "$LOSSLAB_PYTHON" >&2
  node -e 'require("fs").writeFileSync(process.argv[1], JSON.stringify({ argv: [process.execPath, process.argv[2], "--config-path", "{connection_file}"], display_name: "TypeScript", language: "typescript" }) + "\n")' "$kernel_json" "$kernel_main"
fi
export JUPYTER_PATH="$LOSSLAB_JUPYTER_DATA${JUPYTER_PATH:+:$JUPYTER_PATH}"

# 4. Notebooks import the library by its package name, as a learner's own project would
#    (npm install prunes this link, so it is checked every time).
if [ "$(readlink node_modules/losslab 2>/dev/null)" != ".." ]; then
  ln -sfn .. node_modules/losslab
fi

# 5. The library, built to dist/ when any source is newer than the last build.
stamp=dist/.build-stamp
if [ ! -f "$stamp" ] || [ -n "$(find src tsconfig.json tsconfig.build.json -newer "$stamp" -print -quit)" ]; then
  say "building src/ to dist/"
  node_modules/.bin/tsc -p tsconfig.build.json || { say "the build of src/ failed (errors above)"; exit 1; }
  touch "$stamp"
fi


# 6. Tests also drive a real browser.
if [ "$purpose" = test ] && [ -z "${LOSSLAB_CHROMIUM:-}" ]; then
  if ! command -v chromium >/dev/null; then apt_install chromium || say "chromium is missing; the browser tests will say so"; fi
  LOSSLAB_CHROMIUM="$(command -v chromium || true)"
  export LOSSLAB_CHROMIUM
fi

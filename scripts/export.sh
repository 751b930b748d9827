#!/usr/bin/env bash
# npm run export: execute the notebooks when their executed copies are stale, then build the static site
# into site/. Extra arguments go to the site builder (exporter/cli.ts), e.g. `npm run export -- --strict`
# to fail when anything was left out of the site.
set -euo pipefail
source "$(dirname "$0")/setup.sh" test

stale=()
for nb in notebooks/[0-9][0-9]-*.ipynb; do
  out="build/notebooks/$(basename "$nb")"
  solutions="notebooks/solutions/$(basename "$nb")"
  if [ ! -f "$out" ] || [ "$nb" -nt "$out" ] || { [ -f "$solutions" ] && [ "$solutions" -nt "$out" ]; } \
     || [ -n "$(find src -newer "$out" -name '*.ts' -print -quit)" ]; then
    stale+=("$nb")
  fi
done
if [ ${#stale[@]} -gt 0 ]; then
  say "executing ${#stale[@]} notebook(s) whose executed copies are stale"
  "$LOSSLAB_PYTHON" scripts/run_notebooks.py --no-solutions "${stale[@]}"
fi
exec node_modules/.bin/tsx exporter/cli.ts --notebooks build/notebooks --lessons lessons --out site "$@"

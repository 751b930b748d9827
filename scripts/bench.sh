#!/usr/bin/env bash
# npm run bench [-- --quick] [-- --only steps,profile,optimizers,losses,notebooks,site,kernel,browser] [-- --run-notebooks]
# Benchmarks of issue 9: markdown tables on the terminal, figures in bench-results/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
# dist/ is what the notebooks import; rebuild it when src/ is newer, so the course sections measure today's code.
# (The benchmarks themselves import src/ through tsx.)
if [ ! -f dist/index.js ] || [ -n "$(find src -newer dist/index.js -name '*.ts' -print -quit 2>/dev/null)" ]; then
  if [ -x node_modules/.bin/tsc ]; then
    node_modules/.bin/tsc -p tsconfig.build.json >&2 || echo "bench: warning: building src/ to dist/ failed (errors above)" >&2
  else
    echo "bench: warning: TypeScript is not installed (node_modules/.bin/tsc); dist/ not rebuilt" >&2
  fi
fi
if [ ! -x node_modules/.bin/tsx ]; then
  echo "bench: tsx is not installed (node_modules/.bin/tsx); run npm install first" >&2
  exit 1
fi
exec node --import tsx bench/run.ts "$@"

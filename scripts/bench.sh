#!/usr/bin/env bash
# npm run bench [-- --quick] [-- --only steps,optimizers,losses,notebooks,site] [-- --run-notebooks]
# Benchmarks of issue 9: markdown tables on the terminal, figures in bench-results/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
# dist/ is what the notebooks import; rebuild it when src/ is newer, so the course sections measure today's code.
if [ ! -f dist/index.js ] || [ -n "$(find src -newer dist/index.js -name '*.ts' -print -quit 2>/dev/null)" ]; then
  npx tsc -p tsconfig.build.json >&2 || echo "bench: warning: building src/ failed; the benchmarks import src/ directly" >&2
fi
exec node --import tsx bench/run.ts "$@"

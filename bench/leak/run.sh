#!/usr/bin/env bash
# bench/leak: the metric-label leak of examples/service and its cure, measured.
#   bench/leak/run.sh            10k, 100k and 1M distinct URLs (~5 min on 2 cores)
#   bench/leak/run.sh --quick    1k, 10k and 100k (~1 min)
#   bench/leak/run.sh --quick --prometheus   also a real Prometheus per service
# Needs a built checkout (cmake -S . -B build -G Ninja && cmake --build build)
# and bench/install-bench-deps.sh. Prints the tables and writes
# docs/images/leak.png (--quick: build/bench-leak/leak-quick.png); traffic goes to 127.0.0.1 only. See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${LABELGUARD_BUILD_DIR:-build}
if [ ! -x "$build/bin/labelguard-scan" ]; then
  cmake -S . -B "$build" -G Ninja >/dev/null
  cmake --build "$build" --target labelguard-scan
fi
exec python3 bench/leak/leak.py --build-dir "$build" "$@"

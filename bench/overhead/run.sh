#!/usr/bin/env bash
# bench/overhead: what metrics-high-cardinality-label costs, side by side with
# -fsyntax-only, a trivial clang-tidy check and the Static Analyzer's taint
# checker, on real servers and generated TUs; then labelguard-clangd's time to
# diagnostics. See docs/performance.md for the figures.
#   bench/overhead/run.sh             3 repetitions (about 25 min on 2 cores)
#   bench/overhead/run.sh --quick     1 repetition, smaller corpus (about 4 min)
#   bench/overhead/run.sh --reps 5    more repetitions (the medians are printed)
#   bench/overhead/run.sh --no-csa    without the Static Analyzer
# Needs a built checkout (cmake -S . -B build -G Ninja && cmake --build build)
# and bench/install-bench-deps.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${LABELGUARD_BUILD_DIR:-build}
for f in bin/labelguard-tidy lib/labelguard-plugin.so bin/labelguard-clangd; do
  [ -e "$build/$f" ] || { echo "overhead: $build/$f missing: cmake --build $build" >&2; exit 1; }
done
# Measure copies: a rebuild of $build during the run (other work on the same
# checkout) must not swap the binaries between repetitions.
snap=$build/bench-snapshot
rm -rf "$snap" && mkdir -p "$snap/bin" "$snap/lib"
cp "$build/bin/labelguard-tidy" "$build/bin/labelguard-clangd" "$snap/bin/"
cp "$build/lib/labelguard-plugin.so" "$snap/lib/"
echo "binaries: copied from $build (labelguard-tidy built $(date -r "$build/bin/labelguard-tidy" '+%F %T')), checkout $(git describe --always --dirty 2>/dev/null || echo '?')"
python3 bench/overhead/overhead.py --build-dir "$snap" "$@"
echo
reps=5
case " $* " in *" --quick "*) reps=2 ;; esac
python3 bench/overhead/clangd_latency.py --build-dir "$snap" --reps "$reps"

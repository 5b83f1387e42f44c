#!/usr/bin/env bash
# README command 2: install, build, and run every test. Exits non-zero on any
# failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
start=$(date +%s)
scripts/build.sh
build=${LABELGUARD_BUILD_DIR:-build}
built=$(date +%s)
echo "test: build took $((built - start)) s"
status=0
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" --timeout 900 || status=$?
echo "test: tests took $(( $(date +%s) - built )) s"
exit $status

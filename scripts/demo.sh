#!/usr/bin/env bash
# README command 1: install, build, and run labelguard on the example service.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build=${LABELGUARD_BUILD_DIR:-build}
echo
echo "== labelguard-tidy on examples/service/main.cpp =="
# clang-tidy exits 0 with findings unless they are made errors; the findings
# are the point of this demo.
"$build/bin/labelguard-tidy" -p "$build" --quiet \
  --checks='-*,metrics-high-cardinality-label' examples/service/main.cpp

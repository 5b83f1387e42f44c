#!/usr/bin/env bash
# Configures and builds labelguard into ${LABELGUARD_BUILD_DIR:-build}.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${LABELGUARD_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"

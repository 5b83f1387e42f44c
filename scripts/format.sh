#!/usr/bin/env bash
# Formats labelguard's check and front ends with clang-format-19 and the
# tree's .clang-format (LLVM style). `scripts/format.sh --check` changes
# nothing and fails on any difference (the `format` test).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files 'checks/*.cpp' 'checks/*.h' 'tool/*.cpp' 'tool/*.h')
if [ "${1:-}" = "--check" ]; then
  exec clang-format-19 --dry-run -Werror "${files[@]}"
fi
exec clang-format-19 -i "${files[@]}"

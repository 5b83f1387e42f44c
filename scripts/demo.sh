#!/usr/bin/env bash
# README command 1: install, build, run labelguard's whole-program scan on the
# example service, and show what its fixes change in a copy, which is built.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build=${LABELGUARD_BUILD_DIR:-build}

# Configures the example in $1 on its own (its CMakeLists.txt allows it) into
# $2, for a compile database of just its two units. The build's own database
# would do for reading them, but it holds every program of labelguard's tree
# (tests, benchmarks, tools), which labelguard-scan would summarise (minutes)
# and link as if they were one program.
configure_example() {
  cmake -S "$1" -B "$2" -G Ninja -DCMAKE_CXX_COMPILER=clang++-19 \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DLABELGUARD_INCLUDE_DIR="$PWD/include" \
    > "$2.configure.log" 2>&1 || { cat "$2.configure.log"; exit 1; }
}

echo
echo "== labelguard-scan on examples/service (main.cpp, metrics.cpp) =="
program=$build/example-program
rm -rf "$program"
configure_example examples/service "$program"
# Exit 1 means findings, which are the point of this demo.
"$build/bin/labelguard-scan" -p "$program" --quiet || [ $? -eq 1 ]

# A copy, fixed in place by --fix, then built.
fixed=$build/fixed-example
rm -rf "$fixed" && mkdir -p "$fixed/src"
cp examples/service/{CMakeLists.txt,main.cpp,metrics.h,metrics.cpp} "$fixed/src/"
configure_example "$fixed/src" "$fixed/build"
"$build/bin/labelguard-scan" -p "$fixed/build" --fix > "$fixed/fix.log" 2>&1 ||
  [ $? -eq 1 ] || { cat "$fixed/fix.log"; exit 1; }
echo
echo "== what labelguard-scan --fix changes (a copy in $fixed/src) =="
for file in main.cpp metrics.h metrics.cpp; do
  if cmp -s "examples/service/$file" "$fixed/src/$file"; then
    echo "(examples/service/$file: unchanged)"
  else
    diff -u "examples/service/$file" "$fixed/src/$file" || true
  fi
done
cmake --build "$fixed/build" > "$fixed/build.log" 2>&1 ||
  { cat "$fixed/build.log"; exit 1; }
echo
echo "The fixed copy builds: $fixed/build/example-service"

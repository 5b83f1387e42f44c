#!/usr/bin/env bash
# README command 1: install, build, run labelguard on the example service, and
# show what its fix-its change in a copy.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build=${LABELGUARD_BUILD_DIR:-build}
checks='-*,metrics-high-cardinality-label'

echo
echo "== labelguard-tidy on examples/service/main.cpp =="
# clang-tidy exits 0 with findings unless they are made errors; the findings
# are the point of this demo.
"$build/bin/labelguard-tidy" -p "$build" --quiet --checks="$checks" \
  examples/service/main.cpp

# A copy with a compile database of its own (the example's flags), fixed in
# place by --fix.
fixed="$build/fixed-example"
rm -rf "$fixed" && mkdir -p "$fixed"
cp examples/service/main.cpp "$fixed/main.cpp"
python3 - "$build/compile_commands.json" "$PWD/examples/service/main.cpp" \
  "$PWD/$fixed/main.cpp" > "$fixed/compile_commands.json" <<'PY'
import json, os, sys
db, original, copy = sys.argv[1:]
for entry in json.load(open(db)):
    if os.path.realpath(os.path.join(entry["directory"], entry["file"])) == original:
        entry["command"] = entry["command"].replace(entry["file"], copy)
        entry["file"] = copy
        json.dump([entry], sys.stdout, indent=1)
        break
else:
    sys.exit("the build's compile database has no entry for the example")
PY
"$build/bin/labelguard-tidy" -p "$fixed" --quiet --checks="$checks" --fix \
  "$fixed/main.cpp" > "$fixed/fix.log" 2>&1 || { cat "$fixed/fix.log"; exit 1; }
echo
echo "== what --fix changes (a copy in $fixed) =="
diff -u examples/service/main.cpp "$fixed/main.cpp" || true

#!/usr/bin/env bash
# labelguard's whole-program scan sharded across CI jobs (docs/ci.md, "Sharded
# CI"): shards write summaries, one job links them, each shard reports the
# findings in its own sources. Copy it into your repository; CI calls it.
#
#   labelguard-ci-shard.sh split BUILD_DIR N OUT
#       OUT/shard-K/compile_commands.json for K = 0..N-1: the sources of
#       BUILD_DIR's compile database, sorted, dealt round-robin.
#   labelguard-ci-shard.sh summarize SHARD_DIR SUMMARIES
#       the shard's summaries into SUMMARIES/ (one file per source, named
#       after it); summaries already there whose source, headers, flags,
#       options and labelguard are unchanged are reused, and those of
#       sources not in the shard are removed.
#   labelguard-ci-shard.sh link SUMMARIES INDEX
#       the project index of every summary in SUMMARIES/ (all shards').
#   labelguard-ci-shard.sh report INDEX SHARD_DIR OUT
#       the findings in the shard's sources (shard 0 also reports headers):
#       OUT.txt (also printed), OUT.yaml (clang-apply-replacements),
#       OUT.sarif (labelguard-sarif). Exit 0 clean, 1 findings, 3 a unit
#       did not compile, 2 bad input.
#
# LABELGUARD_SCAN and LABELGUARD_SARIF name the programs (default: on PATH).
set -euo pipefail
scan=${LABELGUARD_SCAN:-labelguard-scan}
sarif=${LABELGUARD_SARIF:-labelguard-sarif}
usage() { sed -n '2,23p' "$0" >&2; exit 2; }
die() { echo "labelguard-ci-shard: error: $*" >&2; exit 2; }

# The absolute source files of a compile database, one a line.
sources() {
  python3 - "$1" <<'PY'
import json, os, sys
with open(sys.argv[1], encoding="utf-8") as f:
    for e in json.load(f):
        print(os.path.normpath(os.path.join(e["directory"], e["file"])))
PY
}

[ $# -ge 1 ] || usage
case $1 in
split)
  [ $# -eq 4 ] || usage
  db=$2/compile_commands.json n=$3 out=$4
  [ -f "$db" ] || die "no compile database: '$db' does not exist"
  [[ $n =~ ^[1-9][0-9]*$ ]] || die "N must be a positive number, not '$n'"
  python3 - "$db" "$n" "$out" <<'PY'
import json, os, sys
db, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(db, encoding="utf-8") as f:
    entries = json.load(f)
key = lambda e: os.path.normpath(os.path.join(e["directory"], e["file"]))
files = sorted({key(e) for e in entries})
shard_of = {f: i % n for i, f in enumerate(files)}
for k in range(n):
    os.makedirs(os.path.join(out, "shard-%d" % k), exist_ok=True)
    mine = [e for e in entries if shard_of[key(e)] == k]
    with open(os.path.join(out, "shard-%d" % k, "compile_commands.json"),
              "w", encoding="utf-8") as f:
        json.dump(mine, f, indent=1)
    with open(os.path.join(out, "shard-%d" % k, "labelguard-shard"), "w") as f:
        f.write("%d %d\n" % (k, n))
    print("shard-%d: %d sources" % (k, len({key(e) for e in mine})))
PY
  ;;
summarize)
  [ $# -eq 3 ] || usage
  [ -f "$2/compile_commands.json" ] || die "no compile database in '$2'"
  mkdir -p "$3"
  # The shard's own findings are partial (other shards' units are missing):
  # only its summaries matter here.
  status=0
  "$scan" -p "$2" --summary-dir="$3" --index="$2/partial.idx" >/dev/null || status=$?
  # 3: some unit did not compile; its summary says so and the reports print it.
  [ $status -le 1 ] || [ $status -eq 3 ] || exit $status
  # A directory restored from a cache may hold summaries of sources that are
  # no longer in this shard: drop them, or the link would see them twice.
  python3 - "$2/compile_commands.json" "$3" <<'PY'
import json, os, sys
with open(sys.argv[1], encoding="utf-8") as f:
    mine = {os.path.realpath(os.path.join(e["directory"], e["file"]))
            for e in json.load(f)}
for name in os.listdir(sys.argv[2]):
    path = os.path.join(sys.argv[2], name)
    if not name.endswith(".lgs"):
        continue
    try:
        with open(path, encoding="utf-8") as f:
            main = json.load(f).get("main", "")
    except (OSError, ValueError):
        main = ""
    if main not in mine:
        os.remove(path)
PY
  ;;
link)
  [ $# -eq 3 ] || usage
  [ -d "$2" ] || die "no summaries: '$2' is not a directory"
  "$scan" link -o "$3" "$2"
  ;;
report)
  [ $# -eq 4 ] || usage
  index=$2 shard=$3 out=$4
  [ -f "$shard/labelguard-shard" ] || die "'$shard' is not a shard (run split)"
  read -r k _ < "$shard/labelguard-shard"
  filter=()
  [ "$k" -eq 0 ] || filter=(--header-filter='^$')  # headers: shard 0 only
  mapfile -t files < <(sources "$shard/compile_commands.json")
  status=0
  "$scan" report --export-fixes="$out.yaml" "${filter[@]}" "$index" "${files[@]}" \
    > "$out.txt" || status=$?
  [ $status -ne 2 ] || exit 2
  cat "$out.txt"
  "$sarif" --from-export-fixes "$out.yaml" --fail-on none -o "$out.sarif"
  exit $status
  ;;
*) usage ;;
esac

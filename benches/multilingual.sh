#!/usr/bin/env bash
# Multilingual checks (issue #5) on the bench corpus:
#  1. false positives of the script check: `polyfeed check` on the 100k corpus, counting
#     `UntranslatedItem` (must be 0);
#  2. detection: the newest item of each of the nine languages gets the title, summary and
#     content of an item in another script (Cyrillic languages get Chinese text, the others
#     Russian); `check` must report each of the nine, and `validate` on the build of that
#     corpus must report each in every feed it appears in;
#  3. whole-site validation of the 100k build (no error, no warning but `DuplicateUpdated`)
#     and the time of whole-site validation of the 1M build.
#
#   bash benches/multilingual.sh     (report in markdown on stdout)
#
# Env: SHARED, BENCH_DIR (default /tmp/polyfeed-bench), REUSE_DIRS (default /tmp/bench), RUNS
#      (default 5, for the 1M timing).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
SHARED=$(cd "$SHARED" && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/polyfeed-bench}
REUSE_DIRS=${REUSE_DIRS:-/tmp/bench}
RUNS=${RUNS:-5}
GEN=$SHARED/bench/gen_items.py
mkdir -p "$BENCH_DIR/ml"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
# shellcheck source=benches/common.sh
source "$ROOT/benches/common.sh"
W=$BENCH_DIR/ml
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (apt-get install time)"
P=$W/polyfeed
build_polyfeed "$P"
SITE=$(find_file site.toml)
if [ -z "$SITE" ]; then
    SITE=$BENCH_DIR/site.toml
    python3 "$GEN" --items 10 --seed 1 --out /dev/null --site-out "$SITE"
fi
ITEMS=$(corpus 100k 100000)

count() { grep -c "$1" "$2" || true; }

say "== check on the 100k corpus"
"$P" check --site "$SITE" --format text "$ITEMS" >"$W/check.out" 2>"$W/check.err" || true
fp=$(count 'UntranslatedItem' "$W/check.out")

say "== planting nine untranslated items"
python3 - "$ITEMS" "$W/planted.jsonl" "$W/planted-ids.txt" <<'PY'
import json, sys
src, out, ids_out = sys.argv[1:4]
items = [json.loads(l) for l in open(src, encoding="utf-8")]
newest = {}
donor = {}
for it in items:
    l = it["lang"]
    if l not in newest or (it["published"], int(it["id"])) > (newest[l]["published"], int(newest[l]["id"])):
        newest[l] = it
    donor.setdefault(l, it)
cyrillic = {"ru", "be", "kk", "ky", "tg"}
planted = {}
for l, it in newest.items():
    d = donor["zh"] if l in cyrillic else donor["ru"]
    for k in ("title", "summary", "content_html"):
        if k in d:
            it[k] = d[k]
    planted[l] = it["id"]
with open(out, "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
with open(ids_out, "w") as f:
    for l in sorted(planted):
        f.write(f"{l} {planted[l]}\n")
PY
"$P" check --site "$SITE" --format text "$W/planted.jsonl" >"$W/check-planted.out" 2>/dev/null || true
caught_check=$(count 'UntranslatedItem' "$W/check-planted.out")
rm -rf "$W/out-planted"
"$P" build --site "$SITE" --out "$W/out-planted" "$W/planted.jsonl" >"$W/build-planted.out" 2>&1 || true
# The planted items are warnings (not errors) in the build's self-check: it writes the feeds.
say "== whole-site validation of the 100k build"
rm -rf "$W/out-100k"
"$P" build --site "$SITE" --out "$W/out-100k" "$ITEMS" >/dev/null 2>&1
"$P" validate --format concise "$W/out-100k" >"$W/validate-100k.out" 2>"$W/validate-100k.err" || true
bad=$(grep -E 'error\[|warning\[' "$W/validate-100k.out" | grep -vc 'DuplicateUpdated' || true)
fp_validate=$(count 'UntranslatedItem' "$W/validate-100k.out")
site_findings=$(grep -cE 'DuplicateSelfLink|DuplicateFeedId|OneWayHreflang|HreflangMismatch|InconsistentItemId|SharedItemId' "$W/validate-100k.out" || true)

say "== validate the build of the planted corpus"
"$P" validate --format concise "$W/out-planted" >"$W/validate-planted.out" 2>/dev/null || true
caught_validate=$(count 'UntranslatedItem' "$W/validate-planted.out")
caught_files=$( (grep 'UntranslatedItem' "$W/validate-planted.out" || true) | cut -d: -f1 | sort -u | wc -l)
caught_langs=$( (grep -o 'declared `[a-z]*`' "$W/validate-planted.out" || true) | sort -u | wc -l)

say "== whole-site validation of the 1M build, $RUNS runs"
ONE_M=$BENCH_DIR/diff-1m-old
if [ ! -s "$ONE_M/feeds.json" ]; then
    ONE_M=$W/out-1m
    rm -rf "$ONE_M"
    "$P" build --site "$SITE" --out "$ONE_M" "$(corpus 1m 1000000)" >/dev/null 2>&1
fi
: >"$W/t1m"
for r in $(seq "$RUNS"); do
    /usr/bin/time -o "$W/t" -f '%e %M' "$P" validate --format concise "$ONE_M" >/dev/null 2>"$W/v1m.err" || true
    tail -n 1 "$W/t" >>"$W/t1m"
done

echo "# Multilingual checks"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); polyfeed commit $(commit_of_root)"
echo "- corpus: $ITEMS ($(wc -l <"$ITEMS") items, 9 languages)"
echo
echo "| measurement | result |"
echo "|---|---|"
echo "| \`check\` on the 100k corpus: UntranslatedItem (false positives) | $fp |"
echo "| \`check\` with one planted item per language: UntranslatedItem | $caught_check of 9 |"
echo "| \`validate\` of the 100k build: UntranslatedItem (false positives) | $fp_validate |"
echo "| \`validate\` of the 100k build: errors and warnings other than DuplicateUpdated | $bad |"
echo "| \`validate\` of the 100k build: whole-site findings | $site_findings |"
echo "| \`validate\` of the build of the planted corpus: UntranslatedItem | $caught_validate findings in $caught_files feed files, $caught_langs of 9 languages |"
echo "| whole-site \`validate\` of the 1M build ($(find "$ONE_M" -type f | wc -l) files), median of $RUNS | $(awk '{print $1}' "$W/t1m" | median) s, $(awk '{print $2}' "$W/t1m" | max | awk '{printf "%d", $1/1024}') MB |"
echo
echo "Summary lines: 100k build: $(tail -n 1 "$W/validate-100k.err"); 1M build: $(tail -n 1 "$W/v1m.err")."
echo "Planted items (language id): $(tr '\n' ' ' <"$W/planted-ids.txt")"
echo "\`build\` of the planted corpus: $(tail -n 1 "$W/build-planted.out")"

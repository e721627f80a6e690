#!/usr/bin/env bash
# Benchmark of `polyfeed diff` (issue #4): the ~50 MB RSS feed against the ~50 MB Atom feed
# made from the same 100k corpus (a cross-format diff: every item is matched and compared),
# and two folders of the 1M-item build (162 feeds): identical, and fully re-keyed (a new tag
# authority, the worst case: every item goes through the re-key matching).
#
#   bash benches/diff.sh        (report in markdown on stdout, progress on stderr)
#
# Env: SHARED (default ../shared), BENCH_DIR (default /tmp/polyfeed-bench), RUNS (default 5),
#      REUSE_DIRS (default /tmp/bench): folders searched for big.rss.xml, big.atom.xml,
#      items-100k.jsonl, items-1m.jsonl and site.toml before making them.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
SHARED=$(cd "$SHARED" && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/polyfeed-bench}
RUNS=${RUNS:-5}
REUSE_DIRS=${REUSE_DIRS:-/tmp/bench}
GEN=$SHARED/bench/gen_items.py
MAKE_BIG=$SHARED/bench/make_big_feeds.py
mkdir -p "$BENCH_DIR/dres"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
# shellcheck source=benches/common.sh
source "$ROOT/benches/common.sh"
RES=$BENCH_DIR/dres
rm -f "$RES"/*
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (apt-get install time)"

POLYFEED=$BENCH_DIR/polyfeed-diff
build_polyfeed "$POLYFEED"

RSS=$(find_file big.rss.xml)
ATOM=$(find_file big.atom.xml)
if [ -z "$RSS" ] || [ -z "$ATOM" ]; then
    RSS=$BENCH_DIR/big.rss.xml ATOM=$BENCH_DIR/big.atom.xml
    say "== making the ~50 MB feeds from the 100k corpus"
    python3 "$MAKE_BIG" "$(corpus 100k 100000)" "$RSS" "$ATOM" --mb 50 >&2
fi
SITE=$(find_file site.toml)
if [ -z "$SITE" ]; then
    SITE=$BENCH_DIR/site.toml
    python3 "$GEN" --items 10 --seed 1 --out /dev/null --site-out "$SITE"
fi

# The two 1M builds: OLD as configured, NEW with another tag authority (every id changes).
OLD=$BENCH_DIR/diff-1m-old NEW=$BENCH_DIR/diff-1m-new
if [ ! -s "$OLD/feeds.json" ] || [ ! -s "$NEW/feeds.json" ]; then
    ITEMS=$(corpus 1m 1000000)
    say "== building the 1M corpus twice"
    rm -rf "$OLD" "$NEW"
    "$POLYFEED" build --site "$SITE" --out "$OLD" "$ITEMS" 2>/dev/null
    sed 's/^id_authority = .*/id_authority = "rekeyed.example.net,2026"/' "$SITE" > "$BENCH_DIR/site-rekeyed.toml"
    grep -q '^id_authority' "$BENCH_DIR/site-rekeyed.toml" \
        || printf 'id_authority = "rekeyed.example.net,2026"\n' | cat - "$SITE" > "$BENCH_DIR/site-rekeyed.toml"
    "$POLYFEED" build --site "$BENCH_DIR/site-rekeyed.toml" --out "$NEW" "$ITEMS" 2>/dev/null
fi

run() { # name command...: one timed run, "seconds maxrss-KB" appended to RES/name
    local name=$1; shift
    /usr/bin/time -o "$RES/$name.t" -f '%e %M' "$@" >"$RES/$name.out" 2>"$RES/$name.err" || true
    tail -n 1 "$RES/$name.t" >>"$RES/$name"   # time notes a non-zero exit on the line before
}
say "== $RUNS rounds"
for r in $(seq "$RUNS"); do
    run big "$POLYFEED" diff --format json "$RSS" "$ATOM"
    run same "$POLYFEED" diff --format json "$OLD" "$OLD"
    run rekeyed "$POLYFEED" diff --format json "$OLD" "$NEW"
    say "   round $r done"
done
med() { awk '{print $1}' "$RES/$1" | median; }
peak_mb() { awk '{print $2}' "$RES/$1" | max | awk '{printf "%d", $1/1024}'; }

echo "# polyfeed diff benchmark"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); polyfeed commit $(commit_of_root); nproc $(nproc)"
echo
echo "| diff | inputs | median s | peak MB | summary |"
echo "|---|---|---:|---:|---|"
echo "| RSS vs Atom, 50 MB each | $(stat -c %s "$RSS") B + $(stat -c %s "$ATOM") B | $(med big) | $(peak_mb big) | $(tail -n 1 "$RES/big.err") |"
echo "| 1M build vs itself | $(find "$OLD" -name '*.xml' -o -name 'feed.json' | grep -c .) files | $(med same) | $(peak_mb same) | $(tail -n 1 "$RES/same.err") |"
echo "| 1M build vs re-keyed 1M build | $(du -sb "$OLD" | cut -f1) B per side | $(med rekeyed) | $(peak_mb rekeyed) | $(tail -n 1 "$RES/rekeyed.err") |"
echo
echo "Raw runs (s): big $(awk '{print $1}' "$RES/big" | tr '\n' ' '); same $(awk '{print $1}' "$RES/same" | tr '\n' ' '); rekeyed $(awk '{print $1}' "$RES/rekeyed" | tr '\n' ' ')"
echo
echo "Commands: \`polyfeed diff --format json RSS ATOM\`, \`polyfeed diff --format json OLD OLD\`, \`polyfeed diff --format json OLD NEW\` under \`/usr/bin/time -f '%e %M'\`."

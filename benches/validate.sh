#!/usr/bin/env bash
# Side-by-side benchmark of `polyfeed validate` against the floor (`limit scan`, a bare
# quick-xml event scan) and three parsers people use (feed-rs, feedparser-rs, Python
# feedparser), all in one run on the same machine, plus the W3C conformance score, the
# latency on a 1 KB feed, a folder of thousands of feeds on one and two cores, and the memory
# of a 1 GB feed.
#
#   bash benches/validate.sh              (report in markdown on stdout, progress on stderr)
#
# Env: SHARED (default ../shared from the repo root), BENCH_DIR (default /tmp/polyfeed-bench),
#      RUNS (default 5), PY_RUNS (default 1: Python feedparser takes ~20 s a feed),
#      REUSE_DIRS (default /tmp/bench), LIMIT (a built floor binary), GB (default 1: also
#      make and validate a 1 GB feed from the 1M corpus; 0 skips it). See benches/README.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
SHARED=$(cd "$SHARED" && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/polyfeed-bench}
RUNS=${RUNS:-5}
PY_RUNS=${PY_RUNS:-1}
REUSE_DIRS=${REUSE_DIRS:-/tmp/bench}
GB=${GB:-1}
GEN=$SHARED/bench/gen_items.py
MAKE_BIG=$SHARED/bench/make_big_feeds.py
PARSE_PY=$SHARED/bench/peers/parse_py.py

mkdir -p "$BENCH_DIR/logs" "$BENCH_DIR/vres"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
# shellcheck source=benches/common.sh
source "$ROOT/benches/common.sh"
LOGS=$BENCH_DIR/logs
RES=$BENCH_DIR/vres
rm -f "$RES"/*


[ -x /usr/bin/time ] || die "/usr/bin/time is missing (apt-get install time)"

# ---------------------------------------------------------------- tools
POLYFEED=$BENCH_DIR/polyfeed-validate
build_polyfeed "$POLYFEED"

say "== building the feed-rs peer (benches/feedrs)"
cargo build --release --quiet --manifest-path "$ROOT/benches/feedrs/Cargo.toml" \
    --target-dir "$BENCH_DIR/feedrs-target" || die "cannot build benches/feedrs"
FEEDRS=$BENCH_DIR/feedrs-target/release/feedrs-peer

find_floor

HAVE_PY=1
if ! python3 -c 'import feedparser, feedparser_rs' >/dev/null 2>&1; then
    say "== pip install feedparser feedparser-rs"
    if ! python3 -m pip install --quiet feedparser feedparser-rs >"$LOGS/pip-parsers.log" 2>&1 \
        || ! python3 -c 'import feedparser, feedparser_rs' >/dev/null 2>&1; then
        say "== SKIP the Python peers (see $LOGS/pip-parsers.log)"; HAVE_PY=0
    fi
fi

# ---------------------------------------------------------------- inputs
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

# A 1 KB feed: the head of a built feed, closed after its first item.
SMALL=$BENCH_DIR/small-1k.xml
cat >"$SMALL" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Bulletin: news</title>
<link>https://bulletin.example.org/ru/news/</link>
<description>News of the bulletin, in Russian</description>
<language>ru</language>
<atom:link href="https://bulletin.example.org/ru/news/rss.xml" rel="self" type="application/rss+xml"/>
<lastBuildDate>Fri, 05 Dec 2025 10:00:00 +0300</lastBuildDate>
<item>
<title>Заседание Совета министров иностранных дел</title>
<link>https://bulletin.example.org/ru/news/2025/12/05/101/</link>
<guid isPermaLink="true">https://bulletin.example.org/ru/news/2025/12/05/101/</guid>
<pubDate>Fri, 05 Dec 2025 10:00:00 +0300</pubDate>
<description>Министры обсудили подготовку совместных учений и план работы на следующий год.</description>
</item>
<item>
<title>Встреча секретарей советов безопасности</title>
<link>https://bulletin.example.org/ru/news/2025/12/04/100/</link>
<guid isPermaLink="true">https://bulletin.example.org/ru/news/2025/12/04/100/</guid>
<pubDate>Thu, 04 Dec 2025 09:30:00 +0300</pubDate>
<description>Секретари обсудили обстановку в регионе.</description>
</item>
</channel>
</rss>
EOF

# A folder of thousands of feeds: the 10k bench build (162 feeds), copied 20 times.
FOLDER=$BENCH_DIR/validate-folder
if [ ! -f "$FOLDER/.complete" ]; then
    say "== building the 10k bench site and copying it 20 times into $FOLDER"
    rm -rf "$FOLDER" "$BENCH_DIR/out-10k"
    "$POLYFEED" build --site "$SITE" --out "$BENCH_DIR/out-10k" "$(corpus 10k 10000)" >"$LOGS/build-10k.log" 2>&1
    for i in $(seq -w 1 20); do cp -r "$BENCH_DIR/out-10k" "$FOLDER.part.$i"; done
    mkdir -p "$FOLDER"
    for i in $(seq -w 1 20); do mv "$FOLDER.part.$i" "$FOLDER/copy-$i"; done
    touch "$FOLDER/.complete"
fi
FOLDER_FEEDS=$(find "$FOLDER" -type f \( -name '*.xml' -o -name feed.json \) | wc -l)
FOLDER_FILES=$(find "$FOLDER" -type f ! -name .complete | wc -l)

# ---------------------------------------------------------------- measuring
# run LABEL CMD...: times CMD (stdout to a log), appends "secs kb cpu%" to $RES/LABEL.
# validate exits 1 when a feed has errors; only statuses above 1 count as failures.
run() {
    local label=$1; shift
    local tf=$RES/$label.time rc=0
    /usr/bin/time -f '%e %M %P' -o "$tf" "$@" >"$LOGS/$label.out" 2>"$LOGS/$label.err" || rc=$?
    if [ $rc -gt 1 ]; then
        echo "exit $rc" >"$RES/$label.fail"
        say "   $label FAILED (exit $rc, see $LOGS/$label.err)"
    else
        tail -n 1 "$tf" >>"$RES/$label"
    fi
}
col() { [ -s "$RES/$1" ] && awk -v c="$2" '{print $c}' "$RES/$1"; }
med() { col "$1" 1 | median; }
peak_mb() { col "$1" 2 | max | awk '{printf "%.0f", $1/1024}'; }

commit=$(commit_of_root)
cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)

echo "# polyfeed validate benchmark"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "- polyfeed: $("$POLYFEED" --version), commit $commit"
echo "- nproc: $(nproc); CPU: ${cpu:-unknown}; RAM: $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)"
echo "- rustc: $(rustc --version 2>/dev/null || echo '?'); feed-rs: $(awk '/^name = "feed-rs"/ {getline; print $3}' "$ROOT/benches/feedrs/Cargo.lock" 2>/dev/null | tr -d '"')"
if [ $HAVE_PY = 1 ]; then
    echo "- python3 $(python3 --version 2>&1 | cut -d' ' -f2); feedparser $(python3 -c 'import importlib.metadata as m; print(m.version("feedparser"))'); feedparser-rs $(python3 -c 'import importlib.metadata as m; print(m.version("feedparser-rs"))')"
fi
echo

# ---------------------------------------------------------------- conformance
if [ -x "$SHARED/conformance/score" ]; then
    say "== conformance"
    echo "## Conformance (W3C test cases, dev half)"
    echo
    echo '```'
    echo "\$ ../shared/conformance/score --cmd 'target/release/polyfeed validate --format json --passes' --jobs 2"
    "$SHARED/conformance/score" --cmd "$POLYFEED validate --format json --passes" --jobs 2 2>&1 \
        | sed -n '/^category/,$p'
    echo '```'
    echo
fi

# ---------------------------------------------------------------- big feeds
say "== 50 MB feeds: $RUNS rounds (Python feedparser: $PY_RUNS)"
cat "$RSS" "$ATOM" >/dev/null   # page cache
for r in $(seq 1 "$RUNS"); do
    for kind in rss atom; do
        f=$RSS; [ $kind = atom ] && f=$ATOM
        run "scan-$kind" "$LIMIT" scan "$f"
        run "polyfeed-$kind" "$POLYFEED" validate --format concise "$f"
        run "feedrs-$kind" "$FEEDRS" "$f"
        if [ $HAVE_PY = 1 ]; then
            run "feedparser_rs-$kind" python3 "$PARSE_PY" feedparser_rs "$f"
            [ "$r" -le "$PY_RUNS" ] && run "feedparser-$kind" python3 "$PARSE_PY" feedparser "$f"
        fi
    done
    say "   round $r done"
done

mbs() { awk -v b="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", b / 1e6 / s; else print "-" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b > 0) printf "%.2f×", a / b; else print "-" }'; }
rss_b=$(stat -c %s "$RSS"); atom_b=$(stat -c %s "$ATOM")
echo "## 50 MB feeds (\`make_big_feeds.py\` on the 100k corpus)"
echo
echo "RSS: $rss_b B, $(grep -c '<item>' "$RSS") items; Atom: $atom_b B, $(grep -c '<entry' "$ATOM") entries."
echo "Median wall time of $RUNS runs (Python feedparser: $PY_RUNS), largest max-RSS; ratio = tool / \`limit scan\`."
echo
echo "| tool | RSS s | RSS MB/s | RSS peak MB | RSS ratio | Atom s | Atom MB/s | Atom peak MB | Atom ratio |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
scan_r=$(med scan-rss); scan_a=$(med scan-atom)
for t in scan polyfeed feedrs feedparser_rs feedparser; do
    name=$t
    case $t in
        scan) name='floor: `limit scan`' ;;
        polyfeed) name='**polyfeed validate**' ;;
        feedrs) name='feed-rs 2 (parse only)' ;;
        feedparser_rs) name='feedparser-rs (Python module)' ;;
        feedparser) name='Python feedparser' ;;
    esac
    if [ ! -s "$RES/$t-rss" ] && [ ! -s "$RES/$t-atom" ]; then
        echo "| $name | skipped or failed | | | | | | | |"; continue
    fi
    r=$(med "$t-rss"); a=$(med "$t-atom")
    echo "| $name | $r | $(mbs "$rss_b" "$r") | $(peak_mb "$t-rss") | $(ratio "$r" "$scan_r") | $a | $(mbs "$atom_b" "$a") | $(peak_mb "$t-atom") | $(ratio "$a" "$scan_a") |"
done
echo
echo "polyfeed's findings on these feeds: $(tail -n 1 "$LOGS/polyfeed-rss.err") (RSS); $(tail -n 1 "$LOGS/polyfeed-atom.err") (Atom)."
echo
echo "Raw runs (seconds, max-RSS KB): $(for t in scan polyfeed feedrs; do printf '%s rss [%s] atom [%s]; ' "$t" "$(col "$t-rss" 1 | tr '\n' ' ' | sed 's/ $//')" "$(col "$t-atom" 1 | tr '\n' ' ' | sed 's/ $//')"; done)"
echo

# ---------------------------------------------------------------- 1 KB feed
say "== 1 KB feed latency"
lat=()
for _ in $(seq 1 50); do
    t0=$EPOCHREALTIME
    "$POLYFEED" validate "$SMALL" >/dev/null 2>&1 || true
    t1=$EPOCHREALTIME
    lat+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) * 1000 }')")
done
echo "## A 1 KB feed, process start included"
echo
echo "\`polyfeed validate small-1k.xml\` ($(stat -c %s "$SMALL") B), 50 runs, wall time measured"
echo "around the process with bash's \`EPOCHREALTIME\`: median **$(printf '%s\n' "${lat[@]}" | median) ms**,"
echo "max $(printf '%s\n' "${lat[@]}" | max) ms."
echo

# ---------------------------------------------------------------- folder
say "== folder of $FOLDER_FEEDS feeds"
for _ in $(seq 1 3); do
    run folder-j1 "$POLYFEED" validate -j 1 --format concise "$FOLDER"
    run folder-j2 "$POLYFEED" validate --format concise "$FOLDER"
done
echo "## A folder of thousands of feeds"
echo
echo "The 10k bench build copied 20 times: $FOLDER_FILES files ($FOLDER_FEEDS feeds, the rest"
echo "OPML and \`feeds.json\`, which are skipped), $(du -sm "$FOLDER" | cut -f1) MB. Median of 3 runs."
echo
echo "| command | wall s | CPU | peak MB |"
echo "|---|---:|---:|---:|"
echo "| \`polyfeed validate -j 1 DIR\` | $(med folder-j1) | $(col folder-j1 3 | tail -n 1) | $(peak_mb folder-j1) |"
echo "| \`polyfeed validate DIR\` (default: all cores) | $(med folder-j2) | $(col folder-j2 3 | tail -n 1) | $(peak_mb folder-j2) |"
echo
echo "Summary line: $(tail -n 1 "$LOGS/folder-j2.err")"
echo

# ---------------------------------------------------------------- 1 GB feed
if [ "$GB" = 1 ]; then
    GBF=$(find_file big1g.rss.xml)
    if [ -z "$GBF" ]; then
        GBF=$BENCH_DIR/big1g.rss.xml
        say "== making a 1 GB RSS feed from the 1M corpus (a few minutes)"
        python3 "$MAKE_BIG" "$(corpus 1m 1000000)" "$GBF" "$BENCH_DIR/big1g.atom.xml" --mb 1000 >&2
    fi
    say "== 1 GB feed"
    run gb-scan "$LIMIT" scan "$GBF"
    run gb-polyfeed "$POLYFEED" validate --format concise "$GBF"
    echo "## A 1 GB feed (memory stays flat)"
    echo
    echo "\`make_big_feeds.py items-1m.jsonl ... --mb 1000\`: $(stat -c %s "$GBF") B, $(grep -c '<item>' "$GBF") items. One run."
    echo
    echo "| tool | wall s | MB/s | peak MB |"
    echo "|---|---:|---:|---:|"
    echo "| floor: \`limit scan\` | $(med gb-scan) | $(mbs "$(stat -c %s "$GBF")" "$(med gb-scan)") | $(peak_mb gb-scan) |"
    echo "| **polyfeed validate** | $(med gb-polyfeed) | $(mbs "$(stat -c %s "$GBF")" "$(med gb-polyfeed)") | $(peak_mb gb-polyfeed) |"
    echo
fi

echo "Commands: \`$LIMIT scan FILE\`, \`polyfeed validate --format concise FILE\`,"
echo "\`benches/feedrs FILE\`, \`python3 ../shared/bench/peers/parse_py.py feedparser|feedparser_rs FILE\`,"
echo "each under \`/usr/bin/time -f '%e %M %P'\`; logs in \`$LOGS\`."

#!/usr/bin/env bash
# `polyfeed validate` over HTTP against the same feeds on disk: the 162 feeds of the 10k bench
# site, served by a local `python3 -m http.server` on 127.0.0.1 that this script starts and
# stops, validated with `--urls LIST --jobs 8 --format json` versus the same files given as
# paths with `--jobs 8 --format json`; then the list repeated 10 times (1,620 URLs) to see
# that peak memory does not grow with the number of feeds.
#
#   bash benches/http.sh              (report in markdown on stdout, progress on stderr)
#
# Env: SHARED (default ../shared from the repo root), BENCH_DIR (default /tmp/polyfeed-bench),
#      RUNS (default 5), REUSE_DIRS (default /tmp/bench), PORT (default 18080),
#      CARGO_TARGET_DIR (where cargo puts the release build; default target/).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
SHARED=$(cd "$SHARED" && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/polyfeed-bench}
RUNS=${RUNS:-5}
REUSE_DIRS=${REUSE_DIRS:-/tmp/bench}
PORT=${PORT:-18080}
GEN=$SHARED/bench/gen_items.py

mkdir -p "$BENCH_DIR/logs" "$BENCH_DIR/hres"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
# shellcheck source=benches/common.sh
source "$ROOT/benches/common.sh"
LOGS=$BENCH_DIR/logs
RES=$BENCH_DIR/hres
rm -f "$RES"/*

[ -x /usr/bin/time ] || die "/usr/bin/time is missing (apt-get install time)"

POLYFEED=$BENCH_DIR/polyfeed-http
build_polyfeed "$POLYFEED"

# ---------------------------------------------------------------- the site
ITEMS=$(corpus 10k 10000)
SITE=$(find_file site.toml)
if [ -z "$SITE" ]; then
    SITE=$BENCH_DIR/site.toml
    python3 "$GEN" --items 10 --seed 1 --out /dev/null --site-out "$SITE"
fi
OUT=$BENCH_DIR/http-site
rm -rf "$OUT"
say "== building the 10k site into $OUT"
"$POLYFEED" build --site "$SITE" --out "$OUT" "$ITEMS" 2>"$LOGS/http-build.log" \
    || die "polyfeed build failed (see $LOGS/http-build.log)"
FILES=()
while IFS= read -r f; do FILES+=("$f"); done < <(cd "$OUT" && find . -name 'rss.xml' -o -name 'atom.xml' -o -name 'feed.json' | sed 's|^\./||' | sort)
N=${#FILES[@]}
[ "$N" -gt 0 ] || die "no feeds built"
BYTES=$(cd "$OUT" && cat "${FILES[@]}" | wc -c)

# ---------------------------------------------------------------- the server
say "== serving $OUT on 127.0.0.1:$PORT"
# `python3 -m http.server`, with a listen backlog of 128 instead of socketserver's 5: with 8
# clients connecting at once, a backlog of 5 drops SYNs, and each dropped one costs the
# client a 1 s retransmission (measured: bimodal runs, 0.4 s or 1.4 s).
(cd "$OUT" && exec python3 -c '
import functools, http.server, sys
class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 128
handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=".")
handler.log_message = lambda *a: None
Server(("127.0.0.1", int(sys.argv[1])), handler).serve_forever()
' "$PORT") >"$LOGS/http-server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/${FILES[0]}')" 2>/dev/null && break
    sleep 0.2
done

LIST=$BENCH_DIR/http-urls.txt
LIST10=$BENCH_DIR/http-urls-x10.txt
: >"$LIST"
for f in "${FILES[@]}"; do echo "http://127.0.0.1:$PORT/$f" >>"$LIST"; done
: >"$LIST10"
for _ in $(seq 10); do cat "$LIST" >>"$LIST10"; done
PATHS=()
for f in "${FILES[@]}"; do PATHS+=("$OUT/$f"); done

# ---------------------------------------------------------------- runs
# run NAME ARGS...: one timed run; wall seconds and max RSS (KB) appended to $RES/NAME.
run() {
    local name=$1; shift
    /usr/bin/time -f '%e %M' -o "$RES/$name.one" "$@" >"$LOGS/http-$name.out" 2>"$LOGS/http-$name.err" || true
    cat "$RES/$name.one" >>"$RES/$name"
}
cat "${PATHS[@]}" >/dev/null   # page cache
PATHS10=()
for _ in $(seq 10); do PATHS10+=("${PATHS[@]}"); done
say "== $RUNS rounds (disk, http, disk x10, http x10), interleaved"
for r in $(seq "$RUNS"); do
    say "   round $r"
    run disk "$POLYFEED" validate --jobs 8 --format json "${PATHS[@]}"
    run http "$POLYFEED" validate --urls "$LIST" --jobs 8 --format json
    run disk10 "$POLYFEED" validate --jobs 8 --format json "${PATHS10[@]}"
    run http10 "$POLYFEED" validate --urls "$LIST10" --jobs 8 --format json
done
LINES_DISK=$(wc -l <"$LOGS/http-disk.out")
LINES_HTTP=$(wc -l <"$LOGS/http-http.out")
LINES_HTTP10=$(wc -l <"$LOGS/http-http10.out")
LINES_DISK10=$(wc -l <"$LOGS/http-disk10.out")

wall() { awk '{print $1}' "$RES/$1" | median; }
rss() { awk '{print $2}' "$RES/$1" | max; }
D=$(wall disk); H=$(wall http); D10=$(wall disk10); H10=$(wall http10)

cat <<EOF
## \`validate\` over HTTP vs on disk ($(date -u +%Y-%m-%d), commit $(commit_of_root))

$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GB RAM.
The 10k bench site: $N feeds, $BYTES bytes, served on 127.0.0.1 by Python's
\`http.server\` (\`ThreadingHTTPServer\` + \`SimpleHTTPRequestHandler\`, listen backlog 128;
one thread per connection, closed after each answer, no compression, \`Last-Modified\` but no
\`ETag\`).
$RUNS runs each, interleaved; median wall time, largest max-RSS.

| run | inputs | JSON lines | wall (s) | vs disk | max RSS (MB) |
|---|---|---|---|---|---|
| disk: \`validate --jobs 8 --format json FILES\` | $N files | $LINES_DISK | $D | 1.00 | $(awk -v k="$(rss disk)" 'BEGIN{printf "%.1f", k/1024}') |
| http: \`validate --urls LIST --jobs 8 --format json\` | $N URLs | $LINES_HTTP | $H | $(awk -v a="$H" -v b="$D" 'BEGIN{printf "%.2f", a/b}') | $(awk -v k="$(rss http)" 'BEGIN{printf "%.1f", k/1024}') |
| disk ×10: the files 10 times | $((N * 10)) files | $LINES_DISK10 | $D10 | 1.00 | $(awk -v k="$(rss disk10)" 'BEGIN{printf "%.1f", k/1024}') |
| http ×10: the list 10 times | $((N * 10)) URLs | $LINES_HTTP10 | $H10 | $(awk -v a="$H10" -v b="$D10" 'BEGIN{printf "%.2f", a/b}') (vs disk ×10) | $(awk -v k="$(rss http10)" 'BEGIN{printf "%.1f", k/1024}') |

Raw (wall s, max RSS KB) per run:
- disk: $(tr '\n' ';' <"$RES/disk")
- http: $(tr '\n' ';' <"$RES/http")
- disk ×10: $(tr '\n' ';' <"$RES/disk10")
- http ×10: $(tr '\n' ';' <"$RES/http10")
EOF

#!/usr/bin/env bash
# Side-by-side benchmark of `polyfeed build` against the floor program (`limit build`)
# and two peer generators (Python feedgen, Hugo), all in one run on the same machine.
#
#   bash benches/build.sh [SIZES...]        SIZES: 10k 100k 1m (default: 100k 1m)
#
# Env: SHARED (default ../shared from the repo root), BENCH_DIR (default /tmp/polyfeed-bench),
#      RUNS (default 3), HUGO_1M=1 (also try Hugo at 1m), REUSE_DIRS (default /tmp/bench),
#      LIMIT (path of an already built floor binary). See benches/README.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
SHARED=$(cd "$SHARED" && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/polyfeed-bench}
RUNS=${RUNS:-3}
HUGO_1M=${HUGO_1M:-0}
REUSE_DIRS=${REUSE_DIRS:-/tmp/bench}
GEN=$SHARED/bench/gen_items.py
FEEDGEN_PY=$SHARED/bench/peers/feedgen_build.py
TO_HUGO_PY=$SHARED/bench/peers/to_hugo.py
POLYFEED=$ROOT/target/release/polyfeed

if [ $# -gt 0 ]; then SIZES=("$@"); else SIZES=(100k 1m); fi

mkdir -p "$BENCH_DIR" "$BENCH_DIR/logs"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
# shellcheck source=benches/common.sh
source "$ROOT/benches/common.sh"
LOGS=$BENCH_DIR/logs


# apt-get as root, or through sudo when available; returns non-zero on failure.
apt_install() {
    local pre=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || return 1
        pre=(sudo)
    fi
    command -v apt-get >/dev/null 2>&1 || return 1
    "${pre[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${pre[@]}" apt-get install -y -qq "$@"
}

# size name (10k, 100k, 1m, 2500, ...) -> item count
items_of() {
    case "$1" in
        *[kK]) echo $(( ${1%[kK]} * 1000 )) ;;
        *[mM]) echo $(( ${1%[mM]} * 1000000 )) ;;
        *[!0-9]*|'') die "bad size '$1' (use e.g. 10k 100k 1m)" ;;
        *) echo "$1" ;;
    esac
}

# byte sizes of the standard seed-1 corpora, used to validate a corpus before reusing it.
# 10k and 100k as in shared/bench/README.md; for 1M that README says 3,546,536,567 B, but
# gen_items.py (Python 3.11.7) writes 3,726,827,702 B, identical over two separate runs.
expected_bytes() {
    case "$1" in
        10000) echo 37291563 ;;
        100000) echo 372724839 ;;
        1000000) echo 3726827702 ;;
        *) echo "" ;;
    esac
}

[ -f "$GEN" ] || die "no corpus generator at $GEN (set SHARED)"

# ---------------------------------------------------------------- tools
if [ ! -x /usr/bin/time ]; then
    say "== /usr/bin/time missing: installing the 'time' package"
    apt_install time || die "cannot install /usr/bin/time (apt-get install time)"
fi

say "== building polyfeed (cargo build --release)"
(cd "$ROOT" && cargo build --release --quiet) || die "cargo build --release failed"
# run a copy, so a rebuild in the work tree during the benchmark cannot swap the binary
POLYFEED_SRC=$POLYFEED
POLYFEED=$BENCH_DIR/polyfeed
cp "$POLYFEED_SRC" "$POLYFEED"

find_floor

HAVE_FEEDGEN=1
if ! python3 -c 'import tomllib, feedgen' >/dev/null 2>&1; then
    if ! python3 -c 'import tomllib' >/dev/null 2>&1; then
        say "== SKIP feedgen: python3 is older than 3.11 (no tomllib)"; HAVE_FEEDGEN=0
    else
        say "== feedgen missing: pip install feedgen"
        if ! { python3 -m pip install --quiet feedgen && python3 -c 'import feedgen'; } >"$LOGS/pip-feedgen.log" 2>&1; then
            say "== SKIP feedgen: pip install feedgen failed (see $LOGS/pip-feedgen.log)"; HAVE_FEEDGEN=0
        fi
    fi
fi

HAVE_HUGO=1
if ! command -v hugo >/dev/null 2>&1; then
    say "== hugo missing: apt-get install hugo"
    if ! apt_install hugo >"$LOGS/apt-hugo.log" 2>&1 || ! command -v hugo >/dev/null 2>&1; then
        say "== SKIP hugo: apt-get install hugo failed (see $LOGS/apt-hugo.log)"; HAVE_HUGO=0
    fi
fi

# ---------------------------------------------------------------- corpora
SITE=$BENCH_DIR/site.toml
corpus_ok() { # file items
    local f=$1 exp
    [ -s "$f" ] || return 1
    exp=$(expected_bytes "$2")
    [ -z "$exp" ] || [ "$(stat -c %s "$f")" = "$exp" ]
}
if [ ! -s "$SITE" ]; then
    for d in $REUSE_DIRS; do
        if [ -s "$d/site.toml" ]; then cp "$d/site.toml" "$SITE"; say "== reusing $d/site.toml"; break; fi
    done
fi
if [ ! -s "$SITE" ]; then
    say "== generating $SITE"
    python3 "$GEN" --items 10 --seed 1 --out /dev/null --site-out "$SITE"
fi

corpus_for() { # size -> path of a checked corpus (generated when missing)
    local size=$1 n f d
    n=$(items_of "$size")
    f=$BENCH_DIR/items-$size.jsonl
    if corpus_ok "$f" "$n"; then echo "$f"; return; fi
    for d in $REUSE_DIRS; do
        if corpus_ok "$d/items-$size.jsonl" "$n"; then
            say "== reusing $d/items-$size.jsonl"
            echo "$d/items-$size.jsonl"; return
        elif [ -e "$d/items-$size.jsonl" ]; then
            say "== NOT reusing $d/items-$size.jsonl: $(stat -c %s "$d/items-$size.jsonl") bytes, expected $(expected_bytes "$n")"
        fi
    done
    say "== generating $f ($n items; 1m takes ~5 minutes)"
    python3 "$GEN" --items "$n" --seed 1 --out "$f.part" >&2
    mv "$f.part" "$f"
    corpus_ok "$f" "$n" || say "== WARNING: $f has $(stat -c %s "$f") bytes, expected $(expected_bytes "$n")"
    echo "$f"
}

declare -A ITEMS_OF
for size in "${SIZES[@]}"; do ITEMS_OF[$size]=$(corpus_for "$size"); done

# ---------------------------------------------------------------- measuring

# run_one LABEL OUTDIR CMD...: deletes OUTDIR, times CMD, appends "secs kb" to $BENCH_DIR/res/LABEL
run_one() {
    local label=$1 out=$2; shift 2
    local tf=$BENCH_DIR/res/$label.time log=$LOGS/$label.log rc=0
    rm -rf "$out"
    if /usr/bin/time -f '%e %M' -o "$tf" "$@" >>"$log" 2>&1; then
        tail -n 1 "$tf" >>"$BENCH_DIR/res/$label"
        # feed files (RSS/Atom *.xml, feed.json) and other files (OPML, feeds.json, redirects)
        local feeds all
        feeds=$(find "$out" -type f \( -name '*.xml' -o -name feed.json \) 2>/dev/null | wc -l)
        all=$(find "$out" -type f 2>/dev/null | wc -l)
        echo "$feeds (+$((all - feeds)))" >"$BENCH_DIR/res/$label.files"
    else
        rc=$?
        echo "exit $rc; last lines of $log:" >"$BENCH_DIR/res/$label.fail"
        tail -n 3 "$log" >>"$BENCH_DIR/res/$label.fail"
        say "   $label FAILED (exit $rc, see $log)"
    fi
    return 0
}

commit=$(commit_of_root)
cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)

echo "# polyfeed build benchmark"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "- polyfeed: $("$POLYFEED" --version), commit $commit (binary: copy of $POLYFEED_SRC)"
echo "- nproc: $(nproc); CPU: ${cpu:-unknown}; RAM: $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)"
echo "- rustc: $(rustc --version 2>/dev/null || echo '?'); python3: $(python3 --version 2>&1 | cut -d' ' -f2)"
if [ $HAVE_FEEDGEN = 1 ]; then
    echo "- feedgen: $(python3 -c 'import importlib.metadata as m; print(m.version("feedgen"))' 2>/dev/null || echo '?')"
else echo "- feedgen: not available (skipped)"; fi
if [ $HAVE_HUGO = 1 ]; then echo "- hugo: $(hugo version 2>/dev/null | head -n 1)"; else echo "- hugo: not available (skipped)"; fi
echo "- runs per tool: $RUNS (rounds interleaved: tool A, B, C, ... then again); median wall time, max RSS over the runs"
echo "- measured with: /usr/bin/time -f '%e %M' (wall seconds, max resident KB); output folder deleted before every run"
echo

for size in "${SIZES[@]}"; do
    ITEMS=${ITEMS_OF[$size]}
    W=$BENCH_DIR/run-$size
    rm -rf "$BENCH_DIR/res"; mkdir -p "$BENCH_DIR/res" "$W"
    rm -f "$LOGS"/*-"$size".log

    # label | command (OUTDIR is the placeholder for the tool's output folder)
    LABELS=() ; declare -A CMD=() NAME=() OUTD=()
    add() { local l=$1; LABELS+=("$l"); NAME[$l]=$2; OUTD[$l]=$3; shift 3; CMD[$l]=$(printf '%q ' "$@"); CMD[$l]=${CMD[$l]% }; }
    add "polyfeed-$size" "polyfeed" "$W/out-polyfeed" \
        "$POLYFEED" build --site "$SITE" --out "$W/out-polyfeed" "$ITEMS"
    add "floor1-$size" "floor: limit 1 thread, full parse" "$W/out-floor1" \
        "$LIMIT" build "$SITE" "$ITEMS" "$W/out-floor1"
    add "floor2-$size" "floor: limit -j 2, full parse" "$W/out-floor2" \
        "$LIMIT" build -j 2 "$SITE" "$ITEMS" "$W/out-floor2"
    add "floorlazy-$size" "floor: limit -j 2 --lazy" "$W/out-floorlazy" \
        "$LIMIT" build -j 2 --lazy "$SITE" "$ITEMS" "$W/out-floorlazy"
    if [ $HAVE_FEEDGEN = 1 ]; then
        add "feedgen-$size" "Python feedgen" "$W/out-feedgen" \
            python3 "$FEEDGEN_PY" "$SITE" "$ITEMS" "$W/out-feedgen"
    fi
    hugo_note=""
    if [ $HAVE_HUGO = 1 ]; then
        if [ "$(items_of "$size")" -ge 1000000 ] && [ "$HUGO_1M" != 1 ]; then
            hugo_note="Hugo skipped at $size (does not fit in memory; HUGO_1M=1 to try)"
        else
            say "== $size: preparing the Hugo site (not timed)"
            if python3 "$TO_HUGO_PY" "$SITE" "$ITEMS" "$W/hugo-site" >"$LOGS/to_hugo-$size.log" 2>&1; then
                add "hugo-$size" "Hugo" "$W/out-hugo" \
                    hugo --quiet --source "$W/hugo-site" --destination "$W/out-hugo"
            else
                hugo_note="Hugo skipped at $size: to_hugo.py failed (see $LOGS/to_hugo-$size.log)"
            fi
        fi
    fi

    # warm the page cache so the first timed tool is not the only one reading from disk
    cat "$ITEMS" >/dev/null

    for r in $(seq 1 "$RUNS"); do
        for l in "${LABELS[@]}"; do
            say "== $size run $r/$RUNS: ${NAME[$l]}"
            eval "cmd=(${CMD[$l]})"
            run_one "$l" "${OUTD[$l]}" "${cmd[@]}"
        done
    done

    echo "   load average after $size: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    base=""
    [ -s "$BENCH_DIR/res/polyfeed-$size" ] && base=$(median <"$BENCH_DIR/res/polyfeed-$size")
    echo "## $size items ($(wc -l <"$ITEMS") lines, $(( $(stat -c %s "$ITEMS") / 1000000 )) MB: $ITEMS)"
    echo
    echo "| tool | median s | max RSS MB | feed files (+other) | time ratio tool/polyfeed |"
    echo "|---|---:|---:|---:|---|"
    for l in "${LABELS[@]}"; do
        f=$BENCH_DIR/res/$l
        if [ ! -s "$f" ]; then
            echo "| ${NAME[$l]} | failed | | | $(head -n 1 "$f.fail" 2>/dev/null || echo '?') |"
            continue
        fi
        t=$(cut -d' ' -f1 <"$f" | median)
        kb=$(cut -d' ' -f2 <"$f" | max)
        nf=$(cat "$f.files")
        runs_ok=$(wc -l <"$f")
        [ "$runs_ok" -lt "$RUNS" ] && t="$t ($runs_ok/$RUNS ok)"
        if [ "$l" = "polyfeed-$size" ]; then
            cmp="baseline"
        elif [ -z "$base" ]; then
            cmp="n/a (polyfeed failed)"
        else
            cmp=$(awk -v p="${t%% *}" -v b="$base" -v n="${NAME[$l]}" 'BEGIN {
                if (b <= 0 || p <= 0) { print "n/a"; exit }
                r = p / b
                if (r >= 1) printf "%.2f (%.1fx slower)", r, r
                else printf "%.2f (%.1fx faster)", r, 1 / r }')
        fi
        printf '| %s | %s | %.0f | %s | %s |\n' "${NAME[$l]}" "$t" "$(awk -v k="$kb" 'BEGIN {print k/1024}')" "$nf" "$cmp"
    done
    [ -n "$hugo_note" ] && { echo; echo "$hugo_note"; }
    echo
    echo "Commands (each run: \`rm -rf OUTDIR\`, then \`/usr/bin/time -f '%e %M' CMD\`):"
    echo
    echo '```'
    for l in "${LABELS[@]}"; do echo "${CMD[$l]}"; done
    if [ -e "$W/hugo-site" ] && [[ " ${LABELS[*]} " == *" hugo-$size "* ]]; then
        echo "# Hugo site prepared beforehand (not timed):"
        echo "python3 $TO_HUGO_PY $SITE $ITEMS $W/hugo-site"
    fi
    echo '```'
    echo
    for l in "${LABELS[@]}"; do
        if [ -s "$BENCH_DIR/res/$l.fail" ]; then
            echo "- ${NAME[$l]} failure: $(tr '\n' ' ' <"$BENCH_DIR/res/$l.fail")"
        fi
    done
    echo "Raw runs (\"seconds max-RSS-KB\" per run): $(for l in "${LABELS[@]}"; do printf '%s=[%s] ' "${l%-"$size"}" "$(paste -sd, "$BENCH_DIR/res/$l" 2>/dev/null)"; done)"
    echo
    unset CMD NAME OUTD
done

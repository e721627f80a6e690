# Shared by the benchmark scripts (sourced, not run): messages, statistics, the floor program
# and the commit being measured. Expects ROOT, SHARED and BENCH_DIR to be set.

say() { printf '%s\n' "$*" >&2; }
die() { say "error: $*"; exit 2; }
median() { sort -g | awk '{v[NR]=$1} END {if (NR==0) exit; if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
max() { sort -g | tail -n 1; }

# Sets LIMIT to a built floor binary (`../shared/bench/limit`): $LIMIT when given, a build in
# $BENCH_DIR, the documented /tmp/limit build of the same sources, or a fresh build.
find_floor() {
    LIMIT=${LIMIT:-}
    if [ -z "$LIMIT" ]; then
        if [ -x "$BENCH_DIR/limit/target/release/limit" ]; then
            LIMIT=$BENCH_DIR/limit/target/release/limit
        elif [ -x /tmp/limit/target/release/limit ] \
            && diff -rq --exclude=target --exclude=Cargo.lock "$SHARED/bench/limit" /tmp/limit >/dev/null 2>&1; then
            LIMIT=/tmp/limit/target/release/limit   # the documented build location, same sources
            say "== reusing the floor $LIMIT"
        else
            say "== building the floor into $BENCH_DIR/limit"
            rm -rf "$BENCH_DIR/limit"
            cp -r "$SHARED/bench/limit" "$BENCH_DIR/limit"
            rm -rf "$BENCH_DIR/limit/target"
            cargo build --release --quiet --manifest-path "$BENCH_DIR/limit/Cargo.toml" \
                || die "cannot build the floor program"
            LIMIT=$BENCH_DIR/limit/target/release/limit
        fi
    fi
    [ -x "$LIMIT" ] || die "floor binary $LIMIT is not executable"
}

# The measured commit, noting uncommitted changes.
commit_of_root() {
    local c
    c=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
    if [ -n "$(cd "$ROOT" && git --no-optional-locks status --porcelain --untracked-files=no 2>/dev/null)" ]; then
        c="$c (+ uncommitted changes)"
    fi
    echo "$c"
}

# The first of BENCH_DIR and REUSE_DIRS that has file $1.
find_file() {
    local d
    for d in "$BENCH_DIR" $REUSE_DIRS; do
        if [ -s "$d/$1" ]; then echo "$d/$1"; return; fi
    done
}

# Path of the seed-1 corpus of size $1 (`100k`) with $2 items, generated with GEN when missing.
corpus() {
    local f
    f=$(find_file "items-$1.jsonl")
    if [ -z "$f" ]; then
        f=$BENCH_DIR/items-$1.jsonl
        say "== generating $f"
        python3 "$GEN" --items "$2" --seed 1 --out "$f.part" >&2
        mv "$f.part" "$f"
    fi
    echo "$f"
}

# Builds the release binary and copies it to $1 (the benchmark runs the copy, so a rebuild
# in the work tree during the run cannot swap it). Honours CARGO_TARGET_DIR. Needs $ROOT.
build_polyfeed() {
    say "== building polyfeed (cargo build --release)"
    (cd "$ROOT" && cargo build --release --quiet) || die "cargo build --release failed"
    cp "${CARGO_TARGET_DIR:-$ROOT/target}/release/polyfeed" "$1"
}

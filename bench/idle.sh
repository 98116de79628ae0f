#!/usr/bin/env bash
# Memory per idle process: peak RSS of bench/idle.erl spawning N processes
# that all block in `receive`, minus peak RSS with 0 processes, divided by N.
# Prints KiB per process for erl and beamr (median of $RUNS runs each), and
# for erl also the figure from erlang:memory(processes).
#
# usage: bench/idle.sh            (also: bench/run.sh --idle)
# env:   BEAMR=path/to/beamr      (default: target/release/beamr)
#        RUNS=3  N=100000

set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BEAMR=${BEAMR:-target/release/beamr}
case "$BEAMR" in
    /*) ;;
    *) if [ -e "$BEAMR" ]; then BEAMR="$PWD/$BEAMR"; else BEAMR="$ROOT/$BEAMR"; fi ;;
esac
RUNS=${RUNS:-3}
N=${N:-100000}
TIME=/usr/bin/time

if [ ! -x "$TIME" ]; then
    echo "idle: $TIME not found (GNU time is needed for peak RSS): apt-get install time" >&2
    exit 1
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/beamr-idle.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/ebin"
if ! erlc -o "$WORK/ebin" "$ROOT/bench/idle.erl"; then
    echo "idle: erlc failed" >&2
    exit 1
fi

# peak_kib VM COUNT: median peak RSS (KiB) of $RUNS runs, or "fail"
peak_kib() {
    local vm=$1 n=$2 i
    : >"$WORK/kib"
    for ((i = 1; i <= RUNS; i++)); do
        case $vm in
            erl) (cd "$WORK" && "$TIME" -f '%M' -o "$WORK/time.txt" \
                erl -noshell -pa "$WORK/ebin" -eval "idle:main([\"$n\"]), halt()." \
                >"$WORK/out.txt" 2>&1) ;;
            beamr) (cd "$WORK" && "$TIME" -f '%M' -o "$WORK/time.txt" \
                "$BEAMR" run -pa "$WORK/ebin" idle "$n" >"$WORK/out.txt" 2>&1) ;;
        esac
        if [ $? -ne 0 ] || [ "$(cat "$WORK/out.txt")" != "idle: $n" ]; then
            echo fail
            return
        fi
        tail -n 1 "$WORK/time.txt" >>"$WORK/kib"
    done
    sort -n "$WORK/kib" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

per_proc() {
    local vm=$1 base full
    base=$(peak_kib "$vm" 0)
    full=$(peak_kib "$vm" "$N")
    if [ "$base" = fail ] || [ "$full" = fail ]; then
        echo "fail"
    else
        awk -v b="$base" -v f="$full" -v n="$N" \
            'BEGIN { printf "%.2f KiB/process (peak RSS %.1f MiB with %d, %.1f MiB with 0)", (f - b) / n, f / 1024, n, b / 1024 }'
    fi
}

echo "idle processes: $N blocked in receive, (peak RSS - baseline) / $N, median of $RUNS"
echo "erl:   $(per_proc erl)"
beam=$(erl -noshell -pa "$WORK/ebin" -eval "idle:beam_memory([\"$N\"]), halt()." 2>/dev/null)
echo "       ${beam:-?} KiB/process by erlang:memory(processes)"
if [ -x "$BEAMR" ]; then
    echo "beamr: $(per_proc beamr)"
else
    echo "beamr: fail ($BEAMR not found)"
fi

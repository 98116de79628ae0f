#!/usr/bin/env bash
# Benchmarks: runs each bench/b_*.erl on real Erlang/OTP (erl) and on beamr,
# and prints wall time and peak RSS (median of $RUNS runs) side by side.
#
# usage: bench/run.sh [MODULE...]          (default: every bench/b_*.erl)
#        bench/run.sh --idle               (memory per idle process: bench/idle.sh)
# env:   BEAMR=path/to/beamr               (default: target/release/beamr)
#        RUNS=3                            (runs per module and VM; the median is shown)
#        BENCH_TIMEOUT=300                 (seconds before a single run is killed)
#
# Times are whole-process wall times: erl's VM boot (roughly 0.2-0.4 s,
# `erl -noshell -eval 'halt().'`) is included in every erl number, and
# beamr's own startup in every beamr number. Nothing is subtracted.
# A module beamr cannot run (crash, timeout, or output different from erl's)
# shows "fail" in its beamr columns; the script carries on with the rest.

set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ "${1:-}" = "--idle" ]; then
    exec "$ROOT/bench/idle.sh"
fi
BEAMR=${BEAMR:-target/release/beamr}
case "$BEAMR" in
    /*) ;;
    *) if [ -e "$BEAMR" ]; then BEAMR="$PWD/$BEAMR"; else BEAMR="$ROOT/$BEAMR"; fi ;;
esac
RUNS=${RUNS:-3}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-300}
TIME=/usr/bin/time

if [ ! -x "$TIME" ]; then
    echo "bench: $TIME not found (GNU time is needed for peak RSS): apt-get install time" >&2
    exit 1
fi
for tool in erl erlc; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "bench: $tool not found: install Erlang/OTP (e.g. apt-get install erlang)" >&2
        exit 1
    fi
done
if [ ! -x "$BEAMR" ]; then
    echo "bench: warning: $BEAMR not found or not executable (cargo build --release -p beamr); beamr columns will say fail" >&2
fi
TIMEOUT_CMD=()
if command -v timeout >/dev/null 2>&1; then
    TIMEOUT_CMD=(timeout "$BENCH_TIMEOUT")
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/beamr-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/ebin"

if [ $# -gt 0 ]; then
    MODULES=("$@")
else
    MODULES=()
    for f in "$ROOT"/bench/b_*.erl; do
        m=$(basename "$f" .erl)
        MODULES+=("$m")
    done
fi

SOURCES=()
for m in "${MODULES[@]}"; do
    SOURCES+=("$ROOT/bench/$m.erl")
done
if ! erlc -o "$WORK/ebin" "${SOURCES[@]}"; then
    echo "bench: erlc failed" >&2
    exit 1
fi

# run_once NAME OUTFILE CMD...: runs CMD under GNU time from inside $WORK
# (so crash dumps land there); on success appends "secs kib" to
# $WORK/NAME.times and returns 0.
run_once() {
    local name=$1 out=$2
    shift 2
    (cd "$WORK" && "$TIME" -f '%e %M' -o "$WORK/time.txt" ${TIMEOUT_CMD[@]+"${TIMEOUT_CMD[@]}"} "$@" \
        >"$out" 2>"$WORK/stderr.txt")
    local status=$?
    if [ $status -ne 0 ]; then
        return $status
    fi
    tail -n 1 "$WORK/time.txt" >>"$WORK/$name.times"
    return 0
}

# median COLUMN FILE: median of a numeric column (1 = seconds, 2 = KiB)
median() {
    sort -n -k"$1","$1" "$2" | awk -v c="$1" '{ v[NR] = $c } END { if (NR == 0) print ""; else print v[int((NR + 1) / 2)] }'
}

printf '%-12s %8s %9s %8s %8s %10s\n' module "erl s" "beamr s" ratio "erl MiB" "beamr MiB"
for m in "${MODULES[@]}"; do
    rm -f "$WORK/erl.times" "$WORK/beamr.times"
    erl_ok=1
    beamr_ok=1
    for ((i = 1; i <= RUNS; i++)); do
        if ! run_once erl "$WORK/erl.out" erl -noshell -pa "$WORK/ebin" -eval "$m:main(), halt()."; then
            erl_ok=0
            break
        fi
        if [ $i -eq 1 ]; then
            cp "$WORK/erl.out" "$WORK/expected.out"
        fi
    done
    if [ $erl_ok -eq 1 ] && [ -x "$BEAMR" ]; then
        for ((i = 1; i <= RUNS; i++)); do
            if ! run_once beamr "$WORK/beamr.out" "$BEAMR" run -pa "$WORK/ebin" "$m" ||
                ! cmp -s "$WORK/expected.out" "$WORK/beamr.out"; then
                beamr_ok=0
                break
            fi
        done
    else
        beamr_ok=0
    fi

    if [ $erl_ok -eq 1 ]; then
        erl_s=$(median 1 "$WORK/erl.times")
        erl_mib=$(awk -v k="$(median 2 "$WORK/erl.times")" 'BEGIN { printf "%.1f", k / 1024 }')
    else
        erl_s=fail
        erl_mib=fail
    fi
    if [ $beamr_ok -eq 1 ]; then
        beamr_s=$(median 1 "$WORK/beamr.times")
        beamr_mib=$(awk -v k="$(median 2 "$WORK/beamr.times")" 'BEGIN { printf "%.1f", k / 1024 }')
        ratio=$(awk -v b="$beamr_s" -v e="$erl_s" 'BEGIN { if (e > 0) printf "%.2f", b / e; else print "-" }')
    else
        beamr_s=fail
        beamr_mib=fail
        ratio=fail
    fi
    printf '%-12s %8s %9s %8s %8s %10s\n' "$m" "$erl_s" "$beamr_s" "$ratio" "$erl_mib" "$beamr_mib"
done
echo "(wall times include VM startup: about 0.2-0.4 s for erl; median of $RUNS runs)"

#!/usr/bin/env bash
# Runs programs on beamr's bare-metal firmware in QEMU (an emulated
# Cortex-M4, mps2-an386) and compares what each prints with what real OTP
# printed. For each program: pack it with the `beamr` CLI (only the
# modules a trial run on the host loads: `--loaded-only`), build the
# firmware with that pack embedded, run it with the heap region capped,
# compare stdout and the exit status. Then prints the flash sizes (VM
# alone, VM with each pack) and the peak heap each program used.
#
#   alloc-host/firmware/run-qemu.sh [--min-heap] [PROGRAM...]
#
# PROGRAM is a fixture name (../shared/fixtures/otp28/NAME.beam, expected
# output NAME.out) or a module in alloc-host/firmware/programs (NAME.erl,
# compiled here with erlc, expected output NAME.out); default: the four CI
# runs. --min-heap also finds, per program, the smallest heap region it
# runs in (to 4 KiB), by bisection. Settings from the environment:
#   BEAMR_HEAP_LIMIT  bytes of heap the VM may use (default 512 KiB, the
#                     issue's bound: the region is capped to it at run time)
#   BEAMR_HEAP_KIB    size of the static region in the firmware (3072)
#   BEAMR_FIXTURES    the fixtures directory (../shared/fixtures/otp28)
#   QEMU_TIMEOUT      seconds per run (120)
# Exits non-zero if any program's output or status differs.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
fixtures=${BEAMR_FIXTURES:-$root/../shared/fixtures/otp28}
limit=${BEAMR_HEAP_LIMIT:-$((512 * 1024))}
timeout_s=${QEMU_TIMEOUT:-120}
work=$here/target/programs
elf_built=$here/target/thumbv7em-none-eabihf/release/beamr-firmware

min_heap=0
programs=()
for a in "$@"; do
    case $a in
        --min-heap) min_heap=1 ;;
        -*) echo "unknown option $a" >&2; exit 2 ;;
        *) programs+=("$a") ;;
    esac
done
[ ${#programs[@]} -gt 0 ] || programs=(fx_gleamish fx_funs fx_maps bm_procs)

command -v qemu-system-arm >/dev/null || { echo "qemu-system-arm not found (apt-get install qemu-system-arm)" >&2; exit 2; }
[ -d "$fixtures" ] || { echo "fixtures not found at $fixtures" >&2; exit 2; }
mkdir -p "$work"

echo "== building the beamr CLI (packs the programs)"
(cd "$root" && cargo build --release -q -p beamr)
beamr=$root/target/release/beamr

# A section's size in bytes (0 if absent), from the ELF's section headers.
size_of() {
    local hex
    hex=$(readelf -SW "$1" | sed -n 's/^ *\[ *[0-9]*\] //p' | awk -v s="$2" '$1 == s { print $5 }')
    echo $((16#${hex:-0}))
}

build() { # PACK OUT: the firmware with PACK embedded (empty: none), copied to OUT
    local pack=$1 out=$2
    (cd "$here" && BEAMR_PACK="$pack" cargo build --release -q)
    cp "$elf_built" "$out"
}

run() { # ELF HEAP_CAP OUT ERR -> exit status
    local status=0
    timeout "$timeout_s" qemu-system-arm -M mps2-an386 -cpu cortex-m4 -nographic \
        -semihosting-config enable=on,target=native -kernel "$1" -append "heap=$2" \
        >"$3" 2>"$4" </dev/null || status=$?
    return $status
}

echo "== building the firmware without a pack (the VM alone)"
build "" "$work/vm-alone.elf"
vm_text=$(size_of "$work/vm-alone.elf" .text)
vm_rodata=$(size_of "$work/vm-alone.elf" .rodata)

pass=0
fail=0
report=()
for p in "${programs[@]}"; do
    if [ -f "$here/programs/$p.erl" ]; then
        erlc -o "$work" "$here/programs/$p.erl"
        dir=$work
        expected=$here/programs/$p.out
    else
        dir=$fixtures
        expected=$fixtures/$p.out
    fi
    "$beamr" pack -o "$work/$p.pack" -pa "$dir" --no-boot --loaded-only "$p" >/dev/null
    build "$work/$p.pack" "$work/$p.elf"
    status=0
    cap=$limit
    run "$work/$p.elf" "$cap" "$work/$p.stdout" "$work/$p.stderr" || status=$?
    peak=$(sed -n 's/^beamr-heap: peak=\([0-9]*\).*/\1/p' "$work/$p.stderr")
    stack=$(sed -n 's/^beamr-heap: .*stack=\([0-9]*\).*/\1/p' "$work/$p.stderr")
    if [ $status -eq 0 ] && cmp -s "$work/$p.stdout" "$expected"; then
        pass=$((pass + 1))
        verdict=ok
    else
        fail=$((fail + 1))
        verdict="FAIL (status $status)"
        diff "$expected" "$work/$p.stdout" | head -20 || true
        head -5 "$work/$p.stderr" >&2 || true
    fi
    pack_size=$(size_of "$work/$p.elf" .pack)
    line="$(printf '%-14s %-18s cap %7s B   peak heap %8s B   stack %6s B   pack %8s B' \
        "$p" "$verdict" "$cap" "${peak:-?}" "${stack:-?}" "$pack_size")"
    if [ $min_heap -eq 1 ] && [ $status -eq 0 ]; then
        # The smallest cap (4 KiB steps) under which the run still passes.
        lo=0
        hi=$cap
        while [ $((hi - lo)) -gt 4096 ]; do
            mid=$(((lo + hi) / 2 / 4096 * 4096))
            [ "$mid" -gt "$lo" ] || break
            if run "$work/$p.elf" "$mid" "$work/$p.min.stdout" "$work/$p.min.stderr" &&
                cmp -s "$work/$p.min.stdout" "$expected"; then
                hi=$mid
            else
                lo=$mid
            fi
        done
        line="$line   min region $hi B"
    fi
    echo "$line"
    report+=("$line")
done

echo "== results"
for l in "${report[@]}"; do echo "$l"; done
echo "flash, VM alone: .text $vm_text + .rodata $vm_rodata = $((vm_text + vm_rodata)) B"
for p in "${programs[@]}"; do
    [ -f "$work/$p.elf" ] || continue
    t=$(size_of "$work/$p.elf" .text)
    r=$(size_of "$work/$p.elf" .rodata)
    k=$(size_of "$work/$p.elf" .pack)
    echo "flash, with $p: .text $t + .rodata $r + .pack $k = $((t + r + k)) B"
done
echo "qemu: $pass passed, $fail failed"
[ $fail -eq 0 ]

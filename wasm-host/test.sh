#!/usr/bin/env bash
# The wasm host's test: builds beamr.wasm (profile `wasm`) and the beamr
# CLI, packs the OTP 28 shared fixtures (../shared/fixtures, beside the
# repository, as std-host/tests/fixtures.rs finds them) and runs each
# fixture's main/0 under Node in a fresh VM, comparing its output with the
# .out file. Needs Node 20+, and erl on PATH for OTP's stdlib.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
fx="$root/../shared/fixtures/otp28"
if [ ! -d "$fx" ]; then
    echo "shared fixtures not found at $fx: skipped"
    exit 0
fi
wasm-host/build.sh
cargo build -q --release -p beamr
mods=$(cd "$fx" && ls *.beam | sed 's/\.beam$//')
# shellcheck disable=SC2086 # one argument per module
target/release/beamr pack -o out/wasm/otp28.pack -pa "$fx" --no-boot $mods
node wasm-host/test/fixtures.mjs out/wasm/beamr.wasm out/wasm/otp28.pack "$fx" otp28 \
    tests/fixtures_known_failures.txt

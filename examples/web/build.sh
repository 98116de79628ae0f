#!/usr/bin/env bash
# Builds what the page loads into out/web/: beamr.wasm (via
# wasm-host/build.sh) and web_demo.pack (src/web_demo.erl compiled with
# erlc and packed by the beamr CLI, with OTP's stdlib from erl on PATH).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
wasm-host/build.sh
cargo build -q --release -p beamr
mkdir -p out/web/ebin
erlc -o out/web/ebin examples/web/src/web_demo.erl
cp out/wasm/beamr.wasm out/web/beamr.wasm
target/release/beamr pack -o out/web/web_demo.pack -pa out/web/ebin --no-boot web_demo

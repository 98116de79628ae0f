#!/usr/bin/env bash
# Builds the size-optimised .wasm (profile `wasm`) and copies it to
# out/wasm/beamr.wasm; prints its raw, gzip -9 and brotli sizes.
# BEAMR_WASM_OPT=1 also runs binaryen's wasm-opt -Os when it is installed:
# that saves about 11% raw but nothing compressed, so it is off by default.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cargo build -q -p beamr-wasm --target wasm32-unknown-unknown --profile wasm
mkdir -p out/wasm
wasm=out/wasm/beamr.wasm
src=target/wasm32-unknown-unknown/wasm/beamr_wasm.wasm
if [ "${BEAMR_WASM_OPT:-0}" = 1 ] && command -v wasm-opt >/dev/null; then
    wasm-opt -Os --enable-bulk-memory --enable-sign-ext \
        --enable-nontrapping-float-to-int --enable-mutable-globals "$src" -o "$wasm"
else
    cp "$src" "$wasm"
fi
raw=$(wc -c <"$wasm")
gz=$(gzip -9c "$wasm" | wc -c)
if command -v brotli >/dev/null; then
    br=$(brotli -c -q 11 "$wasm" | wc -c)
else
    br=$(node -e 'const z=require("zlib");process.stdout.write(String(z.brotliCompressSync(require("fs").readFileSync(process.argv[1]),{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length))' "$wasm")
fi
echo "beamr.wasm: $raw bytes raw, $gz gzip -9, $br brotli" >&2

#!/usr/bin/env bash
# The page's whole test: npm ci, build the wasm and the pack, then load the
# page from a local server in headless Chromium (test.mjs). Needs Node 20+,
# erlc/erl, and Debian's chromium (apt-get install -y chromium).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
(cd "$here" && npm ci --no-audit --no-fund --silent)
"$here/build.sh"
node "$here/test.mjs"

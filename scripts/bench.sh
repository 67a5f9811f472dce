#!/usr/bin/env bash
# Builds the release site and benchmarks it against a Chart.js page showing
# the same statistics, in headless Chromium: bytes, load, animation, memory,
# Lighthouse. Prints a table and writes bench/results/latest.json.
#   bash scripts/bench.sh            full run (about 8 minutes)
#   bash scripts/bench.sh --quick    CI's smoke run (about 3 minutes, no Lighthouse)
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

ensure_build_tools
ensure_chromium
ensure_npm_packages bench
build_release
say "Benchmark"
node "$ROOT/bench/run.mjs" "$@"

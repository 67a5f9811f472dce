#!/usr/bin/env bash
# Runs every test: formatting and lints, native tests (layouts, data, golden
# SVGs, prerendered page), browser tests (wasm-bindgen-test in headless
# Chromium), the end-to-end suite (Playwright on the built dist/), and the
# benchmark in quick mode so it cannot rot.
# Installs what is missing first; fast when everything is there.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

ensure_build_tools
ensure_lint_components
ensure_chromium
ensure_npm_packages e2e
ensure_npm_packages bench
cd "$ROOT"

say "Formatting and lints"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings

say "Native tests"
cargo test --quiet

say "Browser tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser

build_release

say "End-to-end tests (Playwright, headless Chromium)"
(cd e2e && npm test)

say "Benchmark, quick mode (measures only; asserts nothing about time)"
node --test bench/
node bench/run.mjs --quick
# One pair each way compare.mjs runs B: in A's browser, and in browsers of
# their own, B's started with a V8 switch (--fresh --b-arg).
node bench/compare.mjs dist dist --loads 1
node bench/compare.mjs dist dist --loads 1 --fresh --b-arg=--js-flags=--no-wasm-lazy-compilation

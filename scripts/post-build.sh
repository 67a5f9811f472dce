#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): write the server-rendered app into the
# staged index.html; in a release build, shorten the names between the Wasm
# and its JS glue; then precompress every file, in that order.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# wasm-opt from build-tools/, as for Trunk itself (scripts/setup.sh).
export PATH="$here/../build-tools/node_modules/.bin:$PATH"
# The prerenderer is native: built with the stable toolchain and its own std,
# not with the release Wasm's nightly settings (scripts/setup.sh, build_release).
env -u RUSTUP_TOOLCHAIN -u CARGO_UNSTABLE_BUILD_STD -u CARGO_UNSTABLE_BUILD_STD_FEATURES \
  cargo run --quiet --bin prerender
if [ "${TRUNK_PROFILE:-}" = release ]; then
  node "$here/shorten-wasm-names.mjs" "$TRUNK_STAGING_DIR"
fi
node "$here/precompress.mjs" "$TRUNK_STAGING_DIR"

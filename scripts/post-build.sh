#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): write the server-rendered app into the
# staged index.html; in a release build, shorten the names between the Wasm
# and its JS glue and minify the two scripts Trunk copies as they are; mark
# the glue for eager compilation; put the stylesheet and boot.js inside the
# page and write the site's CSP; then precompress every file, in that order.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# wasm-opt and esbuild from build-tools/, as for Trunk itself (scripts/setup.sh).
export PATH="$here/../build-tools/node_modules/.bin:$PATH"
# The prerenderer is native: built with the stable toolchain and its own std,
# not with the release Wasm's nightly settings (scripts/setup.sh, build_release).
env -u RUSTUP_TOOLCHAIN -u CARGO_UNSTABLE_BUILD_STD -u CARGO_UNSTABLE_BUILD_STD_FEATURES \
  cargo run --quiet --bin prerender
if [ "${TRUNK_PROFILE:-}" = release ]; then
  node "$here/shorten-wasm-names.mjs" "$TRUNK_STAGING_DIR"
  # Trunk minifies only the scripts it bundles; boot.js and embed.js are
  # copied (embed.js must keep its name). Minified, boot.js is 0.75 KB of
  # brotli lighter. Non-ASCII characters are escaped (esbuild's default), as
  # embed.js runs in hosts' pages, whatever their encoding; boot.js goes
  # inside our UTF-8 page, where its French stays as written: brotli then
  # finds its sentences in the page's own text.
  for script in boot.js embed.js; do
    charset=ascii
    [ "$script" = boot.js ] && charset=utf8
    esbuild "$TRUNK_STAGING_DIR/$script" --minify --target=es2020 --charset="$charset" --log-level=warning \
      --outfile="$TRUNK_STAGING_DIR/$script" --allow-overwrite
  done
fi
node "$here/eager-glue.mjs" "$TRUNK_STAGING_DIR"
node "$here/inline-head.mjs" "$TRUNK_STAGING_DIR"
node "$here/precompress.mjs" "$TRUNK_STAGING_DIR"

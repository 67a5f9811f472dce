#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): first write the server-rendered app into
# the staged index.html, then precompress every file, in that order.
set -euo pipefail
cargo run --quiet --bin prerender
node "$(dirname "${BASH_SOURCE[0]}")/precompress.mjs" "$TRUNK_STAGING_DIR"

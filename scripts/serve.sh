#!/usr/bin/env bash
# Builds the app and serves it on http://127.0.0.1:8080 (Ctrl-C to stop).
# Installs what is missing first; fast when everything is there.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

ensure_build_tools
build_release
say "Serving dist/ on http://127.0.0.1:${PORT:-8080}"
exec node "$ROOT/scripts/serve-dist.mjs" "$ROOT/dist" "${PORT:-8080}"

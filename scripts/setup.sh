# Installs what building and testing need, skipping what is already there.
# Sourced by scripts/serve.sh and scripts/test.sh; every step is idempotent.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/build-tools/node_modules/.bin:$PATH"
TRUNK_VERSION="0.22.1"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# The wasm-bindgen version Cargo.lock pins (the CLI must match it exactly).
locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q " ${TRUNK_VERSION}\$"; then
    say "Installing trunk ${TRUNK_VERSION} (about 8 minutes on 2 cores)"
    # trunk 0.22 declares rust-version 1.96 but builds and runs on 1.95.
    cargo install --locked --ignore-rust-version trunk --version "$TRUNK_VERSION"
  fi
}

ensure_wasm_bindgen() {
  local version
  version="$(locked_wasm_bindgen_version)"
  if ! grep -q "^wasm_bindgen = \"${version}\"" "$ROOT/Trunk.toml"; then
    echo "Trunk.toml's [tools] wasm_bindgen must be \"${version}\", the version Cargo.lock pins." >&2
    exit 1
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q " ${version}\$"; then
    say "Installing wasm-bindgen-cli ${version} (about 3 minutes)"
    # No --locked: the CLI's own lockfile pins a crate the registry no longer has.
    cargo install wasm-bindgen-cli --version "$version" --force
  fi
}

# Runs `npm ci` in $1 unless its node_modules already match its lockfile.
ensure_npm_packages() {
  local dir="$ROOT/$1" stamp
  stamp="$dir/node_modules/.installed-lock.sha256"
  if [ ! -f "$stamp" ] || ! (cd "$dir" && sha256sum --quiet -c "$stamp" >/dev/null 2>&1); then
    say "Installing npm packages in $1 (npm ci)"
    (cd "$dir" && npm ci --no-audit --no-fund)
    (cd "$dir" && sha256sum package-lock.json >"$stamp")
  fi
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_npm_packages build-tools
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "Installing Debian chromium and chromium-driver"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
  fi
}

# Builds the release site into dist/ (prerendered, wasm-opt -Oz, hashed names).
# Extra arguments go to trunk, e.g. --public-url /chemin/.
build_release() {
  say "Building the release site into dist/"
  (cd "$ROOT" && trunk build --release "$@")
}

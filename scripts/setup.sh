# Installs what building and testing need, skipping what is already there.
# Sourced by scripts/serve.sh and scripts/test.sh; every step is idempotent.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/build-tools/node_modules/.bin:$PATH"
TRUNK_VERSION="0.22.1"
# The release Wasm only is built with this pinned nightly: it rebuilds Rust's
# standard library for size, with panics that abort at once instead of
# formatting a message nobody sees (about 16 KB less brotli;
# bench/HISTORY.md). Lints, tests and the prerenderer use the stable toolchain.
RELEASE_TOOLCHAIN="nightly-2026-05-19"

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

# The test command's first checks are `cargo fmt --check` and clippy: a
# toolchain installed with rustup's minimal profile has neither.
ensure_lint_components() {
  local installed
  installed=$(rustup component list --installed 2>/dev/null)
  for component in rustfmt clippy; do
    if ! grep -q "^${component}-" <<<"$installed"; then
      say "Adding the ${component} component"
      rustup component add "$component"
    fi
  done
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

# The manifest of the standard library's sources, which `-Zbuild-std` builds.
std_library_manifest() {
  echo "$(rustc "+$RELEASE_TOOLCHAIN" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
}

# Ready when rust-src is installed and the standard library's own
# dependencies are in Cargo's cache: Trunk builds offline, so a fresh machine
# that has the sources but not those crates fails the build otherwise.
release_toolchain_ready() {
  rustup component list --toolchain "$RELEASE_TOOLCHAIN" --installed 2>/dev/null | grep -qx rust-src \
    && cargo "+$RELEASE_TOOLCHAIN" fetch --offline --quiet --manifest-path "$(std_library_manifest)" >/dev/null 2>&1
}

# Not fatal: without it the release build falls back to the stable toolchain
# (build_release says so, and e2e/tests/size.test.mjs fails on the larger Wasm).
ensure_release_toolchain() {
  release_toolchain_ready && return
  say "Installing Rust ${RELEASE_TOOLCHAIN} with rust-src, for the release Wasm (about 20 seconds)"
  rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal --component rust-src \
    && cargo "+$RELEASE_TOOLCHAIN" fetch --quiet --manifest-path "$(std_library_manifest)" \
    || say "Could not install ${RELEASE_TOOLCHAIN}: release builds will use the stable toolchain"
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_release_toolchain
  ensure_trunk
  ensure_wasm_bindgen
  ensure_npm_packages build-tools
}

# The browser tests' Debian packages: chromium and its driver, and poppler's
# tools, with which the print test reads the pages of a PDF.
ensure_chromium() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v pdftoppm >/dev/null || missing+=(poppler-utils)
  if ((${#missing[@]})); then
    say "Installing Debian ${missing[*]}"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  fi
}

# Builds the release site into dist/ (prerendered, wasm-opt -Oz, hashed names).
# Extra arguments go to trunk, e.g. --public-url /chemin/.
build_release() {
  say "Building the release site into dist/"
  # Only the wasm32 build sees these: scripts/post-build.sh clears them
  # before it builds the (native) prerenderer.
  local nightly=()
  if release_toolchain_ready; then
    nightly=(RUSTUP_TOOLCHAIN="$RELEASE_TOOLCHAIN"
      CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
      CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort")
  else
    say "No ${RELEASE_TOOLCHAIN}: building with the stable toolchain (a Wasm about 16 KB larger)"
  fi
  (cd "$ROOT" && env "${nightly[@]}" trunk build --release "$@")
}

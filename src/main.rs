//! The browser entry point: Trunk builds this binary for `wasm32`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    pme_infographie::boot::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("pme-infographie runs in the browser: see README.md (scripts/serve.sh).");
}

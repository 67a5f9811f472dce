//! The browser entry point: Trunk builds this binary for `wasm32`.

/// Talc instead of Rust's default dlmalloc: 1.5 KB less brotli in the Wasm.
/// Replays stay within the memory budget (`e2e/tests/memory.test.mjs`).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    pme_infographie::boot::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("pme-infographie runs in the browser: see README.md (scripts/serve.sh).");
}

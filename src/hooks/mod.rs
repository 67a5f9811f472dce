//! Browser-side effects as Yew hooks. Each one cleans up after itself when
//! its component unmounts: observers disconnect, listeners and frames cancel.
//! Effects never run while prerendering, so these compile on every target.

mod use_canvas_size;
mod use_entrance;
mod use_palette;
mod use_query_param;

pub use use_canvas_size::use_canvas_size;
pub use use_entrance::use_entrance;
pub use use_palette::{palette_of, use_palette};
pub use use_query_param::{reload_on_foreign_query, use_query_param};

/// Whether the reader asked the system for reduced motion (never while
/// prerendering, where there is no reader).
pub fn prefers_reduced_motion() -> bool {
    cfg!(target_arch = "wasm32") && media_matches("(prefers-reduced-motion: reduce)")
}

/// Whether a CSS media query currently matches (false if it cannot be asked).
fn media_matches(query: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|m| m.matches())
}

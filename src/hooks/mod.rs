//! Browser-side effects as Yew hooks. Each one cleans up after itself when
//! its component unmounts: observers disconnect, listeners and frames cancel.

mod use_canvas_size;
mod use_palette;
mod use_progress;

pub use use_canvas_size::use_canvas_size;
pub use use_palette::use_palette;
pub use use_progress::use_entrance_progress;

/// Whether the reader asked the system for reduced motion.
pub fn prefers_reduced_motion() -> bool {
    media_matches("(prefers-reduced-motion: reduce)")
}

/// Whether a CSS media query currently matches (false if it cannot be asked).
fn media_matches(query: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|m| m.matches())
}

//! Browser-side effects as Yew hooks. Each one cleans up after itself when
//! its component unmounts: observers disconnect, listeners and frames cancel.
//! Effects never run while prerendering, so these compile on every target.

mod use_canvas_size;
mod use_entrance;
mod use_palette;
mod use_query_param;

pub use use_canvas_size::{stage_size, use_canvas_size};
pub use use_entrance::use_entrance;
pub use use_palette::{palette_of, use_palette};
pub use use_query_param::{reload_on_foreign_query, use_query_param};

/// Whether the reader asked the system for reduced motion (never while
/// prerendering, where there is no reader).
fn prefers_reduced_motion() -> bool {
    crate::LIVE && reduced_motion().is_some_and(|query| query.matches())
}

/// The reduced-motion media query, live: it follows the reader's system
/// setting while the page is open (None if it cannot be asked).
fn reduced_motion() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
}

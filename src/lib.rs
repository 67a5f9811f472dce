//! « PME et Réseaux Sociaux » — the article and its statistics as an
//! interactive, embeddable infographic.
//!
//! Data flows one way: `assets/` JSON (read and validated by `build.rs`) →
//! typed models ([`content`], [`data`]) → pure chart layouts ([`charts`]) →
//! a thin plotters renderer → Yew components ([`app`]). Browser effects
//! live in [`hooks`] (they only run in the browser, never while prerendering)
//! and `boot` (built for the browser only) starts the app there.

pub mod app;
pub mod charts;
pub mod components;
pub mod content;
pub mod data;
pub mod embed;
pub mod export;
pub mod hooks;
pub mod islands;

#[cfg(target_arch = "wasm32")]
pub mod boot;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

/// The id of the element the app is prerendered into (its islands are
/// found there).
pub const MOUNT_ID: &str = "pme-app";

/// Whether this is the app at work in the browser, not the server's page
/// (read before the app starts, or without it) nor any other native run.
/// On that page a chart's stage is no stop for the keys: nothing can be
/// explored before the chart's island starts, rendered anew (`boot`).
/// Its buttons and choices can be used meanwhile: `assets/boot.js` does
/// the same again to the island once it has started.
pub const LIVE: bool = cfg!(target_arch = "wasm32");

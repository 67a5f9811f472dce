//! « PME et Réseaux Sociaux » — the article and its statistics as an
//! interactive, embeddable infographic.
//!
//! Data flows one way: `assets/` JSON (read and validated by `build.rs`) →
//! typed models ([`content`], [`data`]) → pure chart layouts ([`charts`]) →
//! a thin plotters renderer → Yew components ([`app`]). Browser effects
//! live in [`hooks`] (they only run in the browser, never while prerendering)
//! and [`boot`] starts the app there.

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

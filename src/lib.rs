//! « PME et Réseaux Sociaux » — the article and its statistics as an
//! interactive, embeddable infographic.
//!
//! Data flows one way: `assets/` JSON (read and validated by `build.rs`) →
//! typed models ([`content`], [`data`]) → pure chart layouts ([`charts`]) →
//! a thin plotters renderer → Yew components ([`app`]). Browser-only glue
//! lives in [`hooks`] and [`boot`] and is compiled for `wasm32` only.

pub mod app;
pub mod charts;
pub mod components;
pub mod content;
pub mod data;

#[cfg(target_arch = "wasm32")]
pub mod boot;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

/// The id of the element the app is prerendered into and hydrated from.
pub const MOUNT_ID: &str = "pme-app";

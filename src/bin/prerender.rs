//! Trunk `post_build` hook: writes the prerendered app into the staged
//! `index.html` (`$TRUNK_STAGING_DIR/index.html`, or the path given).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use pme_infographie::prerender::{inject, render_app};
    use std::{env, fs, path::PathBuf, process::ExitCode};

    let path = env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .or_else(|| env::var_os("TRUNK_STAGING_DIR").map(|d| PathBuf::from(d).join("index.html")));
    let Some(path) = path else {
        eprintln!("prerender: give the index.html path, or run as a Trunk hook");
        return ExitCode::FAILURE;
    };
    let result = fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|page| inject(&page, &render_app()))
        .and_then(|page| fs::write(&path, page).map_err(|e| e.to_string()));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {}: {e}", path.display());
            ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

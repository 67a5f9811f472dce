//! Browser glue: the page's own address and query, as the parser wants them.

/// The page's query parameters, decoded by the browser (`URLSearchParams`).
pub fn query_pairs() -> Vec<(String, String)> {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    // `Array.from` runs the parameters' own iterator: `[key, value]` pairs.
    js_sys::Array::from(&params)
        .iter()
        .filter_map(|entry| {
            let pair: js_sys::Array = wasm_bindgen::JsCast::dyn_into(entry).ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// The page's address without query or fragment (`https://exemple.fr/pme/`).
pub fn page_address() -> Option<String> {
    let location = web_sys::window()?.location();
    Some(format!(
        "{}{}",
        location.origin().ok()?,
        location.pathname().ok()?
    ))
}

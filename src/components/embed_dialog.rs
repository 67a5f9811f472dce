//! « Intégrer »: an accessible modal (the native `<dialog>`, which makes
//! the page inert and closes on Escape; Tab is kept inside it here, as the
//! browser would let it reach its own toolbar) with the embed snippet, a
//! Copy button and a live preview.

use crate::charts::palette::{house_accent, parse_hex_color};
use crate::data::decimal::{whole_px, Whole};
use crate::embed::location::{page_address, query_pairs};
use crate::embed::snippet::{default_height, embed_snippet};
use crate::embed::{EmbedConfig, Mode, Theme};
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    HtmlDialogElement, HtmlInputElement, HtmlTextAreaElement, IntersectionObserver,
    IntersectionObserverEntry,
};
use yew::prelude::*;

/// Properties of [`EmbedDialog`].
#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// What to embed: one chart or the article.
    pub mode: Mode,
    /// The embed's title (the iframe's `title`).
    pub title: AttrValue,
}

/// What the dialog works from once opened: the page's address and the
/// embed's configuration, which starts as what the reader sees and changes
/// with the publisher's options.
#[derive(Debug, Clone, PartialEq)]
struct Opened {
    page: String,
    config: EmbedConfig,
    /// Whether the reader's system is in dark mode: an embed of the
    /// automatic theme then shows the dark theme's house accent.
    reader_dark: bool,
}

impl Opened {
    /// The preview's address: the code's (its fragment aside). An animated
    /// embed's entrance runs as the preview comes into sight, with
    /// « Rejouer » under it: the frame is as tall as the publisher's.
    fn preview(&self) -> String {
        format!("{}?{}", self.page, self.config.to_query())
    }
}

/// The « Intégrer » button and its dialog.
#[function_component(EmbedDialog)]
pub fn embed_dialog(props: &EmbedDialogProps) -> Html {
    let dialog = use_node_ref();
    let textarea = use_node_ref();
    let close = use_node_ref();
    // The snippet needs the page's address and current exploration, and the
    // preview loads the app again: both only once the dialog is opened.
    let opened = use_state(|| None::<Opened>);
    // How many times it was opened: the dialog is shown once its content,
    // rendered only from the first opening on, is in place.
    let opens = use_state(|| 0_u32);
    let status = use_state(String::new);
    let id = match &props.mode {
        Mode::Chart(id) => id.id(),
        _ => "article",
    };
    let dialog_id = format!("{id}-integrer");

    let onopen = {
        let (opened, opens, status, mode) = (
            opened.clone(),
            opens.clone(),
            status.clone(),
            props.mode.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let Some((page, config)) = current_page(mode.clone()) {
                let reader_dark = web_sys::window()
                    .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
                    .is_some_and(|query| query.matches());
                opened.set(Some(Opened {
                    page,
                    config,
                    reader_dark,
                }));
                status.set(String::new());
                opens.set(*opens + 1);
            }
        })
    };
    // One listener for every display option: each control's `value` says
    // which it is (the theme's radios carry the theme's own values).
    let onoption = {
        let (opened, status) = (opened.clone(), status.clone());
        Callback::from(move |e: Event| {
            let Some(mut now) = (*opened).clone() else {
                return;
            };
            let config = &mut now.config;
            let input: HtmlInputElement = e.target_unchecked_into();
            let (on, value) = (input.checked(), input.value());
            match (input.type_().as_str(), value.as_str()) {
                // The house colour picked by hand is no choice: no `accent=`.
                ("color", accent) => {
                    config.accent = parse_hex_color(accent)
                        .filter(|&rgb| rgb != house_accent(config.theme, now.reader_dark))
                }
                ("radio", theme) => config.theme = Theme::from_param(theme),
                (_, "bg") => {
                    config.transparent = on;
                    config.theme = config.framed_theme();
                }
                (_, "controls") => config.controls = on,
                (_, "anim") => config.animate = on,
                _ => {}
            }
            opened.set(Some(now));
            // « Copied » was about the code before this change.
            status.set(String::new());
        })
    };
    {
        // After the render that put the content in: `showModal` focuses the
        // dialog's first control, the snippet, only if it is already there.
        // Also after each option's change, which rewrote the snippet.
        let (dialog, textarea) = (dialog.clone(), textarea.clone());
        use_effect_with((*opens, (*opened).clone()), move |(opens, _)| {
            if *opens > 0 {
                // Setting the snippet put the caret at its end, which showed
                // the code's last lines in its box: start at its start.
                if let Some(area) = textarea.cast::<HtmlTextAreaElement>() {
                    let _ = area.set_selection_range(0, 0);
                    area.set_scroll_top(0);
                }
                if let Some(dialog) = dialog.cast::<HtmlDialogElement>().filter(|d| !d.open()) {
                    show_where_seen(dialog);
                }
            }
        });
    }
    let accent = use_node_ref();
    let onhouse = {
        let (opened, accent) = (opened.clone(), accent.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(mut now) = (*opened).clone() {
                now.config.accent = None;
                opened.set(Some(now));
            }
            // The button goes with the colour it undid: focus stays nearby.
            if let Some(input) = accent.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        })
    };
    let onclose = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                dialog.close();
            }
        })
    };
    let oncopy = {
        let (status, textarea) = (status.clone(), textarea.clone());
        Callback::from(move |_: MouseEvent| {
            // The code shown is the code copied: read from its box, not
            // written a second time.
            let Some(snippet) = textarea.cast::<HtmlTextAreaElement>().map(|t| t.value()) else {
                return;
            };
            let (status, textarea) = (status.clone(), textarea.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // Emptied while the clipboard answers, so that a second copy
                // is announced again, not left as the text already there.
                status.set(String::new());
                // Outside a secure context (an `http:` page, or an embed in
                // one) `navigator.clipboard` is undefined, not an error to await.
                let clipboard = web_sys::window()
                    .map(|w| w.navigator().clipboard())
                    .filter(|c| !c.is_undefined());
                let copied = match clipboard {
                    Some(clipboard) => JsFuture::from(clipboard.write_text(&snippet)).await.is_ok(),
                    None => false,
                };
                if copied {
                    status.set("Code copié dans le presse-papiers.".to_owned());
                } else if let Some(area) = textarea.cast::<HtmlTextAreaElement>() {
                    // No clipboard access (insecure page, permissions, old browser):
                    // select it for Ctrl+C.
                    let _ = area.focus();
                    area.select();
                    status.set(
                        "Le code est sélectionné\u{a0}: copiez-le avec Ctrl+C (ou ⌘+C).".to_owned(),
                    );
                }
            });
        })
    };
    // Tab from the last control comes back to the first, and Shift+Tab from
    // the first goes to the last: focus never leaves the open dialog.
    let onkeydown = {
        let (first, last) = (textarea.clone(), close.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Tab" {
                return;
            }
            let active = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element());
            let (from, to) = if e.shift_key() {
                (&first, &last)
            } else {
                (&last, &first)
            };
            if active.is_some() && active == from.cast::<web_sys::Element>() {
                if let Some(target) = to.cast::<web_sys::HtmlElement>() {
                    e.prevent_default();
                    let _ = target.focus();
                }
            }
        })
    };
    html! {
        <>
            <button type="button" class="pme-button" aria-haspopup="dialog" aria-controls={dialog_id.clone()} onclick={onopen}>
                { "Intégrer" }
            </button>
            <dialog ref={dialog} id={dialog_id.clone()} class="pme-dialog" aria-labelledby={format!("{dialog_id}-titre")} {onkeydown}>
                <h2 id={format!("{dialog_id}-titre")} class="pme-dialog__title">
                    { if id == "article" { "Intégrer l’article" } else { "Intégrer ce graphique" } }
                </h2>
                // Closed, the dialog holds its title only: the rest is
                // rendered on the first opening, not shipped and rendered six
                // times with the page.
                if let Some(opened) = opened.as_ref() {
                    <p class="pme-dialog__help">
                        { "Collez ce code dans votre page\u{a0}: l’iframe prend toute la largeur, et le script ajuste sa hauteur à son contenu. Sans le script, elle garde une hauteur fixe raisonnable." }
                    </p>
                    <label class="pme-dialog__label" for={format!("{dialog_id}-code")}>{ "Code à copier" }</label>
                    <textarea ref={textarea} id={format!("{dialog_id}-code")} class="pme-dialog__code" readonly=true rows="5"
                        value={embed_snippet(&opened.page, &opened.config, &props.title)} />
                    <div class="pme-dialog__actions">
                        <button type="button" class="pme-button pme-button--primary" onclick={oncopy}>{ "Copier le code" }</button>
                        <p class="pme-dialog__status" role="status">{ (*status).clone() }</p>
                    </div>
                    // After « Copier », which stays in sight on a phone: the
                    // code above is already what most publishers want.
                    { display_options(&dialog_id, opened, onoption, (accent, onhouse)) }
                    <p class="pme-dialog__label">{ "Aperçu" }</p>
                    // A picture of the result, not a place to work: inert keeps
                    // keyboard focus (and Escape) in the dialog.
                    // A host page of the embed's theme behind it, which a
                    // transparent embed shows through.
                    <div class="pme-dialog__host" data-theme={opened.config.theme.param()}>
                        // A chart's preview is as tall as its embed's starting
                        // height, so that the chart itself shows; the article's
                        // keeps to its top (the stylesheet's height).
                        <iframe class="pme-dialog__preview" src={opened.preview()} title={format!("Aperçu\u{a0}: {}", props.title)} loading="lazy" inert=true
                            height={matches!(props.mode, Mode::Chart(_)).then(|| Whole(default_height(&opened.config).into()).digits())} />
                    </div>
                    <div class="pme-dialog__footer">
                        <button ref={close} type="button" class="pme-button" onclick={onclose}>{ "Fermer" }</button>
                    </div>
                }
            </dialog>
        </>
    }
}

/// The publisher's display options, set as `opened` has them: the theme, a
/// transparent background, the controls, the entrance animation and the
/// accent colour: its input, and what takes the chosen colour back.
fn display_options(
    dialog_id: &str,
    opened: &Opened,
    onchange: Callback<Event>,
    (accent, onhouse): (NodeRef, Callback<MouseEvent>),
) -> Html {
    let config = &opened.config;
    // Unique across the page's dialogs, or their radios would be one group.
    let group = format!("{dialog_id}-theme");
    let themes = [
        (Theme::Auto, "Automatique"),
        (Theme::Light, "Clair"),
        (Theme::Dark, "Sombre"),
    ]
    .map(|(theme, name)| {
        html! {
            <label class="pme-choice">
                <input type="radio" name={group.clone()} value={theme.param()}
                    checked={config.theme == theme}
                    disabled={theme == Theme::Auto && config.transparent} />
                <span>{ name }</span>
            </label>
        }
    });
    let switches = [
        ("bg", "Fond transparent", config.transparent),
        ("controls", "Commandes et outils", config.controls),
        ("anim", "Animation", config.animate),
    ]
    .map(|(value, name, on)| {
        html! {
            <label class="pme-switch">
                <input type="checkbox" {value} checked={on} />
                <span>{ name }</span>
            </label>
        }
    });
    html! {
        <fieldset class="pme-dialog__options" {onchange}>
            <legend class="pme-dialog__label">{ "Affichage" }</legend>
            <fieldset class="pme-choices">
                <legend>{ "Thème" }</legend>
                { for themes }
            </fieldset>
            { for switches }
            <span class="pme-dialog__accent">
                <label class="pme-switch">
                    <input ref={accent} type="color"
                        value={config.accent.unwrap_or_else(|| house_accent(config.theme, opened.reader_dark)).hex()} />
                    <span>{ "Couleur d’accent" }</span>
                </label>
                if config.accent.is_some() {
                    <button type="button" class="pme-button" onclick={onhouse}>
                        { "Couleur d’origine" }
                    </button>
                }
            </span>
            if config.transparent {
                <p class="pme-dialog__hint">{ "Sur fond transparent, choisissez le thème de votre page." }</p>
            }
        </fieldset>
    }
}

/// Opens `dialog` as a modal where the reader is looking. In an embed, the
/// host page sizes the frame to its content, so the frame's viewport is the
/// whole content and a modal centred in it could open thousands of pixels
/// from the reader (the article embed is 7 000 px tall on a phone). There
/// the dialog is placed over the part of the frame the host page shows, as
/// an `IntersectionObserver` reports it (its implicit root is the top
/// page's viewport), and scrolls within that part.
fn show_where_seen(dialog: HtmlDialogElement) {
    let document = web_sys::window().and_then(|w| w.document());
    // An embed in a frame: boot.js marked the root so before the first paint.
    let framed_embed = document
        .as_ref()
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.has_attribute("data-embed") && root.has_attribute("data-framed"));
    let body = document.and_then(|d| d.body());
    let (true, Some(body)) = (framed_embed, body) else {
        let _ = dialog.show_modal();
        return;
    };
    let placed = dialog.clone();
    let place = Closure::once_into_js(
        move |entries: js_sys::Array, observer: IntersectionObserver| {
            observer.disconnect();
            let seen = entries
                .get(0)
                .dyn_into::<IntersectionObserverEntry>()
                .ok()
                .map(|entry| entry.intersection_rect())
                .filter(|seen| seen.height() > 0.0);
            let frame_height = web_sys::window()
                .and_then(|w| w.inner_height().ok())
                .and_then(|h| h.as_f64());
            let style = placed.style();
            match (seen, frame_height) {
                (Some(seen), Some(frame_height)) => {
                    // Within what shows, and never past the frame's bottom edge
                    // (the body hides what overflows it) when little shows.
                    let height = (seen.height() - 16.0).max(160.0);
                    let top = (seen.top() + 8.0).min(frame_height - height - 8.0).max(0.0);
                    let _ = style.set_property("top", &whole_px(top));
                    let _ = style.set_property("bottom", "auto");
                    let _ = style.set_property("margin-top", "0");
                    let _ = style.set_property("max-height", &whole_px(height));
                }
                // Nothing of the frame shows (or no measure): the browser's own
                // placement, not the last opening's.
                _ => {
                    for property in ["top", "bottom", "margin-top", "max-height"] {
                        let _ = style.remove_property(property);
                    }
                }
            }
            let _ = placed.show_modal();
        },
    );
    match IntersectionObserver::new(place.unchecked_ref()) {
        Ok(observer) => observer.observe(&body),
        Err(_) => {
            let _ = dialog.show_modal();
        }
    }
}

/// The page's address and the configuration that reproduces what the reader
/// sees of `mode`.
fn current_page(mode: Mode) -> Option<(String, EmbedConfig)> {
    let config = EmbedConfig::from_pairs(query_pairs()).embedding(mode);
    Some((page_address()?, config))
}

//! The interactive stage of a chart: its canvas (sized to its box ×
//! devicePixelRatio, coloured from the theme), the entrance animation and
//! « Rejouer », and exploration by pointer, touch and keyboard with a tooltip
//! and a polite live region. Hit-testing uses the very scene that was drawn.

use super::canvas_painter::CanvasPainter;
use super::tooltip_placement::{Anchor, Extent, GAP};
use crate::charts::palette::Palette;
use crate::charts::scene::{Point, Scene, Size};
use crate::charts::ChartId;
use crate::data::decimal::whole_px;
use crate::embed::EmbedConfig;
use crate::hooks::{palette_of, stage_size, use_canvas_size, use_entrance, use_palette};
use crate::LIVE;
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;
use web_sys::{HtmlCanvasElement, HtmlElement, Performance};
use yew::prelude::*;

/// Properties of [`ChartStage`].
#[derive(Properties, PartialEq)]
pub struct ChartStageProps {
    /// The chart: its stable id is a prefix of its elements' ids.
    pub id: ChartId,
    /// The chart's finding in one sentence: the canvas's text alternative.
    pub label: AttrValue,
    /// Lays the chart out for a surface size at a progress `t ∈ [0, 1]`.
    pub layout: Callback<(Size, f64), Scene>,
    /// Plain HTML statement of the figure, shown until the chart is drawn.
    pub fallback: Html,
    /// Entrance animation length, ms.
    #[prop_or(1000.0)]
    pub duration_ms: f64,
    /// Called with a target's index when it is clicked, tapped, or chosen
    /// with Enter or Space while focused; none when choosing does nothing
    /// (the keyboard help then does not offer it).
    #[prop_or_default]
    pub onactivate: Option<Callback<usize>>,
}

/// Everything a draw reads besides the progress.
struct DrawInputs {
    size: Option<Size>,
    palette: Palette,
    focus: Option<usize>,
    layout: Callback<(Size, f64), Scene>,
    /// Printing: the size and palette are paper's, from `beforeprint`.
    paper: bool,
}

/// The tooltip being shown: which target, its text, and what it points at.
#[derive(Debug, Clone, PartialEq)]
struct Tip {
    index: usize,
    text: String,
    anchor: Anchor,
}

/// Extra distance, CSS px, at which a tap (or a click) still hits a mark.
const TOUCH_SLOP: f64 = 8.0;

/// A chart's canvas with everything that makes it explorable.
#[function_component(ChartStage)]
pub fn chart_stage(props: &ChartStageProps) -> Html {
    let stage = use_node_ref();
    let canvas = use_node_ref();
    let tooltip = use_node_ref();
    let replay = use_state(|| 0_u32);
    let focus = use_state_eq(|| None::<usize>);
    // Whether the keyboard moved the focus last: only then is the focused
    // mark announced (a pointer gliding over the marks would queue a
    // message per mark it crosses).
    let by_keys = use_state_eq(|| false);
    let tip = use_state_eq(|| None::<Tip>);
    // The scene last drawn: events hit-test against exactly what is on screen.
    let drawn: Rc<RefCell<Option<Scene>>> = use_mut_ref(|| None);

    let size = use_canvas_size(canvas.clone());
    let palette = use_palette(canvas.clone());
    let animate = use_context::<EmbedConfig>().is_none_or(|c| c.animate);

    // What the next draw needs, current as of the latest render: animation
    // frames draw from here without re-rendering the component.
    let inputs = use_mut_ref(|| None::<DrawInputs>);
    // While printing, paper's inputs stand: a render then (print media's
    // layout resizes the stage) would bring back the screen's size and palette.
    if !inputs.borrow().as_ref().is_some_and(|i| i.paper) {
        *inputs.borrow_mut() = Some(DrawInputs {
            size,
            palette,
            focus: *focus,
            layout: props.layout.clone(),
            paper: false,
        });
    }
    let painter = use_mut_ref(CanvasPainter::default);
    let draw = {
        let (canvas, drawn, tip, inputs) =
            (canvas.clone(), drawn.clone(), tip.clone(), inputs.clone());
        // Named once per render, not at every frame's draw.
        let marks = BenchMarks::new(props.id);
        Callback::from(move |progress: f64| {
            let inputs = inputs.borrow();
            let Some(inputs) = inputs.as_ref() else {
                return;
            };
            if let (Some(size), Some(canvas)) = (inputs.size, canvas.cast::<HtmlCanvasElement>()) {
                // A draw, as the benchmark times it, is the frame's whole work
                // for the chart: its layout too.
                marks.start();
                let mut scene = inputs.layout.emit((size, progress));
                let focused = inputs
                    .focus
                    .and_then(|i| Some((i, scene.targets.get(i)?)))
                    .map(|(index, t)| Tip {
                        index,
                        text: t.text.clone(),
                        anchor: Anchor::of(&t.region, &scene),
                    });
                if let Some(i) = inputs.focus {
                    scene.highlight(i);
                }
                let painted = paint(
                    &marks,
                    &mut painter.borrow_mut(),
                    &canvas,
                    &scene,
                    &inputs.palette,
                );
                // Whether the entrance is over, for tests that wait for it.
                // During it, removing what is not there changes nothing.
                let _ = if painted && progress >= 1.0 {
                    canvas.set_attribute("data-settled", "")
                } else {
                    canvas.remove_attribute("data-settled")
                };
                tip.set(focused);
                *drawn.borrow_mut() = Some(scene);
            }
        })
    };
    let entrance = use_entrance(
        stage.clone(),
        props.duration_ms,
        *replay,
        animate,
        draw.clone(),
    );
    {
        // Paper shows no animation, and is light: as printing begins, the
        // chart is drawn at its end, at once, in the colours then in force
        // (boot.js marks the page as printing), and in the screen's again
        // after. Paper is also finer than most screens: the chart is drawn
        // at 2 device px per CSS px at least (some 250 dpi across a printed
        // card), and at the screen's ratio again after. Only the draw's
        // inputs change: no render comes in between.
        let (entrance, canvas, inputs) = (entrance.clone(), canvas.clone(), inputs.clone());
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| {
                [("beforeprint", 2.0), ("afterprint", 1.0)].map(|(event, least)| {
                    let (entrance, canvas, inputs) =
                        (entrance.clone(), canvas.clone(), inputs.clone());
                    EventListener::new(&window, event, move |_| {
                        let canvas = canvas.cast::<web_sys::Element>();
                        if let (Some(canvas), Some(inputs)) = (canvas, inputs.borrow_mut().as_mut())
                        {
                            if let Some(palette) = palette_of(&canvas) {
                                inputs.palette = palette;
                            }
                            inputs.size = stage_size(&canvas, least);
                            inputs.paper = least > 1.0;
                        }
                        entrance.finish();
                    })
                })
            });
            move || drop(listeners)
        });
    }
    // Each chart draws in a task of its own, not in the render that changed
    // its inputs: at load, all five charts learn their size in one render,
    // and drawing them all there made one long task that kept the page from
    // answering input. A change before the draw cancels it: bursts draw once.
    use_effect_with((size, palette, *focus, props.layout.clone()), move |_| {
        let pending = Timeout::new(0, move || draw.emit(entrance.progress()));
        move || drop(pending)
    });
    {
        // Inline `style` attributes would break a strict CSP; CSSOM is allowed.
        let tooltip = tooltip.clone();
        use_effect_with((*tip).clone(), move |tip| {
            let el = tooltip.cast::<HtmlElement>();
            let parent = el.as_ref().and_then(|el| el.parent_element());
            if let (Some(tip), Some(el), Some(parent)) = (tip, el, parent) {
                let stage = Extent {
                    width: f64::from(parent.client_width()),
                    height: f64::from(parent.client_height()),
                };
                let style = el.style();
                let _ = style.set_property("--pme-tip-gap", &whole_px(GAP));
                // Its size is read at the stage's top-left corner, where it
                // has all the room it can take, and then kept: near the
                // right edge an absolute box would shrink to the room left
                // and wrap narrow. Rounded up: a width a fraction too narrow
                // wraps a line.
                let tip_size = |max: Option<f64>| {
                    let _ = match max {
                        Some(max) => style.set_property("max-width", &whole_px(max)),
                        None => style.remove_property("max-width").map(drop),
                    };
                    let _ = style.remove_property("width");
                    let _ = style.set_property("left", "0");
                    let _ = style.set_property("top", "0");
                    let box_ = el.get_bounding_client_rect();
                    Extent {
                        width: box_.width().ceil(),
                        height: box_.height(),
                    }
                };
                let size = tip.anchor.fit(stage, tip_size);
                let _ = style.set_property("width", &whole_px(size.width));
                let place = tip.anchor.place(size, stage);
                let _ = style.set_property("left", &whole_px(place.left));
                let _ = style.set_property("top", &whole_px(place.top));
            }
        });
    }

    let hit = {
        let (drawn, canvas) = (drawn.clone(), canvas.clone());
        // Client coordinates → device px on the canvas → the target there.
        move |client_x: i32, client_y: i32, slop: f64| -> Option<usize> {
            let canvas = canvas.cast::<HtmlCanvasElement>()?;
            let rect = canvas.get_bounding_client_rect();
            let scene = drawn.borrow();
            let scene = scene.as_ref()?;
            let s = scene.size.pixel_ratio;
            let p = Point::new(
                (f64::from(client_x) - rect.left()) * s,
                (f64::from(client_y) - rect.top()) * s,
            );
            scene.hit(p, slop * s)
        }
    };
    // A tooltip stays until the pointer reaches another mark or leaves the
    // chart: the reader can cross the blank space to it, and read or
    // magnify it with the pointer over it (WCAG 1.4.13). The listener is
    // the canvas's, which a pointer over the tooltip does not reach.
    let onpointermove = {
        let (focus, by_keys, hit) = (focus.clone(), by_keys.clone(), hit.clone());
        Callback::from(move |e: PointerEvent| {
            if let Some(i) = hit(e.client_x(), e.client_y(), 0.0) {
                focus.set(Some(i));
                by_keys.set(false);
            }
        })
    };
    let onpointerleave = {
        let (focus, stage) = (focus.clone(), stage.clone());
        Callback::from(move |_: PointerEvent| {
            // Keep a keyboard reader's place; only a pointer-only visit ends here.
            if !is_focused(&stage) {
                focus.set(None);
            }
        })
    };
    // A tap shows its mark here, not as the finger lands: a lifted finger
    // leaves the stage before its tap focuses it, and a finger that scrolls
    // the page taps nothing. The tooltip then stays until a tap elsewhere
    // blurs the stage. A click does what the pointer over it did already.
    let onclick = {
        let (onactivate, focus, by_keys) =
            (props.onactivate.clone(), focus.clone(), by_keys.clone());
        Callback::from(move |e: MouseEvent| {
            let target = hit(e.client_x(), e.client_y(), TOUCH_SLOP);
            focus.set(target);
            by_keys.set(false);
            if let (Some(onactivate), Some(i)) = (&onactivate, target) {
                onactivate.emit(i);
            }
        })
    };
    let onkeydown = {
        let (focus, by_keys, drawn, onactivate) = (
            focus.clone(),
            by_keys.clone(),
            drawn.clone(),
            props.onactivate.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            // Space is the stage's, as Enter: where it chooses nothing, it
            // scrolled the page away from the mark being read.
            let key = e.key();
            if key == " " {
                e.prevent_default();
            }
            if let ("Enter" | " ", Some(i), Some(onactivate)) = (key.as_str(), *focus, &onactivate)
            {
                onactivate.emit(i);
                return;
            }
            let step = drawn
                .borrow()
                .as_ref()
                .and_then(|scene| scene.keyboard_step(*focus, &key));
            if let Some(next) = step {
                e.prevent_default();
                focus.set(next);
                by_keys.set(true);
            }
        })
    };
    let onfocus = {
        let (focus, by_keys) = (focus.clone(), by_keys.clone());
        Callback::from(move |e: FocusEvent| {
            // A keyboard reader starts on the scene's start; a click on the
            // chart's blank space (which focuses the stage too) opens nothing.
            let by_keyboard = e
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|stage| stage.matches(":focus-visible").unwrap_or(false));
            if !by_keyboard {
                return;
            }
            if let Some(start) = drawn
                .borrow()
                .as_ref()
                .filter(|s| !s.targets.is_empty())
                .map(|s| s.start)
            {
                // Where a resting pointer left it, or where the chart starts.
                if focus.is_none() {
                    focus.set(Some(start));
                }
                by_keys.set(true);
            }
        })
    };
    let onblur = {
        let (focus, by_keys) = (focus.clone(), by_keys.clone());
        Callback::from(move |_: FocusEvent| {
            focus.set(None);
            by_keys.set(false);
        })
    };
    let onreplay = {
        let replay = replay.clone();
        Callback::from(move |_: MouseEvent| replay.set(replay.wrapping_add(1)))
    };

    let id = props.id.id();
    let help_id = format!("{id}-aide");
    let title_id = format!("{id}-titre");
    let help = if props.onactivate.is_some() {
        "Graphique explorable\u{a0}: flèches pour parcourir les valeurs, Entrée pour choisir, Échap pour fermer."
    } else {
        "Graphique explorable\u{a0}: flèches pour parcourir les valeurs, Échap pour fermer."
    };
    let shown = tip.as_ref().map(|t| t.text.clone()).unwrap_or_default();
    // Said once drawn for the focus the keys chose, not before: the tip
    // then still shows the mark the pointer left, which is no news.
    let announcement = match &*tip {
        Some(tip) if *by_keys && Some(tip.index) == *focus => tip.text.clone(),
        _ => String::new(),
    };
    // An explorable group only where the app runs (`LIVE`): the server's
    // page, read without it (or if it fails), offers no stop where the keys
    // do nothing.
    html! {
        <div class="pme-stage">
            <div
                ref={stage}
                class="pme-figure__stage"
                tabindex={LIVE.then_some("0")}
                role={LIVE.then_some("group")}
                // Named by its figure's title (ChartFigure's `{id}-titre`),
                // described by how to explore it.
                aria-labelledby={LIVE.then(|| title_id.clone())}
                aria-describedby={LIVE.then(|| help_id.clone())}
                {onclick}
                {onpointerleave}
                {onkeydown}
                {onfocus}
                {onblur}
            >
                <span id={help_id.clone()} hidden=true>{ help }</span>
                { props.fallback.clone() }
                <canvas ref={canvas} class="pme-figure__canvas" role="img" aria-label={props.label.clone()} {onpointermove} />
                // What the live region below says, for the eye: hidden from
                // assistive technology, which would read it twice.
                <div ref={tooltip} class="pme-tooltip" aria-hidden="true" hidden={tip.is_none()}>
                    { shown }
                </div>
            </div>
            // Named by the title too: five charts have a « Rejouer », and
            // a reader going from button to button hears whose this is.
            <div class="pme-stage__bar" role="group" aria-labelledby={title_id}>
                <button type="button" class="pme-button" onclick={onreplay}>
                    <span aria-hidden="true">{ "↻ " }</span>{ "Rejouer" }
                </button>
            </div>
            <p class="pme-visually-hidden" aria-live="polite">{ announcement }</p>
        </div>
    }
}

fn is_focused(node: &NodeRef) -> bool {
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    match (active, node.cast::<web_sys::Element>()) {
        (Some(active), Some(el)) => active == el,
        _ => false,
    }
}

/// A chart's performance marks and measures, for the benchmark (`bench/`):
/// each draw is a measure, and the first also leaves a mark.
struct BenchMarks {
    /// A draw's start: `pme:draw-start:<id>`.
    start: String,
    /// A draw: `pme:draw:<id>`.
    draw: String,
    /// The first draw's end: `pme:drawn:<id>`.
    drawn: String,
    /// The page's `performance`, found at the first draw, not at every one
    /// (each look-up is two calls out of the Wasm), and not when named:
    /// renders run while prerendering too, where there is no window.
    performance: OnceCell<Option<Performance>>,
}

impl BenchMarks {
    fn new(chart: ChartId) -> Self {
        let id = chart.id();
        BenchMarks {
            start: format!("pme:draw-start:{id}"),
            draw: format!("pme:draw:{id}"),
            drawn: format!("pme:drawn:{id}"),
            performance: OnceCell::new(),
        }
    }

    fn performance(&self) -> Option<&Performance> {
        self.performance
            .get_or_init(|| web_sys::window()?.performance())
            .as_ref()
    }

    /// Marks a draw's start.
    fn start(&self) {
        if let Some(performance) = self.performance() {
            let _ = performance.mark(&self.start);
        }
    }

    /// Measures the draw since its start (only the latest measure is kept in
    /// the timeline, so replays do not grow it; observers see them all); the
    /// `first` draw also leaves a mark.
    fn end(&self, first: bool) {
        if let Some(performance) = self.performance() {
            performance.clear_measures_with_measure_name(&self.draw);
            let _ = performance.measure_with_start_mark(&self.draw, &self.start);
            performance.clear_marks_with_mark_name(&self.start);
            if first {
                let _ = performance.mark(&self.drawn);
            }
        }
    }
}

/// Draws `scene` on `canvas` through `painter`, ending the draw `marks` time;
/// whether it drew.
fn paint(
    marks: &BenchMarks,
    painter: &mut CanvasPainter,
    canvas: &HtmlCanvasElement,
    scene: &Scene,
    palette: &Palette,
) -> bool {
    // A failed draw leaves the previous frame; there is nothing better to show.
    // Its start mark goes with the next draw's (marks of one name are cleared
    // together, and a measure starts at the latest).
    if !painter.paint(canvas, scene, palette) {
        return false;
    }
    let first = !canvas.has_attribute("data-drawn");
    marks.end(first);
    if first {
        // CSS hides the text fallback under a drawn canvas (it would show
        // through a transparent one); the app never renders this attribute.
        let _ = canvas.set_attribute("data-drawn", "");
    }
    true
}

use super::{prefers_reduced_motion, reduced_motion};
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

/// Time actually spent animating, so pauses do not count.
#[derive(Default)]
struct Clock {
    elapsed_ms: f64,
    last_frame: Option<f64>,
}

/// Longest step one frame may advance the clock, ms: after the tab was hidden
/// (frames stop) the animation resumes where it was instead of jumping.
const MAX_STEP_MS: f64 = 100.0;

/// A running entrance: its progress, and the frame loop that advances it.
///
/// Frames call `onframe` directly instead of setting component state, so an
/// animation frame costs one layout and one draw, never a Yew re-render.
pub struct Entrance {
    /// A weak handle on itself, for the frame callback: it must not keep its
    /// owner alive.
    me: Weak<Self>,
    progress: Cell<f64>,
    duration_ms: Cell<f64>,
    clock: RefCell<Clock>,
    onframe: RefCell<Callback<f64>>,
    /// The pending `requestAnimationFrame` id, if a frame is scheduled.
    pending: Cell<Option<i32>>,
    /// One closure for the component's whole life: no allocation per frame.
    tick: OnceCell<Closure<dyn FnMut(f64)>>,
}

impl Entrance {
    /// Progress from 0 to 1 at the latest frame.
    pub fn progress(&self) -> f64 {
        self.progress.get()
    }

    fn new() -> Rc<Self> {
        Rc::new_cyclic(|me| Self {
            me: me.clone(),
            progress: Cell::new(0.0),
            duration_ms: Cell::new(1000.0),
            clock: RefCell::default(),
            onframe: RefCell::default(),
            pending: Cell::new(None),
            tick: OnceCell::new(),
        })
    }

    /// The frame callback, made on first use: only effects call it, so it is
    /// never made while prerendering (where closures cannot exist). A reader
    /// who turns on reduced motion during an entrance sees its end at the
    /// next frame (the query is kept: asking it allocates nothing per frame).
    fn tick(&self) -> &Closure<dyn FnMut(f64)> {
        self.tick.get_or_init(|| {
            let me = self.me.clone();
            let reduced = reduced_motion();
            Closure::new(move |now: f64| {
                if let Some(entrance) = me.upgrade() {
                    if reduced.as_ref().is_some_and(|query| query.matches()) {
                        entrance.clock.borrow_mut().elapsed_ms = f64::INFINITY;
                    }
                    entrance.advance(now);
                }
            })
        })
    }

    /// Starts over at `rest` (0, or 1 when motion is reduced).
    fn reset(&self, rest: f64) {
        *self.clock.borrow_mut() = Clock::default();
        self.progress.set(rest);
    }

    /// Schedules the next frame unless one is pending or the entrance is over.
    fn run(&self) {
        if self.pending.get().is_some() || self.progress.get() >= 1.0 {
            return;
        }
        if let Some(window) = web_sys::window() {
            let tick = self.tick().as_ref().unchecked_ref();
            self.pending.set(window.request_animation_frame(tick).ok());
        }
    }

    /// Jumps to the end and draws it at once.
    pub fn finish(&self) {
        self.pause();
        self.progress.set(1.0);
        let onframe = self.onframe.borrow().clone();
        onframe.emit(1.0);
    }

    /// Cancels the pending frame; the clock will not count the pause.
    fn pause(&self) {
        if let (Some(id), Some(window)) = (self.pending.take(), web_sys::window()) {
            let _ = window.cancel_animation_frame(id);
        }
        self.clock.borrow_mut().last_frame = None;
    }

    fn advance(&self, now: f64) {
        self.pending.set(None);
        let progress = {
            let mut clock = self.clock.borrow_mut();
            let step = clock
                .last_frame
                .map_or(0.0, |last| (now - last).clamp(0.0, MAX_STEP_MS));
            clock.elapsed_ms += step;
            clock.last_frame = Some(now);
            (clock.elapsed_ms / self.duration_ms.get()).clamp(0.0, 1.0)
        };
        self.progress.set(progress);
        let onframe = self.onframe.borrow().clone();
        onframe.emit(progress);
        self.run();
    }
}

/// Entrance progress from 0 to 1 over `duration_ms`. It starts when at least
/// half of the element behind `node` is in the viewport, pauses while the
/// element is off-screen (and, as frames stop, while the tab is hidden), and
/// starts over whenever `replay` changes. Every animation frame calls
/// `onframe` with the new progress; read it between frames with
/// [`Entrance::progress`]. With `prefers-reduced-motion: reduce`, or when
/// `animate` is false (`anim=0`), it is 1 at once; [`Entrance::finish`]
/// jumps to 1.
/// Observers and pending frames end with the component.
#[hook]
pub fn use_entrance(
    node: NodeRef,
    duration_ms: f64,
    replay: u32,
    animate: bool,
    onframe: Callback<f64>,
) -> Rc<Entrance> {
    let reduced = *use_memo(animate, |&animate| !animate || prefers_reduced_motion());
    let rest = if reduced { 1.0 } else { 0.0 };
    let entrance: Rc<Entrance> = (*use_memo((), |_| Entrance::new())).clone();
    let visible = use_state_eq(|| false);
    entrance.duration_ms.set(duration_ms);
    *entrance.onframe.borrow_mut() = onframe;

    {
        let visible = visible.clone();
        use_effect_with(node, move |node| {
            let observed = node
                .cast::<Element>()
                .and_then(|element| observe(&element, visible));
            move || {
                if let Some((observer, _callback)) = observed {
                    observer.disconnect();
                }
            }
        });
    }
    {
        let entrance = entrance.clone();
        use_effect_with((replay, rest), move |&(_, rest)| {
            entrance.pause();
            entrance.reset(rest);
        });
    }
    {
        let entrance = entrance.clone();
        use_effect_with((*visible, replay, rest), move |&(visible, ..)| {
            if visible {
                entrance.run();
            } else {
                entrance.pause();
            }
            move || entrance.pause()
        });
    }
    entrance
}

/// An observer and the callback it calls, kept alive together.
type Observation = (IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>);

/// Watches `element`: visible once half of it shows, or, for an element
/// taller than the screen, once it fills half the screen (over twice as tall,
/// a square stage on a phone on its side, half of it never shows); hidden
/// once none of it shows.
fn observe(element: &Element, visible: UseStateHandle<bool>) -> Option<Observation> {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let screen = web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .unwrap_or(f64::INFINITY);
        for entry in entries.iter() {
            let entry: IntersectionObserverEntry = entry.unchecked_into();
            let height = entry.target().get_bounding_client_rect().height();
            let shown = entry.intersection_ratio() * height;
            if entry.intersection_ratio() >= 0.5 || (height > 0.0 && shown >= 0.5 * screen) {
                visible.set(true);
            } else if !entry.is_intersecting() {
                visible.set(false);
            }
        }
    });
    let options = IntersectionObserverInit::new();
    // Half of an element H tall shows at ratio 0.5, half of a screen V tall at
    // V / 2H: steps of 0.05 catch the second for a stage up to ten screens tall.
    let thresholds: js_sys::Array = (0..=10)
        .map(|i| JsValue::from(f64::from(i) * 0.05))
        .collect();
    options.set_threshold(&thresholds);
    let observer =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
    observer.observe(element);
    Some((observer, callback))
}

use super::prefers_reduced_motion;
use gloo_render::{request_animation_frame, AnimationFrame};
use wasm_bindgen::prelude::*;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

/// One animation step: which frame it is (so the frame effect reruns every
/// frame, even when the progress value repeats) and the progress reached.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Tick {
    frame: u32,
    progress: f64,
}

/// Time actually spent animating, so pauses do not count.
#[derive(Default)]
struct Clock {
    elapsed_ms: f64,
    last_frame: Option<f64>,
}

/// Longest step one frame may advance the clock, ms: after the tab was hidden
/// (frames stop) the animation resumes where it was instead of jumping.
const MAX_STEP_MS: f64 = 100.0;

/// Entrance progress from 0 to 1 over `duration_ms`. It starts when at least
/// half of the element behind `node` is in the viewport, pauses while the
/// element is off-screen (and, as frames stop, while the tab is hidden), and
/// starts over whenever `replay` changes. With `prefers-reduced-motion:
/// reduce`, or when `animate` is false (`anim=0`), it is 1 at once.
/// Observers and pending frames end with the component.
#[hook]
pub fn use_entrance(node: NodeRef, duration_ms: f64, replay: u32, animate: bool) -> f64 {
    let reduced = *use_memo(animate, |&animate| !animate || prefers_reduced_motion());
    let rest = if reduced { 1.0 } else { 0.0 };
    let tick = use_state(|| Tick {
        frame: 0,
        progress: rest,
    });
    let visible = use_state_eq(|| false);
    let clock = use_mut_ref(Clock::default);

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
        let (tick, clock) = (tick.clone(), clock.clone());
        use_effect_with(replay, move |_| {
            *clock.borrow_mut() = Clock::default();
            tick.set(Tick {
                frame: tick.frame.wrapping_add(1),
                progress: rest,
            });
        });
    }
    {
        let setter = tick.setter();
        use_effect_with((*tick, *visible), move |&(current, visible)| {
            let running = visible && current.progress < 1.0;
            if !running {
                clock.borrow_mut().last_frame = None;
            }
            let pending: Option<AnimationFrame> = running.then(|| {
                request_animation_frame(move |now| {
                    let mut clock = clock.borrow_mut();
                    let step = clock
                        .last_frame
                        .map_or(0.0, |last| (now - last).clamp(0.0, MAX_STEP_MS));
                    clock.elapsed_ms += step;
                    clock.last_frame = Some(now);
                    setter.set(Tick {
                        frame: current.frame.wrapping_add(1),
                        progress: (clock.elapsed_ms / duration_ms).clamp(0.0, 1.0),
                    });
                })
            });
            move || drop(pending)
        });
    }
    tick.progress
}

/// An observer and the callback it calls, kept alive together.
type Observation = (IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>);

/// Watches `element`: visible once half of it shows, hidden once none does.
fn observe(element: &Element, visible: UseStateHandle<bool>) -> Option<Observation> {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for entry in entries.iter() {
            let entry: IntersectionObserverEntry = entry.unchecked_into();
            if entry.intersection_ratio() >= 0.5 {
                visible.set(true);
            } else if !entry.is_intersecting() {
                visible.set(false);
            }
        }
    });
    let options = IntersectionObserverInit::new();
    let thresholds = js_sys::Array::of2(&0.0.into(), &0.5.into());
    options.set_threshold(&thresholds);
    let observer =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
    observer.observe(element);
    Some((observer, callback))
}

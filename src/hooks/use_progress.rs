use super::prefers_reduced_motion;
use gloo_render::{request_animation_frame, AnimationFrame};
use yew::prelude::*;

/// One animation step: which frame it is (so an effect reruns every frame,
/// even when the progress value repeats) and the progress reached.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Tick {
    frame: u32,
    progress: f64,
}

/// Entrance progress from 0 to 1 over `duration_ms`, advanced once per
/// animation frame from mount. With `prefers-reduced-motion: reduce` it is 1
/// at once. The pending frame is cancelled when the component unmounts.
#[hook]
pub fn use_entrance_progress(duration_ms: f64) -> f64 {
    let tick = use_state(|| Tick {
        frame: 0,
        progress: if prefers_reduced_motion() { 1.0 } else { 0.0 },
    });
    let start = use_mut_ref(|| None::<f64>);
    {
        let tick = tick.clone();
        use_effect_with(*tick, move |current| {
            let current = *current;
            let pending: Option<AnimationFrame> = (current.progress < 1.0).then(|| {
                request_animation_frame(move |now| {
                    let began = *start.borrow_mut().get_or_insert(now);
                    tick.set(Tick {
                        frame: current.frame + 1,
                        progress: ((now - began) / duration_ms).clamp(0.0, 1.0),
                    });
                })
            });
            move || drop(pending)
        });
    }
    tick.progress
}

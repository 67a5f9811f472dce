//! State of the `amis` chart: how far the message is relayed, and whether the
//! sender segments who receives it.

use crate::data::decimal::{join, Whole};
use crate::data::format_fr::{format_integer, TIMES};
use std::rc::Rc;
use yew::Reducible;

/// Most relays the chart offers (120³ already exceeds 1,7 million).
pub const MAX_HOPS: u8 = 3;

/// What the `amis` chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AmisModel {
    /// Number of friends around you (the article's average: 120).
    pub friends: u32,
    /// How many times the message is passed on, 1 to [`MAX_HOPS`].
    pub hops: u8,
    /// Whether the sender restricts the message to one chosen circle.
    pub segmented: bool,
}

/// What the reader can do to the `amis` chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmisAction {
    /// Show this many relays (clamped to 1..=[`MAX_HOPS`]).
    SetHops(u8),
    /// Turn segmentation on or off.
    SetSegmented(bool),
}

impl AmisModel {
    /// The chart as it first appears: one relay, no segmentation.
    pub fn new(friends: u32) -> Self {
        Self {
            friends,
            hops: 1,
            segmented: false,
        }
    }

    /// The model after `action`.
    pub fn apply(self, action: AmisAction) -> Self {
        match action {
            AmisAction::SetHops(h) => Self {
                hops: h.clamp(1, MAX_HOPS),
                ..self
            },
            AmisAction::SetSegmented(segmented) => Self { segmented, ..self },
        }
    }
}

impl Reducible for AmisModel {
    type Action = AmisAction;

    fn reduce(self: Rc<Self>, action: AmisAction) -> Rc<Self> {
        Rc::new((*self).apply(action))
    }
}

/// An upper bound on the people a message reaches after `hops` relays:
/// each person passes it to all `friends` of theirs, counted as if no two
/// shared a friend (nor sent it back): `friends ^ hops`. A derived figure,
/// labelled as such, not one of the article's.
pub fn reach_upper_bound(friends: u32, hops: u8) -> f64 {
    f64::from(friends).powi(i32::from(hops))
}

/// French ordinal of a small number: 1er, 2e, 3e.
pub fn ordinal(n: u8) -> String {
    if n == 1 {
        "1er".to_owned()
    } else {
        format!("{}e", Whole(n.into()))
    }
}

/// How [`reach_upper_bound`] is derived, for labels: « 120 × 120 × 120 ».
pub fn reach_derivation(friends: u32, hops: u8) -> String {
    join(
        &vec![format_integer(f64::from(friends)); usize::from(hops)],
        TIMES,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reach_is_friends_to_the_power_of_hops() {
        assert_eq!(reach_upper_bound(120, 1), 120.0);
        assert_eq!(reach_upper_bound(120, 2), 14_400.0);
        assert_eq!(reach_upper_bound(120, 3), 1_728_000.0);
    }

    #[test]
    fn derivation_repeats_the_friends_once_per_hop() {
        assert_eq!(reach_derivation(120, 1), "120");
        assert_eq!(
            reach_derivation(120, 3),
            "120\u{a0}×\u{a0}120\u{a0}×\u{a0}120"
        );
        assert_eq!(
            reach_derivation(1500, 2),
            "1\u{202f}500\u{a0}×\u{a0}1\u{202f}500"
        );
    }

    #[test]
    fn actions_keep_hops_in_range() {
        let m = AmisModel::new(120);
        assert_eq!(m.apply(AmisAction::SetHops(2)).hops, 2);
        assert_eq!(m.apply(AmisAction::SetHops(0)).hops, 1);
        assert_eq!(m.apply(AmisAction::SetHops(9)).hops, MAX_HOPS);
        assert!(m.apply(AmisAction::SetSegmented(true)).segmented);
    }
}

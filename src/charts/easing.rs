//! Easing and staggering: how animation progress `t ∈ [0, 1]` maps to motion.

/// Cubic ease-out: fast start, gentle landing.
pub fn ease_out_cubic(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    1.0 - (1.0 - t).powi(3)
}

/// The local progress of a step that runs from `start` to `end` (both in
/// global progress units) when the global progress is `t`, clamped to [0, 1].
pub fn window(t: f64, start: f64, end: f64) -> f64 {
    if end <= start {
        return if t >= end { 1.0 } else { 0.0 };
    }
    ((t - start) / (end - start)).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ease_out_cubic_keeps_its_ends_and_is_monotonic() {
        assert_eq!(ease_out_cubic(0.0), 0.0);
        assert_eq!(ease_out_cubic(1.0), 1.0);
        assert_eq!(ease_out_cubic(-1.0), 0.0);
        assert_eq!(ease_out_cubic(2.0), 1.0);
        let samples: Vec<f64> = (0..=20)
            .map(|i| ease_out_cubic(f64::from(i) / 20.0))
            .collect();
        assert!(samples.windows(2).all(|w| w[0] < w[1]));
        assert!(
            ease_out_cubic(0.5) > 0.5,
            "ease-out is ahead of linear mid-way"
        );
    }

    #[test]
    fn window_maps_a_sub_range_to_zero_one() {
        assert_eq!(window(0.1, 0.2, 0.6), 0.0);
        assert!((window(0.4, 0.2, 0.6) - 0.5).abs() < 1e-12);
        assert_eq!(window(0.9, 0.2, 0.6), 1.0);
        assert_eq!(window(0.5, 0.5, 0.5), 1.0);
        assert_eq!(window(0.4, 0.5, 0.5), 0.0);
    }
}

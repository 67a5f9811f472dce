//! Where a chart's tooltip goes on its stage: pure geometry, in CSS px from
//! the stage's top-left corner.
//!
//! A tooltip sits above its mark, or below the whole mark when there is no
//! room above; it covers neither the mark it is about nor the headline's
//! corner, moving right of a headline column if it must, and below its
//! mark keeps clear of marks a chart keeps at its foot. A mark round all
//! the way (a ring, the « Vous » disc amid rings) has its tooltip below it
//! first, then above it: never over its top, where its label and a chosen
//! segment are, nor over the rings round it, whose labels are above it.
//! When it fits on neither side at its usual width (large text on a
//! phone), the stage tries it at the stage's full width, which makes it
//! shorter. It may then go left of its mark, level with it, made as narrow
//! as the room there (a mark as tall as a low stage: temps's rest of the
//! time, over its bar; the outermost ring, over the text below the chart):
//! a chart's body starts from the headline's side, and runs right and
//! down. Not a ring's with rings round it, which it would cover. What still
//! does not fit covers the headline, then runs past the stage's foot, into
//! the page that scrolls down to it. A round mark's runs past the stage's
//! foot at once: the rest of the chart is within it, round it.

use crate::charts::headline::{headline_corner, MARGIN};
use crate::charts::scene::{Point, Region, Scene};

/// Space between a tooltip and its mark, CSS px: the pointer crosses it to
/// the tooltip (the stylesheet's `--pme-tip-gap` bridges it, WCAG 1.4.13).
pub const GAP: f64 = 10.0;

/// The narrowest a tooltip is made to go beside its mark, CSS px at the
/// usual text size (half its usual widest, 18rem): narrower, its text would
/// stack a word a line.
pub const NARROWEST: f64 = 144.0;

/// A width and a height, CSS px.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Extent {
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

/// What a tooltip points at, and what it keeps clear of.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Anchor {
    /// The mark's highest point, where a tooltip above it points.
    pub at: Point,
    /// How far the mark reaches below `at`.
    pub depth: f64,
    /// The mark's left edge.
    pub left: f64,
    /// [`NARROWEST`] in the reader's text size.
    pub narrowest: f64,
    /// The corner the headline keeps at the stage's top-left: a band across
    /// (infinite width) or a column down to its text's foot.
    pub headline: Extent,
    /// The mark's shape, which orders where its tooltip may go.
    pub shape: Shape,
    /// How far up from the stage's foot lie marks that a tooltip below its
    /// mark must not cover ([`Scene::foot`]).
    pub foot: f64,
}

/// A mark's shape, as its tooltip's placement cares about it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// Any mark not round all the way: its tooltip goes above it first.
    Plain,
    /// A mark round all the way, a ring or a disc: below it first, clear of
    /// its top and of the rings round it, and never over it, inside it
    /// (a ring's hole holds the circles within it, and « Vous ») nor
    /// beside it (over the rings round it).
    Round,
    /// The outermost of round marks, with no ring round it: as [`Round`],
    /// but its tooltip may go left of it.
    ///
    /// [`Round`]: Shape::Round
    Outer,
}

/// A tooltip's top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// Its left edge.
    pub left: f64,
    /// Its top edge.
    pub top: f64,
}

impl Anchor {
    /// What a tooltip for `region` (device px) of `scene` points at, in CSS
    /// px.
    pub fn of(region: &Region, scene: &Scene) -> Self {
        let ratio = scene.size.pixel_ratio;
        let ((at, depth, left), (width, height)) = (region.reach(), headline_corner(scene));
        Anchor {
            at: Point::new(at.x / ratio, at.y / ratio),
            depth: depth / ratio,
            left: left / ratio,
            narrowest: NARROWEST * scene.size.scale / ratio,
            headline: Extent {
                width: width / ratio,
                height: height / ratio,
            },
            // Rings share a centre: the outermost reaches furthest left.
            shape: if !region.is_round() {
                Shape::Plain
            } else if scene.targets.iter().all(|t| t.region.reach().2 >= left) {
                Shape::Outer
            } else {
                Shape::Round
            },
            foot: scene.foot / ratio,
        }
    }

    /// The left edge of a tooltip `width` wide: centred on the mark, inside
    /// the stage, and right of a headline column where there is room;
    /// centred on the stage when wider than it.
    fn left(&self, width: f64, stage: Extent) -> f64 {
        if width > stage.width {
            return (stage.width - width) / 2.0;
        }
        let centred = (self.at.x - width / 2.0).clamp(0.0, stage.width - width);
        if self.headline.width + width <= stage.width {
            centred.max(self.headline.width)
        } else {
            centred
        }
    }

    /// The top of a tooltip `height` tall above its mark, and below it: in
    /// whole px, rounded towards the mark, so that the gap's bridge reaches
    /// the mark with no sliver between, where the pointer would meet the
    /// next mark.
    fn tops(&self, height: f64) -> (f64, f64) {
        (
            (self.at.y - GAP - height).ceil(),
            (self.at.y + self.depth + GAP).floor(),
        )
    }

    /// Where a tooltip of size `tip` may go beside its mark on `stage`, in
    /// the order the module's summary gives, covering nothing it should
    /// not; `None` if nowhere.
    fn beside(&self, tip: Extent, stage: Extent) -> Option<Placement> {
        let left = self.left(tip.width, stage);
        let clear = |top: f64| left >= self.headline.width || top >= self.headline.height;
        let (above, below) = self.tops(tip.height);
        let above = (above, above >= 0.0);
        let below = (below, below + tip.height <= stage.height - self.foot);
        let sides = match self.shape {
            Shape::Round | Shape::Outer => [below, above],
            Shape::Plain => [above, below],
        };
        sides
            .iter()
            .copied()
            .find(|&(top, on_stage)| on_stage && clear(top))
            .map(|(top, _)| Placement { left, top })
    }

    /// Where a tooltip of size `tip` may go left of a mark not enclosed by
    /// rings: level with its middle, within the stage and clear of the
    /// marks at its foot, below the headline's text where it reaches into
    /// its column; `None` if it does not fit there.
    fn aside(&self, tip: Extent, stage: Extent) -> Option<Placement> {
        let left = self.left - GAP - tip.width;
        let highest = if left < self.headline.width {
            self.headline.height
        } else {
            0.0
        };
        let lowest = stage.height - self.foot - tip.height;
        let level = (self.at.y + (self.depth - tip.height) / 2.0).round();
        let top = level.min(lowest.floor()).max(highest.ceil());
        (self.shape != Shape::Round && left >= 0.0 && top <= lowest)
            .then_some(Placement { left, top })
    }

    /// The widths, in turn, a tooltip that does not fit at its own is made
    /// to fit at: the widest it may be (the room right of a headline
    /// column, or the stage's whole width under a band), which makes it
    /// shorter; the room left of a mark not enclosed, from the stage's margin,
    /// if at least [`NARROWEST`] in the reader's text size; and the widest
    /// again, which a tooltip that fits nowhere keeps.
    fn widths(&self, stage: Extent) -> [f64; 3] {
        let widest = if self.headline.width < stage.width {
            stage.width - self.headline.width
        } else {
            stage.width
        };
        // From the headline's margin: a tooltip as wide as that room lines
        // up with the headline's text.
        let room = (self.left - GAP - MARGIN).floor();
        let aside = if self.shape != Shape::Round && room >= self.narrowest {
            room
        } else {
            widest
        };
        [widest, aside, widest]
    }

    /// The size a tooltip takes on `stage`: its own, as `measure(None)`
    /// reads it, or where that fits nowhere, `measure(Some(width))` at each
    /// of the widths `Anchor::widths` gives, in turn, until one fits (the
    /// widest when none does).
    pub fn fit(&self, stage: Extent, mut measure: impl FnMut(Option<f64>) -> Extent) -> Extent {
        let mut size = measure(None);
        for width in self.widths(stage) {
            if self.fits(size, stage) {
                break;
            }
            size = measure(Some(width));
        }
        size
    }

    /// Where a tooltip of size `tip` fits: above or below its mark, or
    /// left of it.
    fn spot(&self, tip: Extent, stage: Extent) -> Option<Placement> {
        self.beside(tip, stage).or_else(|| self.aside(tip, stage))
    }

    /// Whether a tooltip of size `tip` fits above or below its mark, or
    /// left of it.
    fn fits(&self, tip: Extent, stage: Extent) -> bool {
        self.spot(tip, stage).is_some()
    }

    /// Where a tooltip of size `tip` goes on `stage`.
    pub fn place(&self, tip: Extent, stage: Extent) -> Placement {
        self.spot(tip, stage).unwrap_or_else(|| {
            // No room: below a round mark, off the stage's foot; any other
            // mark's over the headline rather than off the stage, and off
            // its foot rather than its top.
            let (above, below) = self.tops(tip.height);
            Placement {
                left: self.left(tip.width, stage),
                top: match self.shape {
                    Shape::Plain if above >= 0.0 => above,
                    _ => below,
                },
            }
        })
    }
}

#[cfg(test)]
impl Anchor {
    /// For the charts' tests: the box (left, top, right, bottom), in device
    /// px at `ratio`, of a tooltip `height` px tall (50 for two lines, 67
    /// for three) with text long enough to fill any width, placed on
    /// `stage` as the chart's stage places it ([`Anchor::fit`]), its own
    /// width the stylesheet's widest (`min(18rem, 80%)`).
    pub fn widest_tip_box(&self, stage: Extent, height: f64, ratio: f64) -> (f64, f64, f64, f64) {
        let own = (0.8 * stage.width).min(288.0);
        let tip = self.fit(stage, |max| Extent {
            width: max.unwrap_or(own),
            height,
        });
        let at = self.place(tip, stage);
        let (left, top) = (at.left * ratio, at.top * ratio);
        (left, top, left + tip.width * ratio, top + height * ratio)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STAGE: Extent = Extent {
        width: 300.0,
        height: 400.0,
    };

    /// A headline band 60 px high across the stage.
    fn band() -> Extent {
        Extent {
            width: f64::INFINITY,
            height: 60.0,
        }
    }

    fn anchor(x: f64, y: f64, depth: f64, headline: Extent) -> Anchor {
        Anchor {
            at: Point::new(x, y),
            depth,
            // At the stage's left edge: no room left of it (see `aside`).
            left: 0.0,
            narrowest: NARROWEST,
            headline,
            shape: Shape::Plain,
            foot: 0.0,
        }
    }

    fn tip(width: f64, height: f64) -> Extent {
        Extent { width, height }
    }

    fn at(left: f64, top: f64) -> Placement {
        Placement { left, top }
    }

    #[test]
    fn a_tooltip_sits_above_its_mark_with_the_gap_between() {
        let p = anchor(150.0, 200.0, 20.0, band()).place(tip(100.0, 50.0), STAGE);
        assert_eq!(p, at(100.0, 140.0));
    }

    #[test]
    fn whole_pixels_leave_no_sliver_between_the_gap_and_the_mark() {
        let a = anchor(150.0, 179.5, 20.25, band());
        let above = a.place(tip(100.0, 67.2), STAGE);
        assert!(above.top + 67.2 + GAP >= 179.5 && above.top == above.top.round());
        assert!(
            above.top + 67.2 + GAP < 179.5 + 1.0,
            "nor more than a pixel over it"
        );
        let below = a.place(tip(100.0, 130.0), STAGE);
        assert!(below.top - GAP <= 179.5 + 20.25 && below.top == below.top.round());
    }

    #[test]
    fn a_tooltip_that_would_cover_the_headline_goes_below_the_whole_mark() {
        // 50 tall above a mark at 100 reaches up to 40, into a band to 60.
        let a = anchor(150.0, 100.0, 20.0, band());
        assert!(a.fits(tip(100.0, 50.0), STAGE));
        assert_eq!(a.place(tip(100.0, 50.0), STAGE), at(100.0, 130.0));
        // With no headline over the chart, the same tooltip stays above.
        let free = anchor(150.0, 100.0, 20.0, tip(0.0, 0.0));
        assert_eq!(free.place(tip(100.0, 50.0), STAGE), at(100.0, 40.0));
    }

    #[test]
    fn a_tooltip_moves_right_of_a_headline_column() {
        let column = tip(80.0, f64::INFINITY);
        // Centred on a mark at 100, it would start at 50, over the column.
        let p = anchor(100.0, 200.0, 20.0, column).place(tip(100.0, 50.0), STAGE);
        assert_eq!(p, at(80.0, 140.0));
        // Too wide to clear the column, it may sit only where nothing else is.
        let a = anchor(100.0, 200.0, 20.0, column);
        assert!(!a.fits(tip(250.0, 50.0), STAGE));
        // Made wider to fit, it keeps right of the column.
        assert_eq!(a.widths(STAGE)[0], 220.0);
        assert_eq!(anchor(100.0, 200.0, 20.0, band()).widths(STAGE)[0], 300.0);
    }

    #[test]
    fn a_tooltip_that_fits_on_neither_side_says_so() {
        // 175 above a mark at 200 would reach up to 15, into a band to 60;
        // 175 below it (from 230) would end at 405, past the stage.
        let a = anchor(150.0, 200.0, 20.0, band());
        assert!(!a.fits(tip(100.0, 175.0), STAGE));
        assert!(a.fits(tip(100.0, 130.0), STAGE));
    }

    #[test]
    fn below_its_mark_it_keeps_clear_of_the_marks_at_the_stage_s_foot() {
        // Below a mark ending at 220, a tooltip 50 tall ends at 280: clear
        // of marks from 120 above the foot (280 of 400), not of 121.
        let a = |foot: f64| Anchor {
            foot,
            ..anchor(150.0, 100.0, 120.0, band())
        };
        assert_eq!(a(120.0).place(tip(100.0, 50.0), STAGE), at(100.0, 230.0));
        // With no room left there, it goes above, over the headline.
        assert!(!a(121.0).fits(tip(100.0, 50.0), STAGE));
        assert_eq!(a(121.0).place(tip(100.0, 50.0), STAGE), at(100.0, 40.0));
    }

    #[test]
    fn with_no_room_it_covers_the_headline_before_it_leaves_the_stage() {
        let a = anchor(150.0, 200.0, 20.0, band());
        assert_eq!(a.place(tip(300.0, 175.0), STAGE), at(0.0, 15.0));
    }

    #[test]
    fn taller_than_the_room_above_it_runs_past_the_stages_foot() {
        let a = anchor(150.0, 200.0, 20.0, band());
        assert_eq!(a.place(tip(300.0, 250.0), STAGE), at(0.0, 230.0));
    }

    #[test]
    fn a_round_mark_s_tooltip_goes_below_it_then_above_and_never_over_nor_inside_it() {
        let round = |top: f64, depth: f64| Anchor {
            shape: Shape::Round,
            ..anchor(150.0, top, depth, band())
        };
        // Room below: there, though there is room above too.
        assert_eq!(
            round(120.0, 40.0).place(tip(100.0, 50.0), STAGE),
            at(100.0, 170.0)
        );
        // None below: above it.
        assert_eq!(
            round(120.0, 250.0).place(tip(100.0, 50.0), STAGE),
            at(100.0, 60.0)
        );
        // Room on neither side (a ring filling the stage): past the stage's
        // foot, not inside the ring, over the circles within it, nor over
        // the labels above it.
        let full = round(70.0, 310.0);
        assert!(!full.fits(tip(100.0, 50.0), STAGE));
        assert_eq!(full.place(tip(100.0, 50.0), STAGE), at(100.0, 390.0));
        assert_eq!(
            round(200.0, 40.0).place(tip(100.0, 175.0), STAGE),
            at(100.0, 250.0)
        );
    }

    #[test]
    fn with_no_room_above_nor_below_it_goes_left_of_its_mark_level_with_it() {
        // A mark from 20 to 380, its left edge at `left`: nothing fits
        // above or below it.
        let tall = |left: f64, headline: Extent| Anchor {
            left,
            ..anchor(150.0, 20.0, 360.0, headline)
        };
        let none = tip(0.0, 0.0);
        let a = tall(160.0, none);
        // Left of it, level with its middle (200), the gap between.
        assert!(a.fits(tip(100.0, 60.0), STAGE));
        assert_eq!(a.place(tip(100.0, 60.0), STAGE), at(50.0, 170.0));
        // Wider than the room left, it does not go there.
        assert!(!a.fits(tip(160.0, 60.0), STAGE));
        // Made as narrow as that room from the stage's margin (12), after
        // the widest it may be; too narrow a room is not offered.
        assert_eq!(tall(170.0, none).widths(STAGE), [300.0, 148.0, 300.0]);
        assert_eq!(a.widths(STAGE), [300.0, 300.0, 300.0], "138 is too narrow");
        // In twice the text, twice as wide a room is needed.
        let large = Anchor {
            narrowest: 2.0 * NARROWEST,
            ..tall(300.0, none)
        };
        assert_eq!(large.widths(STAGE)[1], 300.0, "278 is too narrow");
        // Into a headline column, below its text (to 230 here).
        let column = tall(160.0, tip(80.0, 230.0));
        assert_eq!(column.place(tip(100.0, 60.0), STAGE), at(50.0, 230.0));
        // Clear of the marks at the stage's foot: 100 leaves it room, 190
        // moves it up (to end at 210), 320 leaves it none.
        let footed = |foot: f64| Anchor {
            foot,
            ..tall(160.0, none)
        };
        assert_eq!(
            footed(100.0).place(tip(100.0, 60.0), STAGE),
            at(50.0, 170.0)
        );
        assert_eq!(
            footed(190.0).place(tip(100.0, 60.0), STAGE),
            at(50.0, 150.0)
        );
        assert!(!footed(350.0).fits(tip(100.0, 60.0), STAGE));
        // A ring's with rings round it never goes there: it would cover
        // them. The outermost ring's does, once below and above are full.
        let round = Anchor {
            shape: Shape::Round,
            ..a
        };
        assert!(!round.fits(tip(100.0, 60.0), STAGE));
        assert_eq!(round.widths(STAGE), [300.0, 300.0, 300.0]);
        let outer = Anchor {
            shape: Shape::Outer,
            ..a
        };
        assert_eq!(outer.place(tip(100.0, 60.0), STAGE), at(50.0, 170.0));
        let roomy = Anchor {
            depth: 200.0,
            ..outer
        };
        assert_eq!(roomy.place(tip(100.0, 60.0), STAGE), at(100.0, 230.0));
    }

    #[test]
    fn a_tooltip_near_an_edge_stays_inside_the_stage() {
        let none = tip(0.0, 0.0);
        let right = anchor(290.0, 200.0, 0.0, none).place(tip(100.0, 50.0), STAGE);
        assert_eq!(right.left, 200.0);
        let left = anchor(5.0, 200.0, 0.0, none).place(tip(100.0, 50.0), STAGE);
        assert_eq!(left.left, 0.0);
        let wider = anchor(5.0, 200.0, 0.0, none).place(tip(320.0, 50.0), STAGE);
        assert_eq!(wider.left, -10.0, "centred on the stage");
    }
}

//! Unit charts: `count` equal cells laid out in the grid that makes them as
//! large as an area allows (pictograms of people, one mark per million…).

use super::easing::{ease_out_cubic, window};
use super::headline::{body_area, headline};
use super::scene::{Mark, Point, Region, Scene, Size, Target};

/// A grid of equal square cells, centred in its area.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitGrid {
    /// Side of one cell, px.
    pub cell: f64,
    /// Number of columns.
    pub columns: usize,
    /// Centre of each cell, px, in reading order (rows left to right, top down).
    pub centers: Vec<Point>,
}

impl UnitGrid {
    /// The square of cell `index`, for hit-testing.
    pub fn cell_region(&self, index: usize) -> Region {
        let c = self.centers[index];
        let half = self.cell / 2.0;
        Region::Rect {
            min: Point::new(c.x - half, c.y - half),
            max: Point::new(c.x + half, c.y + half),
        }
    }
}

/// A full grid reads as a whole (« 30 sur 100 » as ten rows of ten): a grid
/// with empty cells must give cells this much larger to be preferred. At
/// 1.15, a 16:9 stage 790 px wide drew 100 people in 13 columns (2 rows and
/// 4 people for « 30 »), for cells 15 % larger.
const FULL_GRID_BONUS: f64 = 1.25;

/// Lays out `count` cells in the area at (`left`, `top`) of `width` × `height` px,
/// choosing the column count that gives the largest cells, with a preference
/// for grids without empty cells.
pub fn unit_grid(count: usize, left: f64, top: f64, width: f64, height: f64) -> UnitGrid {
    let count = count.max(1);
    let score = |columns: usize, cell: f64| {
        let full = count.is_multiple_of(columns);
        cell * if full { FULL_GRID_BONUS } else { 1.0 }
    };
    let (columns, cell) = (1..=count)
        .map(|columns| {
            let rows = count.div_ceil(columns);
            (columns, (width / columns as f64).min(height / rows as f64))
        })
        .fold((1, f64::MIN), |best, next| {
            if score(next.0, next.1) > score(best.0, best.1) + 1e-9 {
                next
            } else {
                best
            }
        });
    let rows = count.div_ceil(columns);
    let x0 = left + (width - cell * columns as f64) / 2.0;
    let y0 = top + (height - cell * rows as f64) / 2.0;
    let centers = (0..count)
        .map(|i| {
            let (row, column) = (i / columns, i % columns);
            Point::new(
                x0 + cell * (column as f64 + 0.5),
                y0 + cell * (row as f64 + 0.5),
            )
        })
        .collect();
    UnitGrid {
        cell,
        columns,
        centers,
    }
}

/// Units revealed one after another in an entrance: of `count`, unit `i`
/// starts at progress `start + span × i / count` and grows for `grow`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stagger {
    /// Progress at which the first unit starts.
    pub start: f64,
    /// Progress over which the units' starts are spread.
    pub span: f64,
    /// Progress one unit takes to grow to its full size.
    pub grow: f64,
}

impl Stagger {
    /// The moment unit `i` of `count` starts.
    fn starts_at(&self, i: usize, count: usize) -> f64 {
        self.start + self.span * i as f64 / count.max(1) as f64
    }

    /// How many of `count` units have grown to at least half their size at
    /// progress `t`: the count a headline shows as it climbs. Counted as
    /// they started, it ran up to two marks further ahead of the marks one
    /// sees filled (« 14 % » over 12 people filled).
    pub fn shown(&self, count: usize, t: f64) -> usize {
        (0..count)
            .filter(|&i| self.growth(i, count, t) >= 0.5)
            .count()
    }

    /// How far unit `i` of `count` has grown at progress `t`, 0 to 1, eased.
    pub fn growth(&self, i: usize, count: usize, t: f64) -> f64 {
        let from = self.starts_at(i, count);
        ease_out_cubic(window(t, from, from + self.grow))
    }
}

/// A unit chart's cells: `count` of them, the first `filled` drawn in the
/// accent, in turn, as `stagger` says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Units {
    /// The cells drawn.
    pub count: usize,
    /// How many of them, from the first, the figure counts.
    pub filled: usize,
    /// When each filled cell appears.
    pub stagger: Stagger,
}

impl Units {
    /// The chart on `size` at progress `t`, all but its headline's number:
    /// every cell's `empty` glyph and the headline's `captions` (they never
    /// move: the backdrop), then the `full` glyph of each filled cell that
    /// has started, grown so far, and each cell's tooltip, from `tips`, one
    /// per cell ([`Units::tips`]). `empty` and `full` draw a glyph centred
    /// on a point, in a cell of a side in px; `full` grown by a factor too.
    pub fn layout(
        &self,
        size: Size,
        t: f64,
        empty: impl Fn(Point, f64) -> [Mark; 2],
        full: impl Fn(Point, f64, f64) -> [Mark; 2],
        tips: &[String],
        captions: [String; 2],
    ) -> Scene {
        let (left, top, width, height) = body_area(size);
        let grid = unit_grid(self.count, left, top, width, height);
        // Room for a headline's number and captions too.
        let mut marks = Vec::with_capacity(self.count * 4 + 6);
        for &c in &grid.centers {
            marks.extend(empty(c, grid.cell));
        }
        // Beside the grid or above it, the captions meet no cell: painted
        // with the backdrop, they are not drawn again on every frame.
        marks.extend(headline(size, None, captions));
        let backdrop = marks.len();
        let mut targets = Vec::with_capacity(self.count);
        for (i, &c) in grid.centers.iter().enumerate() {
            if i < self.filled {
                let grow = self.stagger.growth(i, self.filled, t);
                if grow > 0.0 {
                    marks.extend(full(c, grid.cell, grow));
                }
            }
            targets.push(Target {
                region: grid.cell_region(i),
                // Copied, not formatted: formatting actualite's hundred
                // tooltips on every frame took some half of its layout.
                text: tips[i].clone(),
            });
        }
        Scene {
            size,
            marks,
            backdrop,
            targets,
            columns: grid.columns,
            start: 0,
            foot: 0.0,
        }
    }

    /// Each cell's tooltip, `describe(i)`, formatted once for the layouts
    /// of every frame.
    pub fn tips(&self, describe: impl Fn(usize) -> String) -> Vec<String> {
        (0..self.count).map(describe).collect()
    }

    /// How many filled cells a headline counts at progress `t`.
    pub fn shown(&self, t: f64) -> usize {
        self.stagger.shown(self.filled, t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staggered_units_start_in_turn_and_all_end_grown() {
        let stagger = Stagger {
            start: 0.1,
            span: 0.6,
            grow: 0.2,
        };
        assert_eq!(stagger.shown(10, 0.0), 0);
        // Started, not yet half grown.
        assert_eq!(stagger.shown(10, 0.1), 0);
        assert_eq!(stagger.shown(10, 0.15), 1);
        // Six started by 0.4; the sixth (from 0.4) is not counted yet.
        assert_eq!(stagger.shown(10, 0.4), 5);
        assert_eq!(stagger.shown(10, 1.0), 10);
        assert_eq!(stagger.growth(0, 10, 0.1), 0.0);
        assert!(stagger.growth(0, 10, 0.2) > 0.0 && stagger.growth(0, 10, 0.2) < 1.0);
        assert_eq!(stagger.growth(9, 10, 0.9), 1.0);
        assert_eq!(stagger.growth(9, 10, 0.6), 0.0);
    }

    #[test]
    fn units_draw_every_cell_then_the_filled_ones_in_turn() {
        use crate::charts::scene::Ink;
        let units = Units {
            count: 10,
            filled: 4,
            stagger: Stagger {
                start: 0.0,
                span: 0.8,
                grow: 0.2,
            },
        };
        let glyph = |ink| {
            move |c: Point, cell: f64, grow: f64| {
                let disc = Mark::Disc {
                    center: c,
                    radius: cell * grow / 2.0,
                    ink,
                    alpha: 1.0,
                };
                [disc.clone(), disc]
            }
        };
        let empty = |c, cell| glyph(Ink::Rule)(c, cell, 1.0);
        let tips = units.tips(|i| format!("{i}"));
        let scene = units.layout(
            Size::from_css(300.0, 100.0, 1.0),
            1.0,
            empty,
            glyph(Ink::Accent),
            &tips,
            [String::new(), String::new()],
        );
        // Ten empty glyphs, the backdrop, then the four filled ones.
        assert_eq!(scene.backdrop, 20);
        assert_eq!(scene.marks.len(), 28);
        assert_eq!(scene.targets.len(), 10);
        assert_eq!(scene.targets[9].text, "9");
        assert_eq!(units.shown(1.0), 4);
        // Halfway, three filled cells have started to grow, the fourth not yet.
        let half = units.layout(
            Size::from_css(300.0, 100.0, 1.0),
            0.5,
            empty,
            glyph(Ink::Accent),
            &tips,
            [String::new(), String::new()],
        );
        assert_eq!(half.marks.len(), 20 + 2 * 3);
        assert_eq!(units.shown(0.0), 0);
    }

    #[test]
    fn a_hundred_fill_a_wide_area_in_long_rows_and_a_square_one_in_tens() {
        let wide = unit_grid(100, 0.0, 0.0, 800.0, 200.0);
        assert_eq!(wide.columns, 20);
        assert_eq!(wide.cell, 40.0);
        let square = unit_grid(100, 0.0, 0.0, 300.0, 300.0);
        assert_eq!(square.columns, 10);
        assert_eq!(square.centers.len(), 100);
    }

    #[test]
    fn a_full_grid_is_preferred_to_slightly_larger_cells() {
        // 13 columns would give cells 5 % larger, with 4 empty.
        let g = unit_grid(100, 0.0, 0.0, 580.0, 390.0);
        assert_eq!(100 % g.columns, 0, "{} columns", g.columns);
        // The body of actualite's stage at 1280 px, beside its headline:
        // 13 columns would give cells 15 % larger.
        let g = unit_grid(100, 150.0, 12.0, 628.0, 420.0);
        assert_eq!(g.columns, 10);
    }

    #[test]
    fn cells_stay_inside_the_area_and_do_not_overlap() {
        for (n, w, h) in [
            (19, 500.0, 200.0),
            (19, 260.0, 300.0),
            (100, 280.0, 180.0),
            (1, 50.0, 80.0),
        ] {
            let g = unit_grid(n, 10.0, 20.0, w, h);
            for c in &g.centers {
                assert!(c.x - g.cell / 2.0 >= 10.0 - 1e-9 && c.x + g.cell / 2.0 <= 10.0 + w + 1e-9);
                assert!(c.y - g.cell / 2.0 >= 20.0 - 1e-9 && c.y + g.cell / 2.0 <= 20.0 + h + 1e-9);
            }
            for (i, a) in g.centers.iter().enumerate() {
                for b in &g.centers[i + 1..] {
                    assert!(a.distance(*b) >= g.cell - 1e-9);
                }
            }
        }
    }
}

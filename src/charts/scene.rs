//! What a chart layout produces: marks in device pixels, with colours named by
//! their role so the renderer resolves them against the current theme.

/// A point in device pixels, origin at the top left.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Horizontal position, px.
    pub x: f64,
    /// Vertical position, px.
    pub y: f64,
}

impl Point {
    /// A point at (`x`, `y`) px.
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }

    /// The point a fraction `t` of the way from `self` to `to`.
    pub fn lerp(self, to: Point, t: f64) -> Point {
        Point::new(self.x + (to.x - self.x) * t, self.y + (to.y - self.y) * t)
    }

    /// Euclidean distance to `other`, px.
    pub fn distance(self, other: Point) -> f64 {
        // Not `hypot`, whose overflow care (useless at screen sizes) would
        // link libm's into the Wasm.
        let (dx, dy) = (self.x - other.x, self.y - other.y);
        (dx * dx + dy * dy).sqrt()
    }
}

/// The drawing surface a layout fills.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size {
    /// Width in device pixels.
    pub width: f64,
    /// Height in device pixels.
    pub height: f64,
    /// Device pixels per layout pixel: strokes, fonts and layout sizes are
    /// multiplied by it, so a HiDPI canvas stays crisp and alike, and a
    /// reader's larger text makes the chart's text larger (`with_text_zoom`).
    /// The margin at the surface's edge stays in CSS px (`headline::margin`).
    pub scale: f64,
    /// Device pixels per CSS pixel (`devicePixelRatio`): what maps the page's
    /// coordinates (a pointer, a tooltip) to the canvas's.
    pub pixel_ratio: f64,
}

impl Size {
    /// A surface of `css_width` × `css_height` CSS px at `scale` device px per CSS px.
    pub const fn from_css(css_width: f64, css_height: f64, scale: f64) -> Self {
        Self {
            width: (css_width * scale).round(),
            height: (css_height * scale).round(),
            scale,
            pixel_ratio: scale,
        }
    }

    /// The same surface laid out as the page's text is: `zoom` times the
    /// usual size, as browser zoom would lay it out at `zoom` (the layout
    /// then sees a surface `zoom` times narrower and lower).
    pub fn with_text_zoom(self, zoom: f64) -> Self {
        Self {
            scale: self.pixel_ratio * zoom,
            ..self
        }
    }
}

/// A colour role, resolved against the theme's palette when drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// Chart background.
    Surface,
    /// Primary text.
    Text,
    /// Secondary text and quiet marks.
    Muted,
    /// Gridlines, rules and inactive links.
    Rule,
    /// The highlighted data.
    Accent,
    /// Text and shapes drawn on top of the accent colour (a phone's screen).
    OnAccent,
}

impl Ink {
    /// Every role, in declaration order (the palette's index order).
    pub const ALL: [Ink; 6] = [
        Ink::Surface,
        Ink::Text,
        Ink::Muted,
        Ink::Rule,
        Ink::Accent,
        Ink::OnAccent,
    ];

    /// The CSS custom property (in `assets/styles.css`) that sets this role.
    pub fn css_property(self) -> &'static str {
        match self {
            Ink::Surface => "--pme-chart-surface",
            Ink::Text => "--pme-chart-text",
            Ink::Muted => "--pme-chart-muted",
            Ink::Rule => "--pme-chart-rule",
            Ink::Accent => "--pme-chart-accent",
            Ink::OnAccent => "--pme-chart-on-accent",
        }
    }
}

/// Horizontal alignment of a label on its anchor point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// The anchor is the label's left edge.
    Start,
    /// The anchor is the label's centre.
    Center,
    /// The anchor is the label's right edge.
    End,
}

/// One thing to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// A filled disc.
    Disc {
        /// Centre, px.
        center: Point,
        /// Radius, px.
        radius: f64,
        /// Fill colour.
        ink: Ink,
        /// Opacity from 0 to 1.
        alpha: f64,
    },
    /// A straight segment.
    Line {
        /// Start, px.
        from: Point,
        /// End, px.
        to: Point,
        /// Stroke width, px.
        width: f64,
        /// Stroke colour.
        ink: Ink,
        /// Opacity from 0 to 1.
        alpha: f64,
    },
    /// A stroked circle.
    Ring {
        /// Centre, px.
        center: Point,
        /// Radius, px.
        radius: f64,
        /// Stroke width, px.
        width: f64,
        /// Stroke colour.
        ink: Ink,
        /// Opacity from 0 to 1.
        alpha: f64,
    },
    /// A filled polygon (sectors, pictograms, bars).
    Polygon {
        /// Vertices, px, in order.
        points: Vec<Point>,
        /// Fill colour.
        ink: Ink,
        /// Opacity from 0 to 1.
        alpha: f64,
    },
    /// A stroked closed outline (focus highlights).
    Outline {
        /// Vertices, px, in order; the last joins the first.
        points: Vec<Point>,
        /// Stroke width, px.
        width: f64,
        /// Stroke colour.
        ink: Ink,
    },
    /// One line of text, vertically centred on its anchor.
    Label {
        /// Anchor point, px.
        at: Point,
        /// The text.
        text: String,
        /// Font size, px.
        size: f64,
        /// Bold or regular.
        bold: bool,
        /// Text colour.
        ink: Ink,
        /// How the text sits on the anchor.
        align: Align,
    },
}

impl Mark {
    /// The same mark moved down by `dy` px.
    pub fn shifted_down(self, dy: f64) -> Mark {
        let down = |p: Point| Point::new(p.x, p.y + dy);
        match self {
            Mark::Disc {
                center,
                radius,
                ink,
                alpha,
            } => Mark::Disc {
                center: down(center),
                radius,
                ink,
                alpha,
            },
            Mark::Line {
                from,
                to,
                width,
                ink,
                alpha,
            } => Mark::Line {
                from: down(from),
                to: down(to),
                width,
                ink,
                alpha,
            },
            Mark::Ring {
                center,
                radius,
                width,
                ink,
                alpha,
            } => Mark::Ring {
                center: down(center),
                radius,
                width,
                ink,
                alpha,
            },
            Mark::Polygon { points, ink, alpha } => Mark::Polygon {
                points: points.into_iter().map(down).collect(),
                ink,
                alpha,
            },
            Mark::Outline { points, width, ink } => Mark::Outline {
                points: points.into_iter().map(down).collect(),
                width,
                ink,
            },
            Mark::Label {
                at,
                text,
                size,
                bold,
                ink,
                align,
            } => Mark::Label {
                at: down(at),
                text,
                size,
                bold,
                ink,
                align,
            },
        }
    }
}

/// The reader at the centre of an ego chart: an accent disc of `radius` px
/// labelled « Vous » (`scale` as in [`Size::scale`]).
pub fn you(center: Point, radius: f64, scale: f64) -> [Mark; 2] {
    [
        Mark::Disc {
            center,
            radius,
            ink: Ink::Accent,
            alpha: 1.0,
        },
        Mark::Label {
            at: center,
            text: "Vous".to_owned(),
            size: (radius * 0.6).clamp(9.0 * scale, 16.0 * scale),
            bold: true,
            ink: Ink::OnAccent,
            align: Align::Center,
        },
    ]
}

/// The « Vous » disc's target: `role` says what the reader is in the chart.
/// Round all the way, like a ring, its tooltip goes below it first, clear
/// of the labels and segments above the centre of the circles round it.
pub fn you_target(center: Point, radius: f64, role: &str) -> Target {
    Target {
        region: Region::disc(center, radius),
        text: format!("Vous\u{a0}: {role}"),
    }
}

/// The area of a chart that answers the pointer and keyboard focus.
#[derive(Debug, Clone, PartialEq)]
pub enum Region {
    /// An axis-aligned rectangle.
    Rect {
        /// Top-left corner, px.
        min: Point,
        /// Bottom-right corner, px.
        max: Point,
    },
    /// A ring sector; angles in radians, clockwise from 12 o'clock.
    Sector {
        /// Centre, px.
        center: Point,
        /// Inner radius, px (0 for a pie slice).
        inner: f64,
        /// Outer radius, px.
        outer: f64,
        /// Start angle, rad.
        start: f64,
        /// End angle, rad (greater than `start`).
        end: f64,
    },
}

impl Region {
    /// A disc: a sector all the way round, with no hole.
    pub fn disc(center: Point, radius: f64) -> Self {
        Region::Sector {
            center,
            inner: 0.0,
            outer: radius,
            start: 0.0,
            end: std::f64::consts::TAU,
        }
    }

    /// Whether `p` lies inside the region, with `slop` px of tolerance
    /// (fingers are wider than cursors).
    pub fn contains(&self, p: Point, slop: f64) -> bool {
        match *self {
            Region::Rect { min, max } => {
                p.x >= min.x - slop
                    && p.x <= max.x + slop
                    && p.y >= min.y - slop
                    && p.y <= max.y + slop
            }
            Region::Sector {
                center,
                inner,
                outer,
                start,
                end,
            } => {
                let r = p.distance(center);
                let angle = clock_angle(center, p);
                let tau = std::f64::consts::TAU;
                // Compare on the same turn as `start`.
                let angle = angle + tau * ((start - angle) / tau).ceil();
                r >= (inner - slop).max(0.0) && r <= outer + slop && angle <= end
            }
        }
    }

    /// The outline of the region, `gap` px outside it, for a focus highlight:
    /// one closed path per contour. A whole ring has two, its outer and inner
    /// circles: as one sector its outline would cross it with a line. Its
    /// inner circle is drawn `gap` px inside the ring, not outside: there it
    /// would ring the disc within, which then looked chosen too.
    pub fn outline(&self, gap: f64) -> Vec<Vec<Point>> {
        let tau = std::f64::consts::TAU;
        match *self {
            Region::Rect { min, max } => vec![vec![
                Point::new(min.x - gap, min.y - gap),
                Point::new(max.x + gap, min.y - gap),
                Point::new(max.x + gap, max.y + gap),
                Point::new(min.x - gap, max.y + gap),
            ]],
            Region::Sector {
                center,
                inner,
                outer,
                start,
                end,
            } => {
                if !whole_turn(start, end) {
                    vec![sector(
                        center,
                        (inner - gap).max(0.0),
                        outer + gap,
                        start,
                        end,
                    )]
                } else {
                    let circle = |radius| arc(center, radius, 0.0, tau, curve_steps(tau));
                    if inner > 0.0 {
                        vec![circle(outer + gap), circle(inner + gap)]
                    } else {
                        vec![circle(outer + gap)]
                    }
                }
            }
        }
    }

    /// Whether the region is round all the way, a whole ring or a disc (a
    /// sector all the way round): its tooltip keeps clear of its top, where
    /// a ring's label and a chosen segment are.
    pub fn is_round(&self) -> bool {
        matches!(*self, Region::Sector { start, end, .. } if whole_turn(start, end))
    }

    /// Where a tooltip for the region points (the tooltip sits above it),
    /// how far the region reaches below that point (a tooltip with no room
    /// above goes that far down, below the mark), and its left edge (with
    /// room on neither side, a tooltip goes left of it). It points
    /// at the middle of a box's top edge, and at a disc's, a ring's or a
    /// slice's highest point, so that its box covers none of it; a sector's
    /// are read off its outline, within a tenth of a pixel of its curves,
    /// which is made once for all three.
    pub fn reach(&self) -> (Point, f64, f64) {
        match *self {
            Region::Rect { min, max } => (
                Point::new((min.x + max.x) / 2.0, min.y),
                max.y - min.y,
                min.x,
            ),
            Region::Sector { .. } => {
                let outline = self.outline(0.0).concat();
                let top = outline
                    .iter()
                    .fold(outline[0], |a, &b| if b.y < a.y { b } else { a });
                let (bottom, left) = outline.iter().fold((top.y, top.x), |(bottom, left), p| {
                    (bottom.max(p.y), left.min(p.x))
                });
                (top, bottom - top.y, left)
            }
        }
    }
}

/// One explorable mark: where it is and what its tooltip says.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// Where it answers the pointer.
    pub region: Region,
    /// The tooltip and live-region text, French-formatted.
    pub text: String,
}

/// Trigonometry as the target does it best: in the Wasm, the browser's `Math`
/// (Rust's own would link some 8 KB of libm into every page load); natively,
/// Rust's. Both are correctly rounded to within an ulp, far below a pixel.
mod trig {
    #[cfg(target_arch = "wasm32")]
    pub fn sin_cos(a: f64) -> (f64, f64) {
        (js_sys::Math::sin(a), js_sys::Math::cos(a))
    }
    #[cfg(target_arch = "wasm32")]
    pub fn atan2(y: f64, x: f64) -> f64 {
        js_sys::Math::atan2(y, x)
    }
    #[cfg(not(target_arch = "wasm32"))]
    pub fn sin_cos(a: f64) -> (f64, f64) {
        a.sin_cos()
    }
    #[cfg(not(target_arch = "wasm32"))]
    pub fn atan2(y: f64, x: f64) -> f64 {
        y.atan2(x)
    }
}

/// The point at `radius` px from `center`, `angle` rad clockwise from 12 o'clock.
pub fn polar(center: Point, radius: f64, angle: f64) -> Point {
    turned(center, radius, trig::sin_cos(angle))
}

/// The point at `radius` px from `center` at the angle (as in [`polar`])
/// whose sine and cosine are `sin_cos`.
pub fn turned(center: Point, radius: f64, (sin, cos): (f64, f64)) -> Point {
    Point::new(center.x + radius * sin, center.y - radius * cos)
}

/// The sine and cosine of the angle `a + step`, from those of `a` and of
/// `step` (a complex product). Turning point after point this way, not
/// computing each one's anew, spares a sine and a cosine per point: in the
/// Wasm, each is a call out to the browser's `Math`, and the glyphs of
/// actualite and mobiles made some 2 000 of them in every frame. After a
/// thousand turns, the error is below 10⁻¹² (of a radius).
pub fn turn((sin, cos): (f64, f64), (sin_step, cos_step): (f64, f64)) -> (f64, f64) {
    (
        sin * cos_step + cos * sin_step,
        cos * cos_step - sin * sin_step,
    )
}

/// The angle of `p` around `center`, rad clockwise from 12 o'clock, in [0, 2π).
pub fn clock_angle(center: Point, p: Point) -> f64 {
    let a = trig::atan2(p.x - center.x, center.y - p.y);
    if a < 0.0 {
        a + std::f64::consts::TAU
    } else {
        a
    }
}

/// `steps + 1` points along an arc (angles as in [`polar`]), each turned
/// from the one before ([`turn`]).
pub fn arc(center: Point, radius: f64, start: f64, end: f64, steps: usize) -> Vec<Point> {
    let steps = steps.max(1);
    turned_arc(
        center,
        radius,
        trig::sin_cos(start),
        trig::sin_cos((end - start) / steps as f64),
        steps,
    )
}

/// `steps + 1` points along an arc from the angle whose sine and cosine are
/// `start`, each turned from the one before by `step` (its sine and
/// cosine): an [`arc`] whose angles are known without a call out.
pub fn turned_arc(
    center: Point,
    radius: f64,
    start: (f64, f64),
    step: (f64, f64),
    steps: usize,
) -> Vec<Point> {
    let mut at = start;
    let mut points = Vec::with_capacity(steps + 1);
    for _ in 0..=steps {
        points.push(turned(center, radius, at));
        at = turn(at, step);
    }
    points
}

/// Whether an arc from `start` to `end` goes all the way round: a ring, not
/// a slice of one.
fn whole_turn(start: f64, end: f64) -> bool {
    end - start >= std::f64::consts::TAU
}

/// How many straight steps draw an arc of `sweep` rad smoothly: about one
/// vertex per 3 degrees keeps curves smooth at any size.
fn curve_steps(sweep: f64) -> usize {
    (sweep.abs() / 0.05).ceil().max(2.0) as usize
}

/// The polygon of a ring sector (a pie slice when `inner` is 0).
pub fn sector(center: Point, inner: f64, outer: f64, start: f64, end: f64) -> Vec<Point> {
    let steps = curve_steps(end - start);
    let mut points = arc(center, outer, start, end, steps);
    if inner > 0.0 {
        points.extend(arc(center, inner, end, start, steps));
    } else {
        points.push(center);
    }
    points
}

/// Everything a chart draws for one frame, back to front, and what in it
/// can be explored.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// The surface the marks were laid out for.
    pub size: Size,
    /// Marks in painting order.
    pub marks: Vec<Mark>,
    /// How many of the first marks have settled: they are the same at every
    /// later animation progress (for the same data and size). A renderer may
    /// paint them once and reuse the picture on later frames, painting over
    /// it the marks that settle next. Zero when nothing is known to settle.
    pub backdrop: usize,
    /// Explorable marks, in keyboard order (arrow keys walk this list).
    pub targets: Vec<Target>,
    /// How many targets make a row when they form a grid, in reading order
    /// (up and down then move a row); 1 when they are a list.
    pub columns: usize,
    /// The target keyboard exploration starts on: the first, or the one
    /// the reader has chosen.
    pub start: usize,
    /// How far up from the surface's foot, px, lie marks that a tooltip
    /// below another mark must not cover (temps's bar, under its donut);
    /// 0 when none.
    pub foot: f64,
}

impl Scene {
    /// The target keyboard focus moves to from `focus` on `key`: `None`
    /// when the key is not one of exploration's, `Some(None)` to leave the
    /// marks (Escape). Left and right walk the list and wrap around; up and
    /// down move a row in a grid (stopping at its edges), and in a list are
    /// left and right; Home and End go to the first and last.
    pub fn keyboard_step(&self, focus: Option<usize>, key: &str) -> Option<Option<usize>> {
        let count = self.targets.len();
        if count == 0 {
            return None;
        }
        let grid = self.columns > 1;
        let next = match (key, focus) {
            ("Escape", _) => None,
            ("Home", _) => Some(0),
            ("ArrowRight" | "ArrowDown", None) => Some(self.start),
            ("End", _) | ("ArrowLeft" | "ArrowUp", None) => Some(count - 1),
            ("ArrowDown", Some(i)) if grid => Some(if i + self.columns < count {
                i + self.columns
            } else {
                i
            }),
            ("ArrowUp", Some(i)) if grid => Some(i.checked_sub(self.columns).unwrap_or(i)),
            ("ArrowRight" | "ArrowDown", Some(i)) => Some((i + 1) % count),
            ("ArrowLeft" | "ArrowUp", Some(i)) => Some((i + count - 1) % count),
            _ => return None,
        };
        Some(next)
    }

    /// The target under `p` (px), if any: the topmost, i.e. the last listed.
    pub fn hit(&self, p: Point, slop: f64) -> Option<usize> {
        self.targets
            .iter()
            .rposition(|t| t.region.contains(p, slop))
    }

    /// Adds a focus outline around target `index` (no-op if out of range).
    pub fn highlight(&mut self, index: usize) {
        if let Some(target) = self.targets.get(index) {
            let s = self.size.scale;
            for points in target.region.outline(3.0 * s) {
                self.marks.push(Mark::Outline {
                    points,
                    width: 2.0 * s,
                    ink: Ink::Text,
                });
            }
        }
    }
}

#[cfg(test)]
impl Mark {
    /// Whether the mark's ink may reach into the box `(left, top, right,
    /// bottom)`: a ring's or a disc's by its distance from the centre (a
    /// ring's hole holds what it surrounds), any other's by its
    /// [`extent`](Self::extent).
    pub fn reaches(&self, (left, top, right, bottom): (f64, f64, f64, f64)) -> bool {
        let round = match *self {
            Mark::Ring {
                center,
                radius,
                width,
                ..
            } => Some((center, radius - width / 2.0, radius + width / 2.0)),
            Mark::Disc { center, radius, .. } => Some((center, 0.0, radius)),
            _ => None,
        };
        if let Some((c, inner, outer)) = round {
            let nearest = Point::new(c.x.clamp(left, right), c.y.clamp(top, bottom));
            let farthest = Point::new(
                if c.x - left > right - c.x {
                    left
                } else {
                    right
                },
                if c.y - top > bottom - c.y {
                    top
                } else {
                    bottom
                },
            );
            return c.distance(nearest) < outer && c.distance(farthest) > inner;
        }
        self.extent()
            .is_some_and(|(l, t, r, b)| l < right && r > left && t < bottom && b > top)
    }

    /// The box a mark's ink may reach, (left, top, right, bottom) px: a
    /// round mark's square, a line's or a shape's points' (an outline's
    /// stroke left out), a label's estimated text (as layouts estimate a
    /// caption, or in the widest glyphs, `Glyph::NUMBER`, when bold)
    /// reaching 0.6 of its size above and below its anchor.
    /// `None` for a shape with no points.
    pub fn extent(&self) -> Option<(f64, f64, f64, f64)> {
        use crate::charts::text_width::Glyph;
        let square = |c: Point, r: f64| Some((c.x - r, c.y - r, c.x + r, c.y + r));
        match self {
            Mark::Ring {
                center,
                radius,
                width,
                ..
            } => square(*center, radius + width / 2.0),
            Mark::Disc { center, radius, .. } => square(*center, *radius),
            Mark::Line {
                from, to, width, ..
            } => Some((
                from.x.min(to.x) - width / 2.0,
                from.y.min(to.y) - width / 2.0,
                from.x.max(to.x) + width / 2.0,
                from.y.max(to.y) + width / 2.0,
            )),
            Mark::Polygon { points, .. } | Mark::Outline { points, .. } => {
                points.iter().fold(None, |extent, p| {
                    let (l, t, r, b) = extent.unwrap_or((p.x, p.y, p.x, p.y));
                    Some((l.min(p.x), t.min(p.y), r.max(p.x), b.max(p.y)))
                })
            }
            Mark::Label {
                at,
                text,
                size,
                bold,
                align,
                ..
            } => {
                let glyph = if *bold { Glyph::NUMBER } else { Glyph::CAPTION };
                let width = glyph.width(text, *size);
                let left = match align {
                    Align::Start => at.x,
                    Align::Center => at.x - width / 2.0,
                    Align::End => at.x - width,
                };
                Some((left, at.y - 0.6 * size, left + width, at.y + 0.6 * size))
            }
        }
    }
}

/// Checks (for layout tests) that `points` are `expected`, one for one, to
/// far below a pixel: a shape built another way, such as turned from
/// constant steps, still has the arc's points.
#[cfg(test)]
pub fn assert_points_near(points: &[Point], expected: &[Point]) {
    assert_eq!(points.len(), expected.len(), "{points:?}");
    for (i, (p, q)) in points.iter().zip(expected).enumerate() {
        assert!(p.distance(*q) < 1e-9, "point {i}: {p:?} for {q:?}");
    }
}

#[cfg(test)]
impl Scene {
    /// Checks a layout's backdrop promise (for layout tests): at each of a
    /// range of progresses, the leading settled marks are the same at every
    /// later one; and something has settled by the end.
    pub fn assert_backdrop_settles(layout: impl Fn(f64) -> Scene) {
        let steps = [0.0, 0.01, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.99, 1.0];
        let scenes: Vec<Scene> = steps.iter().map(|&t| layout(t)).collect();
        assert!(scenes[steps.len() - 1].backdrop > 0, "nothing settles");
        for (i, scene) in scenes.iter().enumerate() {
            let settled = &scene.marks[..scene.backdrop];
            for (later, t) in scenes[i..].iter().zip(&steps[i..]) {
                assert_eq!(
                    &later.marks[..settled.len()],
                    settled,
                    "marks settled at t = {} changed by t = {t}",
                    steps[i]
                );
            }
        }
    }

    /// Checks that no mark painted after the backdrop covers a label in it
    /// (for layout tests): their boxes ([`Mark::extent`]) do not meet. The
    /// marks listed in `over` are left out: they are meant to cover part of
    /// the backdrop, and the test says how they keep clear of its labels.
    pub fn assert_backdrop_labels_uncovered(&self, over: usize) {
        let (still, later) = self.marks.split_at(self.backdrop);
        for mark in &later[over..] {
            for label in still.iter().filter(|m| matches!(m, Mark::Label { .. })) {
                let extent = label.extent().expect("a label's box");
                assert!(!mark.reaches(extent), "{mark:?} covers {label:?}");
            }
        }
    }

    /// Checks a headline's captions settled (for layout tests): in the
    /// backdrop, after its first `marks`, only muted caption labels, two
    /// lines at least; after the backdrop, one label only, the number; and
    /// nothing drawn on every frame covers the captions.
    pub fn assert_captions_settled_after(&self, marks: usize) {
        let (still, later) = self.marks.split_at(self.backdrop);
        let captions = &still[marks..];
        assert!(captions.len() >= 2, "{:?}", self.label_texts());
        assert!(captions.iter().all(|m| matches!(
            m,
            Mark::Label {
                ink: Ink::Muted,
                ..
            }
        )));
        let labels = later.iter().filter(|m| matches!(m, Mark::Label { .. }));
        assert_eq!(labels.count(), 1, "{:?}", self.label_texts());
        self.assert_backdrop_labels_uncovered(0);
    }

    /// The texts of every label, in painting order (for layout tests).
    pub fn label_texts(&self) -> Vec<&str> {
        self.marks
            .iter()
            .filter_map(|m| match m {
                Mark::Label { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::f64::consts::{FRAC_PI_2, PI};

    #[test]
    fn arcs_and_turns_keep_to_their_angles() {
        // A thousand turns of a degree each: below 10⁻¹² off.
        let degree = 1f64.to_radians().sin_cos();
        let mut at = 0.17f64.sin_cos();
        for i in 0..1000 {
            let (s, c) = (0.17 + f64::from(i).to_radians()).sin_cos();
            assert!(
                (at.0 - s).abs() < 1e-12 && (at.1 - c).abs() < 1e-12,
                "turn {i}"
            );
            at = turn(at, degree);
        }
        // An arc's points are where `polar` puts them, its ends included.
        let center = Point::new(50.0, 40.0);
        let expected: Vec<_> = (0..=64)
            .map(|i| polar(center, 30.0, -1.0 + 6.0 * f64::from(i) / 64.0))
            .collect();
        assert_points_near(&arc(center, 30.0, -1.0, 5.0, 64), &expected);
    }

    #[test]
    fn a_ring_reaches_a_box_on_its_band_not_one_in_its_hole_nor_beyond() {
        let ring = Mark::Ring {
            center: Point::new(100.0, 100.0),
            radius: 50.0,
            width: 20.0,
            ink: Ink::Rule,
            alpha: 1.0,
        };
        // In the hole (within 40 px of the centre), on the band, outside it.
        assert!(!ring.reaches((90.0, 90.0, 110.0, 110.0)));
        assert!(ring.reaches((95.0, 45.0, 105.0, 55.0)));
        assert!(ring.reaches((80.0, 80.0, 160.0, 120.0)));
        assert!(!ring.reaches((0.0, 0.0, 40.0, 40.0)));
        let disc = Mark::Disc {
            center: Point::new(100.0, 100.0),
            radius: 10.0,
            ink: Ink::Accent,
            alpha: 1.0,
        };
        assert!(disc.reaches((105.0, 105.0, 200.0, 200.0)));
        assert!(!disc.reaches((108.0, 108.0, 200.0, 200.0)));
    }

    const C: Point = Point::new(100.0, 100.0);

    #[test]
    fn a_text_zoom_lays_out_a_narrower_surface_on_the_same_pixels() {
        let size = Size::from_css(640.0, 360.0, 2.0);
        assert_eq!(
            (size.width, size.height, size.scale, size.pixel_ratio),
            (1280.0, 720.0, 2.0, 2.0)
        );
        let zoomed = size.with_text_zoom(1.5);
        // The canvas keeps its pixels; what its layout sees is 1.5 times narrower.
        assert_eq!(
            (zoomed.width, zoomed.height, zoomed.pixel_ratio),
            (1280.0, 720.0, 2.0)
        );
        assert_eq!(zoomed.width / zoomed.scale, 640.0 / 1.5);
        // Zoomed again, it does not compound.
        assert_eq!(zoomed.with_text_zoom(1.0), size);
    }

    #[test]
    fn polar_angles_run_clockwise_from_noon() {
        let east = polar(C, 10.0, FRAC_PI_2);
        assert!((east.x - 110.0).abs() < 1e-9 && (east.y - 100.0).abs() < 1e-9);
        let north = polar(C, 10.0, 0.0);
        assert!((north.y - 90.0).abs() < 1e-9);
        assert!((clock_angle(C, east) - FRAC_PI_2).abs() < 1e-9);
        assert!((clock_angle(C, Point::new(90.0, 100.0)) - 3.0 * FRAC_PI_2).abs() < 1e-9);
    }

    #[test]
    fn a_tooltip_points_above_a_ring_or_a_slice_and_below_a_slice_s_foot() {
        let ring = |end: f64| Region::Sector {
            center: C,
            inner: 40.0,
            outer: 60.0,
            start: 0.0,
            end,
        };
        // The ring's top: the tooltip, drawn upwards from here, covers none of it.
        let (top, depth, left) = ring(std::f64::consts::TAU).reach();
        assert!(
            (top.x - 100.0).abs() < 1e-9 && (top.y - 40.0).abs() < 1e-9,
            "{top:?}"
        );
        assert!(ring(std::f64::consts::TAU).is_round() && !ring(FRAC_PI_2).is_round());
        assert!((depth - 120.0).abs() < 0.1);
        assert!((left - 40.0).abs() < 0.1);
        // A quarter slice from noon: above its top, which is the ring's; if
        // there is no room, below its foot at three o'clock.
        let (at, depth, left) = ring(FRAC_PI_2).reach();
        assert!(at.distance(top) < 1e-9, "{at:?}");
        assert!((depth - 60.0).abs() < 1e-9, "{depth}");
        assert!((left - 100.0).abs() < 1e-9, "{left}");
        // The rest of the ring, from three o'clock round to noon, passes six.
        let rest = Region::Sector {
            center: C,
            inner: 40.0,
            outer: 60.0,
            start: FRAC_PI_2,
            end: std::f64::consts::TAU,
        };
        let (at, depth, left) = rest.reach();
        assert!(at.distance(top) < 1e-9);
        assert!((depth - 120.0).abs() < 0.1, "{depth}");
        assert!((left - 40.0).abs() < 0.1, "{left}");
        // A slice in the lower half, from four to eight o'clock: from its
        // highest corner (the inner one at four) to six o'clock's rim.
        let low = Region::Sector {
            center: C,
            inner: 40.0,
            outer: 60.0,
            start: 2.0 * FRAC_PI_2 * 2.0 / 3.0,
            end: 2.0 * FRAC_PI_2 * 4.0 / 3.0,
        };
        let corner = polar(C, 40.0, 2.0 * FRAC_PI_2 * 2.0 / 3.0);
        let (at, depth, _) = low.reach();
        assert!(at.distance(corner) < 1e-9, "{at:?}");
        assert!((at.y + depth - 160.0).abs() < 0.1);
    }

    #[test]
    fn below_its_anchor_a_mark_reaches_its_foot() {
        let disc = Region::disc(C, 6.0);
        let (at, depth, left) = disc.reach();
        assert!((at.y + depth - 106.0).abs() < 1e-9);
        assert!((left - 94.0).abs() < 0.1, "{left}");
        let cell = Region::Rect {
            min: Point::new(10.0, 20.0),
            max: Point::new(30.0, 52.0),
        };
        let (at, depth, left) = cell.reach();
        assert!((at.y + depth - 52.0).abs() < 1e-9);
        assert_eq!(left, 10.0);
    }

    #[test]
    fn a_whole_ring_is_outlined_by_two_circles_and_no_crossing_line() {
        let center = Point::new(100.0, 100.0);
        let ring = Region::Sector {
            center,
            inner: 40.0,
            outer: 60.0,
            start: 0.0,
            end: std::f64::consts::TAU,
        };
        let paths = ring.outline(3.0);
        assert_eq!(paths.len(), 2);
        // The inner circle within the ring, off the disc it encloses.
        for (path, radius) in paths.iter().zip([63.0, 43.0]) {
            assert!(path
                .iter()
                .all(|p| (p.distance(center) - radius).abs() < 1e-9));
        }
        let quarter = Region::Sector {
            center,
            inner: 40.0,
            outer: 60.0,
            start: 0.0,
            end: 1.0,
        };
        assert_eq!(quarter.outline(3.0).len(), 1);
    }

    #[test]
    fn sectors_contain_what_their_angle_and_radii_cover() {
        let quarter = Region::Sector {
            center: C,
            inner: 20.0,
            outer: 40.0,
            start: 0.0,
            end: FRAC_PI_2,
        };
        assert!(quarter.contains(polar(C, 30.0, 0.7), 0.0));
        assert!(!quarter.contains(polar(C, 30.0, PI), 0.0), "wrong angle");
        assert!(!quarter.contains(polar(C, 10.0, 0.7), 0.0), "in the hole");
        assert!(!quarter.contains(polar(C, 45.0, 0.7), 0.0), "outside");
        assert!(quarter.contains(polar(C, 45.0, 0.7), 6.0), "within slop");
        let wrapping = Region::Sector {
            center: C,
            inner: 0.0,
            outer: 40.0,
            start: 1.5 * PI,
            end: 2.5 * PI,
        };
        assert!(wrapping.contains(polar(C, 30.0, 0.2), 0.0), "past noon");
        assert!(wrapping.contains(polar(C, 30.0, 1.8 * PI), 0.0));
        assert!(!wrapping.contains(polar(C, 30.0, PI), 0.0));
    }

    #[test]
    fn arrows_walk_a_list_and_move_by_rows_in_a_grid() {
        let target = Target {
            region: Region::disc(Point::new(0.0, 0.0), 1.0),
            text: String::new(),
        };
        let scene = |count: usize, columns: usize| Scene {
            size: Size::from_css(100.0, 100.0, 1.0),
            marks: vec![],
            backdrop: 0,
            targets: vec![target.clone(); count],
            columns,
            start: 0,
            foot: 0.0,
        };
        // A list of 3: every arrow steps and wraps around.
        let list = scene(3, 1);
        assert_eq!(list.keyboard_step(None, "ArrowDown"), Some(Some(0)));
        assert_eq!(list.keyboard_step(Some(2), "ArrowDown"), Some(Some(0)));
        assert_eq!(list.keyboard_step(Some(0), "ArrowUp"), Some(Some(2)));
        assert_eq!(list.keyboard_step(Some(1), "ArrowRight"), Some(Some(2)));
        // 19 in rows of 5 (the phones): down and up move a row, and stop.
        let grid = scene(19, 5);
        assert_eq!(grid.keyboard_step(Some(2), "ArrowDown"), Some(Some(7)));
        assert_eq!(grid.keyboard_step(Some(7), "ArrowUp"), Some(Some(2)));
        assert_eq!(grid.keyboard_step(Some(2), "ArrowUp"), Some(Some(2)));
        assert_eq!(grid.keyboard_step(Some(14), "ArrowDown"), Some(Some(14)));
        assert_eq!(grid.keyboard_step(Some(13), "ArrowDown"), Some(Some(18)));
        assert_eq!(grid.keyboard_step(Some(4), "ArrowRight"), Some(Some(5)));
        assert_eq!(grid.keyboard_step(Some(0), "ArrowLeft"), Some(Some(18)));
        assert_eq!(grid.keyboard_step(None, "ArrowUp"), Some(Some(18)));
        assert_eq!(grid.keyboard_step(Some(9), "Home"), Some(Some(0)));
        assert_eq!(grid.keyboard_step(Some(9), "End"), Some(Some(18)));
        assert_eq!(grid.keyboard_step(Some(9), "Escape"), Some(None));
        assert_eq!(grid.keyboard_step(Some(9), "a"), None);
        assert_eq!(scene(0, 1).keyboard_step(None, "ArrowDown"), None);
        // A chart that starts on a chosen mark enters there, Home still first.
        let chosen = Scene {
            start: 1,
            ..scene(3, 1)
        };
        assert_eq!(chosen.keyboard_step(None, "ArrowRight"), Some(Some(1)));
        assert_eq!(chosen.keyboard_step(Some(2), "Home"), Some(Some(0)));
    }

    #[test]
    fn hit_finds_the_topmost_target_under_the_point() {
        let disc = |x: f64| Target {
            region: Region::disc(Point::new(x, 50.0), 10.0),
            text: format!("{x}"),
        };
        let scene = Scene {
            size: Size::from_css(200.0, 100.0, 1.0),
            marks: vec![],
            backdrop: 0,
            targets: vec![disc(50.0), disc(55.0), disc(150.0)],
            columns: 1,
            start: 0,
            foot: 0.0,
        };
        assert_eq!(scene.hit(Point::new(52.0, 50.0), 0.0), Some(1));
        assert_eq!(scene.hit(Point::new(150.0, 58.0), 0.0), Some(2));
        assert_eq!(scene.hit(Point::new(100.0, 50.0), 0.0), None);
        let rect = Region::Rect {
            min: Point::new(0.0, 0.0),
            max: Point::new(10.0, 10.0),
        };
        assert!(
            rect.contains(Point::new(10.0, 5.0), 0.0) && !rect.contains(Point::new(12.0, 5.0), 0.0)
        );
    }
}

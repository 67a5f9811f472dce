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
        (self.x - other.x).hypot(self.y - other.y)
    }
}

/// The drawing surface a layout fills.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size {
    /// Width in device pixels.
    pub width: f64,
    /// Height in device pixels.
    pub height: f64,
    /// Device pixels per CSS pixel (`devicePixelRatio`); strokes, fonts and
    /// margins are multiplied by it so a HiDPI canvas stays crisp and alike.
    pub scale: f64,
}

impl Size {
    /// A surface of `css_width` × `css_height` CSS px at `scale` device px per CSS px.
    pub fn from_css(css_width: f64, css_height: f64, scale: f64) -> Self {
        Self {
            width: (css_width * scale).round(),
            height: (css_height * scale).round(),
            scale,
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
    /// Text drawn on top of the accent colour.
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

/// Everything a chart draws for one frame, back to front.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// The surface the marks were laid out for.
    pub size: Size,
    /// Marks in painting order.
    pub marks: Vec<Mark>,
}

use js_sys::JSON;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{window, CanvasRenderingContext2d, HtmlCanvasElement};

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};

/// The backend that is drawing on the HTML canvas
/// TODO: Support double buffering
pub struct CanvasBackend {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    // pme-infographie: backend units per canvas pixel (vendor/README.md).
    units: u32,
    // pme-infographie: the fill and the stroke (its width above the colour)
    // last set, as `color_key`s, `UNSET` at first: a run of marks in one
    // colour sets it once (vendor/README.md).
    fill: u64,
    stroke: u64,
}

pub struct CanvasError(String);

impl std::fmt::Display for CanvasError {
    fn fmt(&self, fmt: &mut std::fmt::Formatter) -> Result<(), std::fmt::Error> {
        return write!(fmt, "Canvas Error: {}", self.0);
    }
}

impl std::fmt::Debug for CanvasError {
    fn fmt(&self, fmt: &mut std::fmt::Formatter) -> Result<(), std::fmt::Error> {
        return write!(fmt, "CanvasError({})", self.0);
    }
}

fn error_cast(e: JsValue) -> DrawingErrorKind<CanvasError> {
    DrawingErrorKind::DrawingError(CanvasError(
        JSON::stringify(&e)
            .map(|s| Into::<String>::into(&s))
            .unwrap_or_else(|_| "Unknown".to_string()),
    ))
}

impl std::error::Error for CanvasError {}

impl CanvasBackend {
    fn init_backend(canvas: HtmlCanvasElement) -> Option<Self> {
        let context: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(CanvasBackend {
            canvas,
            context,
            units: 1,
            fill: UNSET,
            stroke: UNSET,
        })
    }

    /// pme-infographie: a backend on `canvas` that works in `units` per
    /// canvas pixel, so that coordinates, widths and font sizes, whole numbers
    /// in plotters, can fall between pixels. The context is scaled by
    /// `1 / units` until the backend is dropped.
    pub fn with_canvas_object_in_units(canvas: HtmlCanvasElement, units: u32) -> Option<Self> {
        let mut backend = Self::init_backend(canvas)?;
        backend.units = units.max(1);
        let scale = 1.0 / f64::from(backend.units);
        backend
            .context
            .set_transform(scale, 0.0, 0.0, scale, 0.0, 0.0)
            .ok()?;
        Some(backend)
    }

    /// Create a new drawing backend backed with an HTML5 canvas object with given Id
    /// - `elem_id` The element id for the canvas
    /// - Return either some drawing backend has been created, or none in error case
    pub fn new(elem_id: &str) -> Option<Self> {
        let document = window()?.document()?;
        let canvas = document.get_element_by_id(elem_id)?;
        let canvas: HtmlCanvasElement = canvas.dyn_into().ok()?;
        Self::init_backend(canvas)
    }

    /// Create a new drawing backend backend with a HTML5 canvas object passed in
    /// - `canvas` The object we want to use as backend
    /// - Return either the drawing backend or None for error
    pub fn with_canvas_object(canvas: HtmlCanvasElement) -> Option<Self> {
        Self::init_backend(canvas)
    }

    /// Sets the stroke style and line width in the underlying context,
    /// pme-infographie: unless they are set already.
    fn set_line_style(&mut self, style: &impl BackendStyle) {
        let color = color_key(style.color());
        let stroke = color | u64::from(style.stroke_width()) << 34;
        if self.stroke != stroke {
            self.stroke = stroke;
            self.context.set_stroke_style(&make_canvas_color(color));
            self.context.set_line_width(style.stroke_width() as f64);
        }
    }

    /// pme-infographie: sets the fill style in the underlying context, unless
    /// it is set already.
    fn set_fill(&mut self, color: BackendColor) {
        let fill = color_key(color);
        if self.fill != fill {
            self.fill = fill;
            self.context.set_fill_style(&make_canvas_color(fill));
        }
    }
}

/// pme-infographie: no colour's key: none is set yet.
const UNSET: u64 = u64::MAX;

/// pme-infographie: a colour as the one number its CSS is written from:
/// red, green and blue in the low 24 bits, then the alpha in thousandths
/// (finer than a canvas's 8-bit alpha), in 10 bits.
fn color_key(color: BackendColor) -> u64 {
    let (r, g, b) = color.rgb;
    let milli = (color.alpha.clamp(0.0, 1.0) * 1000.0).round() as u64;
    u64::from(r) << 16 | u64::from(g) << 8 | u64::from(b) | milli << 24
}

/// The CSS of the colour of `key` (`color_key`).
fn make_canvas_color(key: u64) -> JsValue {
    // pme-infographie: digits written by `push_digits`, so neither Rust's
    // float nor its integer formatting is in the Wasm (vendor/README.md).
    let milli = (key >> 24 & 0x3ff) as u32;
    let mut css = String::from("rgba(");
    for shift in [16, 8, 0] {
        push_digits(&mut css, (key >> shift & 0xff) as u32, 1);
        css.push(',');
    }
    push_digits(&mut css, milli / 1000, 1);
    css.push('.');
    push_digits(&mut css, milli % 1000, 100);
    css.push(')');
    css.into()
}

/// pme-infographie: `n` in ASCII digits, from the power of ten `from` down
/// (so zeros on the left below it), or from a larger one if `n` needs it.
fn push_digits(out: &mut String, n: u32, from: u32) {
    let mut power = from;
    while power <= n / 10 {
        power *= 10;
    }
    loop {
        out.push(char::from(b'0' + (n / power % 10) as u8));
        if power == 1 {
            return;
        }
        power /= 10;
    }
}

impl DrawingBackend for CanvasBackend {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (
            self.canvas.width() * self.units,
            self.canvas.height() * self.units,
        )
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        style: BackendColor,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }

        self.set_fill(style.color());
        self.context
            .fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }

        let (from, to) = fine_hor_ver_lines(from, to, self.units);
        self.set_line_style(style);
        self.context.begin_path();
        self.context.move_to(from.0, from.1);
        self.context.line_to(to.0, to.1);
        self.context.stroke();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        if fill {
            self.set_fill(style.color());
            self.context.fill_rect(
                f64::from(upper_left.0),
                f64::from(upper_left.1),
                f64::from(bottom_right.0 - upper_left.0),
                f64::from(bottom_right.1 - upper_left.1),
            );
        } else {
            self.set_line_style(style);
            self.context.stroke_rect(
                f64::from(upper_left.0),
                f64::from(upper_left.1),
                f64::from(bottom_right.0 - upper_left.0),
                f64::from(bottom_right.1 - upper_left.1),
            );
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let mut path = path.into_iter();
        self.context.begin_path();
        if let Some(start) = path.next() {
            self.set_line_style(style);
            self.context.move_to(f64::from(start.0), f64::from(start.1));
            for next in path {
                self.context.line_to(f64::from(next.0), f64::from(next.1));
            }
        }
        self.context.stroke();
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let mut path = path.into_iter();
        self.context.begin_path();
        if let Some(start) = path.next() {
            self.set_fill(style.color());
            self.context.move_to(f64::from(start.0), f64::from(start.1));
            for next in path {
                self.context.line_to(f64::from(next.0), f64::from(next.1));
            }
            self.context.close_path();
        }
        self.context.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        if fill {
            self.set_fill(style.color());
        } else {
            self.set_line_style(style);
        }
        self.context.begin_path();
        self.context
            .arc(
                f64::from(center.0),
                f64::from(center.1),
                f64::from(radius),
                0.0,
                std::f64::consts::PI * 2.0,
            )
            .map_err(error_cast)?;
        if fill {
            self.context.fill();
        } else {
            self.context.stroke();
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }

        let (mut x, mut y) = (pos.0, pos.1);

        let degree = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 90.0,
            FontTransform::Rotate180 => 180.0,
            FontTransform::Rotate270 => 270.0,
        } / 180.0
            * std::f64::consts::PI;

        if degree != 0.0 {
            self.context.save();
            self.context
                .translate(f64::from(x), f64::from(y))
                .map_err(error_cast)?;
            self.context.rotate(degree).map_err(error_cast)?;
            x = 0;
            y = 0;
        }

        let text_baseline = match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        self.context.set_text_baseline(text_baseline);

        let text_align = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        self.context.set_text_align(text_align);

        self.set_fill(color);
        // pme-infographie: the size in hundredths of a pixel, from integers
        // (vendor/README.md).
        let centi = (style.size().max(0.0) * 100.0).round() as u32;
        let mut font = String::from(style.style().as_str());
        font.push(' ');
        push_digits(&mut font, centi / 100, 1);
        font.push('.');
        push_digits(&mut font, centi % 100, 10);
        font.push_str("px ");
        font.push_str(style.family().as_str());
        self.context.set_font(&font);
        self.context
            .fill_text(text, f64::from(x), f64::from(y))
            .map_err(error_cast)?;

        if degree != 0.0 {
            self.context.restore();
            // pme-infographie: restored to the fill set before the text.
            self.fill = UNSET;
        }

        Ok(())
    }
}

/// Move line coord to left/right half pixel if the line is vertical/horizontal
/// to prevent line blurry in canvas, see https://stackoverflow.com/a/13879322/10651567
/// and https://developer.mozilla.org/en-US/docs/Web/API/Canvas_API/Tutorial/Applying_styles_and_colors#a_linewidth_example
fn fine_hor_ver_lines(
    from: BackendCoord,
    end: BackendCoord,
    units: u32,
) -> ((f64, f64), (f64, f64)) {
    // pme-infographie: half a canvas pixel, in the backend's units.
    let half = f64::from(units) / 2.0;
    let mut from = (from.0 as f64, from.1 as f64);
    let mut end = (end.0 as f64, end.1 as f64);
    if from.0 == end.0 {
        from.0 -= half;
        end.0 -= half;
    }
    if from.1 == end.1 {
        from.1 -= half;
        end.1 -= half;
    }
    (from, end)
}

// pme-infographie: the context is left as the backend found it, unscaled,
// for whoever draws on it next (an image, say).
impl Drop for CanvasBackend {
    fn drop(&mut self) {
        if self.units != 1 {
            let _ = self.context.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
        }
    }
}

//! The one renderer: draws a [`Scene`] through any plotters `DrawingBackend`.
//! No layout decisions here, and no text measurement (which, in the browser,
//! plotters would do through inline styles a strict CSP blocks): labels are
//! placed by the layout and aligned by the backend.

use super::palette::{Palette, Rgb};
use super::scene::{Align, Ink, Mark, Point, Scene};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The font stack chart labels use: the system's, as the page's interface
/// text. Every browser that runs the Wasm knows `system-ui` (it is Segoe UI,
/// Roboto or San Francisco there), so the page's longer stack would add
/// bytes and nothing drawn.
const FONT_FAMILY: &str = "system-ui, sans-serif";

/// Backend units per device pixel on a canvas. plotters places everything
/// in whole units: in whole pixels, a donut's edge was lumpy on a screen of
/// one device pixel per CSS px (each vertex snapped by up to half a pixel).
/// The canvas backend works in quarter pixels instead
/// (`CanvasBackend::with_canvas_object_in_units`, vendor/README.md).
pub const CANVAS_UNITS: u32 = 4;

/// Draws `scene` onto `area`, background first (unless the palette is
/// transparent), with `palette`'s colours, at `units` backend units per
/// device pixel of the scene (the area is then `units` times its size).
pub fn render<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    scene: &Scene,
    palette: &Palette,
    units: u32,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    render_layer(area, &scene.marks, palette, true, units)
}

/// Draws `marks` onto `area`, over what is there, or first over the
/// background when `background` is true (and the palette is not transparent).
/// Drawing a scene's backdrop with the background, then its remaining marks
/// without, paints the same picture as [`render`].
pub fn render_layer<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    marks: &[Mark],
    palette: &Palette,
    background: bool,
    units: u32,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let units = f64::from(units.max(1));
    let pixel = |p: Point| (place(p.x, units), place(p.y, units));
    let whole_pixels = |width: f64| whole_pixels(width, units);
    if background && !palette.transparent {
        area.fill(&color(palette, Ink::Surface, 1.0))?;
    }
    for mark in marks {
        match mark {
            Mark::Disc {
                center,
                radius,
                ink,
                alpha,
            } => {
                let style = color(palette, *ink, *alpha).filled();
                area.draw(&Circle::new(pixel(*center), whole_pixels(*radius), style))?;
            }
            Mark::Line {
                from,
                to,
                width,
                ink,
                alpha,
            } => {
                let style = color(palette, *ink, *alpha).stroke_width(whole_pixels(*width));
                area.draw(&PathElement::new(vec![pixel(*from), pixel(*to)], style))?;
            }
            Mark::Ring {
                center,
                radius,
                width,
                ink,
                alpha,
            } => {
                let style = color(palette, *ink, *alpha).stroke_width(whole_pixels(*width));
                area.draw(&Circle::new(pixel(*center), whole_pixels(*radius), style))?;
            }
            Mark::Polygon { points, ink, alpha } => {
                let style = color(palette, *ink, *alpha).filled();
                area.draw(&Polygon::new(
                    points.iter().map(|p| pixel(*p)).collect::<Vec<_>>(),
                    style,
                ))?;
            }
            Mark::Outline { points, width, ink } => {
                let style = color(palette, *ink, 1.0).stroke_width(whole_pixels(*width));
                let mut path: Vec<(i32, i32)> = points.iter().map(|p| pixel(*p)).collect();
                path.extend(path.first().copied());
                area.draw(&PathElement::new(path, style))?;
            }
            Mark::Label {
                at,
                text,
                size,
                bold,
                ink,
                align,
            } => {
                let h = match align {
                    Align::Start => HPos::Left,
                    Align::Center => HPos::Center,
                    Align::End => HPos::Right,
                };
                let weight = if *bold {
                    FontStyle::Bold
                } else {
                    FontStyle::Normal
                };
                // `FontFamily::Name`, not `FONT_FAMILY.into()`: that conversion
                // lowercases the name, which links Unicode case tables (~16 KB)
                // into the Wasm for a name that is never a generic family.
                let style = FontDesc::new(
                    FontFamily::Name(FONT_FAMILY),
                    (size * units).round(),
                    weight,
                )
                .color(&color(palette, *ink, 1.0))
                .pos(Pos::new(h, VPos::Center));
                area.draw(&Text::new(text.as_str(), pixel(*at), style))?;
            }
        }
    }
    area.present()
}

/// A coordinate in whole backend units: plotters' backends work in
/// integers, and rounding here (not truncating) keeps marks centred and
/// output deterministic.
fn place(coordinate: f64, units: f64) -> i32 {
    (coordinate * units).round() as i32
}

/// A stroke width or a radius in whole backend units, at least a pixel.
fn whole_pixels(width: f64, units: f64) -> u32 {
    (width * units).round().max(units) as u32
}

fn color(palette: &Palette, ink: Ink, alpha: f64) -> RGBAColor {
    let Rgb(r, g, b) = palette.get(ink);
    // Two decimals keep SVG output stable across platforms' float printing.
    RGBAColor(r, g, b, (alpha.clamp(0.0, 1.0) * 100.0).round() / 100.0)
}

// Through plotters' SVG backend, a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The vertices of the one polygon `marks` draw, in scene pixels, as
    /// rendered through plotters' SVG backend at `units` per pixel.
    fn drawn_vertices(marks: &[Mark], units: u32) -> Vec<(f64, f64)> {
        let mut svg = String::new();
        {
            let area =
                SVGBackend::with_string(&mut svg, (40 * units, 20 * units)).into_drawing_area();
            render_layer(&area, marks, &Palette::LIGHT, false, units).expect("renders");
        }
        let points = svg.split("points=\"").nth(1).expect("a polygon");
        let points = &points[..points.find('"').expect("its end")];
        let unit = f64::from(units);
        points
            .split_whitespace()
            .map(|xy| {
                let (x, y) = xy.split_once(',').expect("x,y");
                (
                    x.parse::<f64>().unwrap() / unit,
                    y.parse::<f64>().unwrap() / unit,
                )
            })
            .collect()
    }

    #[test]
    fn on_a_finer_grid_vertices_land_nearer_where_the_layout_put_them() {
        let laid_out = [(10.3, 0.4), (30.6, 10.1), (5.85, 17.7)];
        let marks = [Mark::Polygon {
            points: laid_out.iter().map(|&(x, y)| Point::new(x, y)).collect(),
            ink: Ink::Accent,
            alpha: 1.0,
        }];
        let worst = |units| {
            let drawn = drawn_vertices(&marks, units);
            assert_eq!(drawn.len(), laid_out.len());
            drawn
                .iter()
                .zip(&laid_out)
                .map(|(d, l)| (d.0 - l.0).abs().max((d.1 - l.1).abs()))
                .fold(0.0, f64::max)
        };
        // Whole pixels move a vertex by up to half a pixel (here 0.4);
        // quarter pixels by at most an eighth.
        assert!(worst(1) > 0.3, "{}", worst(1));
        assert!(worst(CANVAS_UNITS) <= 0.125, "{}", worst(CANVAS_UNITS));
    }

    #[test]
    fn widths_and_radii_scale_with_the_units_and_stay_at_least_a_pixel() {
        assert_eq!(whole_pixels(2.4, 1.0), 2);
        assert_eq!(whole_pixels(2.4, 4.0), 10);
        assert_eq!(whole_pixels(0.1, 4.0), 4);
        assert_eq!(place(-1.3, 4.0), -5);
    }
}

//! The one renderer: draws a [`Scene`] through any plotters `DrawingBackend`.
//! No layout decisions here, and no text measurement (which, in the browser,
//! plotters would do through inline styles a strict CSP blocks): labels are
//! placed by the layout and aligned by the backend.

use super::palette::{Palette, Rgb};
use super::scene::{Align, Ink, Mark, Point, Scene};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The font stack chart labels use (the page's system stack, without quotes
/// so it passes unchanged into both canvas `font` and SVG `font-family`).
pub const FONT_FAMILY: &str =
    "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif";

/// Draws `scene` onto `area`, background first (unless the palette is
/// transparent), with `palette`'s colours.
pub fn render<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    scene: &Scene,
    palette: &Palette,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    render_layer(area, &scene.marks, palette, true)
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
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
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
                let style = FontDesc::new(FontFamily::Name(FONT_FAMILY), size.round(), weight)
                    .color(&color(palette, *ink, 1.0))
                    .pos(Pos::new(h, VPos::Center));
                area.draw(&Text::new(text.as_str(), pixel(*at), style))?;
            }
        }
    }
    area.present()
}

/// Rounds to whole device pixels: plotters' backends work in integers, and
/// rounding here (not truncating) keeps marks centred and output deterministic.
fn pixel(p: Point) -> (i32, i32) {
    (p.x.round() as i32, p.y.round() as i32)
}

/// A stroke width or a radius in whole pixels, at least one.
fn whole_pixels(width: f64) -> u32 {
    width.round().max(1.0) as u32
}

fn color(palette: &Palette, ink: Ink, alpha: f64) -> RGBAColor {
    let Rgb(r, g, b) = palette.get(ink);
    // Two decimals keep SVG output stable across platforms' float printing.
    RGBAColor(r, g, b, (alpha.clamp(0.0, 1.0) * 100.0).round() / 100.0)
}

//! Text widths by estimate: a kind of text's average glyph width, as a share
//! of its font size, times its characters. Text is never measured, so a
//! layout stays pure and the same picture comes out everywhere (canvas,
//! SVG, PNG). The shares are on the safe side for DejaVu Sans, the widest
//! font of the page's stack; each kind of text has its own, as they were
//! measured on it (digits and spaces are narrower than most letters).

/// A kind of text's average glyph width, as a share of its font size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Glyph(f64);

impl Glyph {
    /// A headline's bold number (and a circle's label in `cercles`): long
    /// numbers shrink to fit the headline's column.
    pub const NUMBER: Glyph = Glyph(0.62);
    /// Caption text: DejaVu Sans measures about 0.51 on the captions
    /// (« internautes mobiles, fin 2011 »: 191 px at 13 px).
    pub const CAPTION: Glyph = Glyph(0.52);
    /// Bold caption text: DejaVu Sans Bold measures about 0.54 (« 11 h 30 min
    /// en ligne par jour »: 204 px at 13 px).
    pub const BOLD_CAPTION: Glyph = Glyph(0.58);
    /// An exported picture's sentence, note and source, wrapped to its width.
    pub const PROSE: Glyph = Glyph(0.55);
    /// An exported picture's bold title: DejaVu Sans Bold sets French
    /// prose at about 0.61 of its size.
    pub const TITLE: Glyph = Glyph(0.64);

    /// [`Glyph::CAPTION`], or [`Glyph::BOLD_CAPTION`] when `bold`.
    pub fn caption(bold: bool) -> Glyph {
        if bold {
            Glyph::BOLD_CAPTION
        } else {
            Glyph::CAPTION
        }
    }

    /// The width of `text` at `size` px, px.
    pub fn width(self, text: &str, size: f64) -> f64 {
        self.0 * size * text.chars().count() as f64
    }

    /// How many characters fit in `width` px at `size` px.
    pub fn chars_in(self, width: f64, size: f64) -> usize {
        (width / (self.0 * size)) as usize
    }

    /// The font size, at most `size`, at which `text` fits in `width` px.
    pub fn size_to_fit(self, text: &str, width: f64, size: f64) -> f64 {
        size.min(width / (self.0 * text.chars().count().max(1) as f64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fitted_text_fills_its_width_and_no_more() {
        let text = "dont réseaux sociaux";
        let size = Glyph::CAPTION.size_to_fit(text, 100.0, 13.0);
        assert!(size < 13.0);
        assert!((Glyph::CAPTION.width(text, size) - 100.0).abs() < 1e-9);
        // Room to spare: the size asked for.
        assert_eq!(Glyph::CAPTION.size_to_fit(text, 1000.0, 13.0), 13.0);
        // Bold is wider: it fits smaller.
        assert!(Glyph::caption(true).size_to_fit(text, 100.0, 13.0) < size);
        let chars = Glyph::PROSE.chars_in(100.0, 13.0);
        assert!(Glyph::PROSE.width(&"e".repeat(chars), 13.0) <= 100.0);
        assert!(Glyph::PROSE.width(&"e".repeat(chars + 1), 13.0) > 100.0);
    }
}

//! Theme colours for charts, resolved from the page's CSS custom properties
//! (`--pme-chart-*` in `assets/styles.css`) so charts follow light and dark.

use super::scene::Ink;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// One colour per [`Ink`] role, indexed by the role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette([Rgb; Ink::ALL.len()]);

impl Palette {
    /// The light theme, as in `assets/styles.css`; also the golden tests' palette.
    pub const LIGHT: Palette = Palette([
        Rgb(0xff, 0xfd, 0xf8), // Surface
        Rgb(0x1c, 0x1b, 0x22), // Text
        Rgb(0x5e, 0x5a, 0x66), // Muted
        Rgb(0x94, 0x90, 0x83), // Rule
        Rgb(0xc2, 0x41, 0x0c), // Accent
        Rgb(0xff, 0xff, 0xff), // OnAccent
    ]);

    /// The colour for a role.
    pub fn get(&self, ink: Ink) -> Rgb {
        self.0[ink as usize]
    }

    /// A palette whose roles come from `lookup` (e.g. computed CSS values),
    /// keeping `self`'s colour for any role whose value is missing or not a
    /// strict hex colour.
    pub fn with_lookup(mut self, lookup: impl Fn(&str) -> Option<String>) -> Palette {
        for ink in Ink::ALL {
            if let Some(rgb) = lookup(ink.css_property())
                .as_deref()
                .and_then(parse_hex_color)
            {
                self.0[ink as usize] = rgb;
            }
        }
        self
    }
}

/// Parses a strict `#rgb` or `#rrggbb` colour (surrounding spaces allowed,
/// as computed CSS values have them). Anything else is `None`.
pub fn parse_hex_color(text: &str) -> Option<Rgb> {
    let hex = text.trim().strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |s: &str| u8::from_str_radix(s, 16).ok();
    match hex.len() {
        3 => {
            let d: Vec<u8> = hex
                .chars()
                .map(|c| channel(&c.to_string()).map(|v| v * 17))
                .collect::<Option<_>>()?;
            Some(Rgb(d[0], d[1], d[2]))
        }
        6 => Some(Rgb(
            channel(&hex[0..2])?,
            channel(&hex[2..4])?,
            channel(&hex[4..6])?,
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_strict_hex_colours_only() {
        assert_eq!(parse_hex_color("#c2410c"), Some(Rgb(0xc2, 0x41, 0x0c)));
        assert_eq!(parse_hex_color(" #FFF "), Some(Rgb(255, 255, 255)));
        assert_eq!(parse_hex_color("#0a3"), Some(Rgb(0x00, 0xaa, 0x33)));
        for bad in [
            "",
            "#",
            "c2410c",
            "#c2410",
            "#c2410c00",
            "#ggg",
            "red",
            "#+12",
            "#１２３",
        ] {
            assert_eq!(parse_hex_color(bad), None, "{bad:?} must be rejected");
        }
    }

    #[test]
    fn lookup_overrides_known_roles_and_ignores_junk() {
        let palette = Palette::LIGHT.with_lookup(|property| match property {
            "--pme-chart-accent" => Some(" #112233".into()),
            "--pme-chart-text" => Some("javascript:alert(1)".into()),
            _ => None,
        });
        assert_eq!(palette.get(Ink::Text), Palette::LIGHT.get(Ink::Text));
        assert_eq!(palette.get(Ink::Accent), Rgb(0x11, 0x22, 0x33));
    }
}

//! Reads the article and the statistics with serde, validates them, applies
//! French typography, and bakes both into Rust source (`$OUT_DIR/*.rs`).
//!
//! Why bake rather than parse at run time: the Wasm then ships no JSON parser
//! and no parsing step, and an invalid data file fails `cargo build` (and so
//! every test) with the offending field named, instead of a blank page.

// The model files are shared with the crate; the build script uses only part of them.
#![allow(dead_code)]

#[path = "src/content/model.rs"]
mod article_model;
#[path = "src/data/decimal.rs"]
mod decimal;
#[path = "src/data/format_fr.rs"]
mod format_fr;
#[path = "src/data/model.rs"]
mod model;
#[path = "src/content/typography.rs"]
mod typography;
#[path = "src/data/validate.rs"]
mod validate;

/// Mirrors the crate's module paths for the shared files.
mod content {
    pub(crate) use super::typography;
}

use article_model::{Article, Author, Block};
use model::{Stat, StatsFile, Unit};
use std::borrow::Cow;
use std::{env, fs, path::Path};

const ARTICLE_JSON: &str = "assets/content/article.json";
const ARTICLE_TXT: &str = "assets/content/article.txt";
const STATS_JSON: &str = "assets/data/stats.json";

fn main() {
    for path in [ARTICLE_JSON, ARTICLE_TXT, STATS_JSON] {
        println!("cargo:rerun-if-changed={path}");
    }
    let original = read(ARTICLE_TXT);

    let mut article: Article = parse(ARTICLE_JSON);
    article.map_text(typography::french);

    let mut stats: StatsFile = parse(STATS_JSON);
    if let Err(errors) = validate::validate_stats(&stats, &original) {
        let list: Vec<String> = errors.iter().map(|e| format!("  - {e}")).collect();
        fail(&format!("{STATS_JSON} is invalid:\n{}", list.join("\n")));
    }
    for stat in stats.stats.to_mut() {
        for text in [
            &mut stat.label,
            &mut stat.quote,
            &mut stat.sentence,
            &mut stat.source,
        ] {
            *text = Cow::Owned(typography::french(text));
        }
    }

    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    write(Path::new(&out).join("article.rs"), &article.bake());
    write(Path::new(&out).join("stats.rs"), &stats.bake());
    // Apart from the article, so that the Wasm gets the levels without its text.
    let levels: Vec<String> = article
        .chart_heading_levels()
        .map(|(id, level)| format!("({id:?}, {level})"))
        .collect();
    write(
        Path::new(&out).join("chart_heading_levels.rs"),
        &format!("&[{}]", levels.join(", ")),
    );
    // And the title and author a chart's picture credits.
    write(
        Path::new(&out).join("byline.rs"),
        &format!("({:?}, {:?})", article.title, article.author.name),
    );
}

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("cannot read {path}: {e}")))
}

fn parse<T: serde::de::DeserializeOwned>(path: &str) -> T {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| fail(&format!("{path} is invalid: {e}")))
}

fn write(path: impl AsRef<Path>, code: &str) {
    fs::write(path, code).unwrap_or_else(|e| fail(&format!("cannot write baked data: {e}")));
}

fn fail(message: &str) -> ! {
    // A panic in a build script shows its message in cargo's error output.
    panic!("\n\n{message}\n\n")
}

/// Writes a value as a Rust expression that builds it from `'static` literals.
trait Bake {
    fn bake(&self) -> String;
}

impl Bake for Cow<'static, str> {
    fn bake(&self) -> String {
        // `{:?}` of a str is a valid, fully escaped Rust string literal.
        format!("::std::borrow::Cow::Borrowed({:?})", self.as_ref())
    }
}

impl<T: Bake + Clone> Bake for Cow<'static, [T]> {
    fn bake(&self) -> String {
        let items: Vec<String> = self.iter().map(Bake::bake).collect();
        format!("::std::borrow::Cow::Borrowed(&[{}])", items.join(",\n"))
    }
}

impl Bake for Article {
    fn bake(&self) -> String {
        format!(
            "Article {{ kicker: {}, title: {}, lede: {}, blocks: {}, sources: {}, author: {} }}",
            self.kicker.bake(),
            self.title.bake(),
            self.lede.bake(),
            self.blocks.bake(),
            self.sources.bake(),
            self.author.bake()
        )
    }
}

impl Bake for Author {
    fn bake(&self) -> String {
        format!(
            "Author {{ name: {}, bio: {} }}",
            self.name.bake(),
            self.bio.bake()
        )
    }
}

impl Bake for Block {
    fn bake(&self) -> String {
        match self {
            Block::Paragraph(t) => format!("Block::Paragraph({})", t.bake()),
            Block::Heading(t) => format!("Block::Heading({})", t.bake()),
            Block::List(items) => format!("Block::List({})", items.bake()),
            Block::MissingImage(t) => format!("Block::MissingImage({})", t.bake()),
            Block::Chart(id) => format!("Block::Chart({})", id.bake()),
        }
    }
}

impl Bake for StatsFile {
    fn bake(&self) -> String {
        format!("StatsFile {{ stats: {} }}", self.stats.bake())
    }
}

impl Bake for Stat {
    fn bake(&self) -> String {
        let unit = match self.unit {
            Unit::Percent => "Percent",
            Unit::Friends => "Friends",
            Unit::People => "People",
        };
        format!(
            "Stat {{ id: {}, value: {:?}_f64, unit: Unit::{unit}, year: {:?}, label: {}, quote: {}, sentence: {}, source: {} }}",
            self.id.bake(),
            self.value,
            self.year,
            self.label.bake(),
            self.quote.bake(),
            self.sentence.bake(),
            self.source.bake()
        )
    }
}

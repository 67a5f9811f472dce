//! The statistics file: valid as shipped, and any invalid edit is refused
//! with the offending field named.
#![cfg(not(target_arch = "wasm32"))]

use pme_infographie::content::article;
use pme_infographie::data::model::{StatsFile, Unit};
use pme_infographie::data::stats;
use pme_infographie::data::validate::validate_stats;

const STATS_JSON: &str = include_str!("../assets/data/stats.json");
const ORIGINAL: &str = include_str!("../assets/content/article.txt");

fn parse(json: &str) -> StatsFile {
    serde_json::from_str(json).expect("parses")
}

/// The shipped file with one field of one statistic replaced.
fn edited(index: usize, field: &str, value: serde_json::Value) -> StatsFile {
    let mut json: serde_json::Value = serde_json::from_str(STATS_JSON).unwrap();
    json["stats"][index][field] = value;
    serde_json::from_value(json).expect("still parses")
}

fn fields_in_error(file: &StatsFile) -> Vec<String> {
    validate_stats(file, ORIGINAL)
        .expect_err("must be refused")
        .into_iter()
        .map(|e| e.to_string())
        .collect()
}

#[test]
fn the_shipped_file_is_valid_and_cites_every_figure() {
    validate_stats(&parse(STATS_JSON), ORIGINAL).expect("valid");
    let ids: Vec<&str> = stats().stats.iter().map(|s| s.id.as_ref()).collect();
    assert_eq!(ids, ["amis", "pair", "actualite", "temps", "mobiles"]);
    let by_id = |id| stats().get(id).unwrap();
    assert_eq!(
        (by_id("amis").value, by_id("amis").unit),
        (120.0, Unit::Friends)
    );
    assert_eq!(
        (by_id("pair").value, by_id("pair").unit),
        (1.0, Unit::People)
    );
    assert_eq!(
        (by_id("actualite").value, by_id("actualite").unit),
        (30.0, Unit::Percent)
    );
    assert_eq!(by_id("temps").year, Some(2011));
    assert_eq!(
        (by_id("mobiles").value, by_id("mobiles").year),
        (19_000_000.0, Some(2011))
    );
    assert!(stats()
        .stats
        .iter()
        .all(|s| s.source.starts_with("Mediametrie//NetRatings")));
}

#[test]
fn a_percentage_over_100_names_its_field() {
    let errors = fields_in_error(&edited(2, "value", 130.into()));
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("stats[2].value: 130 is not a percentage")),
        "{errors:?}"
    );
}

#[test]
fn a_value_the_article_does_not_say_is_refused() {
    let errors = fields_in_error(&edited(4, "value", 18_000_000.into()));
    assert!(
        errors.iter().any(|e| e.starts_with("stats[4].quote:")),
        "{errors:?}"
    );
}

#[test]
fn a_sentence_not_in_the_article_is_refused() {
    let errors = fields_in_error(&edited(
        0,
        "sentence",
        "Avec une moyenne de 120 amis, tout va bien.".into(),
    ));
    assert!(
        errors
            .iter()
            .any(|e| e == "stats[0].sentence: is not a verbatim sentence of the article"),
        "{errors:?}"
    );
}

#[test]
fn empty_sources_bad_years_bad_ids_and_duplicates_are_refused() {
    assert!(fields_in_error(&edited(1, "source", " ".into()))
        .contains(&"stats[1].source: must not be empty".to_owned()));
    assert!(fields_in_error(&edited(3, "year", 1850.into()))
        .iter()
        .any(|e| e.starts_with("stats[3].year: 1850 is outside")));
    assert!(fields_in_error(&edited(3, "id", "Temps!".into()))
        .iter()
        .any(|e| e.starts_with("stats[3].id:")));
    assert!(fields_in_error(&edited(3, "id", "amis".into()))
        .iter()
        .any(|e| e == "stats[3].id: « amis » is used twice"));
    assert!(fields_in_error(&edited(0, "value", 120.5.into()))
        .iter()
        .any(|e| e.starts_with("stats[0].value: 120.5 is not a whole number")));
}

#[test]
fn a_year_label_or_source_the_article_does_not_give_is_refused() {
    // « actualite »'s sentence gives no year; « temps »'s gives 2011, not 2012.
    assert!(fields_in_error(&edited(2, "year", 2011.into()))
        .contains(&"stats[2].year: 2011 is not a year the sentence gives".to_owned()));
    assert!(fields_in_error(&edited(3, "year", 2012.into()))
        .contains(&"stats[3].year: 2012 is not a year the sentence gives".to_owned()));
    let polled = "des Français suivant l’actualité (sondage 2009 auprès de 1 000 personnes)";
    let errors = fields_in_error(&edited(2, "label", polled.into()));
    for number in ["2009", "1", "000"] {
        assert!(
            errors.contains(&format!(
                "stats[2].label: says {number}, which the sentence does not"
            )),
            "{number}: {errors:?}"
        );
    }
    assert!(
        fields_in_error(&edited(4, "source", "Médiamétrie, 2012".into()))
            .contains(&"stats[4].source: is not the article's own sources line".to_owned())
    );
}

#[test]
fn unknown_or_missing_fields_fail_to_parse_with_their_name() {
    let missing = STATS_JSON.replacen("\"source\"", "\"sauce\"", 1);
    let error = serde_json::from_str::<StatsFile>(&missing)
        .unwrap_err()
        .to_string();
    assert!(error.contains("sauce"), "{error}");
    let bad_unit = STATS_JSON.replacen("\"friends\"", "\"copains\"", 1);
    let error = serde_json::from_str::<StatsFile>(&bad_unit)
        .unwrap_err()
        .to_string();
    assert!(error.contains("copains"), "{error}");
}

#[test]
fn every_chart_placed_in_the_article_exists() {
    let ids: Vec<&str> = article().chart_ids().collect();
    assert!(!ids.is_empty());
    for id in ids {
        let chart = pme_infographie::charts::ChartId::from_id(id);
        assert!(
            chart.and_then(pme_infographie::charts::chart).is_some(),
            "no chart for « {id} »"
        );
    }
}

#[test]
fn chart_titles_head_the_level_below_the_section_they_sit_in() {
    use pme_infographie::content::chart_heading_level;
    use pme_infographie::content::model::Block;
    let mut sample = article().clone();
    sample.blocks = vec![
        Block::Chart("amis".into()),
        Block::Paragraph("…".into()),
        Block::Heading("Section".into()),
        Block::Chart("cercles".into()),
    ]
    .into();
    let levels: Vec<(&str, u8)> = sample.chart_heading_levels().collect();
    assert_eq!(levels, [("amis", 2), ("cercles", 3)]);
    // What the build baked for the Wasm is what the shipped article gives.
    for (id, level) in article().chart_heading_levels() {
        assert_eq!(chart_heading_level(id), level, "« {id} »");
    }
    assert_eq!(chart_heading_level("inconnu"), 2);
}

#[test]
fn a_chart_s_picture_credits_the_article_s_own_title_and_author() {
    use pme_infographie::content::BYLINE;
    // What the build baked for the Wasm is the shipped article's, typography included.
    let (title, author) = BYLINE;
    assert_eq!(title, article().title);
    assert_eq!(author, article().author.name);
    assert_eq!(author, "Frédérique Biau");
    assert!(title.ends_with("comment le faire\u{202f}?"));
}

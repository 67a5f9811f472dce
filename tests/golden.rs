//! Golden SVG snapshots of each chart, rendered natively through plotters'
//! SVG backend with the same layout and renderer the browser uses.
//!
//! On a mismatch the new rendering is written beside the golden as
//! `<name>-changed.svg`. After checking it by eye, accept it with
//! `UPDATE_GOLDEN=1 cargo test --test golden`.
#![cfg(not(target_arch = "wasm32"))]

use plotters::prelude::*;
use pme_infographie::charts::actualite::{layout_actualite, ActualiteModel};
use pme_infographie::charts::amis::{layout_amis, AmisModel};
use pme_infographie::charts::cercles::{layout_cercles, CerclesModel, Circle};
use pme_infographie::charts::mobiles::{layout_mobiles, MobilesModel};
use pme_infographie::charts::palette::Palette;
use pme_infographie::charts::render::render;
use pme_infographie::charts::scene::{Scene, Size};
use pme_infographie::charts::temps::{layout_temps, TempsModel};
use std::path::PathBuf;

fn svg(scene: &Scene) -> String {
    let mut out = String::new();
    {
        let size = (scene.size.width as u32, scene.size.height as u32);
        let area = SVGBackend::with_string(&mut out, size).into_drawing_area();
        render(&area, scene, &Palette::LIGHT, 1).expect("renders");
    }
    out
}

fn assert_golden(name: &str, actual: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let golden = dir.join(format!("{name}.svg"));
    let changed = dir.join(format!("{name}-changed.svg"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, actual).unwrap();
        let _ = std::fs::remove_file(&changed);
        return;
    }
    let expected = std::fs::read_to_string(&golden).unwrap_or_else(|_| {
        panic!(
            "no golden {}: run UPDATE_GOLDEN=1 cargo test --test golden",
            golden.display()
        )
    });
    if expected != actual {
        std::fs::write(&changed, actual).unwrap();
        panic!(
            "{name} differs from its golden; see {} (accept with UPDATE_GOLDEN=1)",
            changed.display()
        );
    } else {
        let _ = std::fs::remove_file(&changed);
    }
}

fn amis(hops: u8, segmented: bool) -> AmisModel {
    AmisModel {
        friends: 120,
        hops,
        segmented,
    }
}

#[test]
fn amis_goldens() {
    assert_chart_goldens("amis", |size, t| layout_amis(&amis(1, false), size, t));
}

#[test]
fn amis_relayed_three_times_and_segmented() {
    let size = Size::from_css(640.0, 360.0, 1.0);
    assert_golden(
        "amis-3-relais-t050",
        &svg(&layout_amis(&amis(3, false), size, 0.5)),
    );
    assert_golden(
        "amis-3-relais-t100",
        &svg(&layout_amis(&amis(3, false), size, 1.0)),
    );
    assert_golden(
        "amis-segmente-t100",
        &svg(&layout_amis(&amis(2, true), size, 1.0)),
    );
}

#[test]
fn amis_relayed_twice_on_a_phone_at_2x() {
    let size = Size::from_css(343.0, 343.0, 2.0);
    assert_golden(
        "amis-2-relais-phone-2x",
        &svg(&layout_amis(&amis(2, false), size, 1.0)),
    );
}

/// Each chart at the start, middle and end of its entrance, on a desktop
/// surface, plus its final state on a phone at 2×.
fn assert_chart_goldens(name: &str, layout: impl Fn(Size, f64) -> Scene) {
    let desktop = Size::from_css(640.0, 360.0, 1.0);
    let mut frames = Vec::new();
    for (suffix, t) in [("t0", 0.0), ("t050", 0.5), ("t100", 1.0)] {
        let frame = svg(&layout(desktop, t));
        assert_golden(&format!("{name}-{suffix}"), &frame);
        frames.push(frame);
    }
    assert_ne!(frames[0], frames[1], "{name} ignores progress");
    assert_ne!(frames[1], frames[2], "{name} ignores progress");
    let phone = Size::from_css(343.0, 343.0, 2.0);
    assert_golden(&format!("{name}-phone-2x"), &svg(&layout(phone, 1.0)));
}

#[test]
fn actualite_goldens() {
    let model = ActualiteModel::new(30.0);
    assert_chart_goldens("actualite", |size, t| layout_actualite(&model, size, t));
}

#[test]
fn mobiles_goldens() {
    let model = MobilesModel::new(19_000_000.0, Some(2011));
    assert_chart_goldens("mobiles", |size, t| layout_mobiles(&model, size, t));
}

#[test]
fn temps_goldens() {
    let model = TempsModel {
        share: 20.0,
        year: Some(2011),
        hours: 2.0,
    };
    assert_chart_goldens("temps", |size, t| layout_temps(&model, size, t));
}

#[test]
fn cercles_goldens() {
    for (name, selected) in [
        ("cercles", Circle::Pair),
        ("cercles-famille", Circle::Family),
    ] {
        let model = CerclesModel {
            pair: 1.0,
            friends: 120.0,
            selected,
        };
        assert_chart_goldens(name, |size, t| layout_cercles(&model, size, t));
    }
}

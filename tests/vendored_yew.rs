//! The vendored yew's `Vec`-backed sets and maps (vendor/README.md): they
//! keep the semantics of the hash sets and maps they replace.
#![cfg(not(target_arch = "wasm32"))]

use yew::vec_collections::{VecMap, VecSet};
use yew::{classes, Classes};

#[test]
fn a_set_keeps_the_first_of_equal_values_in_insertion_order() {
    let mut set: VecSet<&str> = ["b", "a", "b", "c"].into_iter().collect();
    assert_eq!(set.iter().copied().collect::<Vec<_>>(), ["b", "a", "c"]);
    assert!(!set.insert("a"));
    assert!(set.insert("d"));
    assert!(set.contains("c") && !set.contains("e"));
    assert_eq!(set.take("b"), Some("b"));
    assert_eq!(set.take("b"), None);
    assert_eq!(set.len(), 3);
    assert_eq!(set.replace("a"), Some("a"));
    assert_eq!(set.replace("e"), None);
    set.retain(|v| *v != "c");
    assert!(!set.contains("c"));
    let mut drained: Vec<_> = set.drain().collect();
    drained.sort_unstable();
    assert_eq!(drained, ["a", "d", "e"]);
    assert!(set.is_empty());
}

#[test]
fn a_map_replaces_values_in_place_and_compares_as_a_map() {
    let mut map: VecMap<&str, i32> = [("x", 1), ("y", 2), ("x", 3)].into_iter().collect();
    assert_eq!(map.iter().collect::<Vec<_>>(), [(&"x", &3), (&"y", &2)]);
    assert_eq!(map.insert("y", 4), Some(2));
    *map.get_or_insert_default("z") += 5;
    *map.get_or_insert_default("x") += 5;
    assert_eq!(map.get("x"), Some(&8));
    assert_eq!(map.get("z"), Some(&5));
    assert!(map.contains_key("y") && !map.contains_key("w"));
    for value in map.values_mut() {
        *value *= 10;
    }
    let reordered: VecMap<&str, i32> = [("z", 50), ("y", 40), ("x", 80)].into_iter().collect();
    assert_eq!(map, reordered, "maps compare as maps, in any order");
    assert_eq!(map.remove("y"), Some(40));
    assert_ne!(map, reordered);
    assert_eq!(map.iter().map(|(k, _)| *k).collect::<Vec<_>>(), ["x", "z"]);
}

#[test]
fn classes_keep_their_order_and_each_class_once() {
    let spaced = String::from("pme-figure pme-button");
    let classes: Classes = classes!("pme-button", spaced, "actif");
    assert_eq!(classes.to_string(), "pme-button pme-figure actif");
    assert!(classes.contains("pme-figure") && !classes.contains("pme"));
    let listed: Vec<_> = classes.into_iter().map(|c| c.to_string()).collect();
    assert_eq!(listed, ["pme-button", "pme-figure", "actif"]);
}

//! Ordinary business names, as a new user would write them (`tests/data/business_names.txt`,
//! written for this test, not from the development corpus): each is accepted by the derive of
//! its kind and rejected by the derive of the other kind, as `factum names --as KIND` prints.

use factum_naming::{Kind, Vocabulary, check, check_variant};

/// `check`, or `check_variant` for `Enum::Variant`.
fn accepts(name: &str, kind: Kind) -> bool {
    let vocab = Vocabulary::default();
    match name.split_once("::") {
        Some((enum_name, variant)) => check_variant(enum_name, variant, kind, &vocab).is_ok(),
        None => check(name, kind, &vocab).is_ok(),
    }
}

#[test]
fn business_names_read_as_their_kind() {
    let text = include_str!("data/business_names.txt");
    let mut wrong = Vec::new();
    let mut count = 0;
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (kind, name) = line.split_once(' ').expect("KIND NAME");
        let (kind, other) = match kind {
            "event" => (Kind::Event, Kind::Command),
            "command" => (Kind::Command, Kind::Event),
            _ => panic!("unknown kind in {line}"),
        };
        count += 1;
        if !accepts(name, kind) {
            wrong.push(format!("{name}: rejected as {}", kind.name()));
        }
        if accepts(name, other) {
            wrong.push(format!("{name}: accepted as {}", other.name()));
        }
    }
    assert!(count >= 600, "only {count} names");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

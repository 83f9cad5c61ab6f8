//! Ordinary domain names of many business domains and every shape event-sourcing code uses
//! (`tests/data/domain_names.txt`, written for this test in session 8 before the engine was
//! changed for it, not from any corpus): the share the derive of each name's kind accepts, and
//! the share the derive of the other kind rejects, per shape. `cargo test -p factum-naming
//! --test domain_names -- --nocapture` prints both and the names read wrong.
//!
//! The floors are the shares at the end of session 10 (BENCHMARKS.md, "Domain names, session 8",
//! and "Where it stands, end of session 10"): the test fails
//! when a change makes either fall.

use factum_naming::{Kind, Vocabulary, check, check_variant};

/// Share (%) of names the derive of their kind accepts: must not fall below.
const ACCEPTED_FLOOR: f64 = 97.68;
/// Share (%) of names the derive of the other kind rejects: must not fall below.
const REJECTED_FLOOR: f64 = 98.88;

/// `check`, or `check_variant` for `Enum::Variant`.
fn accepts(name: &str, kind: Kind) -> bool {
    let vocab = Vocabulary::default();
    match name.split_once("::") {
        Some((enum_name, variant)) => check_variant(enum_name, variant, kind, &vocab).is_ok(),
        None => check(name, kind, &vocab).is_ok(),
    }
}

/// One shape's counts: names, accepted as their kind, rejected as the other kind, and the
/// names read wrong.
#[derive(Default)]
struct Tally {
    total: usize,
    accepted: usize,
    rejected: usize,
    wrong: Vec<String>,
}

#[allow(clippy::cast_precision_loss)]
fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

#[test]
fn domain_names_read_as_their_kind() {
    let text = include_str!("data/domain_names.txt");
    let mut shapes: Vec<(String, Tally)> = Vec::new();
    for line in text.lines().filter(|l| !l.is_empty()) {
        if let Some(shape) = line.strip_prefix("## ") {
            shapes.push((shape.to_owned(), Tally::default()));
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let (kind, name) = line.split_once(' ').expect("KIND NAME");
        let (kind, other) = match kind {
            "event" => (Kind::Event, Kind::Command),
            "command" => (Kind::Command, Kind::Event),
            _ => panic!("unknown kind in {line}"),
        };
        let (_, tally) = shapes.last_mut().expect("a `## SHAPE` line first");
        tally.total += 1;
        if accepts(name, kind) {
            tally.accepted += 1;
        } else {
            tally
                .wrong
                .push(format!("{name}: rejected as {}", kind.name()));
        }
        if accepts(name, other) {
            tally
                .wrong
                .push(format!("{name}: accepted as {}", other.name()));
        } else {
            tally.rejected += 1;
        }
    }
    let mut all = Tally::default();
    for (shape, t) in &shapes {
        println!(
            "{shape}: {:.2}% accepted ({} of {}), {:.2}% rejected as the other kind ({})",
            percent(t.accepted, t.total),
            t.accepted,
            t.total,
            percent(t.rejected, t.total),
            t.rejected
        );
        for w in &t.wrong {
            println!("    {w}");
        }
        all.total += t.total;
        all.accepted += t.accepted;
        all.rejected += t.rejected;
    }
    let (accepted, rejected) = (
        percent(all.accepted, all.total),
        percent(all.rejected, all.total),
    );
    println!(
        "all: {accepted:.2}% accepted ({} of {}), {rejected:.2}% rejected as the other kind ({})",
        all.accepted, all.total, all.rejected
    );
    assert!(all.total >= 600, "only {} names", all.total);
    assert!(
        accepted >= ACCEPTED_FLOOR,
        "accepted {accepted:.2}% < {ACCEPTED_FLOOR}%"
    );
    assert!(
        rejected >= REJECTED_FLOOR,
        "rejected {rejected:.2}% < {REJECTED_FLOOR}%"
    );
}

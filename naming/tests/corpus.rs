//! A corpus of message names with the kind each must be accepted as.
//!
//! `E`, `C`, `Q`: the derive of that kind accepts the name, and the derive of the opposite
//! kind (an event name as a `Command`, a command or query name as an `Event`) rejects it,
//! unless the name honestly reads both ways (`PlaceBid`). `U`: the `Event` derive rejects it
//! (a name with no verb is not a fact).

use factum_naming::{Kind, Verdict, classify};

use Verdict::{Command as C, Event as E, Query as Q, Unknown as U};

include!("data/corpus.rs");

#[test]
fn corpus_has_enough_names() {
    assert!(CORPUS.len() >= 300, "only {} names", CORPUS.len());
}

#[test]
fn corpus() {
    let mismatches: Vec<String> = CORPUS
        .iter()
        .filter_map(|&(name, expected)| {
            let a = classify(name);
            let ok = match expected {
                E => {
                    a.accepts(Kind::Event) && (!a.accepts(Kind::Command) || a.alternative.is_some())
                }
                C => {
                    a.accepts(Kind::Command) && (!a.accepts(Kind::Event) || a.alternative.is_some())
                }
                Q => a.accepts(Kind::Query) && !a.accepts(Kind::Event),
                U => !a.accepts(Kind::Event),
            };
            (!ok).then(|| {
                format!(
                    "{name}: expected {expected}, got {} ({})",
                    a.verdict, a.explanation
                )
            })
        })
        .collect();
    assert!(
        mismatches.is_empty(),
        "{} of {} names misread:\n{}",
        mismatches.len(),
        CORPUS.len(),
        mismatches.join("\n")
    );
}

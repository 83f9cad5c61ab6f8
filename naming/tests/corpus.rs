//! A corpus of message names with the verdict each must get.

use factum_naming::{Verdict, classify};

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
            (a.verdict != expected).then(|| {
                format!(
                    "{name}: expected {expected}, got {} ({})",
                    a.verdict, a.explanation
                )
            })
        })
        .collect();
    assert!(
        mismatches.is_empty(),
        "{} of {} names misclassified:\n{}",
        mismatches.len(),
        CORPUS.len(),
        mismatches.join("\n")
    );
}

//! `cargo bench -p factum-naming --bench classify` (or `cargo xtask bench naming`): how long
//! `classify` takes per name, over the test corpus and the real-world development corpus, and
//! the two shares issue 9 tracks on the latter, on the validation corpus and on the held-out
//! corpus. Std only, no harness.

use std::hint::black_box;
use std::time::Instant;

use factum_naming::{Verdict, classify};

#[allow(unused_imports)]
use Verdict::{Command as C, Event as E, Query as Q, Unknown as U};

include!("../tests/data/corpus.rs");
include!("../tests/data/real_corpus.rs");

/// Median, min and max ns per name of 9 runs of `rounds` passes over `names`.
fn time(names: &[&str], rounds: usize) -> (u128, u128, u128) {
    let mut samples = Vec::new();
    for _ in 0..9 {
        let start = Instant::now();
        for _ in 0..rounds {
            for &name in names {
                black_box(classify(black_box(name)));
            }
        }
        samples.push(start.elapsed().as_nanos() / (rounds * names.len()) as u128);
    }
    samples.sort_unstable();
    (
        samples[samples.len() / 2],
        samples[0],
        samples[samples.len() - 1],
    )
}

fn main() {
    let test: Vec<&str> = CORPUS.iter().map(|&(name, _)| name).collect();
    // `FACTUM_NAMING_PASSES=N`: only N passes over the test corpus, no timing, for counting
    // instructions under valgrind on a loaded machine (compare N=10 with N=0).
    if let Some(passes) = std::env::var("FACTUM_NAMING_PASSES")
        .ok()
        .and_then(|n| n.parse().ok())
    {
        for _ in 0..passes {
            for &name in &test {
                black_box(classify(black_box(name)));
            }
        }
        return;
    }
    // `FACTUM_NAMING_ERRORS=N`: N passes of the error path over the test corpus, each name
    // checked as the kind it does not read as (an event name as a command, anything else as
    // an event), for counting the instructions of an error and its suggestion under valgrind
    // (compare N=10 with N=0). A compiling crate never pays them.
    if let Some(passes) = std::env::var("FACTUM_NAMING_ERRORS")
        .ok()
        .and_then(|n| n.parse().ok())
    {
        let vocab = factum_naming::Vocabulary::default();
        for _ in 0..passes {
            for &(name, verdict) in CORPUS {
                let kind = if verdict == E {
                    factum_naming::Kind::Command
                } else {
                    factum_naming::Kind::Event
                };
                let _ = black_box(factum_naming::check(black_box(name), kind, &vocab));
            }
        }
        return;
    }
    let (median, min, max) = time(&test, 200);
    println!(
        "naming: classify, test corpus ({} names x 200 rounds), median of 9 runs: {median} ns/name (min {min}, max {max})",
        test.len()
    );
    let real = real_corpus();
    let names: Vec<&str> = real.iter().map(|l| l.name.as_str()).collect();
    let (median, min, max) = time(&names, 20);
    println!(
        "naming: classify, development corpus ({} names x 20 rounds), median of 9 runs: {median} ns/name (min {min}, max {max})",
        names.len()
    );
    // The validation corpus: other repositories, held out until session 7 tuned rules on it
    // too (README of naming/corpus).
    let validation = read_corpus("validation.tsv", "validation-sources.tsv");
    // The held-out corpus of session 8, tuned on at its end; the second and third held-out
    // corpora of session 9, the fourth and fifth of session 10, the seventh and sixth of
    // session 11 and the eighth of session 13, each measured first before any rule was tuned
    // on it.
    let holdout = read_corpus("holdout.tsv", "holdout-sources.tsv");
    let holdout2 = read_corpus("holdout2.tsv", "holdout2-sources.tsv");
    let holdout3 = read_corpus("holdout3.tsv", "holdout3-sources.tsv");
    let holdout4 = read_corpus("holdout4.tsv", "holdout4-sources.tsv");
    let holdout5 = read_corpus("holdout5.tsv", "holdout5-sources.tsv");
    let holdout6 = read_corpus("holdout6.tsv", "holdout6-sources.tsv");
    let holdout7 = read_corpus("holdout7.tsv", "holdout7-sources.tsv");
    let holdout8 = read_corpus("holdout8.tsv", "holdout8-sources.tsv");
    for (title, corpus) in [
        ("development", &real),
        ("validation", &validation),
        ("held-out", &holdout),
        ("second held-out", &holdout2),
        ("third held-out", &holdout3),
        ("fourth held-out", &holdout4),
        ("fifth held-out", &holdout5),
        ("sixth held-out", &holdout6),
        ("seventh held-out", &holdout7),
        ("eighth held-out", &holdout8),
    ] {
        let s = measure(corpus);
        println!(
            "naming: {title} corpus: {:.2}% accepted by the derive of their labelled kind ({} of {}); {:.2}% of event and command names rejected by the derive of the other kind ({} of {})",
            percent(s.accepted, s.total),
            s.accepted,
            s.total,
            percent(s.rejected_other, s.total_other),
            s.rejected_other,
            s.total_other
        );
        for line in shares_by_area(corpus) {
            println!("naming: {title} corpus, {line}");
        }
    }
}

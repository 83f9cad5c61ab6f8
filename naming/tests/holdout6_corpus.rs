//! The naming rules measured on the sixth held-out corpus `naming/corpus/holdout6.tsv`
//! (session 11): real names from public JVM (Java, Kotlin, Scala), PHP and TypeScript
//! repositories, mostly domain code (Axon, Lagom and Akka, Spring, Symfony, Laravel and Nest
//! CQRS applications and samples), that are neither development, validation nor earlier held-out
//! sources (the seventh's included), share no owner with them and are not reserved for the
//! independent evaluation, labelled by their own code (see `naming/corpus/README.md`, "Sixth
//! held-out corpus"). Its first measurements, on main at 6bfbf2a and 9689d79, estimated how the
//! engine reads such domain code, unseen.
//!
//! The floors below are the lower of the shares measured (BENCHMARKS.md, "Sixth held-out corpus,
//! session 11"): the test fails when a change makes either fall. `FACTUM_HOLDOUT6_DUMP=FILE`
//! writes the names read wrong to `FILE`.

include!("data/real_corpus.rs");

/// Share (%) of names the derive of their labelled kind accepts: must not fall below.
const ACCEPTED_FLOOR: f64 = 90.66;
/// Share (%) of event and command names the derive of the other kind rejects.
const REJECTED_FLOOR: f64 = 97.42;

fn holdout6_corpus() -> Vec<Labelled> {
    read_corpus("holdout6.tsv", "holdout6-sources.tsv")
}

#[test]
fn the_sixth_holdout_corpus_is_held_out_and_its_size_kept() {
    // after the seventh, which landed first (`CORPORA_IN_ORDER`); the size and kinds it was
    // committed with (README.md, "Sixth held-out corpus")
    held_out_with_size("holdout6.tsv", (480, 198, 230));
}

#[test]
fn shares_do_not_fall() {
    report_and_hold(
        "sixth held-out corpus",
        &holdout6_corpus(),
        "FACTUM_HOLDOUT6_DUMP",
        (ACCEPTED_FLOOR, REJECTED_FLOOR),
    );
}

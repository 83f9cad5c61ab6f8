//! The naming rules measured on the fifth held-out corpus `naming/corpus/holdout5.tsv`
//! (session 10): real names from public repositories in languages other than C# (Scala, Rust,
//! Go, Python, TypeScript, Kotlin), mostly domain code with many commands and events, that are
//! neither development, validation nor earlier held-out sources, share no owner with them and
//! are not reserved for the independent evaluation, labelled by their own code (see
//! `naming/corpus/README.md`, "Fifth held-out corpus"). Its first measurement, on main at
//! 7160cc2, estimated how the engine reads these languages' conventions, unseen.
//!
//! The floors below are the shares measured (BENCHMARKS.md, "Fifth held-out corpus, session
//! 10"): the test fails when a change makes either fall. `FACTUM_HOLDOUT5_DUMP=FILE` writes the
//! names read wrong to `FILE`.

include!("data/real_corpus.rs");

/// Share (%) of names the derive of their labelled kind accepts: must not fall below.
const ACCEPTED_FLOOR: f64 = 87.50;
/// Share (%) of event and command names the derive of the other kind rejects.
const REJECTED_FLOOR: f64 = 97.80;

fn holdout5_corpus() -> Vec<Labelled> {
    read_corpus("holdout5.tsv", "holdout5-sources.tsv")
}

#[test]
fn the_fifth_holdout_corpus_is_held_out_and_its_size_kept() {
    // the size and kinds it was committed with (README.md, "Fifth held-out corpus")
    held_out_with_size("holdout5.tsv", (464, 155, 300));
}

#[test]
fn shares_do_not_fall() {
    report_and_hold(
        "fifth held-out corpus",
        &holdout5_corpus(),
        "FACTUM_HOLDOUT5_DUMP",
        (ACCEPTED_FLOOR, REJECTED_FLOOR),
    );
}

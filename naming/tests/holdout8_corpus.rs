//! The naming rules measured on the eighth held-out corpus `naming/corpus/holdout8.tsv`
//! (session 13): real names from public repositories in Rust, Java, Python, Kotlin and Ruby, the
//! event and command types of protocol libraries, a proxy, chat and game-server frameworks,
//! windowing and input libraries, a music player and two Kotlin event-sourcing samples, that are
//! neither development, validation nor earlier held-out sources, share no owner with them and are
//! not reserved for the independent evaluation, labelled by their own code (see
//! `naming/corpus/README.md`, "Eighth held-out corpus"). Its first measurement, on main at
//! 03bbc3b, estimated how the engine reads these libraries' names, unseen.
//!
//! The floors below are the shares measured (BENCHMARKS.md, "Eighth held-out corpus, session
//! 13"): the test fails when a change makes either fall. `FACTUM_HOLDOUT8_DUMP=FILE` writes the
//! names read wrong to `FILE`.

include!("data/real_corpus.rs");

/// Share (%) of names the derive of their labelled kind accepts: must not fall below.
const ACCEPTED_FLOOR: f64 = 85.34;
/// Share (%) of event and command names the derive of the other kind rejects.
const REJECTED_FLOOR: f64 = 93.07;

fn holdout8_corpus() -> Vec<Labelled> {
    read_corpus("holdout8.tsv", "holdout8-sources.tsv")
}

#[test]
fn the_eighth_holdout_corpus_is_held_out_and_its_size_kept() {
    // the size and kinds it was committed with (README.md, "Eighth held-out corpus")
    held_out_with_size("holdout8.tsv", (621, 174, 447));
}

#[test]
fn shares_do_not_fall() {
    report_and_hold(
        "eighth held-out corpus",
        &holdout8_corpus(),
        "FACTUM_HOLDOUT8_DUMP",
        (ACCEPTED_FLOOR, REJECTED_FLOOR),
    );
}

//! The naming rules measured on the seventh held-out corpus `naming/corpus/holdout7.tsv`
//! (session 11): real names from public repositories in F#, Elixir, Python, Go, Rust and Ruby,
//! mostly domain samples and applications with commands and events, that are neither
//! development, validation nor earlier held-out sources, share no owner with them and are not
//! reserved for the independent evaluation, labelled by their own code (see
//! `naming/corpus/README.md`, "Seventh held-out corpus"). Its first measurement, on main at
//! 6bfbf2a, estimated how the engine reads these languages' domain code, unseen.
//!
//! The floors below are the shares measured (BENCHMARKS.md, "Seventh held-out corpus, session
//! 11"): the test fails when a change makes either fall. `FACTUM_HOLDOUT7_DUMP=FILE` writes the
//! names read wrong to `FILE`.

include!("data/real_corpus.rs");

/// Share (%) of names the derive of their labelled kind accepts: must not fall below.
const ACCEPTED_FLOOR: f64 = 99.07;
/// Share (%) of event and command names the derive of the other kind rejects.
const REJECTED_FLOOR: f64 = 99.53;

fn holdout7_corpus() -> Vec<Labelled> {
    read_corpus("holdout7.tsv", "holdout7-sources.tsv")
}

#[test]
fn the_seventh_holdout_corpus_is_held_out_and_its_size_kept() {
    let index = CORPORA_IN_ORDER
        .iter()
        .position(|&(names, _)| names == "holdout7.tsv")
        .expect("holdout7.tsv is in CORPORA_IN_ORDER");
    let corpus = held_out(index);
    // the size and kinds it was committed with (README.md, "Seventh held-out corpus")
    assert!(corpus.len() >= 216, "only {} names", corpus.len());
    let count = |kind| corpus.iter().filter(|l| l.kind == kind).count();
    let commands = count(factum_naming::Kind::Command);
    assert!(commands >= 73, "only {commands} commands");
    let events = count(factum_naming::Kind::Event);
    assert!(events >= 143, "only {events} events");
}

#[test]
fn shares_do_not_fall() {
    let corpus = holdout7_corpus();
    let (accepted, rejected, s) = report("", "seventh held-out corpus", &corpus);
    report_by_kind(&corpus);
    dump_and_hold(
        &s,
        "FACTUM_HOLDOUT7_DUMP",
        (accepted, ACCEPTED_FLOOR),
        (rejected, REJECTED_FLOOR),
    );
}

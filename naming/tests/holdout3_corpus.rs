//! The naming rules measured on the third held-out corpus `naming/corpus/holdout3.tsv`
//! (session 9): real names from public DDD, CQRS and event-sourcing repositories that are
//! neither development, validation nor earlier held-out sources, share no owner with them and
//! are not reserved for the independent evaluation, labelled by their own code (see
//! `naming/corpus/README.md`, "Third held-out corpus"). Its first measurement, on main at
//! a11c328 (engine of ff862f2), estimated how the engine reads domain code it has not seen.
//!
//! The floors below are the shares measured (BENCHMARKS.md, "Third held-out corpus, session
//! 9"): the test fails when a change makes either fall. `FACTUM_HOLDOUT3_DUMP=FILE` writes the
//! names read wrong to `FILE`.

include!("data/real_corpus.rs");

/// Share (%) of names the derive of their labelled kind accepts: must not fall below.
const ACCEPTED_FLOOR: f64 = 98.59;
/// Share (%) of event and command names the derive of the other kind rejects.
const REJECTED_FLOOR: f64 = 99.64;

fn holdout3_corpus() -> Vec<Labelled> {
    read_corpus("holdout3.tsv", "holdout3-sources.tsv")
}

#[test]
fn the_third_holdout_corpus_is_held_out_and_its_size_kept() {
    let corpus = held_out(4);
    // the size it was committed with (README.md: smaller than the other held-out corpora)
    assert!(corpus.len() >= 428, "only {} names", corpus.len());
    let commands = corpus
        .iter()
        .filter(|l| l.kind == factum_naming::Kind::Command)
        .count();
    assert!(commands >= 143, "only {commands} commands");
}

#[test]
fn shares_do_not_fall() {
    let corpus = holdout3_corpus();
    let (accepted, rejected, s) = report("", "third held-out corpus", &corpus);
    report_by_kind(&corpus);
    dump_and_hold(
        &s,
        "FACTUM_HOLDOUT3_DUMP",
        (accepted, ACCEPTED_FLOOR),
        (rejected, REJECTED_FLOOR),
    );
}

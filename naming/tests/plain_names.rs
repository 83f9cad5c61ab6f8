//! The naming rules measured on the names whose words plainly say the kind their code gives
//! them: the names of the corpora that two blind readers read as their labelled kind
//! (`naming/corpus/readings.tsv`; `naming/corpus/README.md`, "Blind readings").
//!
//! The corpora are labelled by code, and code names some events as imperatives (a UI
//! toolkit's `Click`, `RequestClose`) or as bare nouns (`Button`, `Key`). Issue 9's worst bug
//! is an error on a *correct* name; on these names an error is one. A name is plain when
//! every reader that read it gave the reading of its kind: `fact` for an event, `request` for
//! a command, `question` or `noun` for a query. The floors below are today's shares: the test
//! fails when a change makes one fall.

use std::fmt::Write as _;

include!("data/real_corpus.rs");

/// For each corpus: its names file, its sources file, and the floors (%) of the share of
/// plain names the derive of their kind accepts and of plain event and command names the
/// derive of the other kind rejects.
const CORPORA: [(&str, &str, f64, f64); 11] = [
    ("names.tsv", "sources.tsv", 99.24, 99.88),
    ("validation.tsv", "validation-sources.tsv", 99.62, 99.86),
    ("holdout.tsv", "holdout-sources.tsv", 99.53, 99.67),
    ("holdout2.tsv", "holdout2-sources.tsv", 99.68, 100.0),
    ("holdout3.tsv", "holdout3-sources.tsv", 99.76, 100.0),
    ("holdout4.tsv", "holdout4-sources.tsv", 99.85, 99.81),
    ("holdout5.tsv", "holdout5-sources.tsv", 97.93, 99.69),
    ("holdout7.tsv", "holdout7-sources.tsv", 99.99, 99.99),
    ("holdout6.tsv", "holdout6-sources.tsv", 97.57, 99.71),
    ("catalog.tsv", "catalog-sources.tsv", 99.03, 99.24),
    ("holdout8.tsv", "holdout8-sources.tsv", 94.48, 99.01),
];

/// The readings of each name read: one per reader that read it (`fact`, `request`,
/// `question`, `noun`, `either`, `unclear`, `other`).
fn readings() -> std::collections::HashMap<String, Vec<String>> {
    let path = format!("{}/corpus/readings.tsv", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let name = fields.next()?.to_owned();
            let read: Vec<String> = fields
                .filter(|r| !r.is_empty())
                .map(str::to_owned)
                .collect();
            Some((name, read))
        })
        .collect()
}

/// Whether every reading of a name is one its labelled kind is named with.
fn plain(read: &[String], kind: factum_naming::Kind) -> bool {
    let fits = |r: &str| match kind {
        factum_naming::Kind::Event => r == "fact",
        factum_naming::Kind::Command => r == "request",
        factum_naming::Kind::Query => r == "question" || r == "noun",
    };
    !read.is_empty() && read.iter().all(|r| fits(r))
}

#[test]
fn every_name_of_the_corpora_was_read() {
    let readings = readings();
    for (names, sources, ..) in CORPORA {
        let unread: Vec<String> = read_corpus(names, sources)
            .into_iter()
            .filter(|l| readings.get(&l.name).is_none_or(Vec::is_empty))
            .map(|l| l.name)
            .collect();
        assert!(unread.is_empty(), "{names}: names nobody read: {unread:?}");
    }
}

#[test]
fn shares_on_plain_names_do_not_fall() {
    let readings = readings();
    let mut dump = String::new();
    let mut low = Vec::new();
    for (names, sources, accepted_floor, rejected_floor) in CORPORA {
        let corpus = read_corpus(names, sources);
        let all = corpus.len();
        let corpus: Vec<Labelled> = corpus
            .into_iter()
            .filter(|l| readings.get(&l.name).is_some_and(|r| plain(r, l.kind)))
            .collect();
        let (accepted, rejected, s) = report("", &format!("{names}, plain names"), &corpus);
        println!("  ({} of the {all} names are plain)", corpus.len());
        let _ = write!(
            dump,
            "# {names}: misread\n{}\n# {names}: disguised names accepted\n{}\n",
            s.misread.join("\n"),
            s.disguised_missed.join("\n")
        );
        if accepted < accepted_floor || rejected < rejected_floor {
            low.push(format!(
                "{names}: accepted {accepted:.2}% (floor {accepted_floor}%), rejected {rejected:.2}% (floor {rejected_floor}%); misread: {:?}; disguised names accepted: {:?}",
                s.misread, s.disguised_missed
            ));
        }
    }
    if let Some(path) = std::env::var_os("FACTUM_PLAIN_DUMP") {
        std::fs::write(path, dump).expect("write the dump");
    }
    assert!(low.is_empty(), "{}", low.join("\n"));
}

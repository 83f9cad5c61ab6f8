// Measures the naming rules on the development corpus `naming/corpus/names.tsv`, the
// validation corpus `naming/corpus/validation.tsv` and the held-out corpora
// `naming/corpus/holdout.tsv`, `holdout2.tsv`, `holdout3.tsv`, `holdout4.tsv`, `holdout5.tsv`,
// `holdout7.tsv`, `holdout6.tsv` and `holdout8.tsv` (real names labelled by their own code).
// Shared by `tests/real_corpus.rs`, `tests/validation_corpus.rs`, `tests/holdout_corpus.rs`,
// `tests/holdout2_corpus.rs`, `tests/holdout3_corpus.rs`, `tests/holdout4_corpus.rs`,
// `tests/holdout5_corpus.rs`, `tests/holdout7_corpus.rs`, `tests/holdout6_corpus.rs`,
// `tests/holdout8_corpus.rs` and `benches/classify.rs` with `include!`; expects
// `factum_naming` in scope.

/// One labelled name: the type (or variant) name, its kind, the enum it is a case of (from a
/// `path#Enum` source column), if any, and its source's area (`domain`, `framework`, `ui`).
struct Labelled {
    name: String,
    kind: factum_naming::Kind,
    family: Option<String>,
    area: String,
}

/// Reads the development corpus, and each source's area from `sources.tsv`.
#[allow(dead_code)] // `tests/plain_names.rs` reads every corpus with `read_corpus`
fn real_corpus() -> Vec<Labelled> {
    read_corpus("names.tsv", "sources.tsv")
}

/// Reads `naming/corpus/NAMES`, and each source's area from `naming/corpus/SOURCES`.
fn read_corpus(names: &str, sources: &str) -> Vec<Labelled> {
    let sources = format!("{}/corpus/{sources}", env!("CARGO_MANIFEST_DIR"));
    let text =
        std::fs::read_to_string(&sources).unwrap_or_else(|e| panic!("cannot read {sources}: {e}"));
    let areas: std::collections::HashMap<String, String> = text
        .lines()
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            Some(((*fields.first()?).to_owned(), (*fields.get(5)?).to_owned()))
        })
        .collect();
    let path = format!("{}/corpus/{names}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let mut out = Vec::new();
    for line in text.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let (Some(name), Some(kind)) = (fields.first(), fields.get(1)) else {
            continue;
        };
        let kind = match *kind {
            "event" => factum_naming::Kind::Event,
            "command" => factum_naming::Kind::Command,
            "query" => factum_naming::Kind::Query,
            other => panic!("{path}: unknown kind `{other}` for {name}"),
        };
        let family = fields
            .get(3)
            .and_then(|p| p.split_once('#'))
            .map(|(_, family)| family.to_owned());
        let area = fields
            .get(2)
            .and_then(|repo| areas.get(*repo))
            .unwrap_or_else(|| panic!("{path}: {name} comes from no source of {sources}"))
            .clone();
        out.push(Labelled {
            name: (*name).to_owned(),
            kind,
            family,
            area,
        });
    }
    out
}

/// Whether the derive of `kind` accepts the labelled name, as the derive reads it (a variant
/// with its enum's subject).
fn derive_accepts(l: &Labelled, kind: factum_naming::Kind) -> bool {
    let vocab = factum_naming::Vocabulary::default();
    match &l.family {
        Some(family) => factum_naming::check_variant(family, &l.name, kind, &vocab).is_ok(),
        None => factum_naming::check(&l.name, kind, &vocab).is_ok(),
    }
}

/// The two numbers of issue 9: the share of names the derive of their labelled kind
/// accepts, and the share of event and command names the derive of the other kind rejects.
struct Shares {
    accepted: usize,
    total: usize,
    rejected_other: usize,
    total_other: usize,
    misread: Vec<String>,
    disguised_missed: Vec<String>,
}

fn measure(corpus: &[Labelled]) -> Shares {
    use factum_naming::Kind;
    let mut s = Shares {
        accepted: 0,
        total: corpus.len(),
        rejected_other: 0,
        total_other: 0,
        misread: Vec::new(),
        disguised_missed: Vec::new(),
    };
    for l in corpus {
        if derive_accepts(l, l.kind) {
            s.accepted += 1;
        } else {
            s.misread.push(format!("{} ({})", l.name, l.kind.name()));
        }
        let other = match l.kind {
            Kind::Event => Kind::Command,
            Kind::Command => Kind::Event,
            Kind::Query => continue,
        };
        s.total_other += 1;
        if derive_accepts(l, other) {
            s.disguised_missed.push(format!("{} ({} as {})", l.name, l.kind.name(), other.name()));
        } else {
            s.rejected_other += 1;
        }
    }
    s
}

#[allow(clippy::cast_precision_loss)]
fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 { 0.0 } else { 100.0 * part as f64 / whole as f64 }
}

/// The two shares per area, in the order `domain`, `framework`, `ui`, as one line each:
/// `AREA: A% accepted (a of n); R% rejected as the other kind (r of m)`.
fn shares_by_area(corpus: &[Labelled]) -> Vec<String> {
    let mut areas: Vec<&str> = corpus.iter().map(|l| l.area.as_str()).collect();
    areas.sort_unstable();
    areas.dedup();
    areas
        .into_iter()
        .map(|area| {
            let part: Vec<&Labelled> = corpus.iter().filter(|l| l.area == area).collect();
            let mut accepted = 0;
            let (mut rejected, mut other) = (0, 0);
            for l in &part {
                accepted += usize::from(derive_accepts(l, l.kind));
                let kind = match l.kind {
                    factum_naming::Kind::Event => factum_naming::Kind::Command,
                    factum_naming::Kind::Command => factum_naming::Kind::Event,
                    factum_naming::Kind::Query => continue,
                };
                other += 1;
                rejected += usize::from(!derive_accepts(l, kind));
            }
            format!(
                "{area}: {:.2}% accepted ({accepted} of {}); {:.2}% rejected as the other kind ({rejected} of {other})",
                percent(accepted, part.len()),
                part.len(),
                percent(rejected, other)
            )
        })
        .collect()
}

/// Writes the misread and disguised names to the file `dump_var` names (if set), then fails
/// when either share is below its floor.
#[allow(dead_code)] // the naming bench includes this file too, and does not check floors
fn dump_and_hold(
    s: &Shares,
    dump_var: &str,
    (accepted, accepted_floor): (f64, f64),
    (rejected, rejected_floor): (f64, f64),
) {
    if let Some(path) = std::env::var_os(dump_var) {
        let text = format!(
            "# misread\n{}\n# disguised names accepted\n{}\n",
            s.misread.join("\n"),
            s.disguised_missed.join("\n")
        );
        std::fs::write(path, text).expect("write the dump");
    }
    assert!(
        accepted >= accepted_floor,
        "accepted {accepted:.2}% < {accepted_floor}%; misread:\n{}",
        s.misread.join("\n")
    );
    assert!(
        rejected >= rejected_floor,
        "rejected {rejected:.2}% < {rejected_floor}%; disguised names accepted:\n{}",
        s.disguised_missed.join("\n")
    );
}

/// The repositories a sources file in `naming/corpus/` lists (first column), in lower case.
#[allow(dead_code)] // the naming bench includes this file too
fn repositories(file: &str) -> std::collections::BTreeSet<String> {
    let path = format!("{}/corpus/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    text.lines()
        .skip(1)
        .filter_map(|line| line.split('\t').next())
        .map(str::to_lowercase)
        .collect()
}

/// Prints the two shares of `corpus`, overall and per area, each line after `indent`.
#[allow(dead_code)] // the naming bench includes this file too
fn report(indent: &str, what: &str, corpus: &[Labelled]) -> (f64, f64, Shares) {
    let s = measure(corpus);
    let accepted = percent(s.accepted, s.total);
    let rejected = percent(s.rejected_other, s.total_other);
    println!(
        "{indent}{what}: accepted as labelled: {accepted:.2}% of {}; rejected as the other kind: {rejected:.2}% of {}",
        s.total, s.total_other
    );
    for line in shares_by_area(corpus) {
        println!("{indent}  {line}");
    }
    (accepted, rejected, s)
}

/// The owner of each repository a sources file in `naming/corpus/` lists.
#[allow(dead_code)] // the naming bench includes this file too
fn owners(file: &str) -> std::collections::BTreeSet<String> {
    repositories(file)
        .into_iter()
        .filter_map(|repo| repo.split('/').next().map(str::to_owned))
        .collect()
}

/// Every corpus, names file and sources file, in the order they were built: each held-out one
/// is held out from all before it.
#[allow(dead_code)] // not every test that includes this file reads them all
const CORPORA_IN_ORDER: [(&str, &str); 10] = [
    ("names.tsv", "sources.tsv"),
    ("validation.tsv", "validation-sources.tsv"),
    ("holdout.tsv", "holdout-sources.tsv"),
    ("holdout2.tsv", "holdout2-sources.tsv"),
    ("holdout3.tsv", "holdout3-sources.tsv"),
    ("holdout4.tsv", "holdout4-sources.tsv"),
    ("holdout5.tsv", "holdout5-sources.tsv"),
    ("holdout7.tsv", "holdout7-sources.tsv"),
    ("holdout6.tsv", "holdout6-sources.tsv"),
    ("holdout8.tsv", "holdout8-sources.tsv"),
];

/// Reads the corpus at `index` of [`CORPORA_IN_ORDER`] and fails unless it is held out from
/// every corpus before it: no source shares an owner with an earlier source, and no name is
/// one an earlier corpus holds.
#[allow(dead_code)] // the naming bench includes this file too
fn held_out(index: usize) -> Vec<Labelled> {
    let (names, sources) = CORPORA_IN_ORDER[index];
    let earlier = &CORPORA_IN_ORDER[..index];
    let earlier_owners: std::collections::BTreeSet<String> =
        earlier.iter().flat_map(|&(_, s)| owners(s)).collect();
    let shared: Vec<String> = owners(sources)
        .intersection(&earlier_owners)
        .cloned()
        .collect();
    assert!(
        shared.is_empty(),
        "{names}: owners of an earlier corpus's source: {shared:?}"
    );
    let known: std::collections::HashSet<String> = earlier
        .iter()
        .flat_map(|&(n, s)| read_corpus(n, s))
        .map(|l| l.name)
        .collect();
    let corpus = read_corpus(names, sources);
    let seen: Vec<&str> = corpus
        .iter()
        .filter(|l| known.contains(&l.name))
        .map(|l| l.name.as_str())
        .collect();
    assert!(seen.is_empty(), "{names}: names the earlier corpora hold: {seen:?}");
    corpus
}

/// Reads the corpus whose names file is `names` in [`CORPORA_IN_ORDER`], fails unless it is
/// [`held_out`] from every corpus before it and keeps at least the `(names, commands, events)`
/// it was committed with.
#[allow(dead_code)] // not every test that includes this file checks a held-out corpus
fn held_out_with_size(names: &str, (total, commands, events): (usize, usize, usize)) {
    let index = CORPORA_IN_ORDER
        .iter()
        .position(|&(n, _)| n == names)
        .unwrap_or_else(|| panic!("{names} is not in CORPORA_IN_ORDER"));
    let corpus = held_out(index);
    assert!(corpus.len() >= total, "{names}: only {} names", corpus.len());
    let count = |kind| corpus.iter().filter(|l| l.kind == kind).count();
    let n = count(factum_naming::Kind::Command);
    assert!(n >= commands, "{names}: only {n} commands");
    let n = count(factum_naming::Kind::Event);
    assert!(n >= events, "{names}: only {n} events");
}

/// Prints `corpus`'s two shares, overall, by area and by kind, writes the names read wrong to
/// the file the `dump` variable names, and fails when a share falls below its floor
/// (`(accepted, rejected)`).
#[allow(dead_code)] // not every test that includes this file checks a held-out corpus
fn report_and_hold(
    what: &str,
    corpus: &[Labelled],
    dump: &str,
    (accepted_floor, rejected_floor): (f64, f64),
) {
    let (accepted, rejected, s) = report("", what, corpus);
    report_by_kind(corpus);
    dump_and_hold(
        &s,
        dump,
        (accepted, accepted_floor),
        (rejected, rejected_floor),
    );
}

/// Prints the two shares of each kind, over the whole corpus and over its `domain` area (what
/// issue 9 is judged on), one line each after two spaces.
#[allow(dead_code)] // the naming bench includes this file too
fn report_by_kind(corpus: &[Labelled]) {
    for (kind, plural) in [
        (factum_naming::Kind::Event, "events"),
        (factum_naming::Kind::Command, "commands"),
        (factum_naming::Kind::Query, "queries"),
    ] {
        for (scope, domain_only) in [("", false), (", domain", true)] {
            let part: Vec<&Labelled> = corpus
                .iter()
                .filter(|l| l.kind == kind && (!domain_only || l.area == "domain"))
                .collect();
            let mut accepted = 0;
            let (mut rejected, mut other) = (0, 0);
            for l in &part {
                accepted += usize::from(derive_accepts(l, l.kind));
                let opposite = match l.kind {
                    factum_naming::Kind::Event => factum_naming::Kind::Command,
                    factum_naming::Kind::Command => factum_naming::Kind::Event,
                    factum_naming::Kind::Query => continue,
                };
                other += 1;
                rejected += usize::from(!derive_accepts(l, opposite));
            }
            let rejected = if other == 0 {
                String::new()
            } else {
                format!(
                    "; {:.2}% rejected as the other kind",
                    percent(rejected, other)
                )
            };
            println!(
                "  {plural}{scope}: {:.2}% accepted ({accepted} of {}){rejected}",
                percent(accepted, part.len()),
                part.len()
            );
        }
    }
}

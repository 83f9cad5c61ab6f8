// Measures the naming rules on the development corpus `naming/corpus/names.tsv` (real names
// labelled by their own code). Shared by `tests/real_corpus.rs` and `benches/classify.rs`
// with `include!`; expects `factum_naming` in scope.

/// One labelled name: the type (or variant) name, its kind, and the enum it is a case of
/// (from a `path#Enum` source column), if any.
struct Labelled {
    name: String,
    kind: factum_naming::Kind,
    family: Option<String>,
}

/// Reads the corpus file.
fn real_corpus() -> Vec<Labelled> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/names.tsv");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
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
        out.push(Labelled {
            name: (*name).to_owned(),
            kind,
            family,
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

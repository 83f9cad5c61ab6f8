//! `cargo xtask lexicon [--check]`: generates `naming/src/generated/lexicon.rs` from WordNet 3.0
//! and LemmInflect's English inflection table.
//!
//! First source: the Princeton WordNet 3.0 database as installed by the Debian package `wordnet-base`
//! (`/usr/share/wordnet`, override with the `WORDNET_DIR` environment variable). Its license is
//! copied from `/usr/share/doc/wordnet-base/copyright` (override with `WORDNET_COPYRIGHT`) to
//! `naming/data/WORDNET-LICENSE`.
//!
//! Files read:
//! - `index.verb`: single-word verb lemmas (lowercase letters only) and phrasal verbs
//!   `verb_particle` whose particle is one of [`PARTICLES`];
//! - `verb.exc`: irregular inflections, keeping only past / past-participle forms
//!   (no `-ing` or third-person `-s` forms);
//! - `index.noun`: which verbs are also nouns, and which nouns merely look like a prefixed verb
//!   (`overtime` = `over` + `time`), so the classifier does not read them as verbs;
//! - `index.adj`: used to choose the past participle among several irregular forms;
//! - `cntlist.rev`: SemCor sense tag counts, to tell whether a word that is both a noun and a
//!   verb is used at least as often as a noun, whether it is hardly ever a verb (tagged as
//!   a noun at least 10 times and as a verb at most 1% as often: `room`, `team`, `vector`), and
//!   whether a noun is a verb at least half as often (`end`, `place`, `record`).
//!
//!
//! Second source: the inflection table of LemmInflect 0.2.3 (PyPI package `lemminflect`, MIT
//! licence; its table is derived from the NIH SPECIALIST Lexicon), file
//! `lemminflect/resources/infl_lu.csv.gz` inside the wheel. The wheel is fetched with
//! `python3 -m pip download lemminflect==0.2.3 --no-deps` into `target/lexicon-sources/`
//! unless `LEMMINFLECT_WHEEL` names one; `python3` reads the table out of it. Used for:
//! - verbs WordNet lacks (`bookmark`, `hyperlink`, `benchmark`): added with the noun flags
//!   WordNet gives them;
//! - the simple past and past participle of every verb (`rose`/`risen`, `input`), adding the
//!   irregular forms `verb.exc` lacks;
//! - which verbs have a past participle equal to their base form (`set`, `reset`, `cost`,
//!   `cut`): these are read by position (last: a participle; first: an imperative).
//!
//! `data.noun` and `index.noun` give the nouns that name an occurrence: those whose most frequent
//! sense WordNet files under `noun.event` (`heartbeat`, `change`, `click`), and the nouns that
//! name a person, filed under `noun.person` (`user`, `customer`, `driver`). With `data.verb`
//! they give the nouns of a verb's act (`withdrawal` of `withdraw`; [`nominalisations`]).
//! `index.noun` also gives the nouns spelt as an `-ing` form (`shipping`, `greeting`): any other `-ing` form of a
//! verb before a noun is the verb with its object (`RetrievingKey`), not a modifier; and the
//! nouns spelt like a regular past (`hundred`, `seabed`), which are no guessed participle.
//!
//! Besides verbs, `index.adj` gives the predicate adjectives (`ready`, `low`, `available`) that
//! name a state reached (`FuelLow`): every one-word adjective that is not also a noun, or that
//! SemCor tags as an adjective at least twice as often as a noun; and which of those
//! `index.noun` lists too (`terminal`, `fine`: after a verb, maybe its object).
//!
//! `index.noun` and `index.adv` also give the real words one typing slip from a verb form
//! (`token`/`taken`, `dividend`/`divided`; [`lookalikes`]), which "did you mean" leaves alone.
//!
//! `index.noun` gives the two-word nouns whose first word is a verb used at least as often as a
//! noun (`tax rate`, `price list`; [`compounds`]): alone, they name a thing, not a request.
//!
//! With `--check` nothing is written: the outputs are regenerated in memory and compared with
//! the committed files.

// WordNet and SemCor are proper names, not code.
#![allow(clippy::doc_markdown)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// The classifier's own particle and prefix lists (one copy, included from the naming crate).
#[path = "../../naming/src/affixes.rs"]
mod affixes;
use affixes::{PARTICLES, PREFIXES, regular_participle};

mod compounds;
mod lookalikes;
mod nominalisations;

/// Flag: the verb is also a noun in WordNet.
const NOUN: u8 = 1;
/// Flag: the word is tagged at least as often as a noun as as a verb in SemCor (untagged, WordNet
/// lists no more verb senses than noun senses).
const NOUN_LEANING: u8 = 2;
/// Flag: SemCor tags the word as a verb more often than as a noun (and at least once), or never
/// tags it and WordNet lists more verb senses than noun senses (`revoke`, `browse`).
const VERB_LEANING: u8 = 4;
/// Flag: SemCor tags the word as a noun at least [`RARE_VERB_MIN_NOUN`] times and as a verb at
/// most 1% as often (`room`: 129 and 1; `team`: 51 and 0).
const RARELY_VERB: u8 = 8;
/// The fewest noun tags that show a word is hardly ever a verb (`cache`, tagged once, does not).
const RARE_VERB_MIN_NOUN: u64 = 10;
/// Flag: SemCor tags the word as a noun and as a verb at least half as often (`end`: 142 and 92;
/// `place`: 194 and 173), so a noun-leaning verb that is also often a verb (not `value`: 132
/// and 4).
const OFTEN_VERB: u8 = 16;
/// Flag: the word is also the irregular past of another verb SemCor tags more often than the
/// word's own (`found` of `find`: 705 and 13; not `rent` of `rend`: 2 and 9).
const PAST_LEADS: u8 = 32;

/// The pinned LemmInflect release whose inflection table is the second source.
const LEMMINFLECT: &str = "lemminflect==0.2.3";
const LEMMINFLECT_WHEEL: &str = "lemminflect-0.2.3-py3-none-any.whl";

/// Entry point for `cargo xtask lexicon [--check]`.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut check = false;
    for arg in args {
        match arg.as_str() {
            "--check" => check = true,
            other => {
                return Err(format!(
                    "lexicon: unknown argument `{other}` (expected `--check`)"
                ));
            }
        }
    }
    let wordnet = std::env::var_os("WORDNET_DIR")
        .map_or_else(|| PathBuf::from("/usr/share/wordnet"), PathBuf::from);
    let copyright = std::env::var_os("WORDNET_COPYRIGHT").map_or_else(
        || PathBuf::from("/usr/share/doc/wordnet-base/copyright"),
        PathBuf::from,
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("xtask has no parent directory")?
        .to_path_buf();
    let wheel = match std::env::var_os("LEMMINFLECT_WHEEL") {
        Some(path) => PathBuf::from(path),
        None => fetch_lemminflect(&root.join("target/lexicon-sources"))?,
    };
    let inflections = wheel_member(&wheel, "lemminflect/resources/infl_lu.csv.gz", true)?;
    let lemminflect_license = wheel_member(&wheel, "lemminflect-0.2.3.dist-info/LICENSE", false)?;
    let lexicon = generate(&wordnet, &inflections)?;
    let license = license_text(&read(&copyright)?)?;
    let outputs = [
        (root.join("naming/src/generated/lexicon.rs"), lexicon),
        (root.join("naming/data/WORDNET-LICENSE"), license),
        (
            root.join("naming/data/LEMMINFLECT-LICENSE"),
            format!(
                "The naming lexicon (naming/src/generated/lexicon.rs) uses the inflection table of\n\
                 LemmInflect 0.2.3 (https://pypi.org/project/lemminflect/), derived by its author\n\
                 from the NIH SPECIALIST Lexicon, distributed under the following license.\n\n\
                 {lemminflect_license}"
            ),
        ),
    ];
    for (path, text) in &outputs {
        if check {
            let current = fs::read_to_string(path).unwrap_or_default();
            if &current != text {
                return Err(format!(
                    "{} is out of date; run `cargo xtask lexicon`",
                    path.display()
                ));
            }
        } else {
            write_atomically(path, text)?;
            println!("wrote {}", path.display());
        }
    }
    if check {
        println!("lexicon is up to date");
    }
    Ok(())
}

/// Downloads the pinned LemmInflect wheel into `dir` unless it is there already.
fn fetch_lemminflect(dir: &Path) -> Result<PathBuf, String> {
    let wheel = dir.join(LEMMINFLECT_WHEEL);
    if wheel.exists() {
        return Ok(wheel);
    }
    fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let status = std::process::Command::new("python3")
        .args(["-m", "pip", "download", "--quiet", "--no-deps"])
        .args(["--disable-pip-version-check", "--only-binary=:all:", "-d"])
        .arg(dir)
        .arg(LEMMINFLECT)
        .status()
        .map_err(|e| format!("cannot run python3 -m pip: {e}"))?;
    if !status.success() || !wheel.exists() {
        return Err(format!(
            "`pip download {LEMMINFLECT}` failed ({status}); set LEMMINFLECT_WHEEL to the wheel"
        ));
    }
    Ok(wheel)
}

/// One file of a wheel (a zip archive), read with Python's standard library.
fn wheel_member(wheel: &Path, member: &str, gzipped: bool) -> Result<String, String> {
    let script = "import gzip, sys, zipfile\n\
                  data = zipfile.ZipFile(sys.argv[1]).read(sys.argv[2])\n\
                  sys.stdout.buffer.write(gzip.decompress(data) if sys.argv[3] == '1' else data)\n";
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(wheel)
        .arg(member)
        .arg(if gzipped { "1" } else { "0" })
        .output()
        .map_err(|e| format!("cannot run python3: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cannot read {member} from {}: {}",
            wheel.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("{member} is not UTF-8: {e}"))
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| {
        format!(
            "cannot read {}: {e} (install WordNet 3.0: `apt-get install wordnet-base`)",
            path.display()
        )
    })
}

fn write_atomically(path: &Path, text: &str) -> Result<(), String> {
    let dir = path.parent().ok_or("output path has no directory")?;
    fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or("output path has no file name")?;
    let tmp = dir.join(format!(".{name}.tmp{}", std::process::id()));
    fs::write(&tmp, text).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
    fs::rename(&tmp, path).map_err(|e| {
        let _ = fs::remove_file(&tmp);
        format!("cannot rename to {}: {e}", path.display())
    })
}

/// Extracts the `License: WordNet3.0` paragraph of the Debian copyright file.
fn license_text(copyright: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut inside = false;
    for line in copyright.lines() {
        if inside {
            if let Some(rest) = line.strip_prefix(' ') {
                out.push_str(if rest == "." { "" } else { rest });
                out.push('\n');
                continue;
            }
            break;
        }
        if line.trim() == "License: WordNet3.0" {
            inside = true;
        }
    }
    if out.trim().is_empty() {
        return Err("no `License: WordNet3.0` paragraph in the copyright file".into());
    }
    Ok(format!(
        "The naming lexicon (naming/src/generated/lexicon.rs) is derived from\n\
         WordNet 3.0, distributed under the following license.\n\n{out}"
    ))
}

fn is_word(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase())
}

/// Lemmas of an `index.*` file (skipping the license header lines, which start with spaces).
/// The number of senses (synsets) of each lemma of an index file.
fn sense_counts(index: &str) -> BTreeMap<&str, u64> {
    index
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| {
            let mut f = l.split(' ');
            let lemma = f.next()?;
            let count = f.nth(1)?.parse().ok()?;
            Some((lemma, count))
        })
        .collect()
}

fn lemmas(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| l.split(' ').next())
}

fn regular_forms(base: &str) -> Vec<String> {
    let mut forms = vec![format!("{base}ed"), format!("{base}d")];
    if let Some(last) = base.chars().last() {
        forms.push(format!("{base}{last}ed"));
        forms.push(format!("{base}ked"));
    }
    if let Some(stem) = base.strip_suffix('y') {
        forms.push(format!("{stem}ied"));
    }
    forms
}

/// LemmInflect's verbs: base → (past forms, past participles), one-word lowercase spellings.
type Inflections<'a> = BTreeMap<&'a str, (Vec<&'a str>, Vec<&'a str>)>;

/// The verb lines of LemmInflect's `infl_lu.csv` (`base,verb,PAST,PARTICIPLE,ING,S`, each form
/// possibly several spellings joined by `/`).
fn inflections(table: &str) -> Inflections<'_> {
    let mut out: Inflections<'_> = BTreeMap::new();
    for line in table.lines() {
        let mut fields = line.split(',');
        let (Some(base), Some("verb"), Some(past), Some(participle)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        if !is_word(base) {
            continue;
        }
        let entry = out.entry(base).or_default();
        entry.0.extend(past.split('/').filter(|w| is_word(w)));
        entry.1.extend(participle.split('/').filter(|w| is_word(w)));
    }
    out
}

#[allow(clippy::too_many_lines)]
fn generate(dir: &Path, inflection_table: &str) -> Result<String, String> {
    let index_verb = read(&dir.join("index.verb"))?;
    let index_noun = read(&dir.join("index.noun"))?;
    let index_adj = read(&dir.join("index.adj"))?;
    let adverb_index = read(&dir.join("index.adv"))?;
    let verb_exc = read(&dir.join("verb.exc"))?;
    let data_noun = read(&dir.join("data.noun"))?;
    let data_verb = read(&dir.join("data.verb"))?;
    let cntlist = read(&dir.join("cntlist.rev"))?;

    let lemminflect = inflections(inflection_table);
    if lemminflect.len() < 5000 {
        return Err(format!(
            "LemmInflect's table has only {} verbs; is it the right file?",
            lemminflect.len()
        ));
    }
    let nouns: BTreeSet<&str> = lemmas(&index_noun).filter(|w| is_word(w)).collect();
    let adjectives: BTreeSet<&str> = lemmas(&index_adj).filter(|w| is_word(w)).collect();
    let mut verbs: BTreeSet<&str> = BTreeSet::new();
    let mut phrasal: BTreeSet<(&str, &str)> = BTreeSet::new();
    for lemma in lemmas(&index_verb) {
        if is_word(lemma) {
            verbs.insert(lemma);
        } else if let Some((verb, particle)) = lemma.split_once('_')
            && is_word(verb)
            && PARTICLES.contains(&particle)
        {
            phrasal.insert((verb, particle));
        }
    }

    // Verbs WordNet lacks, from LemmInflect; not a word LemmInflect also lists as an inflected
    // form of another verb (its table has `consisted` as a verb of its own).
    let inflected: BTreeSet<&str> = lemminflect
        .values()
        .flat_map(|(past, participle)| past.iter().chain(participle))
        .copied()
        .collect();
    for &base in lemminflect.keys() {
        if !verbs.contains(base) && !inflected.contains(base) {
            verbs.insert(base);
        }
    }

    // SemCor tag counts per (lemma, noun/verb/adjective).
    let mut noun_count: BTreeMap<&str, u64> = BTreeMap::new();
    let mut verb_count: BTreeMap<&str, u64> = BTreeMap::new();
    let mut adj_count: BTreeMap<&str, u64> = BTreeMap::new();
    for line in cntlist.lines() {
        let mut fields = line.split(' ');
        let (Some(key), Some(_), Some(count)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let Some((lemma, rest)) = key.split_once('%') else {
            continue;
        };
        let count: u64 = count.trim().parse().unwrap_or(0);
        match rest.as_bytes().first() {
            Some(b'1') => *noun_count.entry(lemma).or_default() += count,
            Some(b'2') => *verb_count.entry(lemma).or_default() += count,
            Some(b'3' | b'5') => *adj_count.entry(lemma).or_default() += count,
            _ => {}
        }
    }

    // Irregular past / participle forms.
    let mut irregular: BTreeSet<(&str, &str)> = BTreeSet::new();
    for line in verb_exc.lines() {
        let mut fields = line.split_whitespace();
        let Some(form) = fields.next() else { continue };
        if !is_word(form) || form.ends_with("ing") {
            continue;
        }
        for base in fields {
            if !is_word(base) || base == form || !verbs.contains(base) {
                continue;
            }
            // Third-person forms (`has`, `goes`, `quizzes`); `was` is the one past form in -s.
            if form.ends_with('s') && form != "was" {
                continue;
            }
            // Present forms of `be` (`am`, `are`) are not past forms.
            if base == "be" && !matches!(form, "was" | "were" | "been") {
                continue;
            }
            // `feed` is listed as a past of `fee`, but it is a verb of its own.
            if form.ends_with("ed") && verbs.contains(form) {
                continue;
            }
            irregular.insert((form, base));
        }
    }
    // LemmInflect's past and participle forms that no regular rule makes.
    let wordnet_irregular: BTreeSet<&str> = irregular.iter().map(|&(_, base)| base).collect();
    let mut base_equals_past: BTreeSet<&str> = BTreeSet::new();
    for (&base, (past, participle)) in &lemminflect {
        if !verbs.contains(base) {
            continue;
        }
        if participle.contains(&base) {
            base_equals_past.insert(base);
        }
        // Only for verbs `verb.exc` lacks, only each form's first spelling, and only forms
        // that are no other word (LemmInflect keeps archaic forms: `crew` of `crow`).
        if wordnet_irregular.contains(base) {
            continue;
        }
        let regular = regular_forms(base);
        for form in [past.first(), participle.first()]
            .into_iter()
            .flatten()
            .copied()
        {
            if form == base
                || regular.iter().any(|r| r == form)
                || form.ends_with('s')
                || form.ends_with("ing")
                || verbs.contains(form)
                || nouns.contains(form)
                || adjectives.contains(form)
            {
                continue;
            }
            irregular.insert((form, base));
        }
    }
    // A verb inflects like its prefixed forms: LemmInflect gives `rerun` and `overrun` a
    // participle equal to their base form, but `run` only `ran` (an error of its table). A verb
    // with at least two such prefixed forms has its base as participle too.
    let mut from_prefixed: BTreeMap<&str, usize> = BTreeMap::new();
    for &word in &base_equals_past {
        for prefix in PREFIXES {
            if let Some(stem) = word.strip_prefix(prefix)
                && stem.len() >= 3
                && verbs.contains(stem)
                && !base_equals_past.contains(stem)
            {
                *from_prefixed.entry(stem).or_default() += 1;
            }
        }
    }
    let from_prefixed: BTreeSet<&str> = from_prefixed
        .into_iter()
        .filter_map(|(stem, n)| (n >= 2).then_some(stem))
        .collect();
    base_equals_past.extend(&from_prefixed);
    // Participle per base: for verbs `verb.exc` lacks, LemmInflect's first participle
    // spelling when it is not regular; otherwise, among its forms prefer a regular (doubled) form, then one WordNet
    // ends in `n` (`withdrawn`, `lain`), then one WordNet also lists as an adjective (`born`),
    // then one with `u` (`begun`, `sung`), then the alphabetically first.
    let mut by_base: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for &(form, base) in &irregular {
        by_base.entry(base).or_default().push(form);
    }
    // LemmInflect guesses a regular form for verbs it hardly knows (`unmake` → `unmaked`,
    // `marathon` → `marathonned`): only a verb SemCor tags as one is taken at its word there.
    let tagged = |base: &str| verb_count.get(base).is_some_and(|&n| n > 0);
    let mut participles: Vec<(&str, &str)> = Vec::new();
    for (base, forms) in &by_base {
        let regular = regular_forms(base);
        if !wordnet_irregular.contains(base) {
            if let Some(&first) = lemminflect.get(base).and_then(|(_, p)| p.first())
                && forms.contains(&first)
            {
                participles.push((base, first));
            }
            continue;
        }
        let best = forms.iter().copied().max_by_key(|f| {
            (
                regular.iter().any(|r| r == f),
                f.ends_with('n'),
                adjectives.contains(f),
                f.contains('u'),
                std::cmp::Reverse(*f),
            )
        });
        // An irregular form `verb.exc` lists (`wrought` of `work`, `molten` of `melt`) gives
        // way to LemmInflect's one form when that is regular (`worked`, `melted`).
        let in_use = lemminflect
            .get(base)
            .filter(|(_, participle)| participle.is_empty())
            .and_then(|(past, _)| past.first().copied())
            .filter(|form| regular.iter().any(|r| r == form) && tagged(base));
        match (best, in_use) {
            (Some(best), Some(form)) if !regular.iter().any(|r| r == best) => {
                participles.push((base, form));
            }
            (Some(best), _) => participles.push((base, best)),
            (None, _) => {}
        }
    }
    // The classifier inflects a verb no table lists by its default (`+d`, `y` → `ied`, `+ed`),
    // or, when it looks prefixed, like its stem (`resend` → `resent`). LemmInflect's regular
    // form is listed where either would be wrong: a doubled consonant (`spam` → `spammed`), or
    // a verb only spelt like a prefixed one (`derive` → `derived`, not `deriven`; `delay` →
    // `delayed`).
    let listed: BTreeSet<&str> = participles.iter().map(|&(base, _)| base).collect();
    // Only these prefixes meet an irregular stem by accident of spelling (`de` + `rive`,
    // `co` + `vet`); `un`, `re`, `over`, … + an irregular verb inflect like it (`unmade`).
    let irregular_stem = |base: &str| {
        ["co", "de", "dis", "pre"].iter().any(|prefix| {
            base.strip_prefix(prefix).is_some_and(|stem| {
                stem.len() >= 3
                    && verbs.contains(stem)
                    && (listed.contains(stem) || base_equals_past.contains(stem))
            })
        })
    };
    let mut regular_listed: Vec<(&str, &str)> = Vec::new();
    for (&base, (past, participle)) in &lemminflect {
        let spellings: Vec<&str> = past.iter().chain(participle).copied().collect();
        let default = regular_participle(base);
        let Some(&form) = participle.first().or(past.first()) else {
            continue;
        };
        if !verbs.contains(base) || listed.contains(base) || base_equals_past.contains(base) {
            continue;
        }
        let doubled = form != default
            && regular_forms(base).iter().any(|r| r == form)
            && !spellings.contains(&default.as_str())
            && tagged(base);
        let only_looks_prefixed = form == default && irregular_stem(base) && tagged(base);
        if doubled || only_looks_prefixed {
            regular_listed.push((base, form));
        }
    }
    participles.extend(regular_listed);
    participles.sort_unstable();
    // A verb whose participle is its base form keeps another participle only when LemmInflect
    // lists it as one (`forbidden`), not a simple past (`became`, `reran`), and not when the
    // base form comes from its prefixed forms (`run`).
    participles.retain(|(base, participle)| {
        !base_equals_past.contains(base)
            || !from_prefixed.contains(base)
                && lemminflect
                    .get(base)
                    .is_some_and(|(_, listed)| listed.contains(participle))
    });

    // Nouns that look like prefix + verb but are not verbs (`overtime`, `rebate`).
    let mut prefixed_nouns: BTreeSet<&str> = BTreeSet::new();
    for &noun in &nouns {
        if verbs.contains(noun) {
            continue;
        }
        for prefix in PREFIXES {
            if let Some(stem) = noun.strip_prefix(prefix)
                && stem.len() >= 3
                && verbs.contains(stem)
            {
                prefixed_nouns.insert(noun);
            }
        }
    }

    // Predicate adjectives: not a noun, or tagged as an adjective at least twice as often.
    let adjective_list: BTreeSet<&str> = lemmas(&index_adj)
        .filter(|w| is_word(w))
        .filter(|w| {
            let a = adj_count.get(w).copied().unwrap_or(0);
            let n = noun_count.get(w).copied().unwrap_or(0);
            !nouns.contains(w) || (a > 0 && a >= 2 * n)
        })
        .collect();

    // Of those, the ones WordNet also lists as nouns (`terminal`, `public`, `fine`): after a
    // verb they may be its object (`CloseTerminal`), so they name no state there.
    let noun_adjectives: BTreeSet<&str> = adjective_list
        .iter()
        .copied()
        .filter(|w| nouns.contains(w))
        .collect();

    let event_nouns = first_sense_nouns(&index_noun, &data_noun, NOUN_EVENT);
    let person_nouns = first_sense_nouns(&index_noun, &data_noun, NOUN_PERSON);
    let nominalisations: Vec<String> =
        nominalisations::nominalisations(&index_noun, &data_noun, &data_verb, &verbs)
            .into_iter()
            .map(|(noun, verb)| format!("{noun} {verb}"))
            .collect();
    // Nouns spelt as an `-ing` form (`shipping`, `greeting`, `writing`): before a noun they
    // may modify it (`ShippingAddress`), so only other `-ing` forms take an object.
    let ing_nouns: BTreeSet<&str> = nouns
        .iter()
        .copied()
        .filter(|n| n.len() > 5 && n.ends_with("ing"))
        .collect();
    // Nouns spelt like a regular past (`hundred`, `seabed`, `watershed`), of the length the
    // classifier guesses an unknown `-ed` word to be a participle at (six letters or more).
    let ed_nouns: BTreeSet<&str> = nouns
        .iter()
        .copied()
        .filter(|n| n.len() >= 6 && n.ends_with("ed"))
        .collect();

    // Real words one slip from a verb form (`token`, `taken`): no typo to correct.
    let mut forms: BTreeSet<String> = BTreeSet::new();
    for &verb in &verbs {
        forms.insert(verb.to_owned());
        forms.extend(regular_forms(verb));
    }
    forms.extend(irregular.iter().map(|&(form, _)| form.to_owned()));
    let adverbs: BTreeSet<&str> = lemmas(&adverb_index).filter(|w| is_word(w)).collect();
    // Nouns spelt like an adverb in `-ly` that are none (`anomaly`, `family`, `assembly`): the
    // classifier takes any other `-ly` word of five letters or more for an adverb.
    let ly_nouns: BTreeSet<&str> = nouns
        .iter()
        .copied()
        .filter(|n| n.len() > 4 && n.ends_with("ly") && !adverbs.contains(n))
        .collect();
    let lookalikes = lookalikes::lookalikes(&nouns, &adverbs, &forms);
    let compounds = compounds::compounds(&index_noun, &nouns, |w| {
        verbs.contains(w)
            && nouns.contains(w)
            && noun_count.get(w).copied().unwrap_or(0) >= verb_count.get(w).copied().unwrap_or(0)
    });

    let mut out = String::new();
    out.push_str(
        "// @generated by `cargo xtask lexicon` (xtask/src/lexicon.rs). DO NOT EDIT BY HAND.\n\
         //\n\
         // Sources: Princeton WordNet 3.0 (Debian package `wordnet-base`, /usr/share/wordnet):\n\
         // index.verb, verb.exc, index.noun, index.adj, index.adv, data.noun, data.verb and\n\
         // cntlist.rev.\n\
         // WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n\
         // License: naming/data/WORDNET-LICENSE.\n\
         // LemmInflect 0.2.3 (PyPI `lemminflect`), resources/infl_lu.csv.gz: verbs, past forms.\n\
         // License: naming/data/LEMMINFLECT-LICENSE. Check with `cargo xtask lexicon --check`.\n\n",
    );
    out.push_str("//! The WordNet-derived lexicon (generated; see the header).\n\n");
    let _ = writeln!(
        out,
        "/// Flag of [`VERBS`]: the verb is also a noun.\npub(crate) const NOUN: u8 = {NOUN};"
    );
    let _ = writeln!(
        out,
        "/// Flag of [`VERBS`]: SemCor tags the word at least as often as a noun as as a verb \
         (untagged: WordNet lists no more verb senses than noun senses).\n\
         pub(crate) const NOUN_LEANING: u8 = {NOUN_LEANING};"
    );
    let _ = writeln!(
        out,
        "/// Flag of [`VERBS`]: SemCor tags the word as a verb more often than as a noun \
         (untagged: WordNet lists more verb senses than noun senses).\n\
         pub(crate) const VERB_LEANING: u8 = {VERB_LEANING};"
    );
    let _ = writeln!(
        out,
        "/// Flag of [`VERBS`]: SemCor tags the word as a noun at least {RARE_VERB_MIN_NOUN} times \
         and as a verb at most 1% as often.\n\
         pub(crate) const RARELY_VERB: u8 = {RARELY_VERB};"
    );
    let _ = writeln!(
        out,
        "/// Flag of [`VERBS`]: SemCor tags the word as a noun, and as a verb at least half as \
         often.\n\
         pub(crate) const OFTEN_VERB: u8 = {OFTEN_VERB};"
    );
    let _ = writeln!(
        out,
        "/// Flag of [`VERBS`]: the word is also the irregular past of a verb SemCor tags more \
         often than the word's own.\n\
         pub(crate) const PAST_LEADS: u8 = {PAST_LEADS};\n"
    );
    let _ = writeln!(
        out,
        "/// Single-word verb base forms with flags, sorted ({} entries).\n\
         pub(crate) static VERBS: &[(&str, u8)] = &[",
        verbs.len()
    );
    let noun_senses = sense_counts(&index_noun);
    let verb_senses = sense_counts(&index_verb);
    for &verb in &verbs {
        let mut flags = 0;
        let n = noun_count.get(verb).copied().unwrap_or(0);
        let v = verb_count.get(verb).copied().unwrap_or(0);
        // Untagged either way: WordNet's senses lean for SemCor (`revoke`: one noun sense, two
        // verb senses), unless the word is an adjective or an adverb too (`out`, `even`).
        let verb_senses_lead = n == 0
            && v == 0
            && nouns.contains(verb)
            && !adjectives.contains(verb)
            && !adverbs.contains(verb)
            && verb_senses.get(verb).copied().unwrap_or(0)
                > noun_senses.get(verb).copied().unwrap_or(0);
        if nouns.contains(verb) {
            flags |= NOUN;
            if n >= v && !verb_senses_lead {
                flags |= NOUN_LEANING;
            }
        }
        if v > n || verb_senses_lead {
            flags |= VERB_LEANING;
        }
        if n >= RARE_VERB_MIN_NOUN && v * 100 <= n {
            flags |= RARELY_VERB;
        }
        if n > 0 && 2 * v >= n {
            flags |= OFTEN_VERB;
        }
        if irregular.iter().any(|&(form, base)| {
            form == verb && base != verb && verb_count.get(base).copied().unwrap_or(0) > v
        }) {
            flags |= PAST_LEADS;
        }
        let _ = writeln!(out, "    (\"{verb}\", {flags}),");
    }
    out.push_str("];\n\n");
    let _ = writeln!(
        out,
        "/// Phrasal verbs `(verb, particle)`, sorted ({} entries).\n\
         pub(crate) static PHRASAL: &[(&str, &str)] = &[",
        phrasal.len()
    );
    for (verb, particle) in &phrasal {
        let _ = writeln!(out, "    (\"{verb}\", \"{particle}\"),");
    }
    out.push_str("];\n\n");
    let _ = writeln!(
        out,
        "/// Irregular past and past-participle forms `(form, base)`, sorted ({} entries).\n\
         pub(crate) static IRREGULAR: &[(&str, &str)] = &[",
        irregular.len()
    );
    for (form, base) in &irregular {
        let _ = writeln!(out, "    (\"{form}\", \"{base}\"),");
    }
    out.push_str("];\n\n");
    let _ = writeln!(
        out,
        "/// Past participle of verbs with irregular forms `(base, participle)`, sorted ({} entries).\n\
         pub(crate) static PARTICIPLES: &[(&str, &str)] = &[",
        participles.len()
    );
    for (base, participle) in &participles {
        let _ = writeln!(out, "    (\"{base}\", \"{participle}\"),");
    }
    out.push_str("];\n\n");
    let _ = writeln!(
        out,
        "/// Nouns that look like prefix + verb but are not verbs, sorted ({} entries).\n\
         pub(crate) static PREFIXED_NOUNS: &[&str] = &[",
        prefixed_nouns.len()
    );
    for noun in &prefixed_nouns {
        let _ = writeln!(out, "    \"{noun}\",");
    }
    out.push_str("];\n\n");
    let _ = writeln!(
        out,
        "/// Verbs whose past participle equals their base form (`set`, `reset`), sorted ({} entries).\n\
         pub(crate) static BASE_EQUALS_PAST: &[&str] = &[",
        base_equals_past.len()
    );
    for verb in &base_equals_past {
        let _ = writeln!(out, "    \"{verb}\",");
    }
    out.push_str("];\n\n");
    // One string of sorted lines rather than an array of 15,000 strings: far less work for
    // the compiler in every user's cold build (the derive depends on this crate).
    let tables: [(&str, &str, Vec<&str>); 10] = [
        (
            "ADJECTIVES",
            "Predicate adjectives (`ready`, `low`), one a line, sorted",
            adjective_list.iter().copied().collect(),
        ),
        (
            "NOUN_ADJECTIVES",
            "The predicate adjectives WordNet also lists as nouns (`terminal`, `fine`). One a line,\n\
             /// sorted",
            noun_adjectives.iter().copied().collect(),
        ),
        (
            "EVENT_NOUNS",
            "Nouns that name an occurrence (`heartbeat`, `change`, `click`): WordNet files their most\n\
             /// frequent sense under `noun.event`. One a line, sorted",
            event_nouns.iter().copied().collect(),
        ),
        (
            "NOMINALISATIONS",
            "Nouns of a verb's act or of what it brings about, and the verb (`withdrawal withdraw`,\n\
             /// `failure fail`): one of the noun's two most frequent senses is filed under `noun.act`,\n\
             /// `noun.event`, `noun.process` or `noun.phenomenon` and points (`+`) to the verb; the noun\n\
             /// is no verb itself. `noun verb` a line, sorted",
            nominalisations.iter().map(String::as_str).collect(),
        ),
        (
            "PERSON_NOUNS",
            "Nouns that name a person (`user`, `customer`, `driver`): WordNet files their most\n\
             /// frequent sense under `noun.person`. One a line, sorted",
            person_nouns.iter().copied().collect(),
        ),
        (
            "ING_NOUNS",
            "Nouns spelt as an `-ing` form (`shipping`, `greeting`): WordNet's one-word nouns in\n\
             /// `-ing`. One a line, sorted",
            ing_nouns.iter().copied().collect(),
        ),
        (
            "ED_NOUNS",
            "Nouns spelt like a regular past (`hundred`, `seabed`): WordNet's one-word nouns of six\n\
             /// letters or more in `-ed`. One a line, sorted",
            ed_nouns.iter().copied().collect(),
        ),
        (
            "LY_NOUNS",
            "Nouns spelt like an adverb (`anomaly`, `family`): WordNet's one-word nouns of five\n\
             /// letters or more in `-ly` that it lists as no adverb. One a line, sorted",
            ly_nouns.iter().copied().collect(),
        ),
        (
            "NOUN_COMPOUNDS",
            "Two-word nouns whose first word is a verb SemCor tags at least as often as a noun\n\
             /// (`tax rate`, `price list`): WordNet's `index.noun`. `first second` a line, sorted",
            compounds.iter().map(String::as_str).collect(),
        ),
        (
            "LOOKALIKES",
            "Real words one typing slip from a verb form (`token`: `taken`; `dividend`: `divided`):\n\
             /// WordNet's nouns, their plurals and its adverbs, of five letters or more, one letter\n\
             /// inserted, deleted, replaced or swapped with its neighbour from a verb base, regular past\n\
             /// or irregular form, first and last letters kept. One a line, sorted",
            lookalikes.iter().map(String::as_str).collect(),
        ),
    ];
    for (i, (name, doc, words)) in tables.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "/// {doc} ({} entries).", words.len());
        let _ = writeln!(out, "pub(crate) static {name}: &str = \"\\");
        for word in words {
            out.push_str(word);
            out.push_str(r"\n\");
            out.push('\n');
        }
        out.push_str("\";\n");
    }
    Ok(out)
}

/// WordNet's lexicographer file of events (`lexnames`: 11 is `noun.event`).
const NOUN_EVENT: &str = "11";

/// WordNet's lexicographer file of people (`lexnames`: 18 is `noun.person`).
const NOUN_PERSON: &str = "18";

/// One-word nouns whose first (most frequent) sense in `index.noun` is a synset of the
/// lexicographer file `lex_file` (`noun.event`, `noun.person`) in `data.noun`.
fn first_sense_nouns<'a>(
    index_noun: &'a str,
    data_noun: &str,
    lex_file: &str,
) -> BTreeSet<&'a str> {
    // `data.noun` lines: `offset lex_filenum ss_type …`.
    let synsets: BTreeSet<&str> = data_noun
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| {
            let mut fields = l.split(' ');
            let offset = fields.next()?;
            (fields.next()? == lex_file).then_some(offset)
        })
        .collect();
    index_noun
        .lines()
        .filter_map(noun_senses)
        .filter_map(|(lemma, offsets)| {
            let first = offsets.first()?;
            (is_word(lemma) && synsets.contains(first)).then_some(lemma)
        })
        .collect()
}

/// An `index.noun` line (`lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt
/// synset_offset…`) as its lemma and its synset offsets, from the most frequent sense on;
/// `None` for the licence header's lines.
fn noun_senses(line: &str) -> Option<(&str, Vec<&str>)> {
    if line.starts_with(' ') {
        return None;
    }
    let fields: Vec<&str> = line.split(' ').collect();
    let lemma = *fields.first()?;
    let pointers: usize = fields.get(3)?.parse().ok()?;
    Some((lemma, fields.get(6 + pointers..)?.to_vec()))
}

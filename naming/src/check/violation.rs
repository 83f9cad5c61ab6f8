//! Wording the error for a name that does not read as its kind: [`Violation`], its message,
//! help and note, and the suggestion it offers (a typo's fix, an unknown verb to declare, or
//! the reading's own suggestion when it passes).
//!
//! Depends on the reading ([`crate::analysis`]) and the `Query` derive's readings of data
//! (`data`) only; the checks in the sibling files word their errors with it.

use std::fmt::{self, Write as _};

use super::data::names_its_data;

use crate::analysis::{
    Analysis, HAPPENING, HEAD_NOUN, HOOK, KIND_WORD, OCCURRENCE, Problem, SUFFIX, classify_with,
    clear_verb, clearer_verb_after, rephrasings,
};
use crate::grammar::CueKind;
use crate::lexicon::{Lex, guessed_base};
use crate::vocabulary::Vocabulary;
use crate::words::pascal;
use crate::{Kind, Verdict, typo};

/// A name that does not read as the kind it was declared.
///
/// Every violation says what was read, suggests a name that itself passes (when one can be
/// computed) and, in [`note`](Violation::note), points to both ways out: `allow_name` and the
/// vocabulary file.
///
/// ```
/// use factum_naming::{Kind, Vocabulary, check};
/// let v = check("OrderPlaced", Kind::Command, &Vocabulary::default()).unwrap_err();
/// assert_eq!(
///     v.to_string(),
///     "`OrderPlaced` is named like an event (past participle \"Placed\"), but commands are \
///      requests in the imperative\n= help: start with the verb, e.g. `PlaceOrder`\n\
///      = note: if the name is right, add `#[command(allow_name = \"why\")]`, or declare \
///      its words in factum-vocabulary.txt (`verb WORD`, `noun WORD`)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
    /// The ways out when the name is right after all.
    pub note: String,
    /// A concrete replacement name that itself passes where the name stands (a type's name,
    /// or a variant of its enum), when one could be formed from its words. None for a variant
    /// of an enum whose kind word names another kind: the help names the derive or the enum's
    /// name to change.
    pub suggestion: Option<String>,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}\n= help: {}\n= note: {}",
            self.message, self.help, self.note
        )
    }
}

impl std::error::Error for Violation {}

pub(super) fn expected(kind: Kind) -> &'static str {
    match kind {
        Kind::Event => "events are facts in the past tense",
        Kind::Command => "commands are requests in the imperative",
        Kind::Query => "queries are questions",
    }
}

/// `a heartbeat`, `an outage`: a noun with its indefinite article, lower case.
fn article(word: &str) -> String {
    let lower = word.to_lowercase();
    let an = lower.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {lower}", if an { "an" } else { "a" })
}

/// The first word of a name with no verb when it is a verb SemCor hardly ever tags as one
/// (`Air` of `AirTrailer`): the grammar reads no imperative there, and the vocabulary can.
fn rare_verb_first<'a>(a: &'a Analysis, vocab: &Vocabulary) -> Option<&'a str> {
    let first = a.words.first().filter(|_| a.words.len() > 1)?;
    let lex = Lex { vocab };
    lex.base(&first.to_lowercase())
        .is_some_and(|v| v.rarely_verb())
        .then_some(first.as_str())
}

/// The first word of a name with no verb when factum knows it as no verb, no adjective and no
/// person, and it is no `-ing` form or plural (`Transload` of `TransloadCargo`, a freight
/// forwarder's verb): the vocabulary can declare it (`CustomerAddress`, `ShoppingCart`,
/// `SettingsPage` get no such help).
fn unknown_word_first<'a>(a: &'a Analysis, vocab: &Vocabulary) -> Option<&'a str> {
    let first = a.words.first().filter(|_| a.words.len() > 1)?;
    let lower = first.to_lowercase();
    let lex = Lex { vocab };
    (lower.len() >= 3
        && lower.bytes().all(|b| b.is_ascii_lowercase())
        && !lower.ends_with("ing")
        && !crate::word_classes::plural(&lower)
        && lex.base(&lower).is_none()
        && lex.past(&lower).is_none()
        && !lex.adjective(&lower)
        && !Lex::person_noun(&lower))
    .then_some(first.as_str())
}

pub(super) fn note(kind: Kind) -> String {
    format!(
        "if the name is right, add `#[{}(allow_name = \"why\")]`, or declare its words in factum-vocabulary.txt (`verb WORD`, `noun WORD`)",
        kind.name()
    )
}

/// The first correction of a misspelt word that makes the name pass (`passes`): the word,
/// its correction (lower case) and the corrected name.
fn typo_fix(
    a: &Analysis,
    vocab: &Vocabulary,
    passes: Passes<'_>,
) -> Option<(String, String, String)> {
    // A wish or a request (`OrderMustBeCancelled`) is read right; no word is misspelt.
    if matches!(a.problem, Problem::Cue(_)) {
        return None;
    }
    let lex = Lex { vocab };
    // Decoration (`Event`, `Command`) is no misspelt verb (`SendReceiptEvent` is not
    // `SendReceiptEvert`), nor is a kind word heading the name (`EventWithArray`).
    let core = a.words.len() - a.decoration.len();
    let first = usize::from(a.cue_label == HEAD_NOUN || a.cue_label == KIND_WORD);
    for (i, word) in a.words.iter().enumerate().take(core).skip(first) {
        let lower = word.to_lowercase();
        for fix in typo::corrections(&lex, &lower) {
            let replaced = if word.chars().next().is_some_and(char::is_uppercase) {
                pascal(&fix)
            } else {
                fix.clone()
            };
            let mut parts = a.words.clone();
            parts[i].clone_from(&replaced);
            let candidate = parts.concat();
            if passes(&candidate) {
                return Some((word.clone(), fix, candidate));
            }
        }
    }
    None
}

/// The verb a misspelt-looking `word` may be, when its correction `fix` puts one letter for
/// another not beside it on the keyboard (a missing, extra or swapped letter is a slip, as is a
/// neighbouring key: `Placd`, `Recieved`, `Plaxed`) where a verb
/// stands: a past in `-ed` (`Scrobbled`: `scrobble`), or a command's first word (`Infleet`).
fn unknown_verb(a: &Analysis, kind: Kind, word: &str, fix: &str) -> Option<String> {
    let lower = word.to_lowercase();
    let mut changed = fix.bytes().zip(lower.bytes()).filter(|(x, y)| x != y);
    let substituted = fix.len() == lower.len()
        && changed.next().is_some_and(|(x, y)| !typo::neighbours(x, y))
        && changed.next().is_none();
    if !substituted {
        return None;
    }
    match lower.strip_suffix("ed") {
        Some(stem) if stem.len() >= 3 => Some(guessed_base(stem)),
        _ if kind == Kind::Command && a.words.first().is_some_and(|w| w == word) => Some(lower),
        _ => None,
    }
}

/// A word of the name that ends in `-ed` but is no known verb form (`Geofenced`), with the
/// base form it most likely has (`geofence`).
fn unknown_past(a: &Analysis, vocab: &Vocabulary) -> Option<(String, String)> {
    let lex = Lex { vocab };
    a.words[..a.words.len() - a.decoration.len()]
        .iter()
        .find_map(|word| {
            let lower = word.to_lowercase();
            let stem = lower.strip_suffix("ed")?;
            if stem.len() < 3
                || !lower.bytes().all(|b| b.is_ascii_lowercase())
                || lex.past(&lower).is_some()
                || lex.base(&lower).is_some()
                || lex.adjective(&lower)
            {
                return None;
            }
            Some((word.clone(), guessed_base(stem)))
        })
}

/// Whether a suggested name passes where the name stands (a type's name, or a variant of its
/// enum).
pub(super) type Passes<'a> = &'a dyn Fn(&str) -> bool;

/// Where the name stands: a type's suggestion may end in its kind's suffix
/// (`ProcessJobCommand`); a variant's does not, its enum's name says the kind.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    Type,
    Variant,
}

/// The error for a type named as `a` reads, declared `kind`. A suggestion must read as `kind`
/// (a query with no verb, which the `Query` derive accepts, is no example of one).
pub(super) fn violation(a: &Analysis, kind: Kind, vocab: &Vocabulary) -> Violation {
    let mut v = violation_where(a, kind, vocab, Place::Type, &|s| {
        classify_with(s, vocab).accepts(kind)
    });
    if let Some(word) = kind_word_a_noun(a, kind, vocab) {
        let _ = write!(
            v.help,
            "; if \"{word}\" is a thing of your domain, not the message's kind, add `noun {}` to factum-vocabulary.txt beside Cargo.toml",
            word.to_lowercase()
        );
    }
    v
}

/// The kind word read as a suffix (`Event` of `CancelEvent`) when the name opens with a verb
/// (no noun, `OrderEvent`), or heading the name (`EventById`), when declaring the word a noun of
/// the domain makes the name pass: a ticketing service cancels events and looks them up.
fn kind_word_a_noun<'a>(a: &'a Analysis, kind: Kind, vocab: &Vocabulary) -> Option<&'a str> {
    let word = a.cue.as_deref()?;
    let lower = word.to_lowercase();
    let lex = Lex { vocab };
    let verb_first = a
        .words
        .first()
        .and_then(|w| lex.base(&w.to_lowercase()))
        .is_some_and(|v| !v.noun_leaning());
    let named = (a.cue_label == SUFFIX && verb_first) || a.cue_label == HEAD_NOUN;
    if !named || vocab.nouns.contains(&lower) {
        return None;
    }
    let mut declared = vocab.clone();
    declared.nouns.insert(lower);
    let read = classify_with(&a.name, &declared);
    (read.accepts(kind) || (kind == Kind::Query && names_its_data(&read, &declared)))
        .then_some(word)
}

/// The suggestion for `a` as `kind`: the reading's own, else a name rebuilt from its words
/// (the rebuilt one first when the reading's imperative is as much a noun and another word is
/// mostly a verb, `BulkUpdateAssets` → `AssetsBulkUpdated`, or the reading found no verb); the
/// first that passes.
fn suggest(
    a: &Analysis,
    kind: Kind,
    vocab: &Vocabulary,
    place: Place,
    passes: Passes<'_>,
) -> Option<String> {
    let lex = Lex { vocab };
    // A question derived as a `Command` is a command that asks it with the suffix
    // (`IsOrderPaidCommand`, `ListProductsCommand`); its words say nothing of a change.
    if a.problem == Problem::Reads(Verdict::Query) && kind == Kind::Command {
        // A name that is a query only by its suffix (`ClrQuery`) asks nothing to act on.
        if a.cue_label == SUFFIX {
            return None;
        }
        let core = &a.words[..a.words.len() - a.decoration.len()];
        return Some(format!("{}Command", core.concat())).filter(|s| passes(s));
    }
    // A name that is only a kind word is the declared kind's word, its placeholder's number
    // or letter kept (`Command1` as an event: `Event1`).
    if a.cue_label == KIND_WORD {
        let number = a.words[0].trim_start_matches(|c: char| !c.is_ascii_digit());
        let candidate = format!("{}{number}{}", kind.derive(), a.words[1..].concat());
        return Some(candidate).filter(|s| passes(s));
    }
    let own = a.suggestion(kind).map(str::to_owned);
    // The reading's suggestion stands unless a verb of the name makes a better one: after an
    // imperative as much a noun (`BulkUpdateAssets`), or where the reading found none and
    // named the nouns (`ClientActivateBusinessEvent` is no `CreateClientActivateBusiness`).
    let rebuilt_first = (a.nouns_only && kind != Kind::Query && clear_verb(a, &lex))
        || (kind == Kind::Event
            && a.problem == Problem::Reads(Verdict::Command)
            && clearer_verb_after(a, &lex));
    if let Some(own) = own.as_ref().filter(|s| passes(s) && **s != a.name)
        && !rebuilt_first
    {
        return Some(own.clone());
    }
    let rebuilt = rephrasings(a, kind, &lex);
    // Last, for a type, the reading's suggestion or a rebuilt name with the kind's suffix,
    // which settles a name that reads two ways (`ProcessJob`, a happening: `ProcessJobCommand`).
    let suffix = kind.derive();
    let suffixed: Vec<String> = own
        .iter()
        .chain(&rebuilt)
        .filter(|s| place == Place::Type && !s.ends_with(suffix))
        .map(|s| format!("{s}{suffix}"))
        .collect();
    rebuilt
        .into_iter()
        .chain(own)
        .chain(suffixed)
        .find(|s| *s != a.name && passes(s))
}

/// The error for a name read as `a`, declared `kind`, whose suggestions are held to `passes`.
#[allow(clippy::too_many_lines)]
pub(super) fn violation_where(
    a: &Analysis,
    kind: Kind,
    vocab: &Vocabulary,
    place: Place,
    passes: Passes<'_>,
) -> Violation {
    let name = &a.name;
    if let Some((word, fix, fixed)) = typo_fix(a, vocab, passes) {
        // One letter put for another may be no slip but a verb of the domain factum does not
        // know (`Scrobbled` is no misspelt `Scrabbled`): the help offers to declare it.
        let verb = unknown_verb(a, kind, &word, &fix);
        let help = match verb {
            Some(base) => format!(
                "did you mean `{fixed}`? if \"{base}\" is a verb of your domain, add `verb {base}` to factum-vocabulary.txt beside Cargo.toml"
            ),
            None => format!("did you mean `{fixed}`?"),
        };
        return Violation {
            message: format!(
                "`{name}` does not read as {}: \"{word}\" is not a word factum knows",
                match kind {
                    Kind::Event => "an event",
                    Kind::Command => "a command",
                    Kind::Query => "a query",
                }
            ),
            help,
            note: note(kind),
            suggestion: Some(fixed),
        };
    }
    if let Some((word, base)) = unknown_past(a, vocab)
        && kind == Kind::Event
    {
        return Violation {
            message: format!(
                "`{name}` does not read as an event: \"{word}\" looks like the past of a verb factum does not know"
            ),
            help: format!(
                "if it is, declare the verb: add `verb {base}` to factum-vocabulary.txt beside Cargo.toml"
            ),
            note: note(kind),
            suggestion: None,
        };
    }
    let cue = a.cue.as_deref().unwrap_or("");
    let want = expected(kind);
    // Only a suggestion that itself passes is offered.
    let suggestion = suggest(a, kind, vocab, place, passes);
    let eg = |prefix: &str| {
        suggestion
            .as_ref()
            .map_or_else(String::new, |s| format!("{prefix}`{s}`"))
    };
    if a.cue_label == KIND_WORD
        && let Problem::Reads(read) = a.problem
    {
        return Violation {
            message: format!("`{name}` is named by its kind word (\"{cue}\"), but {want}"),
            help: format!(
                "if it is {}, derive `{}`; otherwise name it by its kind{}",
                article(&read.to_string()),
                pascal(&read.to_string()),
                eg(", e.g. ")
            ),
            note: note(kind),
            suggestion,
        };
    }
    let (message, help) = match a.problem {
        Problem::Reads(Verdict::Command) => (
            format!(
                "`{name}` is named like a command ({} \"{cue}\"), but {want}",
                a.cue_label
            ),
            match kind {
                Kind::Event => match &suggestion {
                    Some(s) => format!("name it after what happened, e.g. `{s}`"),
                    None => match a.verb.as_deref() {
                        Some(verb) => format!(
                            "name it after what happened: the subject, then \"{verb}\" in the past tense"
                        ),
                        None => "name it after what happened, in the past tense".to_owned(),
                    },
                },
                _ => format!(
                    "if it changes state, derive `Command`; if it only reads data, start with a question verb{}",
                    eg(", e.g. ")
                ),
            },
        ),
        Problem::Reads(Verdict::Event) => (
            format!(
                "`{name}` is named like an event ({} \"{cue}\"), but {want}",
                a.cue_label
            ),
            match kind {
                // A noun of an occurrence (`Heartbeat`) has no verb to move first: it is an
                // event, or the command asks for the occurrence (`EmitHeartbeat`).
                Kind::Command if a.cue_label == OCCURRENCE => format!(
                    "if it reports that {} happened, derive `Event`; if it asks for one, start with the verb{}",
                    a.cue.as_deref().map_or_else(|| "it".to_owned(), article),
                    eg(", e.g. ")
                ),
                // A hook (`LoadOrderBefore`) already starts with its verb: the command is
                // the action alone.
                Kind::Command if a.cue_label == HOOK => format!(
                    "if it runs before or after the action, derive `Event`; if it asks for the action, name the action alone{}",
                    eg(", e.g. ")
                ),
                // A subject and its verb whose subject is a verb too (`CopyFile`): the name may
                // be the imperative already, which the kind's suffix settles.
                Kind::Command if a.cue_label == HAPPENING && place == Place::Type => {
                    let first = a.words.first().map_or("", String::as_str);
                    let core = a.words[..a.words.len() - a.decoration.len()].concat();
                    let suffixed = format!("{core}Command");
                    let verb_first = Lex { vocab }.imperative(&first.to_lowercase()).is_some();
                    if verb_first && passes(&suffixed) {
                        format!(
                            "start with the verb{}; if \"{first}\" is the verb, say so with the suffix: `{suffixed}`",
                            eg(", e.g. ")
                        )
                    } else {
                        format!("start with the verb{}", eg(", e.g. "))
                    }
                }
                Kind::Command => format!("start with the verb{}", eg(", e.g. ")),
                _ => format!(
                    "start with a question verb{}; if it reports what happened, derive `Event`",
                    eg(", e.g. ")
                ),
            },
        ),
        Problem::Reads(_) => (
            format!("`{name}` is named like a query (\"{cue}\"), but {want}"),
            match kind {
                Kind::Event => format!(
                    "if it asks a question, derive `Query`; if it reports what happened, name the fact{}",
                    eg(", e.g. ")
                ),
                // A question derived as a `Command`: an interrogative passes with the
                // command suffix (`IsOrderPaidCommand`), a question verb with no `…Query`.
                Kind::Command if suggestion.is_some() => format!(
                    "if it only reads data, derive `Query` instead; if it is a command that asks, name it{}; if it changes state, start with the verb of the change",
                    eg(" ")
                ),
                _ => "if it only reads data, derive `Query` instead; if it changes state, start with the verb of the change".to_owned(),
            },
        ),
        Problem::Cue(cue_kind) => {
            let says = match cue_kind {
                CueKind::Modal => "states what should happen",
                CueKind::Request => "makes a request",
                CueKind::State => "describes a state",
            };
            let tail = match kind {
                Kind::Event => "events are facts that already happened".to_owned(),
                _ => want.to_owned(),
            };
            let help = match kind {
                Kind::Event => {
                    let request = a
                        .suggestions
                        .command
                        .as_ref()
                        .filter(|c| classify_with(c, vocab).accepts(Kind::Command));
                    match (&suggestion, request) {
                        (Some(e), Some(c)) => format!(
                            "name the fact, e.g. `{e}`; if it is a request, derive `Command` and name it `{c}`"
                        ),
                        (Some(e), None) => format!("name the fact, e.g. `{e}`"),
                        (None, _) => "name what happened in the past tense".to_owned(),
                    }
                }
                Kind::Command => format!("start with the verb{}", eg(", e.g. ")),
                Kind::Query => format!("start with a question verb{}", eg(", e.g. ")),
            };
            (format!("`{name}` {says} (\"{cue}\"), but {tail}"), help)
        }
        Problem::NounPhrase | Problem::NoVerb | Problem::LoneVerb => {
            let what = if a.problem == Problem::NounPhrase {
                format!("`{name}` reads as a noun phrase (\"{cue}\") with no verb")
            } else if let Some(word) = rare_verb_first(a, vocab).filter(|_| kind == Kind::Command) {
                format!(
                    "`{name}` has no verb (\"{word}\" is almost always a noun)"
                )
            } else {
                format!("`{name}` has no verb")
            };
            let help = match kind {
                Kind::Event => match &suggestion {
                    None => "say what happened to it, in the past tense".to_owned(),
                    Some(created) if a.verb.is_some() => {
                        format!("name what happened, e.g. `{created}`")
                    }
                    Some(created) => {
                        let updated = created.strip_suffix("Created").map_or_else(
                            String::new,
                            |stem| format!(" or `{stem}Updated`"),
                        );
                        format!("say what happened to it, e.g. `{created}`{updated}")
                    }
                },
                Kind::Command => {
                    let update = suggestion
                        .as_deref()
                        .and_then(|s| s.strip_prefix("Create"))
                        .map_or_else(String::new, |rest| format!(" or `Update{rest}`"));
                    let start = format!("start with what should be done{}{update}", eg(", e.g. "));
                    match rare_verb_first(a, vocab).or_else(|| unknown_word_first(a, vocab)) {
                        Some(word) => format!(
                            "if \"{word}\" is the verb, add `verb {}` to factum-vocabulary.txt beside Cargo.toml; otherwise {start}",
                            word.to_lowercase()
                        ),
                        None => start,
                    }
                }
                Kind::Query => format!("start with a question verb{}", eg(", e.g. ")),
            };
            (format!("{what}, but {want}"), help)
        }
    };
    Violation {
        message,
        help,
        note: note(kind),
        suggestion,
    }
}

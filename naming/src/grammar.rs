//! The tiny grammar: which reading a sequence of words supports.

use crate::lexicon::{Lex, Verb};
use crate::words::Word;

/// Particles of phrasal verbs.
pub(crate) const PARTICLES: &[&str] = &[
    "away", "back", "down", "in", "off", "on", "out", "over", "through", "up",
];

const PREPOSITIONS: &[&str] = &[
    "across", "after", "against", "as", "at", "because", "before", "between", "by", "due",
    "during", "for", "from", "in", "into", "of", "on", "onto", "over", "per", "through", "to",
    "under", "until", "upon", "via", "with", "within", "without",
];

const ADVERBS: &[&str] = &[
    "again", "already", "early", "late", "now", "once", "today", "twice",
];

const AUXILIARIES: &[&str] = &[
    "been", "get", "gets", "got", "had", "has", "have", "was", "were",
];

const INTERROGATIVES: &[&str] = &[
    "are", "can", "did", "do", "does", "has", "have", "how", "is", "was", "were", "what", "when",
    "where", "which", "who", "whose", "why",
];

const QUERY_VERBS: &[&str] = &[
    "browse", "check", "count", "describe", "fetch", "find", "get", "list", "lookup", "query",
    "retrieve", "search", "select",
];

/// Nouns that head a noun phrase describing data (`OrderInfo`, `PaymentDetails`).
///
/// Kept to words that are implausible as the object of a command: a name that starts with
/// a noun-leaning verb and ends in one of these reads as a noun phrase. Words that are
/// often objects (`Item`, `Data`, `Record`, `Address`, `Status`) are left out on purpose:
/// rejecting a real command (`ShipItem`, `ExportData`, `ProcessRecord`) costs more than
/// accepting a noun phrase as a command.
pub(crate) const HEAD_NOUNS: &[&str] = &[
    "config",
    "controller",
    "detail",
    "details",
    "dto",
    "entity",
    "handler",
    "history",
    "info",
    "information",
    "manager",
    "metadata",
    "options",
    "overview",
    "repository",
    "schema",
    "service",
    "settings",
    "snapshot",
    "spec",
    "summary",
];

/// A noun of the one who does a verb: `sender`, `handler`, `processor`, `shipper`.
fn is_agent_noun(lex: &Lex<'_>, w: &str) -> bool {
    let Some(stem) = w.strip_suffix("er").or_else(|| w.strip_suffix("or")) else {
        return false;
    };
    let b = stem.as_bytes();
    let undoubled =
        (b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2]).then(|| &stem[..stem.len() - 1]);
    [
        Some(stem.to_owned()),
        Some(format!("{stem}e")),
        undoubled.map(str::to_owned),
    ]
    .into_iter()
    .flatten()
    .any(|base| base.len() >= 3 && lex.base(&base).is_some())
}

pub(crate) fn is_preposition(w: &str) -> bool {
    PREPOSITIONS.contains(&w)
}

fn is_particle(w: &str) -> bool {
    PARTICLES.contains(&w)
}

fn is_adverb(w: &str) -> bool {
    ADVERBS.contains(&w) || (w.len() > 4 && w.ends_with("ly"))
}

/// The kind of word that makes a name a wish, request or state rather than a fact or an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// `Should`, `Must`, `Will`…
    Modal,
    /// `Please`, `Needs`, `To Be`…
    Request,
    /// `Is`, `Are` in the middle of a name.
    State,
}

/// The parts of a clause, used to build suggestions: `object + verb + particle + complement`.
#[derive(Debug, Clone)]
pub(crate) struct Clause {
    /// Subject of an event / object of a command, as written.
    pub object: Vec<String>,
    /// The verb.
    pub verb: Verb,
    /// A separate particle word (`In` of `LogIn`), lowercase.
    pub particle: Option<String>,
    /// Complement words as written (`To`, `Wishlist`; `Successfully`).
    pub complement: Vec<String>,
}

/// How a name reads.
#[derive(Debug, Clone)]
pub(crate) enum Reading {
    /// `subject [aux] participle [complement]`.
    Event {
        clause: Clause,
        participle: usize,
        aux: Vec<usize>,
    },
    /// `verb [particle] rest`.
    Command { clause: Clause },
    /// A question word first (or `Exists` last).
    Query {
        cue: usize,
        verb: Option<Verb>,
        object: Vec<String>,
    },
    /// A modal, request or state word.
    Cue {
        cue: Vec<usize>,
        kind: CueKind,
        clause: Option<Clause>,
    },
    /// A lone word that is mostly a noun (`Order`).
    LoneNoun { verb: Verb },
    /// A noun phrase headed by a data noun (`OrderInfo`).
    NounPhrase { head: usize },
    /// A participle used as an adjective before a noun (`FailedPayment`).
    Adjectival { clause: Clause },
    /// No verb in a position that makes a reading.
    NoVerb,
}

fn texts(words: &[Word<'_>]) -> Vec<String> {
    words.iter().map(|w| w.text.to_owned()).collect()
}

/// Splits `rest` at its first preposition into (object, complement).
fn object_and_complement(rest: &[Word<'_>]) -> (Vec<String>, Vec<String>) {
    let at = rest
        .iter()
        .position(|w| is_preposition(&w.lower))
        .unwrap_or(rest.len());
    (texts(&rest[..at]), texts(&rest[at..]))
}

/// Whether `rest` is a valid complement: particles/adverbs, then optionally a preposition with
/// at least one word after it. Returns `Some(has_prepositional_phrase)`.
fn complement(rest: &[Word<'_>]) -> Option<bool> {
    for (i, w) in rest.iter().enumerate() {
        // `On Hold` after `OrderPut`: a word that is both a particle and a preposition
        // starts a prepositional phrase when words follow it.
        if is_preposition(&w.lower) && i + 1 < rest.len() {
            return Some(true);
        }
        if !(is_particle(&w.lower) || is_adverb(&w.lower)) {
            return None;
        }
    }
    Some(false)
}

/// The event reading of `words`, if any.
pub(crate) fn event(
    lex: &Lex<'_>,
    words: &[Word<'_>],
) -> Option<(Clause, usize, Vec<usize>, bool)> {
    for p in 1..words.len() {
        if is_preposition(&words[p - 1].lower) {
            continue;
        }
        let Some(verb) = lex.past(&words[p].lower) else {
            continue;
        };
        let Some(has_pp) = complement(&words[p + 1..]) else {
            continue;
        };
        let mut s = p;
        while s > 0 && AUXILIARIES.contains(&words[s - 1].lower.as_str()) {
            s -= 1;
        }
        if s == 0 {
            continue;
        }
        let particle = words
            .get(p + 1)
            .filter(|w| is_particle(&w.lower) && verb.particle.is_none())
            .map(|w| w.lower.clone());
        let after = p + 1 + usize::from(particle.is_some());
        let clause = Clause {
            object: texts(&words[..s]),
            verb,
            particle,
            complement: texts(&words[after..]),
        };
        return Some((clause, p, (s..p).collect(), has_pp && s >= 2));
    }
    None
}

/// The command reading (verb first) of `words`, ignoring noun-phrase considerations.
fn command(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<Clause> {
    let first = words.first()?;
    let verb = lex.base(&first.lower)?;
    let particle = words
        .get(1)
        .filter(|w| verb.particle.is_none() && Lex::is_phrasal(&verb.base, &w.lower))
        .map(|w| w.lower.clone());
    let rest = &words[1 + usize::from(particle.is_some())..];
    let (object, complement) = object_and_complement(rest);
    Some(Clause {
        object,
        verb,
        particle,
        complement,
    })
}

fn cue_at(words: &[Word<'_>], i: usize) -> Option<(CueKind, usize)> {
    let w = words[i].lower.as_str();
    let next = words.get(i + 1).map(|w| w.lower.as_str());
    match w {
        "should" | "must" | "shall" | "will" | "would" | "could" | "might" | "cannot" => {
            Some((CueKind::Modal, 1))
        }
        "can" if i > 0 => Some((CueKind::Modal, 1)),
        "please" => Some((CueKind::Request, 1)),
        "needs" | "requires" | "wants" if i > 0 => Some((CueKind::Request, 1)),
        "need" if i > 0 && i + 1 < words.len() => Some((CueKind::Request, 1)),
        "to" if next == Some("be") => Some((CueKind::Request, 2)),
        "is" | "are" if i > 0 => Some((CueKind::State, 1)),
        _ => None,
    }
}

/// Reads `words` (decoration already stripped).
pub(crate) fn read(lex: &Lex<'_>, words: &[Word<'_>]) -> Reading {
    let Some(first) = words.first() else {
        return Reading::NoVerb;
    };
    // 1. Interrogatives first: `IsEmailTaken`, `HasOpenOrders`.
    if INTERROGATIVES.contains(&first.lower.as_str()) {
        return Reading::Query {
            cue: 0,
            verb: None,
            object: texts(&words[1..]),
        };
    }
    // 2. Modal, request and state words anywhere.
    if let Some((i, (kind, len))) = (0..words.len()).find_map(|i| cue_at(words, i).map(|c| (i, c)))
    {
        let mut after = i + len;
        while after < words.len() && matches!(words[after].lower.as_str(), "be" | "been" | "to") {
            after += 1;
        }
        let remaining: Vec<Word<'_>> = words[..i].iter().chain(&words[after..]).cloned().collect();
        let clause = event(lex, &remaining).map(|e| e.0).or_else(|| {
            let mut c = command(lex, &words[after..])?;
            let mut object = texts(&words[..i]);
            object.append(&mut c.object);
            c.object = object;
            Some(c)
        });
        return Reading::Cue {
            cue: (i..i + len).collect(),
            kind,
            clause,
        };
    }
    let query_verb = |w: &Word<'_>, next: Option<&Word<'_>>| {
        let lower = w.lower.as_str();
        let phrasal_next = next.is_some_and(|n| Lex::is_phrasal(lower, &n.lower));
        (QUERY_VERBS.contains(&lower) && !(lower == "check" && phrasal_next))
            || (lower == "look" && next.is_some_and(|n| n.lower == "up"))
            || lex.vocab.query_verbs.contains(lower)
    };
    let starts_with_query = query_verb(first, words.get(1));
    // 3. Event: a past participle closes the name.
    if let Some((clause, participle, aux, relative)) = event(lex, words) {
        // `ListOrdersPlacedByUser`, `CancelOrdersPlacedBeforeDate`: a verb first and a
        // participle phrase that modifies its object read as a query / command.
        let verb_first = starts_with_query || lex.base(&first.lower).is_some_and(|v| !v.is_noun());
        if !(relative && verb_first) {
            return Reading::Event {
                clause,
                participle,
                aux,
            };
        }
    }
    // 4. Query verbs first, `Exists` last.
    if starts_with_query {
        let skip = if first.lower == "look" { 2 } else { 1 };
        let (mut object, _) = object_and_complement(&words[skip.min(words.len())..]);
        // `ListOrdersPlacedByUser`: the object ends before a participle.
        if let Some(at) = words[skip.min(words.len())..]
            .iter()
            .position(|w| lex.past(&w.lower).is_some())
        {
            object.truncate(at);
        }
        return Reading::Query {
            cue: 0,
            verb: lex.base(&first.lower),
            object,
        };
    }
    if let Some(last) = words.last()
        && matches!(last.lower.as_str(), "exists" | "exist")
        && words.len() > 1
    {
        return Reading::Query {
            cue: words.len() - 1,
            verb: None,
            object: texts(&words[..words.len() - 1]),
        };
    }
    command_or_noun(lex, words)
}

/// Readings 5 and 6: a command, a noun phrase, or no verb.
fn command_or_noun(lex: &Lex<'_>, words: &[Word<'_>]) -> Reading {
    let first = &words[0];
    // 5. Command: a base verb first.
    if let Some(clause) = command(lex, words) {
        let last = words.len() - 1;
        if clause.verb.noun_leaning() && clause.particle.is_none() {
            if words.len() == 1 {
                return Reading::LoneNoun { verb: clause.verb };
            }
            if HEAD_NOUNS.contains(&words[last].lower.as_str())
                || is_agent_noun(lex, &words[last].lower)
            {
                return Reading::NounPhrase { head: last };
            }
        }
        return Reading::Command { clause };
    }
    // 6. No verb; maybe a participle used as an adjective (`FailedPayment`).
    if words.len() > 1
        && let Some(verb) = lex.past(&first.lower)
    {
        let (object, complement) = object_and_complement(&words[1..]);
        return Reading::Adjectival {
            clause: Clause {
                object,
                verb,
                particle: None,
                complement,
            },
        };
    }
    Reading::NoVerb
}

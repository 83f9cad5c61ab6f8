//! Names rebuilt from a name's own words for a kind, for an error whose reading gives no
//! suggestion that passes: the name's verb, wherever it stands and in whatever form
//! (`Resuming`, `Triggered`, `Register`), put first as an imperative (`WorkerResuming` →
//! `ResumeWorker`), last as a participle (`UserRegisterCommand` → `UserRegistered`), or asked
//! about (`SubscriptionComplete` → `IsSubscriptionComplete`). The caller keeps the first that
//! passes; computed only for errors.

use super::result::{Analysis, HOOK};
use crate::Kind;
use crate::grammar::progressive_verb;
use crate::lexicon::{Lex, Verb};
use crate::word_classes::{AUXILIARIES, INTERROGATIVES, is_adverb, is_particle, is_preposition};
use crate::words::{self, Decoration, Word, pascal};

/// How clearly a word is a verb, best first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// A past form or an `-ing` form of a known verb (`Triggered`, `Resuming`).
    Inflected,
    /// A base form used mostly as a verb (`Register`, `Delete`).
    MostlyVerb,
    /// A base form at least as often a noun (`Order`, `Bulk`, `Ship`).
    AlsoNoun,
    /// An auxiliary that is a verb too (`Get`, `Do`): the verb only when no other is.
    Auxiliary,
}

/// A verb among a name's words: where it is, its lemma, the particle word after it.
struct Found {
    at: usize,
    verb: Verb,
    particle_at: Option<usize>,
    rank: Rank,
}

/// Words that carry no content of their own in a rebuilt name (`Was`, `Has`, `Is`), and the
/// edge of a lifecycle hook (`Before`, `After` first or last: `AfterUserDelete` asks for
/// `DeleteUser`).
fn filler(words: &[Word<'_>], i: usize) -> bool {
    let w = words[i].lower.as_str();
    ((AUXILIARIES.contains(&w) || INTERROGATIVES.contains(&w)) && !matches!(w, "do" | "get"))
        || (matches!(w, "before" | "after") && (i == 0 || i + 1 == words.len()))
}

/// The verb of an `-ing` form, a listed verb before a prefixed guess (`deleting` → `delete`,
/// not `de` + `let`).
fn ing_verb(lex: &Lex<'_>, w: &str) -> Option<Verb> {
    let stem = w
        .strip_suffix("ing")
        .filter(|s| s.len() >= 2 && s.is_ascii())?;
    let undoubled = stem
        .as_bytes()
        .windows(2)
        .last()
        .filter(|pair| pair[0] == pair[1])
        .map(|_| &stem[..stem.len() - 1]);
    [
        Some(stem.to_owned()),
        Some(format!("{stem}e")),
        undoubled.map(str::to_owned),
    ]
    .into_iter()
    .flatten()
    .find_map(|base| lex.direct(&base))
    .or_else(|| progressive_verb(lex, w))
}

fn verb_at(lex: &Lex<'_>, words: &[Word<'_>], i: usize) -> Option<Found> {
    let w = words[i].lower.as_str();
    if filler(words, i) || is_preposition(w) || is_particle(w) {
        return None;
    }
    let (verb, rank) = if let Some(v) = lex.past(w) {
        (v, Rank::Inflected)
    } else if let Some(v) = ing_verb(lex, w).filter(|_| !Lex::ing_noun(w)) {
        (v, Rank::Inflected)
    } else {
        let v = lex.imperative(w)?;
        let rank = if matches!(w, "do" | "get") {
            Rank::Auxiliary
        } else if v.mostly_verb() {
            Rank::MostlyVerb
        } else {
            Rank::AlsoNoun
        };
        (v, rank)
    };
    let particle_at = words.get(i + 1).and_then(|next| {
        (verb.particle.is_none() && Lex::is_phrasal(&verb.base, &next.lower)).then_some(i + 1)
    });
    Some(Found {
        at: i,
        verb,
        particle_at,
        rank,
    })
}

/// Whether the name's reading rests on an imperative whose verb is as much a noun (`Order` of
/// `OrderShip`, `Bulk` of `BulkUpdateAssets`) while another word is a verb: a fact built on that
/// other verb (`OrderShipped`, `AssetsBulkUpdated`) reads better than one built on the first
/// (`ShipOrdered`).
pub(crate) fn clearer_verb_after(a: &Analysis, lex: &Lex<'_>) -> bool {
    let all = words::split(&a.name);
    let words = &all[..all.len() - a.decoration.len()];
    let first_is_weak = words
        .first()
        .and_then(|w| lex.base(&w.lower))
        .is_some_and(|v| v.noun_leaning());
    first_is_weak
        && a.verb
            .as_deref()
            .and_then(|v| v.split(' ').next())
            .is_some_and(|v| words[0].lower == v)
        && (1..words.len()).any(|i| verb_at(lex, words, i).is_some())
}

/// Names for `kind` built from the words of `a`, most likely first; each to be checked.
pub(crate) fn rephrasings(a: &Analysis, kind: Kind, lex: &Lex<'_>) -> Vec<String> {
    let all = words::split(&a.name);
    let core = all.len() - a.decoration.len();
    let words = &all[..core];
    // A rebuilt name without its `Not` would say the opposite; only the question keeps it.
    let negated = words
        .iter()
        .any(|w| matches!(w.lower.as_str(), "not" | "never"));
    let mut found: Vec<Found> = (0..words.len())
        .filter_map(|i| verb_at(lex, words, i))
        .collect();
    // The reading's own verb first (`Build` of `ActivityListPreQueryBuild`, a happening),
    // unless it is an imperative as much a noun with a verb after it (`Order` of `OrderShip`);
    // then the clearest verbs.
    let reading_verb = a
        .verb
        .as_deref()
        .and_then(|v| v.split(' ').next())
        .filter(|_| !clearer_verb_after(a, lex));
    // A hook's action is a base form (`EmbeddedFormSubmitAfter`: `submit`, not `embed`).
    let hook = a.cue_label == HOOK;
    found.sort_by_key(|f| {
        (
            reading_verb != Some(f.verb.base.as_str()),
            hook && f.rank == Rank::Inflected,
            f.rank,
        )
    });
    let text = |range: &mut dyn Iterator<Item = (usize, &Word<'_>)>| -> String {
        range.map(|(_, w)| pascal(w.text)).collect()
    };
    let mut out: Vec<String> = Vec::new();
    for f in &found {
        let kept =
            |j: usize, _: &Word<'_>| j != f.at && Some(j) != f.particle_at && !filler(words, j);
        let before = text(
            &mut words
                .iter()
                .enumerate()
                .take(f.at)
                .filter(|&(j, w)| kept(j, w)),
        );
        let after = text(
            &mut words
                .iter()
                .enumerate()
                .skip(f.at + 1)
                .filter(|&(j, w)| kept(j, w)),
        );
        let particle = f
            .verb
            .particle
            .map(pascal)
            .or_else(|| f.particle_at.map(|j| pascal(&words[j].lower)))
            .unwrap_or_default();
        match kind {
            Kind::Command | Kind::Event if negated => {}
            Kind::Command => {
                out.push(format!("{}{particle}{before}{after}", pascal(&f.verb.base)));
            }
            Kind::Event => {
                // `get` has the fact `Retrieved`, as a question's fact does.
                let participle = if f.verb.base == "get" {
                    "Retrieved".to_owned()
                } else {
                    pascal(&lex.participle(&f.verb.base))
                };
                let opens_phrase = words
                    .iter()
                    .enumerate()
                    .skip(f.at + 1)
                    .find(|&(j, w)| kept(j, w))
                    .is_some_and(|(_, w)| is_preposition(&w.lower));
                if opens_phrase {
                    out.push(format!("{before}{participle}{particle}{after}"));
                }
                // Words before the verb that are verbs or adverbs themselves modify it
                // (`BulkUpdateAssets` → `AssetsBulkUpdated`); nouns are its subject
                // (`CargoSetItinerary` → `CargoItinerarySet`).
                let modifiers = words[..f.at].iter().enumerate().all(|(j, w)| {
                    !kept(j, w) || lex.base(&w.lower).is_some() || is_adverb(&w.lower)
                });
                let (first, second) = if modifiers {
                    (&after, &before)
                } else {
                    (&before, &after)
                };
                out.push(format!("{first}{second}{participle}{particle}"));
                out.push(format!("{second}{first}{participle}{particle}"));
            }
            Kind::Query => {
                if f.rank == Rank::Inflected {
                    let said = text(&mut words.iter().enumerate().filter(|&(j, w)| {
                        !filler(words, j) || matches!(w.lower.as_str(), "not" | "never")
                    }));
                    if !said.is_empty() {
                        out.push(format!("Is{said}"));
                    }
                }
                // What it asks for is a thing, not a phrase (`AddToCart` asks for no `ToCart`).
                let thing = format!("{before}{after}");
                if !thing.is_empty()
                    && !words
                        .iter()
                        .enumerate()
                        .find(|&(j, w)| kept(j, w))
                        .is_some_and(|(_, w)| is_preposition(&w.lower))
                {
                    out.push(format!("Get{thing}"));
                }
                if f.rank != Rank::Inflected && thing.is_empty() {
                    out.push(format!(
                        "Is{}{particle}",
                        pascal(&lex.participle(&f.verb.base))
                    ));
                }
            }
        }
    }
    let target = match kind {
        Kind::Event => Decoration::Event,
        Kind::Command => Decoration::Command,
        Kind::Query => Decoration::Query,
    };
    let tail: String = all[core..]
        .iter()
        .filter(|w| {
            let k = words::decoration_kind(&w.text.to_lowercase());
            k == Some(target) || k == Some(Decoration::Version)
        })
        .map(|w| w.text)
        .collect();
    for s in &mut out {
        s.push_str(&tail);
    }
    out.dedup();
    out
}

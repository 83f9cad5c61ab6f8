//! Names rebuilt from a name's own words for a kind, for an error whose reading gives no
//! suggestion that passes (or a worse one: `crate::check` says when): the name's verb, wherever it stands and in whatever form
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

/// The verb word `i` is, if any: not a filler, a preposition or a particle, nor the object of
/// a preposition before it (`Stock` of `ProductOutOfStock`).
fn verb_at(lex: &Lex<'_>, words: &[Word<'_>], i: usize) -> Option<Found> {
    let w = words[i].lower.as_str();
    let after_preposition = i
        .checked_sub(1)
        .is_some_and(|j| is_preposition(&words[j].lower));
    if filler(words, i) || is_preposition(w) || is_particle(w) || after_preposition {
        return None;
    }
    let (verb, rank) = if let Some(v) = lex.past(w) {
        (v, Rank::Inflected)
    } else if let Some(v) = ing_verb(lex, w) {
        // A noun or an adjective spelt so (`Typing`, `Recurring`, `Missing`) is as much the
        // thing or the state as the action.
        let rank = if Lex::ing_noun(w) || lex.adjective(w) {
            Rank::AlsoNoun
        } else {
            Rank::Inflected
        };
        (v, rank)
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

/// Whether the name's reading rests on an imperative whose verb is as much a noun (`Bulk` of
/// `BulkUpdateAssets`) while a later word is mostly a verb: a fact built on that other verb
/// (`AssetsBulkUpdated`) reads better than one built on the first (`UpdateAssetsBulked`). When
/// the later word is as much a noun too, nothing tells `OrderShip` (`OrderShipped`) from
/// `PlaceOrder` (`OrderPlaced`), and the reading's own suggestion stands; so it does after a
/// first word often a verb (`PlaceBidCommand`: `BidPlaced`).
pub(crate) fn clearer_verb_after(a: &Analysis, lex: &Lex<'_>) -> bool {
    let all = words::split(&a.name);
    let words = &all[..all.len() - a.decoration.len()];
    // Not a first word SemCor tags as a verb at least half as often as a noun: it is the
    // verb (`PlaceBidCommand` is no `PlaceBidden`).
    let first_is_weak = words.first().is_some_and(|w| {
        lex.base(&w.lower)
            .is_some_and(|v| v.noun_leaning() && !v.often_verb())
    });
    first_is_weak
        && a.verb
            .as_deref()
            .and_then(|v| v.split(' ').next())
            .is_some_and(|v| words[0].lower == v)
        && (1..words.len())
            .any(|i| verb_at(lex, words, i).is_some_and(|f| f.rank <= Rank::MostlyVerb))
}

/// A name's words around one of its verbs: the words before and after it (auxiliaries and the
/// verb's particle left out), as written.
struct Around<'w> {
    found: &'w Found,
    before: String,
    after: String,
    particle: String,
    /// Whether the first word kept after the verb is a preposition (`CheckForUpdates`).
    phrase_after: bool,
    /// Whether the first word kept of all is a preposition (`AddToCart`) or the name's first
    /// word and mostly a verb (`Validate` of `ValidateBeforeRemoveField`): it heads no thing
    /// to get.
    phrase_first: bool,
    /// Whether every word kept before the verb is a verb or an adverb (`Bulk` of
    /// `BulkUpdateAssets`), so modifies it rather than being its subject.
    modifiers_before: bool,
}

impl<'w> Around<'w> {
    fn new(lex: &Lex<'_>, words: &[Word<'_>], found: &'w Found) -> Around<'w> {
        let kept: Vec<(usize, &Word<'_>)> = words
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != found.at && Some(j) != found.particle_at && !filler(words, j))
            .collect();
        let text = |keep: &dyn Fn(usize) -> bool| -> String {
            kept.iter()
                .filter(|(j, _)| keep(*j))
                .map(|(_, w)| pascal(w.text))
                .collect()
        };
        let first_after = kept.iter().find(|(j, _)| *j > found.at);
        Around {
            found,
            before: text(&|j| j < found.at),
            after: text(&|j| j > found.at),
            particle: found
                .verb
                .particle
                .map(pascal)
                .or_else(|| found.particle_at.map(|j| pascal(&words[j].lower)))
                .unwrap_or_default(),
            phrase_after: first_after.is_some_and(|(_, w)| is_preposition(&w.lower)),
            phrase_first: kept.first().is_some_and(|(j, w)| {
                is_preposition(&w.lower)
                    || (*j == 0 && lex.base(&w.lower).is_some_and(|v| v.mostly_verb()))
            }),
            modifiers_before: kept
                .iter()
                .filter(|(j, _)| *j < found.at)
                .all(|(_, w)| lex.base(&w.lower).is_some() || is_adverb(&w.lower)),
        }
    }

    /// `ResumeWorker`, `SignUp`, `TriggerAutoUpdate`.
    fn command(&self) -> Vec<String> {
        let Around {
            before,
            after,
            particle,
            ..
        } = self;
        vec![format!(
            "{}{particle}{before}{after}",
            pascal(&self.found.verb.base)
        )]
    }

    /// `UserRegistered`, `CheckedForUpdates`, `AssetsBulkUpdated`, `CargoItinerarySet`.
    fn event(&self, lex: &Lex<'_>) -> Vec<String> {
        let Around {
            before,
            after,
            particle,
            ..
        } = self;
        // `get` has the fact `Retrieved`, as a question's fact does.
        let participle = if self.found.verb.base == "get" {
            "Retrieved".to_owned()
        } else {
            pascal(&lex.participle(&self.found.verb.base))
        };
        let mut out = Vec::new();
        if self.phrase_after {
            out.push(format!("{before}{participle}{particle}{after}"));
        }
        // Verbs or adverbs before the verb modify it (`BulkUpdateAssets` →
        // `AssetsBulkUpdated`); nouns are its subject (`CargoSetItinerary` →
        // `CargoItinerarySet`).
        let (first, second) = if self.modifiers_before {
            (after, before)
        } else {
            (before, after)
        };
        out.push(format!("{first}{second}{participle}{particle}"));
        out.push(format!("{second}{first}{participle}{particle}"));
        out
    }

    /// `IsWorkerResuming` (`said`: the name without its auxiliaries), `GetOrder`, `IsActivated`.
    fn query(&self, lex: &Lex<'_>, said: &str) -> Vec<String> {
        let mut out = Vec::new();
        let inflected = self.found.rank == Rank::Inflected;
        if inflected && !said.is_empty() {
            out.push(format!("Is{said}"));
        }
        // What it asks for is a thing, not a phrase (`AddToCart` asks for no `ToCart`).
        let thing = format!("{}{}", self.before, self.after);
        if !thing.is_empty() && !self.phrase_first {
            out.push(format!("Get{thing}"));
        }
        if !inflected && thing.is_empty() {
            out.push(format!(
                "Is{}{}",
                pascal(&lex.participle(&self.found.verb.base)),
                self.particle
            ));
        }
        out
    }
}

/// The verbs of a name's words, the likeliest first: the reading's own (`Build` of
/// `ActivityListPreQueryBuild`, a happening), unless it is an imperative as much a noun with a
/// verb after it (`Bulk` of `BulkUpdateAssets`); a hook's base form before an inflected one
/// (`EmbeddedFormSubmitAfter`: `submit`, not `embed`); then the clearest verbs.
fn verbs(a: &Analysis, lex: &Lex<'_>, words: &[Word<'_>]) -> Vec<Found> {
    let mut found: Vec<Found> = (0..words.len())
        .filter_map(|i| verb_at(lex, words, i))
        .collect();
    let reading_verb = a.verb.as_deref().and_then(|v| v.split(' ').next());
    let clearer_after = clearer_verb_after(a, lex);
    let hook = a.cue_label == HOOK;
    found.sort_by_key(|f| {
        (
            (reading_verb == Some(f.verb.base.as_str())) == clearer_after,
            hook && f.rank == Rank::Inflected,
            f.rank,
        )
    });
    found
}

/// Whether a word of the name is clearly a verb (an inflected form, or a base mostly used as a
/// verb: `Activate` of `ClientActivateBusinessEvent`), where its reading found none. The last
/// word, when it is a noun too, heads the noun phrase the reading found (`Address` of
/// `CustomerAddress`, which is no `AddressCustomer`).
pub(crate) fn clear_verb(a: &Analysis, lex: &Lex<'_>) -> bool {
    let all = words::split(&a.name);
    let words = &all[..all.len() - a.decoration.len()];
    (0..words.len()).any(|i| {
        verb_at(lex, words, i).is_some_and(|f| f.rank <= Rank::MostlyVerb)
            && !(i + 1 == words.len() && lex.base(&words[i].lower).is_some_and(|v| v.is_noun()))
    })
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
    if negated && kind != Kind::Query {
        return Vec::new();
    }
    let said: String = words
        .iter()
        .enumerate()
        .filter(|&(j, w)| !filler(words, j) || matches!(w.lower.as_str(), "not" | "never"))
        .map(|(_, w)| pascal(w.text))
        .collect();
    let mut out: Vec<String> = Vec::new();
    for found in &verbs(a, lex, words) {
        let around = Around::new(lex, words, found);
        // A verb one side of `And` or `Or` is one of two actions: taken out, it would leave
        // the conjunction dangling (`DeepCloneAndSave` is no `SaveDeepCloneAnd`).
        let conjunction = |w: &Word<'_>| matches!(w.lower.as_str(), "and" | "or");
        if words.get(found.at + 1).is_some_and(conjunction)
            || found
                .at
                .checked_sub(1)
                .and_then(|j| words.get(j))
                .is_some_and(conjunction)
        {
            continue;
        }
        out.extend(match kind {
            Kind::Command => around.command(),
            Kind::Event => around.event(lex),
            Kind::Query => around.query(lex, &said),
        });
    }
    // Decorations of the kind and versions stay (`…CommandV2`).
    let target = match kind {
        Kind::Event => Decoration::Event,
        Kind::Command => Decoration::Command,
        Kind::Query => Decoration::Query,
    };
    let tail: String = all[core..]
        .iter()
        .filter(|w| {
            let k = w.decoration_kind();
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

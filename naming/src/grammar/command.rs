//! Readings with no fact in them: a command (a base verb first), a noun phrase, a participle
//! before its noun (`FailedPayment`), or no verb.

use super::happening::{act_of_doing, occurrence};
use super::phrase::{object_and_complement, texts};
use super::reading::{Clause, Reading};
use crate::affixes::{PARTICLES, PREFIXES};
use crate::lexicon::{Lex, Verb};
use crate::word_classes::{
    BATCH_WORDS, CRUD_VERBS, HEAD_NOUNS, MESSAGE_HEADS, MOMENT_NOUNS, OBJECT_HEADS, STATE_WORDS,
    is_adverb, is_agent_noun, is_preposition, singular,
};
use crate::words::Word;

/// The command reading (verb first) of `words`, ignoring noun-phrase considerations.
pub(super) fn command(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<Clause> {
    let first = words.first()?;
    let (verb, at) = match modified_verb(lex, words) {
        Some(found) => found,
        // A word hardly ever a verb still opens an imperative with its particle
        // (`PhaseOutTariff`: phase out), as WordNet lists the phrasal verb, or with an object
        // and where it goes (`RouteOrderToDropShipper`).
        None if words.len() > 1 => (
            lex.imperative(&first.lower).or_else(|| {
                lex.base(&first.lower).filter(|v| {
                    Lex::is_phrasal(&v.base, &words[1].lower) || sent_somewhere(lex, words)
                })
            })?,
            1,
        ),
        None => (lex.base(&first.lower)?, 1),
    };
    let mut particle = words
        .get(at)
        .filter(|w| verb.particle.is_none() && Lex::is_phrasal(&verb.base, &w.lower))
        .map(|w| w.lower.clone());
    let rest = &words[at + usize::from(particle.is_some())..];
    let (mut object, complement) = object_and_complement(rest);
    // A phrasal verb split by its object before a phrase (`TakeVehicleOutOfService`: take the
    // vehicle out, of service): the particle is the verb's, not the object's.
    if particle.is_none()
        && verb.particle.is_none()
        && object.len() >= 2
        && !complement.is_empty()
        && object
            .last()
            .is_some_and(|w| Lex::is_phrasal(&verb.base, &w.to_lowercase()))
    {
        particle = object.pop().map(|w| w.to_lowercase());
    }
    Some(Clause {
        object,
        verb,
        particle,
        complement,
    })
}

/// Whether one or two nouns after the first word are sent somewhere, `To`, `Into` or `Onto`
/// and a place after them (`RouteCallToWirelessPhone`, `RouteStudyToWorklist`): what the verb
/// does to its object, no noun phrase.
fn sent_somewhere(lex: &Lex<'_>, words: &[Word<'_>]) -> bool {
    (2..words.len().saturating_sub(1).min(4)).any(|to| {
        matches!(words[to].lower.as_str(), "to" | "into" | "onto")
            && words[1..to].iter().all(|w| {
                !is_preposition(&w.lower)
                    && lex.past(&w.lower).is_none()
                    && lex.base(&w.lower).is_none_or(|v| v.is_noun())
            })
    })
}

/// A phrasal verb split by its object, the particle last (`LogUserOff`, `CheckInventoryItemIn`,
/// `TurnLightsOn`): WordNet lists the verb with that particle, and the words between are its
/// object, no verb form and no preposition among them.
pub(super) fn split_phrasal(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<Reading> {
    let [first, object @ .., last] = words else {
        return None;
    };
    if object.is_empty() || !PARTICLES.contains(&last.lower.as_str()) {
        return None;
    }
    let verb = lex.base(&first.lower)?;
    let split = verb.particle.is_none()
        && Lex::is_phrasal(&verb.base, &last.lower)
        && object.iter().all(|w| {
            !is_preposition(&w.lower)
                && !PARTICLES.contains(&w.lower.as_str())
                && lex.past(&w.lower).is_none()
        });
    split.then(|| Reading::Command {
        clause: Clause {
            object: texts(object),
            verb,
            particle: Some(last.lower.clone()),
            complement: Vec::new(),
        },
        or_event: false,
        actor: 0,
    })
}

/// A verb written as two words, then its object: a prefix apart (`ReRunJob`,
/// `AutoRenewSubscription`: `rerun`, `autorenew`) or an adverb in `-ly` before it
/// (`PartiallyRefundOrder`), or an adjective before a CRUD verb (`SoftDeleteEmployee`).
/// The verb and the index of the word after it.
fn modified_verb(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<(Verb, usize)> {
    let [first, second, rest @ ..] = words else {
        return None;
    };
    // `BulkPublish`: alone with its verb, a word of many at once still modifies it.
    if rest.is_empty() && !BATCH_WORDS.contains(&first.lower.as_str()) {
        return None;
    }
    // `Need` takes no prefix (`PreNeedContractsByCounselor`: pre-need contracts, a noun).
    if PREFIXES.contains(&first.lower.as_str())
        && lex.base(&first.lower).is_none()
        && second.lower != "need"
    {
        let joined = format!("{}{}", first.lower, second.lower);
        return lex.base(&joined).map(|v| (v, 2));
    }
    if modifies_verb(lex, &first.lower, &second.lower)
        && let Some(v) = lex.imperative(&second.lower)
    {
        return Some((v, 2));
    }
    None
}

/// Whether `w`, no verb itself (or a word of [`BATCH_WORDS`]), modifies the verb `verb` it comes
/// before: an adverb in `-ly`
/// (`PartiallyRefundOrder`), or an adjective before a CRUD verb (`SoftDeleteEmployee`,
/// `HardDeleteUser`: soft-delete the employee); before another word an adjective modifies a
/// noun (`NewListenAddr`).
pub(crate) fn modifies_verb(lex: &Lex<'_>, w: &str, verb: &str) -> bool {
    // `BatchDeleteImage`, `BulkUpdateAssets`, `MassDeleteUsers`: done to many at once, before
    // a verb used mostly as one.
    if BATCH_WORDS.contains(&w) {
        return lex.base(verb).is_some_and(|v| v.mostly_verb());
    }
    lex.base(w).is_none()
        && ((is_adverb(w) && !lex.adjective(w))
            || (CRUD_VERBS.contains(&verb) && lex.adjective(w) && lex.past(w).is_none()))
}

/// Readings 7 and 8: a command, a noun phrase, or no verb.
pub(super) fn command_or_noun(lex: &Lex<'_>, words: &[Word<'_>]) -> Reading {
    let first = &words[0];
    // `Up`, `Off` alone: where something is, read with what the enum names (`LinkEvent::Up`,
    // `LightCommand::Off`), not the rare verbs WordNet lists (to up the stakes).
    if words.len() == 1 && STATE_WORDS.contains(&first.lower.as_str()) {
        return Reading::NoVerb;
    }
    // `AttemptOfLoggingIn`: the act of doing something, no imperative.
    if let Some(reading) = act_of_doing(lex, words) {
        return reading;
    }
    // `ProgressEnd`, `ShiftEnd`: a noun that is seldom a verb before the moment it reaches, as
    // `SessionEnd`; a verb used as one ends there (`DragEnd`: drag to the end).
    if let [first, last] = words
        && MOMENT_NOUNS.contains(&last.lower.as_str())
        && lex
            .base(&first.lower)
            .is_some_and(|v| v.noun_leaning() && !v.often_verb())
        && let Some(reading) = occurrence(lex, words)
    {
        return reading;
    }
    // `FellBack`: the irregular past of a phrasal verb WordNet lists (`fall back`), not the
    // imperative of the verb it spells (`fell`), which takes no such particle. Asked only of a
    // name that reads as a command, a particle second (WordNet's phrasal verbs end in one).
    let phrasal_past = || {
        words.len() > 1
            && PARTICLES.contains(&words[1].lower.as_str())
            && !Lex::is_phrasal(&first.lower, &words[1].lower)
            && lex
                .past(&first.lower)
                .is_some_and(|v| v.base != first.lower && Lex::is_phrasal(&v.base, &words[1].lower))
    };
    // 7. Command: a base verb first.
    if let Some(clause) = command(lex, words)
        && !phrasal_past()
    {
        let last = words.len() - 1;
        if clause.verb.noun_leaning() && clause.particle.is_none() {
            if words.len() == 1 {
                // Alone, a closed compound (`Logout`, `Signup`) is the imperative of its button.
                if clause.verb.particle.is_some() {
                    return Reading::Command {
                        clause,
                        or_event: false,
                        actor: 0,
                    };
                }
                return Reading::LoneNoun { verb: clause.verb };
            }
            let head = words[last].lower.as_str();
            if HEAD_NOUNS.contains(&head) {
                return Reading::NounPhrase {
                    head: last,
                    or_command: None,
                };
            }

            // `OrderById`, `OrderForCustomer`: a noun and its modifier; `AccessKitActionRequest`:
            // a request message, or the imperative `FireSchedulerRequest`; `RateDriver`: a
            // person named by what they do is as often the object of an order
            // (`OrderProcessor`, or rate the driver); `TaxRate`, `ExchangeRate`: one noun of two
            // words in WordNet.
            if OBJECT_HEADS.contains(&head)
                || (words.len() == 2 && Lex::noun_compound(&words[0].lower, singular(head)))
                || is_agent_noun(lex, head)
                || MESSAGE_HEADS.contains(&head)
                || matches!(
                    words[1].lower.as_str(),
                    "by" | "for" | "of" | "per" | "with"
                )
            {
                return Reading::NounPhrase {
                    head: last,
                    or_command: Some(clause),
                };
            }
        }
        return Reading::Command {
            clause,
            or_event: false,
            actor: 0,
        };
    }
    // 8. No verb; maybe a participle used as an adjective (`FailedPayment`), or with its
    // particle and its subject implied (`LockedOut`, `SwitchedOff`).
    if words.len() > 1
        && let Some(verb) = lex.past(&first.lower)
    {
        // A state word right after it is its particle too when the table lacks the pair
        // (`TimedOut`).
        let particle = Some(words[1].lower.clone()).filter(|p| {
            Lex::is_phrasal(&verb.base, p)
                || (words.len() == 2
                    && matches!(p.as_str(), "back" | "down" | "off" | "out" | "up"))
        });
        let rest = if particle.is_some() { 2 } else { 1 };
        // `WentOffline`, `BecameActive`, `GotStuck`: a state right after it is what the subject
        // implied came to be, not a subject.
        let state_after = particle.is_none()
            && (lex.adjective(&words[1].lower) || STATE_WORDS.contains(&words[1].lower.as_str()));
        let (object, complement) = if state_after {
            (Vec::new(), texts(&words[1..]))
        } else {
            object_and_complement(&words[rest..])
        };
        return Reading::Adjectival {
            clause: Clause {
                object,
                verb,
                particle,
                complement,
            },
        };
    }
    occurrence(lex, words).unwrap_or(Reading::NoVerb)
}

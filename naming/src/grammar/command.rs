//! Readings with no fact in them: a command (a base verb first), a noun phrase, a participle
//! before its noun (`FailedPayment`), or no verb.

use super::happening::occurrence;
use super::phrase::object_and_complement;
use super::reading::{Clause, Reading};
use crate::lexicon::Lex;
use crate::word_classes::{HEAD_NOUNS, MESSAGE_HEADS, OBJECT_HEADS, is_agent_noun};
use crate::words::Word;

/// The command reading (verb first) of `words`, ignoring noun-phrase considerations.
pub(super) fn command(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<Clause> {
    let first = words.first()?;
    let verb = if words.len() > 1 {
        lex.imperative(&first.lower)?
    } else {
        lex.base(&first.lower)?
    };
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

/// Readings 7 and 8: a command, a noun phrase, or no verb.
pub(super) fn command_or_noun(lex: &Lex<'_>, words: &[Word<'_>]) -> Reading {
    let first = &words[0];
    // 7. Command: a base verb first.
    if let Some(clause) = command(lex, words) {
        let last = words.len() - 1;
        if clause.verb.noun_leaning() && clause.particle.is_none() {
            if words.len() == 1 {
                // Alone, a closed compound (`Logout`, `Signup`) is the imperative of its button.
                if clause.verb.particle.is_some() {
                    return Reading::Command {
                        clause,
                        or_event: false,
                    };
                }
                return Reading::LoneNoun { verb: clause.verb };
            }
            let head = words[last].lower.as_str();
            if HEAD_NOUNS.contains(&head) || is_agent_noun(lex, head) {
                return Reading::NounPhrase {
                    head: last,
                    or_command: None,
                };
            }
            // `OrderById`, `OrderForCustomer`: a noun and its modifier; `AccessKitActionRequest`:
            // a request message, or the imperative `FireSchedulerRequest`.
            if OBJECT_HEADS.contains(&head)
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
        };
    }
    // 8. No verb; maybe a participle used as an adjective (`FailedPayment`).
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
    occurrence(words).unwrap_or(Reading::NoVerb)
}

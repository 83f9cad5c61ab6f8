//! The state reading: a subject and the state it reached (`FuelLow`, `ParcelReadyForPickup`,
//! `JobProcessing`, `IndexIsNowPresent`).

use super::phrase::texts;
use super::reading::Reading;
use crate::lexicon::{Lex, Verb};
use crate::word_classes::{OBJECT_HEADS, STATE_WORDS, is_adverb, is_preposition, subjectish};
use crate::words::Word;

/// `IndexIsNowPresent`, `ProjectionIsNowLive`, with `Is` at `is`: `now` marks a change, so the
/// state is reached, a fact (`UserIsActive` only describes a state).
pub(super) fn state_reached_now(lex: &Lex<'_>, words: &[Word<'_>], is: usize) -> Option<Reading> {
    let state = is + 2;
    let reached = words.get(is + 1).is_some_and(|w| w.lower == "now")
        && state + 1 == words.len()
        && subjectish(lex, &words[0].lower)
        && {
            let w = words[state].lower.as_str();
            STATE_WORDS.contains(&w) || lex.adjective(w) || lex.past(w).is_some()
        };
    reached.then(|| Reading::State {
        subject: texts(&words[..is]),
        state,
    })
}

/// The index of the state word of `subject state [prepositional phrase]`, if the name reads so.
pub(super) fn state(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<usize> {
    if words.len() < 2
        || !subjectish(lex, &words[0].lower)
        || Lex::is_phrasal(&words[0].lower, &words[1].lower)
    {
        return None;
    }
    // The state closes the name (adverbs aside: `CardExpiringSoon`), or comes right before a
    // prepositional phrase.
    let mut end = words.len();
    while end > 2 && is_adverb(&words[end - 1].lower) && lex.base(&words[end - 1].lower).is_none() {
        end -= 1;
    }
    let k = (1..end)
        .find(|&i| is_preposition(&words[i].lower) && i + 1 < end)
        .map_or(end - 1, |pp| pp - 1);
    if k == 0 {
        // `OrderOnHold`, `ShipmentInTransit`, `ClaimUnderReview`: one thing and where it now
        // is, a prepositional phrase used as a predicate. Not a plural (`ItemsInCart`, a set
        // of data) nor a preposition that modifies a noun (`OrderById`, `OrderForCustomer`).
        let one = words[0].lower.as_str();
        let locative = words.len() >= 3
            && matches!(words[1].lower.as_str(), "in" | "on" | "under")
            && (!one.ends_with('s') || one.ends_with("ss"));
        return locative.then_some(1);
    }
    let w = words[k].lower.as_str();
    let is_state = STATE_WORDS.contains(&w)
        || (lex.adjective(w) && !OBJECT_HEADS.contains(&w))
        || progressive(lex, w);
    (is_state && words[..k].iter().all(|w| !is_preposition(&w.lower))).then_some(k)
}

/// An `-ing` form of a known verb (`JobProcessing`, `VectorStopping`): a state in progress.
pub(super) fn progressive(lex: &Lex<'_>, w: &str) -> bool {
    progressive_verb(lex, w).is_some()
}

/// The verb of an `-ing` form (`retrieving` → `retrieve`, `forgetting` → `forget`).
pub(crate) fn progressive_verb(lex: &Lex<'_>, w: &str) -> Option<Verb> {
    let stem = w
        .strip_suffix("ing")
        .filter(|s| s.len() >= 3 && s.is_ascii())?;
    // ASCII: byte slicing cannot fall inside a character.
    let b = stem.as_bytes();
    let undoubled =
        (b.len() >= 4 && b[b.len() - 1] == b[b.len() - 2]).then(|| &stem[..stem.len() - 1]);
    lex.base(stem)
        .or_else(|| lex.base(&format!("{stem}e")))
        .or_else(|| undoubled.and_then(|s| lex.base(s)))
}

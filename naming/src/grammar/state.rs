//! The state reading: a subject and the state it reached (`FuelLow`, `ParcelReadyForPickup`,
//! `JobProcessing`, `IndexIsNowPresent`).

use super::phrase::texts;
use super::reading::Reading;
use crate::lexicon::{Lex, Verb};
use crate::word_classes::{
    COMPLEMENT_VERBS, INFORMING_VERBS, LINKING_VERBS, OBJECT_HEADS, PASSING_STATES, QUANTIFIERS,
    STATE_WORDS, is_adverb, is_preposition, subjectish,
};
use crate::words::Word;

/// `IndexIsNowPresent`, `ProjectionIsNowLive`, with `Is` at `is`: `now` marks a change, so the
/// state is reached, a fact (without `Now`, see `state_said_with_is` in `read.rs`).
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
        or_command: false,
    })
}

/// The index of the state word of `subject state [prepositional phrase]`, if the name reads so.
pub(super) fn state(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<usize> {
    if words.len() < 2 || Lex::is_phrasal(&words[0].lower, &words[1].lower) {
        return None;
    }
    if !subjectish(lex, &words[0].lower) {
        return under_status(lex, words).or_else(|| pure_state(lex, words));
    }
    subject_state(lex, words)
}

/// Whether `verb` first asks for a state rather than names a subject: a verb that takes an
/// object and its state (`MarkComplete`), a linking verb (`GoIdle`) or one that informs
/// (`NotifyComplete`).
fn asks_for_state(verb: &str) -> bool {
    COMPLEMENT_VERBS.contains(&verb)
        || LINKING_VERBS.contains(&verb)
        || INFORMING_VERBS.contains(&verb)
}

/// `PullRequestReadyForReview`, `TestHelpersTestClockReady`: a first word that is a verb as much
/// as a noun, more nouns after it, then a passing state or `Out Of` a range
/// (`FillLevelOutOfSpec`). It is the subject's first word as much
/// as an imperative (pull the request ready?), so the name reads both ways; the index of the
/// state, if it reads so, after at least two words of subject. Not a verb that asks for a state
/// ([`asks_for_state`]: `MakeOrderReadyForPickup`). With its own subject first a name reads as
/// a state whatever the state word ([`state`]).
pub(super) fn compound_subject_state(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<usize> {
    let first = words.first()?.lower.as_str();
    if words.len() < 3
        || subjectish(lex, first)
        || asks_for_state(first)
        || !lex.base(first).is_some_and(|v| v.is_noun())
        || !lex.base(&words[1].lower).is_none_or(|v| v.is_noun())
        || lex.adjective(&words[1].lower)
        || is_preposition(&words[1].lower)
    {
        return None;
    }
    // Only a passing state (`Ready`) or an action in progress closing the name (`Advancing`; not
    // an `-ing` noun, `CancelSlotBooking`): a lasting property (`ChangeRateEffective`) or a
    // direction (`MoveWordLeft`) after a verb and its object completes the request.
    subject_state(lex, words).filter(|&k| {
        let w = words[k].lower.as_str();
        // `FillPressureOutOfTolerance`: out of a range (`TakeVehicleOutOfService` is a request).
        let out_of = w == "out"
            && words.get(k + 1).is_some_and(|n| n.lower == "of")
            && words.get(k + 2).is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "bounds" | "limits" | "range" | "spec" | "specification" | "tolerance"
                )
            });
        k >= 2
            && (PASSING_STATES.contains(&w)
                || out_of
                || (k + 1 == words.len()
                    && progressive(lex, w)
                    && !Lex::ing_noun(w)
                    && !lex.adjective(w)))
    })
}

/// [`state`] once the first word is taken as the subject's.
fn subject_state(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<usize> {
    // The state closes the name (adverbs aside: `CardExpiringSoon`), or comes right before a
    // prepositional phrase.
    let mut end = words.len();
    while end > 2 && is_adverb(&words[end - 1].lower) && lex.base(&words[end - 1].lower).is_none() {
        end -= 1;
    }
    // `ContractDueForRenewal`: `due` before a preposition is the state, not a preposition.
    let k = (1..end)
        .find(|&i| is_preposition(&words[i].lower) && i + 1 < end && !due_state(words, i))
        .map_or(end - 1, |pp| pp - 1);
    // A past form alone before the rest is a participle with its subject implied, not a
    // subject (`SwitchedOff`, `ArrivedAtStation`, `MentionedInChannel`: reading 8).
    if lex.base(&words[0].lower).is_none() && lex.past(&words[0].lower).is_some() {
        return None;
    }
    // `TemperatureAboveLimit`, `StockLevelBelowThreshold`: a subject and the level it is now
    // above or below.
    if words
        .get(k + 1)
        .is_some_and(|w| matches!(w.lower.as_str(), "above" | "below"))
        && !COMPLEMENT_VERBS.contains(&words[0].lower.as_str())
    {
        return Some(k + 1);
    }
    // `KeyNearExpiry`, `GatewayTokenNearExpiry`: a subject near a limit, a state.
    if let Some(near) = (1..end.saturating_sub(1)).find(|&i| words[i].lower == "near")
        && words[..near]
            .iter()
            .all(|w| subjectish(lex, &w.lower) && !is_preposition(&w.lower))
        && !COMPLEMENT_VERBS.contains(&words[0].lower.as_str())
    {
        return Some(near);
    }
    // `OrderOnHold`, `ShipmentInTransit`, `ClaimUnderReview`: one thing and where it now is, a
    // prepositional phrase used as a predicate. Not a plural (`ItemsInCart`, a set of data) nor
    // a preposition that modifies a noun (`OrderById`, `OrderForCustomer`). Nor a verb that
    // puts its object somewhere (`PlaceOnHold`: place it on hold). With more words, the first
    // no verb at all (`WorkflowJobInProgress`, `OutboundPaymentUnderReview`; not
    // `StoreFileInCache`: store the file in the cache).
    let thing = words[k].lower.as_str();
    let locative = words.len() >= k + 3
        && matches!(words[k + 1].lower.as_str(), "in" | "on" | "under" | "at")
        && (!thing.ends_with('s') || thing.ends_with("ss"))
        && !COMPLEMENT_VERBS.contains(&words[0].lower.as_str());
    if k == 0 {
        return locative.then_some(1);
    }
    if locative
        && lex.base(&words[0].lower).is_none()
        && words[1..=k].iter().all(|w| subjectish(lex, &w.lower))
    {
        return Some(k + 1);
    }

    // `FlagTransactionSuspicious`, `SetUserActive`: a verb, its object and the state it is to be
    // in, as with a participle (`MarkTaskDone`).
    if k >= 2 && COMPLEMENT_VERBS.contains(&words[0].lower.as_str()) {
        return None;
    }
    let w = words[k].lower.as_str();
    // `Left` after a verb and its object is a direction (`CopyWordLeft`: reading 3).
    if w == "left" && k >= 2 && lex.imperative(&words[0].lower).is_some() {
        return None;
    }
    // A quantifier stands for a noun, the object of the verb before it (`UserDeleteAll`).
    let is_state = STATE_WORDS.contains(&w)
        || (lex.adjective(w) && !OBJECT_HEADS.contains(&w) && !QUANTIFIERS.contains(&w))
        || progressive(lex, w);
    if is_state {
        return words[..k]
            .iter()
            .all(|w| !is_preposition(&w.lower))
            .then_some(k);
    }
    // `OrderAwaitingPayment`, `DriverApproachingPickup`: an `-ing` form after the subject with its
    // object, a state in progress. Not an `-ing` noun or adjective modifying the noun after it
    // (`OrderShippingAddress`, `PriceMatchingRule`).
    let j = (1..k).find(|&j| words[j].lower.ends_with("ing"))?;
    let w = words[j].lower.as_str();
    let in_progress = !Lex::ing_noun(w)
        && !lex.adjective(w)
        && lex.base(w).is_none()
        && progressive(lex, w)
        && words[..k].iter().all(|w| !is_preposition(&w.lower));
    in_progress.then_some(j)
}

/// Whether the preposition at `i` is `due` used as a predicate adjective before another
/// preposition (`ContractDueForRenewal`, `InvoiceDueIn…`).
fn due_state(words: &[Word<'_>], i: usize) -> bool {
    words[i].lower == "due" && words.get(i + 1).is_some_and(|w| is_preposition(&w.lower))
}

/// A subject that is as much a verb (`Claim`, `Permit`) `Under` a status (`ClaimUnderReview`,
/// `PermitUnderAppeal`): no imperative takes `under` and a noun without an object, except a verb
/// that puts its object somewhere (`PlaceUnderReview`), so the name states where the subject is.
fn under_status(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<usize> {
    let first = words[0].lower.as_str();
    (words.len() >= 3
        && words[1].lower == "under"
        && !COMPLEMENT_VERBS.contains(&first)
        && !LINKING_VERBS.contains(&first)
        && lex.base(first).is_some_and(|v| v.is_noun()))
    .then_some(1)
}

/// A subject that is as much a verb (`Rent`, `Permit`, `Contract`, `Claim`) and a predicate
/// adjective that is neither a verb nor a noun (`RentOverdue`, `PermitPending`,
/// `ClaimDueForReview`): such an adjective cannot be the object of an imperative, as `Terminal`
/// (`CloseTerminal`) or `All` (`ReadAll`) can, so the name states what the subject is now. Not a
/// verb that takes an object and its state (`KeepAlive`, `MakeAvailable`), nor a linking verb
/// (`ComeOnline`, `GoPublic`, `StayIdle`: become so).
fn pure_state(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<usize> {
    // Cheap tests first: most names have more words and no `due`.
    let k = if due_state(words, 1) {
        1
    } else {
        (words.len() == 2).then_some(1)?
    };
    let first = words[0].lower.as_str();
    let w = words[k].lower.as_str();
    // Most two-word names end in a noun, often a verb too (`PlaceOrder`): that look-up first,
    // then the adjective's, which costs more.
    let adjective_only = w == "due"
        || (!lex.known_verb(w)
            && lex.adjective(w)
            && !QUANTIFIERS.contains(&w)
            && lex.base(w).is_none()
            && !Lex::noun_adjective(w)
            && !progressive(lex, w));
    // The subject must be a noun SemCor tags as one (`Rent`, `Claim`), not a verb WordNet only
    // also lists as a noun (`Add`, `Update`: `UpdateMeasurable` updates a measurable).
    (adjective_only
        && !COMPLEMENT_VERBS.contains(&first)
        && !LINKING_VERBS.contains(&first)
        && lex
            .base(first)
            .is_some_and(|v| v.is_noun() && (v.noun_leaning() || v.often_verb())))
    .then_some(k)
}

/// A verb and a passing state (`UpdateAvailable`, `DownloadComplete`, `FileOpen`,
/// `UploadPending`): no one orders "update the available", so the verb is the subject, as in
/// software it is the noun of its work too (an update, a download), and the adjective the state
/// it reached. The imperative stays possible (`CloseIdle`: close the idle ones), so the name
/// reads both ways. Not a verb that asks for a state ([`asks_for_state`]: `KeepOpen`).
pub(super) fn verb_then_state(lex: &Lex<'_>, words: &[Word<'_>]) -> bool {
    let [first, state] = words else {
        return false;
    };
    let first = first.lower.as_str();
    PASSING_STATES.contains(&state.lower.as_str())
        && !asks_for_state(first)
        && lex.imperative(first).is_some()
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

//! Reading a sequence of words: the order in which the readings are tried (interrogatives,
//! wishes and requests, events, queries, states, happenings, commands and nouns); the choice
//! between an event and a command reading of the same words is `fact_or_request`'s.

use super::actor::actor_command;
use super::command::{command, command_or_noun, split_phrasal};
use super::event::event;
use super::fact_or_request::event_or_command;
use super::happening::happening;
use super::operation::operation;
use super::phrase::{object_and_complement, texts};
use super::progressive::in_progress;
use super::reading::{CueKind, EventForm, Reading};
use super::state::{
    compound_subject_state, progressive, state, state_reached_now, verb_then_state,
};
use crate::lexicon::Lex;
use crate::word_classes::{
    INTERROGATIVES, PASSING_STATES, QUERY_VERBS, STATE_WORDS, WHEN_WORDS, is_preposition, plural,
    subjectish,
};
use crate::words::Word;

fn cue_at(lex: &Lex<'_>, words: &[Word<'_>], i: usize) -> Option<(CueKind, usize)> {
    let w = words[i].lower.as_str();
    let next = words.get(i + 1).map(|w| w.lower.as_str());
    // `To Be` after a participle completes it (`InvoiceScheduledToBeSent`): no request; after
    // a state, see `state_to_be`.
    let completes = || i > 0 && lex.past(&words[i - 1].lower).is_some();
    // A word the vocabulary declares a noun is one (`noun must`: a winery's `MustInoculated`).
    if lex.vocab.nouns.contains(w) {
        return None;
    }
    // A modal takes a verb after it (`OrderShouldShip`, `UserMustNotBeDeleted`); one that is a
    // noun too, last or before a past that is no base, is the noun (`DraftWill`, `WillDrafted`:
    // a will; `MustPressed`: a winery's must).
    let takes_verb = || {
        !matches!(w, "must" | "will" | "can" | "might")
            || next.is_some_and(|n| {
                lex.past(n).is_none() || lex.base(n).is_some() || matches!(n, "been" | "had")
            })
    };
    match w {
        "should" | "must" | "shall" | "will" | "would" | "could" | "might" | "cannot"
            if takes_verb() =>
        {
            Some((CueKind::Modal, 1))
        }
        "can" if i > 0 && takes_verb() => Some((CueKind::Modal, 1)),
        "please" => Some((CueKind::Request, 1)),
        // `Need` after `Pre` is a noun (`PreNeedContract`: funerals arranged ahead), and so is
        // `Needs` closing the name (`StudentsWithTransportationNeeds`): nothing is asked of it.
        "need" | "needs" if i > 0 && words[i - 1].lower == "pre" => None,
        "needs" if i > 0 && i + 1 == words.len() => None,
        "needs" | "requires" | "wants" if i > 0 => Some((CueKind::Request, 1)),
        // `Need` before a participle is a noun (`AppointmentLanguageNeedFlagged`: the need was
        // flagged); before a verb or `To` it asks for it (`OrderNeedReview`).
        "need"
            if i > 0
                && next.is_some_and(|n| {
                    n == "to" || lex.base(n).is_some() || lex.past(n).is_none()
                }) =>
        {
            Some((CueKind::Request, 1))
        }
        "to" if next == Some("be") && !completes() => Some((CueKind::Request, 2)),
        "is" | "are" if i > 0 => Some((CueKind::State, 1)),
        _ => None,
    }
}

/// A subject, a state and `To Be` with what it is ready or about to undergo
/// (`OrderReadyToBeShipped`, `UserAboutToBeDeleted`), or `About To` and what it is about to do
/// (`VisaAboutToExpire`, whatever the subject's first word: no verb takes `About` as its object):
/// the state, a fact; no request.
fn state_to_be(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<Reading> {
    let i = (1..words.len().saturating_sub(2)).find(|&i| {
        words[i + 1].lower == "to"
            && ((words[i + 2].lower == "be"
                && (words[i].lower == "about" || lex.adjective(&words[i].lower)))
                || (words[i].lower == "about" && lex.base(&words[i + 2].lower).is_some()))
    })?;
    Some(Reading::State {
        subject: texts(&words[..i]),
        state: i,
        or_command: false,
    })
}

/// A subject, `Will` and what is about to happen to it or by it (`PhotoWillBeDeleted`,
/// `SubscriptionWillRenew`), or the present of a verb and when (`CardExpiresSoon`): announced
/// as `About To` does (`UserAboutToBeDeleted`), a state the subject is in, a fact; `Should`
/// and `Must` say what ought to happen, a wish.
fn announced(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<Reading> {
    // `CardExpiresSoon`, `TrialEndsTomorrow`: the present of what is due, and when (not after
    // a question verb: `GetScansToday` asks for today's scans).
    if let [subject @ .., verb, when] = words
        && !subject.is_empty()
        && !QUERY_VERBS.contains(&subject[0].lower.as_str())
        && WHEN_WORDS.contains(&when.lower.as_str())
        && verb.lower.strip_suffix('s').is_some_and(|stem| {
            lex.base(stem).is_some()
                || stem
                    .strip_suffix('e')
                    .is_some_and(|s| lex.base(s).is_some())
        })
    {
        return Some(Reading::State {
            subject: texts(subject),
            state: words.len() - 2,
            or_command: false,
        });
    }
    let i = (1..words.len().saturating_sub(1)).find(|&i| words[i].lower == "will")?;
    let next = words[i + 1].lower.as_str();
    // `PhotoWillBeDeleted`, `InvoiceWillBeDue`: what will be done to it or the state it will be in.
    let happens = if next == "be" {
        words
            .get(i + 2)
            .is_some_and(|w| lex.past(&w.lower).is_some() || lex.adjective(&w.lower))
    } else {
        lex.base(next).is_some() && lex.past(next).is_none()
    };
    happens.then(|| Reading::State {
        subject: texts(&words[..i]),
        state: i,
        or_command: false,
    })
}

/// `Could Not` and a verb (`CouldNotDeliverParcel`, `CourierCouldNotDeliverParcel`): the past
/// of `cannot`, an attempt that failed, so a fact; `Could` alone says what might be, a wish.
fn could_not(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<Reading> {
    let i = (0..words.len().saturating_sub(2)).find(|&i| {
        words[i].lower == "could"
            && words[i + 1].lower == "not"
            && lex.base(&words[i + 2].lower).is_some()
    })?;
    Some(Reading::State {
        subject: texts(&words[..i]),
        state: i,
        or_command: false,
    })
}

/// A subject, `Requires` or `Needs` and what it waits on (`PaymentIntentRequiresAction`,
/// `OrderNeedsReview`): the state the subject is in, as `ApprovalRequired` and `ReviewNeeded`
/// name it, so a fact; with `To Be` or a participle after it (`OrderRequiresToBeShipped`,
/// `OrderNeedsShipped`) it asks for what should happen, a wish, as `Should` does. Its subject
/// may be implied (`RequiresAction`, `NeedsReview`).
fn requires(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<Reading> {
    let i = (0..words.len().saturating_sub(1))
        .find(|&i| matches!(words[i].lower.as_str(), "requires" | "needs"))?;
    words[i + 1..]
        .iter()
        .all(|w| {
            !matches!(w.lower.as_str(), "to" | "be")
                && (lex.past(&w.lower).is_none() || lex.base_equals_past(&w.lower))
        })
        .then(|| Reading::State {
            subject: texts(&words[..i]),
            state: i,
            or_command: false,
        })
}

/// Reads `words` (decoration already stripped).
pub(crate) fn read(lex: &Lex<'_>, words: &[Word<'_>]) -> Reading {
    let Some(first) = words.first() else {
        return Reading::NoVerb;
    };
    // 1. Interrogatives first: `IsEmailTaken`, `HasOpenOrders`; but `Was` or `Were` right
    // before a participle has no subject to ask about: `WasCreated` is a passive fact.
    let passive = matches!(first.lower.as_str(), "was" | "were")
        && words.get(1).is_some_and(|w| lex.past(&w.lower).is_some());
    if INTERROGATIVES.contains(&first.lower.as_str()) && words.len() > 1 && !passive {
        return Reading::Query {
            cue: 0,
            verb: None,
            object: texts(&words[1..]),
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
    if let Some(reading) = state_to_be(lex, words)
        .or_else(|| announced(lex, words))
        .or_else(|| could_not(lex, words))
        .or_else(|| requires(lex, words))
    {
        return reading;
    }
    // 2. Modal, request and state words anywhere.
    if let Some((i, (kind, len))) =
        (0..words.len()).find_map(|i| cue_at(lex, words, i).map(|c| (i, c)))
    {
        if kind == CueKind::State
            && let Some(reading) = state_clause(lex, words, i, starts_with_query)
        {
            return reading;
        }
        let mut after = i + len;
        while after < words.len() && matches!(words[after].lower.as_str(), "be" | "been" | "to") {
            after += 1;
        }
        let remaining: Vec<Word<'_>> = words[..i].iter().chain(&words[after..]).cloned().collect();
        let clause = event(lex, &remaining).map(|e| e.clause).or_else(|| {
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
    // 3. Event: a participle closes the name, or a simple past has its object.
    if let Some(m) = event(lex, words)
        && let Some(reading) = event_or_command(lex, words, m, starts_with_query)
    {
        return reading;
    }
    // A lifecycle hook: `FindAfter`, `GetListBefore`, `AfterCatalogueInitialize`.
    if let Some(edge) = hook(lex, words) {
        return Reading::Hook { edge };
    }
    // A phrasal verb split by its object: `LogUserOff`, `CheckInventoryItemIn` (not a question,
    // nor a subject "Log User" and its state "Off").
    if let Some(reading) = split_phrasal(lex, words) {
        return reading;
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
    // 5. A state reached.
    if let Some(reading) = state_reading(lex, words) {
        return reading;
    }
    // An action in progress with its object: `RetrievingKey` (not `ShippingAddress`).
    if let Some(reading) = in_progress(lex, words) {
        return reading;
    }
    noun_first(lex, words)
}

/// The readings of names that open with a noun and are no fact, question or state: a command
/// named with who asks for it or object first, a happening, else a command or a noun.
fn noun_first(lex: &Lex<'_>, words: &[Word<'_>]) -> Reading {
    // A command named with who asks for it: `UserChangePassword`, `DriverAcceptRide` (not the
    // driver's accept-ride).
    if let Some(clause) = actor_command(lex, words) {
        return Reading::Command {
            clause,
            or_event: false,
            actor: 1,
        };
    }
    // The operation named object first, as CRUD code names its commands: `PostCreate`.
    if let Some((verb, at)) = operation(lex, words) {
        return Reading::Happening {
            verb,
            operation: Some(at),
        };
    }
    // 6. A happening named by its subject and a verb used mostly as a verb, in the order of
    // UI and infrastructure code: `PointerMove`, `ValueChange`, `ServiceStart`.
    if let Some(verb) = happening(lex, words) {
        return Reading::Happening {
            verb,
            operation: None,
        };
    }
    command_or_noun(lex, words)
}

/// A state reached: `FuelLow`, `TrialOver`, `ParcelReadyForPickup`, `JobProcessing`; alone, an
/// `-ing` form is a state in progress (`Saving`).
fn state_reading(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<Reading> {
    if let Some(state) = state(lex, words) {
        let two = words.len() == 2 && state == 1 && lex.imperative(&words[0].lower).is_some();
        // `LoadAggregate`, `SilenceAlert`: after a verb, an adjective that is a noun too is its
        // object first, and the state second, unless it names a passing state (`FuelLow`).
        let last = words[state].lower.as_str();
        if two
            && Lex::noun_adjective(last)
            && !PASSING_STATES.contains(&last)
            && !STATE_WORDS.contains(&last)
        {
            return Some(Reading::Command {
                clause: command(lex, words)?,
                or_event: true,
                actor: 0,
            });
        }
        // `RecordMeeting`, `BookTraining`, `PostListing`: an `-ing` noun right after a verb is its
        // object as much as a state in progress (`OrderProcessing`): both readings; so it is
        // closing the object of a verb that is often one (`RecordMeterReading`,
        // `PostJobListing`), unless it names a phase its subject is in (`ClusterSupportEnding`).
        let often_verb_first = || {
            state + 1 == words.len()
                && !matches!(
                    last,
                    "beginning"
                        | "closing"
                        | "ending"
                        | "expiring"
                        | "finishing"
                        | "starting"
                        | "stopping"
                )
                && lex
                    .imperative(&words[0].lower)
                    .is_some_and(|v| v.often_verb())
        };
        let or_command = Lex::ing_noun(last) && (two || often_verb_first());
        return Some(Reading::State {
            subject: texts(&words[..state]),
            state,
            or_command,
        });
    }
    if let Some(state) = compound_subject_state(lex, words) {
        return Some(Reading::State {
            subject: texts(&words[..state]),
            state,
            or_command: true,
        });
    }
    if verb_then_state(lex, words) {
        return Some(Reading::State {
            subject: texts(&words[..1]),
            state: 1,
            or_command: true,
        });
    }
    subject_implied(lex, words).then(|| Reading::State {
        subject: Vec::new(),
        state: 0,
        or_command: false,
    })
}

/// Whether the name is a state with its subject implied: an `-ing` form alone (`Saving`);
/// `About To` and a verb (`AboutToWait`, as after a subject: `SubscriptionAboutToExpire`);
/// `Out Of` something, where the subject now is (`OutOfStock`, as `ItemOutOfStock`); or a
/// lack or an excess that now holds (`InsufficientFunds`, `NotEnoughSeats`,
/// `NoPendingMigrations`, `TooManyRequests`; not `NoOp`, `NoCommand`: one thing that is none);
/// or an inability (`UnableToReserveStock`); or how it ended (`SuccessfulLogin`).
fn subject_implied(lex: &Lex<'_>, words: &[Word<'_>]) -> bool {
    match words {
        [only] => progressive(lex, &only.lower),
        [first, second, rest @ ..] => match (first.lower.as_str(), second.lower.as_str()) {
            ("about", "to") => rest.first().is_some_and(|v| lex.base(&v.lower).is_some()),
            // `TooManyRequests`, `TooManyLoginAttempts`: an excess that now holds.
            ("out", "of") | ("too", "many" | "much" | "few") => !rest.is_empty(),
            ("insufficient", _) | ("not", "enough") => true,
            // `SuccessfulLogin`, `SuccessfulMountVolume`: how it ended, as `FailedLogin` says;
            // not a list a query returns (`SuccessfulPayments`).
            ("successful" | "unsuccessful", _) => words.last().is_some_and(|w| !plural(&w.lower)),
            // `UnableToReserveStock`: as after a subject (`DriverUnableToAcceptRide`).
            ("unable", "to") => rest.first().is_some_and(|v| lex.base(&v.lower).is_some()),
            ("no", _) => words.last().is_some_and(|w| plural(&w.lower)),
            _ => false,
        },
        [] => false,
    }
}

/// `Before`/`After` closing a name after a verb (`FindAfter`, `SearchResultBefore`; not after an
/// `-ing` form: `FindKeysExpiringBefore` is a query), or opening
/// it before a subject and a verb in its base form (`AfterCatalogueInitialize`), names the
/// hook a framework fires around that action: an event. Returns the index of the edge word.
fn hook(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<usize> {
    let is_edge = |w: &Word<'_>| matches!(w.lower.as_str(), "before" | "after");
    let last = words.len().checked_sub(1).filter(|&l| l > 0)?;
    // After an `-ing` form it opens the period of things in a state (`FindKeysExpiringBefore`,
    // as `PermitsExpiringWithin30Days`), no hook.
    if is_edge(&words[last])
        && words[..last].iter().any(|w| lex.base(&w.lower).is_some())
        && !words[last - 1].lower.ends_with("ing")
    {
        return Some(last);
    }
    (last >= 2 && is_edge(&words[0]) && lex.base(&words[last].lower).is_some()).then_some(0)
}

/// What `Is`/`Are` at `is` (not first) makes of the name when it is no mere state: a state
/// reached (`IndexIsNowPresent`), a flag of the subject and what happened to it, or the clause
/// a question verb asks about.
fn state_clause(
    lex: &Lex<'_>,
    words: &[Word<'_>],
    is: usize,
    starts_with_query: bool,
) -> Option<Reading> {
    if let Some(reached) = state_reached_now(lex, words, is) {
        return Some(reached);
    }
    if let Some(state) = state_said_with_is(lex, words, is) {
        return Some(state);
    }
    // `TodoIsCompleteUpdated`: `Is` and a state name a flag, a property of the subject, and
    // the participle right after them says what happened to it.
    if is + 3 == words.len()
        && (lex.adjective(&words[is + 1].lower) || lex.past(&words[is + 1].lower).is_some())
        && let Some(m) = event(lex, words)
        && m.participle == is + 2
        && m.form == EventForm::Closing
    {
        return Some(Reading::Event {
            clause: m.clause,
            participle: m.participle,
            aux: m.aux,
            form: m.form,
        });
    }
    // `CheckLayoutIsUsed`: a question verb whose object is a clause (check whether the layout
    // is used) asks that question.
    (starts_with_query && is > 1).then(|| Reading::Query {
        cue: 0,
        verb: lex.base(&words[0].lower),
        object: texts(&words[1..]),
    })
}

/// `AccountIsFrozen`, `OrderIsReady`, `ItemsAreOutOfStock`, with `Is`/`Are` at `is`: a subject
/// and the state it is in, as headlines say it without the verb (`AccountFrozen`, `OrderReady`):
/// a state, a fact. The state is a participle, an adjective or state word alone or after `Not`
/// (`OrderIsNotPaid`, as `PaymentNotReceived`), or what reads as the subject's state once `Is` is
/// left out (`Out Of Stock`).
fn state_said_with_is(lex: &Lex<'_>, words: &[Word<'_>], is: usize) -> Option<Reading> {
    let rest = &words[is + 1..];
    let [first_of_state, ..] = rest else {
        return None;
    };
    let alone = |w: &str| STATE_WORDS.contains(&w) || lex.adjective(w) || lex.past(w).is_some();
    let reads = if let [state] | [_, state] = rest
        && (rest.len() == 1 || first_of_state.lower == "not")
    {
        alone(&state.lower)
    } else {
        !matches!(
            first_of_state.lower.as_str(),
            "now" | "not" | "being" | "be"
        ) && {
            let without: Vec<Word<'_>> = words[..is].iter().chain(rest).cloned().collect();
            super::state::state(lex, &without) == Some(is)
        }
    };
    (reads
        && words[..is]
            .iter()
            .all(|w| subjectish(lex, &w.lower) && !is_preposition(&w.lower)))
    .then(|| Reading::State {
        subject: texts(&words[..=is]),
        state: is + 1,
        or_command: false,
    })
}

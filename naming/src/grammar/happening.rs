//! Happenings named without a past tense: a subject and a verb (`PointerMove`), or a noun of an
//! occurrence (`Heartbeat`).

use super::reading::Reading;
use super::state::progressive_verb;
use crate::lexicon::{Lex, Verb};
use crate::word_classes::{
    BATCH_WORDS, HEAD_NOUNS, MESSAGE_HEADS, MOMENT_NOUNS, OBJECT_HEADS, OUTCOME_VERBS, QUERY_VERBS,
    is_preposition, manner_adverb, plural, subjectish,
};
use crate::words::Word;

/// `subject verb`: a subject word that is not mostly a verb, then a last word used mostly as a
/// verb (SemCor, or a verb only in WordNet) or a closed phrasal compound (`ConnectionShutdown`,
/// `DeviceLogout`), with no word between them that is a verb form or a preposition. A last
/// word that names a message (`HeartbeatRequest`) makes no happening.
pub(super) fn happening(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<Verb> {
    let [first, middle @ .., last] = words else {
        return None;
    };
    // A first word SemCor tags as a verb at least half as often as a noun opens an imperative
    // more than it names a subject, when the last word can be its object (`EndShift`,
    // `PlaceCall`, `RecordCall`; `ValueChange` and `ScreenResume` stay happenings, and so does
    // a last word that is only a verb: `AuditLogEntryCreate`, `PostSubmit`).
    let last_is_noun = || lex.base(&last.lower).is_none_or(|v| v.is_noun());
    if !subjectish(lex, &first.lower)
        || lex.adjective(&first.lower)
        || lex
            .base(&first.lower)
            .is_some_and(|v| !v.noun_leaning() || (v.often_verb() && last_is_noun()))
        || first.lower.ends_with("ing")
        // `PartiallyApproveClaim`: an adverb modifies the imperative after it.
        || manner_adverb(lex, &first.lower)
        || matches!(first.lower.as_str(), "needs" | "requires" | "wants")
        // `BulkPublish`: done to many at once, a request.
        || BATCH_WORDS.contains(&first.lower.as_str())
        || OBJECT_HEADS.contains(&last.lower.as_str())
        || HEAD_NOUNS.contains(&last.lower.as_str())
        || MESSAGE_HEADS.contains(&last.lower.as_str())
        // `AccountLookup`: a question's noun names what a query returns, no happening.
        || QUERY_VERBS.contains(&last.lower.as_str())
        || (lex.base(&first.lower).is_none() && lex.past(&first.lower).is_some())
    {
        return None;
    }
    // An adjective right before the last word makes it a noun (`QuarantineFlakyTest`: a flaky
    // test), no verb of a subject.
    if middle
        .last()
        .is_some_and(|w| lex.adjective_only(&w.lower) && !Lex::noun_adjective(&w.lower))
    {
        return None;
    }
    // A verb right before the last word modifies it when the first word is no verb at all
    // (`PointerDragEnter`: the pointer's drag-enter, as `DragEnter` alone is a happening).
    let noun_first = lex.base(&first.lower).is_none();
    if middle.iter().enumerate().any(|(i, w)| {
        is_preposition(&w.lower)
            || (!(noun_first && i + 1 == middle.len())
                && lex.base(&w.lower).is_some_and(|v| v.verb_leaning()))
    }) {
        return None;
    }
    lex.base(&last.lower)
        .filter(|v| v.mostly_verb() || v.particle.is_some())
}

/// No verb, and the last word names an occurrence: a noun WordNet files under `noun.event`
/// (`Heartbeat`, `IncrementalRuleChange`), or the noun of a verb's act after what it happened
/// to (`AccountWithdrawal`, `PaymentFailure`, `DecoderBomRemoval`: [`Lex::nominalisation`]).
/// Not after a preposition (`TimeOfChange` names data); the act's noun not alone, which names
/// the thing (`Payment`, `Subscription`: an entity as often as not), nor after an adjective
/// first, which names a kind of it (`IncompleteAssignment`), nor after a word mostly a verb.
/// What is `Incoming` (`IncomingCall`) or an `Upcoming` occurrence (`UpcomingDeactivation`) is
/// on its way, an occurrence too.
pub(super) fn occurrence(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<Reading> {
    let head = words.len().checked_sub(1)?;
    if words[..head].iter().any(|w| is_preposition(&w.lower)) {
        return None;
    }
    let last = words[head].lower.as_str();
    // `IncomingCall`, `IncomingConnection`: one came in (not `IncomingMessages`, a list a query
    // returns); `UpcomingDeactivation`, `AccountUpcomingNumberExpiry`: an occurrence on its way.
    let arriving = (head > 0
        && words[head - 1].lower == "incoming"
        && !plural(last)
        && lex.base(last).is_none_or(|v| v.is_noun()))
        || (words[..head].iter().any(|w| w.lower == "upcoming") && Lex::names_occurrence(last));
    if arriving {
        return Some(Reading::Occurrence { head });
    }
    // `SessionEnd`, `PaymentTimeout`: the moment what the words before name reaches, as
    // `start` is its start; not after a verb's imperative (`DragEnd`: drag to the end).
    // A word mostly a verb before the act's noun makes it that verb's object
    // (`LedgerApproveWithdrawal`, `SystemCancelRemoval`).
    let occurs = Lex::event_noun(last)
        || (head > 0
            && MOMENT_NOUNS.contains(&last)
            && lex.base(&words[0].lower).is_none_or(|v| !v.verb_leaning()))
        || (head > 0
            && Lex::nominalisation(last).is_some_and(|verb| {
                // How an operation ended (`PaymentCaptureFailure`, `ResourceWriteFailure`): the
                // verb before it names the operation, a noun there.
                OUTCOME_VERBS.contains(&verb)
                    || !words[..head]
                        .iter()
                        .any(|w| lex.base(&w.lower).is_some_and(|v| v.verb_leaning()))
            })
            && !lex.adjective(&words[0].lower));
    occurs.then_some(Reading::Occurrence { head })
}

/// A noun of an act, `Of` and an `-ing` form: the act of doing it, an occurrence
/// (`AttemptOfLoggingInToInactiveAccount`: an attempt at logging in). An imperative takes no
/// `Of` after its verb.
pub(super) fn act_of_doing(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<Reading> {
    let [first, of, doing, ..] = words else {
        return None;
    };
    let act = || {
        lex.base(&first.lower).is_some_and(|v| v.is_noun()) || Lex::names_occurrence(&first.lower)
    };
    (of.lower == "of" && progressive_verb(lex, &doing.lower).is_some() && act())
        .then_some(Reading::Occurrence { head: 0 })
}

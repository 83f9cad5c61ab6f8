//! The choice between an event and a command reading of the same words: a participle after
//! its subject is a fact (`OrderPlaced`), unless the words before it make a request with that
//! participle as its object's state or a past equal to its base (`MarkTaskDone`,
//! `EstimateFreightCost`, `CancelRunForWeather`), or a query asks for it (`ListOrdersShipped`).

use super::command::command;
use super::event::EventMatch;
use super::reading::{EventForm, Reading};
use crate::lexicon::{Lex, Verb};
use crate::word_classes::{
    COMPLEMENT_VERBS, INFORMING_VERBS, OUTCOME_VERBS, is_preposition, plural,
};
use crate::words::Word;

/// Decides between an event match and a command reading of the same words.
pub(super) fn event_or_command(
    lex: &Lex<'_>,
    words: &[Word<'_>],
    m: EventMatch,
    starts_with_query: bool,
) -> Option<Reading> {
    let first = &words[0].lower;
    let first_verb = lex.imperative(first);
    let last = words.len() - 1;
    // `ListOrdersPlacedByUser`, `CancelOrdersPlacedBeforeDate`: a verb first and a
    // participle phrase that modifies its object read as a query / command.
    let verb_first = starts_with_query || first_verb.as_ref().is_some_and(|v| !v.is_noun());
    // `ListOrdersShipped`, `CountOrdersPlacedToday`: a question verb, the things it asks for
    // and what they underwent; no fact opens with `List` and a plural (`ListArchived` is a list
    // archived).
    let asks_for_things = starts_with_query
        && m.aux.is_empty()
        && (1..m.participle).any(|i| plural(&words[i].lower))
        && !words[1..m.participle]
            .iter()
            .any(|w| is_preposition(&w.lower));
    if (m.relative && verb_first) || asks_for_things {
        return None;
    }
    // `ListTrashedFiles`: a question verb and a participle before its noun;
    // `FindByProductCreatedBy`: a question verb, then a preposition and what it looks up by.
    if starts_with_query
        && (m.form == EventForm::WithObject
            || words.get(1).is_some_and(|w| is_preposition(&w.lower)))
    {
        return None;
    }
    // `MarkTaskDone`, `SetBannerDisplayedOnHome`: the verb, its object, the state it is to be in;
    // `NotifyOrderCanceled`: the verb, whom it informs, what happened. A verb of informing that
    // is a noun too informs a person (`AlertCustomerOrderShipped`); before anything else it is
    // the subject's first word (`AlertStatusChanged`: the alert's status changed).
    let informs = || {
        INFORMING_VERBS.contains(&first.as_str())
            && !OUTCOME_VERBS.contains(&m.clause.verb.base.as_str())
            && (first_verb.as_ref().is_none_or(|v| !v.is_noun())
                || Lex::person_noun(&words[1].lower))
    };
    // `MarkShipped`, `MarkLost`: `Mark` and the state, its object implied (mark it shipped); a
    // mark is seldom what happens to something. (`SetChecked` may be a toolkit's event.)
    if m.form == EventForm::Closing
        && m.aux.is_empty()
        && ((m.participle >= 2 && (COMPLEMENT_VERBS.contains(&first.as_str()) || informs()))
            || (m.participle == 1 && first == "mark"))
    {
        return None;
    }
    // `EstimateFreightCost`, `RequestAccountReset`, `PlaceBid`: a past equal to its base, last,
    // after a verb first: the imperative wins; the event stays possible when the first word is
    // as much a noun (`OrderReset`, `PlaceBid`).
    if past_equal_to_base(lex, words, &m, first_verb.as_ref())
        && let Some(v) = &first_verb
    {
        // `GetSoftwareSet`, `GetSuiteRun`: a question verb's object, a question.
        if starts_with_query && words.len() > 2 {
            return None;
        }
        // A noun that is seldom a verb before a past mostly used as a verb is its subject
        // (`PriceSet`, `CacheHit`: the price was set; no one orders "price the set"). An
        // adjective is no such subject (`VoidBet`: void the bet).
        if words.len() == 2
            && v.noun_leaning()
            && !v.often_verb()
            && !lex.adjective(first)
            && lex
                .base(&words[last].lower)
                .is_some_and(|p| !p.noun_leaning())
        {
            return Some(Reading::Event {
                clause: m.clause,
                participle: m.participle,
                aux: m.aux,
                form: m.form,
            });
        }
        let clause = command(lex, words)?;
        // Two words (`VoteCast`, `ZoomReset`, `PlaceBid`, `BackfillRun`) read both ways, unless
        // the first is no noun to be a subject and the last is mostly a noun (`DeleteInput`);
        // with more, a verb mostly used as a verb makes the command (`EstimateFreightCost`).
        let last_noun = || {
            lex.base(&words[last].lower)
                .is_some_and(|p| p.noun_leaning())
        };
        return Some(Reading::Command {
            clause,
            or_event: if words.len() == 2 {
                v.is_noun() || !last_noun()
            } else {
                v.is_noun() && !v.verb_leaning()
            },
            actor: 0,
        });
    }
    // `CollectRent`, `IncreaseRent`: a last word that is a verb of its own and the irregular
    // past of another (`rent` of `rend`), after a verb first, is the object of its imperative;
    // the event stays possible when that verb is as much a noun (`OrderFound`). Not a past of a
    // verb far more used than the word's own (`MatchFound`: `found` of `find`).
    if m.form == EventForm::Closing
        && m.participle == last
        && m.aux.is_empty()
        && let Some(v) = &first_verb
        && lex.own_verb_before_its_past(&words[last].lower)
    {
        let clause = command(lex, words)?;
        return Some(Reading::Command {
            clause,
            or_event: v.is_noun() && !v.verb_leaning(),
            actor: 0,
        });
    }
    // `Reset`, `Set`: alone, the imperative and the participle are one word.
    if m.form == EventForm::Alone && lex.base_equals_past(first) {
        let clause = command(lex, words)?;
        return Some(Reading::Command {
            clause,
            or_event: true,
            actor: 0,
        });
    }
    Some(Reading::Event {
        clause: m.clause,
        participle: m.participle,
        aux: m.aux,
        form: m.form,
    })
}

/// Whether the event match's participle is a past equal to its base after a verb first: closing
/// the name (`EstimateFreightCost`, `PlaceBid`), or right after a verb mostly used as one,
/// before a phrase opened by a preposition (`CancelRunForWeather`, `UpdateRunOfShow`: the run is
/// the verb's object).
fn past_equal_to_base(
    lex: &Lex<'_>,
    words: &[Word<'_>],
    m: &EventMatch,
    first_verb: Option<&Verb>,
) -> bool {
    let last = words.len() - 1;
    let object_then_phrase = m.participle == 1
        && words.get(2).is_some_and(|w| is_preposition(&w.lower))
        && first_verb.is_some_and(Verb::verb_leaning)
        && lex.participle_is_base(&words[1].lower);
    m.form == EventForm::Closing
        && m.aux.is_empty()
        && first_verb.is_some()
        && ((m.participle == last && lex.base_equals_past(&words[last].lower))
            || object_then_phrase)
}

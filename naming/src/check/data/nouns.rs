//! Queries named by nouns of data after a word that is a verb too (`ClaimStatus`,
//! `VacancyReport`, `OrderById`, `RuleHitCounts`, `CheckInCountsByHour`), or with no verb at
//! all (`AvailableHours`).

use super::phrase::{by_a_key, cue_index, lowered, phrase_end};
use super::words::{DOCUMENTS, KEYS, MEASURES, PERIODS, heads_data};
use crate::Verdict;
use crate::analysis::{
    Analysis, HAPPENING, OCCURRENCE, PARTICIPLE, PROGRESSIVE, Problem, SIMPLE_PAST,
};
use crate::lexicon::Lex;
use crate::vocabulary::Vocabulary;
use crate::word_classes::{is_agent_noun, is_preposition, plural, singular};

/// Whether the name has no verb at all (`AvailableHours`, `TrainingsForUser`, `OrderById`,
/// `Customer`): a query named by what it returns, which the `Query` derive accepts. No decoration
/// says another kind (`CustomerCommand` stays a command).
pub(super) fn names_what_it_returns(analysis: &Analysis) -> bool {
    analysis.verdict == Verdict::Unknown
        && matches!(
            analysis.problem,
            Problem::NoVerb | Problem::NounPhrase | Problem::LoneVerb
        )
}

/// Whether the name is two words, a verb that is a noun too and a noun that heads data or names
/// a document (`ClaimStatus`, `WatchHistory`, `BuildLogs`, `LeaveBalance`, `OrderReport`), maybe
/// with a phrase opened by a preposition after them (`MatchHistoryForPlayer`,
/// `StockLevelsByLocation`): the status of a claim as much as an order to claim one, so the
/// `Query` derive, whose names often say what they return, accepts it; with more words before
/// the preposition the verb has its object (`UpdateOrderStatus`).
pub(super) fn data_of_a_verb_noun(analysis: &Analysis, vocab: &Vocabulary) -> bool {
    let [first, last, after @ ..] = analysis.words.as_slice() else {
        return false;
    };
    if after.first().is_some_and(|w| {
        !matches!(
            w.to_lowercase().as_str(),
            "at" | "by" | "for" | "from" | "in" | "near" | "of" | "on" | "per"
        )
    }) {
        return false;
    }
    let last = last.to_lowercase();
    let lex = Lex { vocab };
    let first_lower = first.to_lowercase();
    let Some(verb) = lex.base(&first_lower).filter(|v| v.particle.is_none()) else {
        return false;
    };
    // A document is made as much as it is read (`ExportReport`, `ChangePlan`): before one, the
    // verb must be mostly a noun (`OrderReport`, `WorkSchedule`).
    let heads = if DOCUMENTS.contains(&last.as_str()) || MEASURES.contains(&last.as_str()) {
        verb.noun_leaning()
    } else {
        heads_data(&last) && (verb.is_noun() || lex.adjective(&first_lower))
    };
    analysis.verdict == Verdict::Command
        && analysis.decoration.is_empty()
        && analysis.cue.as_deref() == Some(first.as_str())
        && heads
}

/// Whether the name closes with the noun of a document a query returns (`VacancyReport`,
/// `ProductionSchedule`, `BrokerWorkloadDashboard`) after words that only modify it: read as a
/// subject and a verb, a happening (`PointerMove`), or opened by a participle or an `-ing` form
/// (`ControlledDrugLogReport`, `BottlingCalendar`), or by an adjective or a word mostly a noun
/// before two words or more (`MeanTimeToRespondReport`, `FatigueRiskDashboard`). `ClearReport`
/// and `GenerateReport` stay requests; `ImportMt940Statement` passes too, `import` being mostly a
/// noun. The `Query` derive accepts it as that document.
pub(super) fn a_document(analysis: &Analysis, vocab: &Vocabulary) -> bool {
    let lex = Lex { vocab };
    let last = analysis.words.last().map(|w| w.to_lowercase());
    // A measure read as the noun of an act (`ServerFleetUtilization`).
    let measure = analysis.verdict == Verdict::Event
        && analysis.cue_label == OCCURRENCE
        && last.as_deref().is_some_and(|w| MEASURES.contains(&w));
    let modified = match analysis.verdict {
        // A simple past of what no person did (`NetSquareFootageSoldReport`,
        // `TtbBondedWineReport`; `InspectorFiledReport`, `TransporterSignedManifest` are facts).
        Verdict::Event => {
            matches!(analysis.cue_label, HAPPENING | PARTICIPLE | PROGRESSIVE)
                || (analysis.cue_label == SIMPLE_PAST
                    && cue_index(analysis, false)
                        .filter(|&i| i >= 1)
                        .is_some_and(|i| {
                            let before = analysis.words[i - 1].to_lowercase();
                            !Lex::person_noun(&before) && !is_agent_noun(&lex, &before)
                        }))
        }
        Verdict::Command => analysis.words.first().is_some_and(|first| {
            let lower = first.to_lowercase();
            analysis.cue.as_deref() == Some(first.as_str())
                && analysis.words.len() >= 3
                && (lex.adjective(&lower) || lex.base(&lower).is_some_and(|v| v.noun_leaning()))
        }),
        _ => false,
    };
    // Only modifiers: no preposition before the document (`GuestAddedToWaitlist` is a fact).
    let modifiers = analysis.words[..analysis.words.len().saturating_sub(1)]
        .iter()
        .all(|w| !is_preposition(&w.to_lowercase()));
    ((modified && last.as_deref().is_some_and(|w| DOCUMENTS.contains(&w))) || measure)
        && modifiers
        && analysis.decoration.is_empty()
        && analysis.words.len() >= 2
}

/// Whether the name closes with `By` and a key (`MatchById`, `WorkOrderById`, `SeatByCode`) after
/// a verb that is a noun too: the lookup of one by its key, as `OrderById` is. A verb only a
/// verb stays a request (`DeleteUserById`).
pub(super) fn a_lookup(analysis: &Analysis, vocab: &Vocabulary) -> bool {
    let [first, .., by, key] = analysis.words.as_slice() else {
        return false;
    };
    let lex = Lex { vocab };
    analysis.verdict == Verdict::Command
        && analysis.decoration.is_empty()
        && analysis.cue.as_deref() == Some(first.as_str())
        && by.eq_ignore_ascii_case("by")
        && KEYS.contains(&key.to_lowercase().as_str())
        && lex.base(&first.to_lowercase()).is_some_and(|v| v.is_noun())
}

/// Whether the name is a compound of nouns that heads data, opened by a word that is a verb
/// too (`RuleHitCounts`, `LeakAlertsByDistrict`, `SellerRiskScore`): the data as much as a
/// request to do something to it. The `Query` derive accepts it where the verb is mostly a noun
/// and two nouns or a phrase follow it; where a key or a period groups it
/// (`WinRateByPublisher`, `PeakDemandThisWeek`); where a document, list or record is kept for
/// someone (`PressScheduleForShift`); where an adjective first describes more
/// (`AverageDailyUsage`); where two nouns head data before a phrase
/// (`FillLevelHistoryForNozzle`); or where a person comes first (a command names no person
/// before its verb but its sender). An adjective or a participle after the verb is its
/// object's (`ArchiveOldOrders`): a request.
pub(super) fn data_of_a_compound(analysis: &Analysis, vocab: &Vocabulary) -> bool {
    let lex = Lex { vocab };
    let lower = lowered(analysis);
    let Some(cue) = cue_index(analysis, false) else {
        return false;
    };
    // A phrasal verb written as one word is mostly a noun (`TurnoverTimePerRoom`).
    // So is a measure, whatever WordNet lists (`SpendByCostCenter`: business English's spend).
    let Some(verb) = lex.verb_or_joined(&lower[cue]).filter(|v| {
        v.is_noun()
            || MEASURES.contains(&lower[cue].as_str())
            || DOCUMENTS.contains(&lower[cue].as_str())
    }) else {
        return false;
    };
    let end = phrase_end(&lower, cue + 1);
    // Grouped by a key that is no person (`WinRateByPublisher`, `ShrinkByCategory`;
    // `CancelOrderByCustomer` says who asks), or over a period (`PeakDemandThisWeek`).
    let by_key = match lower.get(end).map(String::as_str) {
        Some("per") => true,
        // A rate or a forecast by a person is that of each (`RemakeRateByTechnician`,
        // `SupplyForecastByGrower`); a person's thing groups too (`DyeLotsByCustomerOrder`),
        // unless it is a key naming the person (`CancelOrdersByCustomerId`).
        Some("by") => {
            by_a_key(&lower, end)
                || MEASURES.contains(&singular(&lower[end - 1]))
                || DOCUMENTS.contains(&lower[end - 1].as_str())
        }
        _ => false,
    };
    let period = lower
        .get(end)
        .is_some_and(|w| PERIODS.contains(&w.as_str()));
    if end == cue + 1 {
        // The verb's noun, grouped (`CatchBySpeciesAndZone`; `SkipNext` is a request), or a
        // phrasal verb written as one word, a noun, over a period (`TurnoverToday`); a measure
        // grouped after its phrase (`TimeToHireByDepartment`), a document kept for someone
        // (`WaitlistForDate`).
        let noun = lower[cue].as_str();
        let measure_grouped = MEASURES.contains(&noun)
            && lower[end..]
                .iter()
                .any(|w| matches!(w.as_str(), "by" | "per"))
            && lower.last().is_some_and(|w| !Lex::person_noun(w));
        let document_for = DOCUMENTS.contains(&noun) && lower.get(end).is_some_and(|w| w == "for");
        // A person's document is kept for them too (`FarrierScheduleForWeek`).
        let person_first = cue == 1 && Lex::person_noun(&lower[0]) && document_for;
        return (cue == 0 || person_first)
            && (by_key || (period && verb.particle.is_some()) || measure_grouped || document_for)
            && analysis.verdict == Verdict::Command
            && analysis.decoration.is_empty();
    }
    let grouped = by_key || period;
    let head = lower[end - 1].as_str();
    // A first word that is an adjective too may stand before more (`AverageDailyUsage`), or
    // before three nouns (`SparePartsStockSummary`); before two it opens a request
    // (`ClearAuditLogs`).
    let adjective_first = cue == 0 && lex.adjective(&lower[0]);
    let described = end - cue > 3 || lower[cue + 1..end].iter().any(|w| lex.adjective_only(w));
    // Nouns only: an adjective or a past after the verb is its object's (`ArchiveOldOrders`,
    // `HashMatchUploadedImages`); a past equal to its base is a noun too (`RuleHitCounts`).
    let nouns = lower[cue + 1..end - 1].iter().all(|w| {
        if adjective_first && lex.adjective_only(w) {
            return true;
        }
        !lex.adjective(w)
            && !Lex::noun_adjective(w)
            && (lex.past(w).is_none() || lex.base(w).is_some_and(|v| v.is_noun()))
            && lex.base(w).is_none_or(|v| v.is_noun())
    });
    // One document, list or record kept for someone (`PressScheduleForShift`,
    // `DocketEntriesForCase`); other things are what a request acts on for them
    // (`CancelOrdersForCustomer`).
    let kept_for = end == 2
        && lower.get(2).is_some_and(|w| w == "for")
        && (DOCUMENTS.contains(&head)
            || MEASURES.contains(&head)
            || matches!(head, "entries" | "list" | "records"));
    // Things that are many are what a request acts on (`ChartPerioPockets`), unless counted
    // (`RuleHitCounts`) or picked by a phrase (`LeakAlertsByDistrict`).
    let data =
        heads_data(singular(head)) || kept_for || (end < lower.len() && (plural(head) || grouped));
    let head_noun = (!lex.adjective(head) || Lex::noun_adjective(head))
        && lex.base(head).is_none_or(|v| v.is_noun());
    let confident = match cue {
        0 => {
            let more = end - cue > 2 || end < lower.len();
            (verb.noun_leaning() && more)
                || grouped
                || (adjective_first && described && heads_data(singular(head)))
                || kept_for
                // Two nouns heading data and a phrase after (`FillLevelHistoryForNozzle`).
                || (end - cue > 2 && end < lower.len() && heads_data(singular(head)))
        }
        1 => Lex::person_noun(&lower[0]) && (verb.noun_leaning() || verb.often_verb()),
        _ => false,
    };
    analysis.verdict == Verdict::Command
        && analysis.decoration.is_empty()
        && confident
        && nouns
        && head_noun
        && data
}

/// Whether the name opens with a phrasal verb, split (`Check In`), before nouns heading data
/// grouped by a key (`CheckInCountsByHour`, `CheckInQueueLengthByBooth`): the check-ins' data.
/// Without the key, the nouns are the request's object (`SetUpPaymentPlan`, `PickUpOpenTime`).
pub(super) fn data_of_a_phrasal_noun(analysis: &Analysis) -> bool {
    let lower = lowered(analysis);
    let phrasal = analysis.verdict == Verdict::Command
        && analysis.decoration.is_empty()
        && cue_index(analysis, false) == Some(0)
        && analysis
            .verb
            .as_deref()
            .and_then(|v| v.split_once(' '))
            .is_some_and(|(_, particle)| lower.get(1).is_some_and(|w| w == particle));
    let end = phrase_end(&lower, 2);
    phrasal
        && end > 2
        && heads_data(singular(&lower[end - 1]))
        && lower
            .get(end)
            .is_some_and(|w| matches!(w.as_str(), "by" | "per"))
}

/// Whether the name closes with a preposition and a kind word (`AttendanceByEvent`,
/// `ResaleListingsForEvent`): the word after a preposition is a noun of the name, not its kind.
pub(super) fn a_kind_word_looked_up(analysis: &Analysis) -> bool {
    let n = analysis.words.len();
    analysis.verb.is_none()
        && analysis.decoration.len() == 1
        && n >= 2
        && analysis.words[n - 1] == analysis.decoration[0]
        && matches!(
            analysis.words[n - 2].to_lowercase().as_str(),
            "by" | "for" | "of" | "per"
        )
}

/// Whether the name is a place in a line (`WaitlistPosition`, `QueuePositionForMember`): a
/// waitlist's or a queue's position, whatever the first word reads as, and a phrase after it.
pub(super) fn a_place_in_line(analysis: &Analysis) -> bool {
    let lower = lowered(analysis);
    analysis.decoration.is_empty()
        && matches!(
            lower.first().map(String::as_str),
            Some("queue" | "waitlist")
        )
        && lower.get(1).is_some_and(|w| w == "position")
        && lower.get(2).is_none_or(|w| is_preposition(w))
}

//! The readings only the `Query` derive gives a name: a query named by the data it returns
//! (`AvailableHours`, `ClaimStatus`, `VacancyReport`, `ArchivedOrders`), whatever else its words
//! read as. A type's name and a variant of an enum get them alike.

use crate::Verdict;
use crate::analysis::{
    Analysis, HAPPENING, OCCURRENCE, PARTICIPLE, PROGRESSIVE, Problem, SIMPLE_PAST, STATE,
};
use crate::lexicon::Lex;
use crate::vocabulary::Vocabulary;
use crate::word_classes::{
    ATTRIBUTE_HEADS, is_adverb, is_particle, is_preposition, plural, singular,
};
use crate::words::Decoration;

/// Whether the name, read as `analysis`, names the data a query returns: no verb at all, a verb
/// that is a noun too before data, a document, things in a state, a lookup by key, a measure
/// grouped, a compound of nouns heading data, or data ranked.
pub(super) fn names_its_data(analysis: &Analysis, vocab: &Vocabulary) -> bool {
    // A version closing the name says nothing of its kind (`DoseHistoryPerShiftV2`): the
    // readings read the words before it.
    if !analysis.decoration.is_empty()
        && analysis
            .decoration
            .iter()
            .all(|w| crate::words::decoration_kind(&w.to_lowercase()) == Some(Decoration::Version))
    {
        let mut bare = analysis.clone();
        bare.words
            .truncate(bare.words.len() - bare.decoration.len());
        bare.decoration.clear();
        return names_its_data(&bare, vocab);
    }
    names_what_it_returns(analysis)
        || data_of_a_verb_noun(analysis, vocab)
        || a_document(analysis, vocab)
        || things_in_a_state(analysis, vocab)
        || a_lookup(analysis, vocab)
        || a_measure_grouped(analysis, vocab)
        || data_of_a_compound(analysis, vocab)
        || data_in_a_state(analysis)
        || things_waiting(analysis, vocab)
        || an_estimate(analysis)
        || a_kind_word_looked_up(analysis)
        || ranked_data(analysis)
        || things_of_a_period(analysis, vocab)
        || data_requested(analysis)
        || data_since(analysis, vocab)
        || things_currently(analysis)
        || a_ratio(analysis)
        || data_of_a_phrasal_noun(analysis)
}

/// Whether the name opens with a phrasal verb, split (`Check In`), before nouns heading data
/// grouped by a key (`CheckInCountsByHour`, `CheckInQueueLengthByBooth`): the check-ins' data.
/// Without the key, the nouns are the request's object (`SetUpPaymentPlan`, `PickUpOpenTime`).
fn data_of_a_phrasal_noun(analysis: &Analysis) -> bool {
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

/// Whether the name is the ratio of one thing to another (`LoanToValueRatio`,
/// `RetailToServiceRatio`), whatever its first word reads as: a measure.
fn a_ratio(analysis: &Analysis) -> bool {
    let lower = lowered(analysis);
    analysis.decoration.is_empty()
        && lower.len() >= 4
        && lower.last().is_some_and(|w| w == "ratio")
        && lower[1..lower.len() - 2].iter().any(|w| w == "to")
}

/// Whether the name is things and how they currently stand (`UsersCurrentlyOnline`,
/// `StaffCurrentlyInRoom`, `BusesRunningLateNow`): `Currently`, or `Now` closing a name that is
/// no request, says what holds now, which a query returns; an event names a change, whatever
/// the words around it read as.
fn things_currently(analysis: &Analysis) -> bool {
    let lower = lowered(analysis);
    let currently = lower
        .iter()
        .position(|w| w == "currently")
        .is_some_and(|i| i >= 1 && i + 1 < lower.len());
    // `Now` closing a request says when to do it (`CancelOrderNow`).
    let now = lower.len() >= 3
        && lower.last().is_some_and(|w| w == "now")
        && analysis.verdict != Verdict::Command;
    analysis.decoration.is_empty() && (currently || now)
}

/// Whether the name closes with `Since` and the moment it names (`AlarmsSinceLastShift`,
/// `TonnageSinceLastRollChange`): the words before and `Since` name the data, whatever the
/// moment's words read as (`Shift`, `Change`).
fn data_since(analysis: &Analysis, vocab: &Vocabulary) -> bool {
    let lower = lowered(analysis);
    lower
        .iter()
        .position(|w| w == "since")
        .filter(|&i| i >= 1 && i + 1 < lower.len())
        .is_some_and(|i| {
            let before = analysis.words[..=i].concat();
            names_its_data(&crate::analysis::classify_with(&before, vocab), vocab)
        })
}

/// Whether the name is data and its request (`ForecastRequested`, `DocketSearchRequested`):
/// the message that asks for a report, a search or a lookup is the query for it, as much as
/// the fact that it was asked.
fn data_requested(analysis: &Analysis) -> bool {
    let lower = lowered(analysis);
    let [.., data, last] = lower.as_slice() else {
        return false;
    };
    analysis.verdict == Verdict::Event
        && analysis.decoration.is_empty()
        && last == "requested"
        && (heads_data(singular(data)) || matches!(data.as_str(), "lookup" | "search" | "trace"))
}

/// The name's words, lowercase, without the digits a word carries (`Per100Yards`,
/// `Last7Days`: the words are `per` and `last`).
fn lowered(analysis: &Analysis) -> Vec<String> {
    analysis
        .words
        .iter()
        .map(|w| {
            let lower = w.to_lowercase();
            match lower.trim_end_matches(|c: char| c.is_ascii_digit()) {
                "" => lower,
                trimmed => trimmed.to_owned(),
            }
        })
        .collect()
}

/// Where the cue stands among the name's words, if it is one word (`Worked` in
/// `HoursWorkedByProject`), or with `first_word`, where its first word stands (`Charging` of
/// `Charging History` in `DriverChargingHistory`).
fn cue_index(analysis: &Analysis, first_word: bool) -> Option<usize> {
    let cue = analysis.cue.as_deref()?;
    let cue = if first_word {
        cue.split(' ').next()?
    } else {
        cue
    };
    analysis.words.iter().position(|w| w == cue)
}

/// Whether the name has no verb at all (`AvailableHours`, `TrainingsForUser`, `OrderById`,
/// `Customer`): a query named by what it returns, which the `Query` derive accepts. No decoration
/// says another kind (`CustomerCommand` stays a command).
fn names_what_it_returns(analysis: &Analysis) -> bool {
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
fn data_of_a_verb_noun(analysis: &Analysis, vocab: &Vocabulary) -> bool {
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
fn a_document(analysis: &Analysis, vocab: &Vocabulary) -> bool {
    let lex = Lex { vocab };
    let last = analysis.words.last().map(|w| w.to_lowercase());
    // A measure read as the noun of an act (`ServerFleetUtilization`).
    let measure = analysis.verdict == Verdict::Event
        && analysis.cue_label == OCCURRENCE
        && last.as_deref().is_some_and(|w| MEASURES.contains(&w));
    let modified = match analysis.verdict {
        Verdict::Event => matches!(analysis.cue_label, HAPPENING | PARTICIPLE | PROGRESSIVE),
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

/// Whether `name` closes with the noun of a document, a measure or a search (`FareReport`,
/// `ShiftSchedule`, `UsageBreakdown`, `PermitSearch`, `OrderLookup`, `TestFilter`).
pub(super) fn names_a_query_family(name: &str) -> bool {
    crate::words::split(name).last().is_some_and(|w| {
        DOCUMENTS.contains(&w.lower.as_str())
            || MEASURES.contains(&w.lower.as_str())
            || matches!(
                w.lower.as_str(),
                "filter" | "finder" | "grouping" | "lookup" | "search"
            )
    })
}

/// Nouns of a document a query returns.
const DOCUMENTS: &[&str] = &[
    "board",
    "calendar",
    "dashboard",
    "docket",
    "estimate",
    "forecast",
    "inventory",
    "leaderboard",
    "lineup",
    "lookup",
    "manifest",
    "map",
    "note",
    "overview",
    "plan",
    "quote",
    "report",
    "roster",
    "schedule",
    "scoreboard",
    "sheet",
    "statement",
    "timeline",
    "trail",
    "waitlist",
];

/// Whether the name is a participle and the plural noun it modifies (`RecommendedTracks`,
/// `AgedReceivables`, `ArchivedOrders`): the things in that state, which a query returns, as much
/// as the fact that they came to be so; the `Query` derive accepts it. An adverb may come first
/// (`RecentlyPlayedTracks`), an `-ing` form may stand for the participle (`TrendingCampaigns`,
/// `ExpiringSubscriptions`), and a phrase opened by a preposition may follow
/// (`DeferredItemsForAircraft`).
fn things_in_a_state(analysis: &Analysis, vocab: &Vocabulary) -> bool {
    let words = analysis.words.as_slice();
    let lex = Lex { vocab };
    let lower = lowered(analysis);
    // An adverb, an adjective, a rank or a superlative before the modifier
    // (`RecentlyPlayedTracks`, `UpcomingScheduledEpisodes`, `TopRatedFreelancers`,
    // `HighestRatedHotels`).
    let adverb = usize::from(lower.first().is_some_and(|w| {
        analysis.cue.as_deref() != words.first().map(String::as_str)
            && (RANKS.contains(&w.as_str())
                || superlative(&lex, w)
                || (lex.base(w).is_none() && (is_adverb(w) || lex.adjective(w))))
    }));
    if adverb >= words.len() {
        return false;
    }
    let mut end = phrase_end(&lower, adverb + 1);
    if end < adverb + 2 {
        return false;
    }
    // A state after the things closes their phrase (`QualifiedDriversAvailable`,
    // `SealedDocumentsVisibleToUser`).
    if end >= adverb + 3 && lex.adjective_only(&lower[end - 1]) && plural(&lower[end - 2]) {
        end -= 1;
    }
    let head = lower[end - 1].as_str();
    let in_a_state = match analysis.verdict {
        // An `-ing` form read as a state its subject is in (`TopEarningAdSources`) too.
        Verdict::Event => {
            (matches!(analysis.cue_label, PARTICIPLE | SIMPLE_PAST | PROGRESSIVE)
                || (analysis.cue_label == STATE && lower[adverb].ends_with("ing")))
                && analysis.alternative.is_none()
        }
        // An adjective that is a verb too (`OpenCasesBySeverity`) with a phrase after.
        Verdict::Command => end < lower.len() && adverb == 0 && lex.adjective(&lower[0]),
        _ => false,
    };
    in_a_state
        && analysis.decoration.is_empty()
        && cue_index(analysis, true) == Some(adverb)
        && (plural(head)
            || heads_data(head)
            || lower.get(end).is_some_and(|w| {
                matches!(w.as_str(), "by" | "per") || PERIODS.contains(&w.as_str())
            }))
}

/// Whether the name closes with `By` and a key (`MatchById`, `WorkOrderById`, `SeatByCode`) after
/// a verb that is a noun too: the lookup of one by its key, as `OrderById` is. A verb only a
/// verb stays a request (`DeleteUserById`).
fn a_lookup(analysis: &Analysis, vocab: &Vocabulary) -> bool {
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

/// Nouns of the key a lookup finds one thing by.
const KEYS: &[&str] = &[
    "code",
    "email",
    "id",
    "ids",
    "key",
    "name",
    "number",
    "reference",
    "sku",
    "slug",
    "uuid",
];

/// Where the noun phrase that starts at `start` ends: before a preposition, a word that opens a
/// period (`LastWeek`, `Today`) or a state its things are in (`PendingReview`, `DueToday`).
fn phrase_end(lower: &[String], start: usize) -> usize {
    (start..lower.len())
        .find(|&i| {
            let w = lower[i].as_str();
            is_preposition(w) || PERIODS.contains(&w) || STATES.contains(&w)
        })
        .unwrap_or(lower.len())
}

/// Words that open the period a query covers (`FailedSessionsLastWeek`, `ScansToday`,
/// `StockMovementsSince`, `PermitsExpiringWithin30Days`, `PointsExpiringBefore`); not `After`
/// or `Until`, which say when a request is to be done (`ReleaseTankAfterSettling`,
/// `HoldTemperatureUntil`).
const PERIODS: &[&str] = &[
    "before",
    "last",
    "next",
    "since",
    "soon",
    "this",
    "today",
    "tonight",
    "within",
    "yesterday",
];

/// Nouns of a period a query covers after `For` (`ServicesScheduledForWeek`).
const PERIOD_NOUNS: &[&str] = &[
    "day", "month", "period", "quarter", "season", "shift", "tomorrow", "week", "year",
];

/// Whether `By` at `by` opens a key that groups what comes before it, no person who acts
/// (`ByDistrict`, `ByCustomerSegment`, `ByReferralAgency`; not `ByCustomer`, nor a key that
/// names a person, `ByCustomerId`): the key is the last noun of its phrase.
fn by_a_key(lower: &[String], by: usize) -> bool {
    let end = phrase_end(lower, by + 1);
    let (Some(first), Some(head)) = (lower.get(by + 1), lower.get(end.wrapping_sub(1))) else {
        return false;
    };
    end > by + 1
        && !Lex::person_noun(head)
        && (!Lex::person_noun(first) || (end > by + 2 && !KEYS.contains(&head.as_str())))
}

/// Words of a state things are in, after them (`ReadsPendingReview`, `MetersDueForReplacement`,
/// `AuthorizedUnitsRemaining`).
const STATES: &[&str] = &["awaiting", "due", "needing", "pending", "remaining"];

/// Whether `head` is a noun of data a query returns: an attribute (`Balance`, `Status`), a
/// document (`Report`) or a measure (`Occupancy`, `Utilization`, `Breakdown`).
pub(super) fn heads_data(head: &str) -> bool {
    ATTRIBUTE_HEADS.contains(&head)
        || DOCUMENTS.contains(&head)
        || MEASURES.contains(&head)
        // A property measured (`BatchTraceability`, `InvoiceDeliverability`).
        || (head.len() > 8 && (head.ends_with("ability") || head.ends_with("ibility")))
}

/// Nouns of a measure or an arrangement of data a query returns.
const MEASURES: &[&str] = &[
    "allocation",
    "availability",
    "breakdown",
    "capacity",
    "census",
    "composition",
    "coverage",
    "curve",
    "demand",
    "density",
    "distribution",
    "duration",
    "funnel",
    "heatmap",
    "length",
    "occupancy",
    "pipeline",
    "portion",
    "queue",
    "quota",
    "range",
    "rate",
    "rating",
    "ratio",
    "reconciliation",
    "score",
    "snapshot",
    "spend",
    "throughput",
    "time",
    "trend",
    "utilization",
];

/// Whether the name is a measure, what happened to it and the key it is grouped by or the
/// period it covers (`HoursWorkedByProject`, `LaborCostByDepartment`, `UnitCostForTeam`,
/// `GuestsExpectedToday`): the `Query` derive reads the participle as the measure's modifier.
/// Grouped by a person, it is the fact of who did it (`OrderPlacedByCustomer`).
fn a_measure_grouped(analysis: &Analysis, vocab: &Vocabulary) -> bool {
    let lower = lowered(analysis);
    let Some(cue) = cue_index(analysis, false).filter(|&i| i >= 1) else {
        return false;
    };
    let lex = Lex { vocab };
    // A measure: things counted (`HoursWorked`) or a noun of data (`UnitCost`), or a past equal
    // to its base, which is the noun of the measure too (`LaborCost`).
    let measure =
        plural(&lower[cue - 1]) || heads_data(&lower[cue - 1]) || lex.base_equals_past(&lower[cue]);
    // A period anywhere after it (`CasesAssignedToJudgeSince`, `ServicesScheduledForWeek`).
    let period = lower[cue + 1..]
        .iter()
        .any(|w| PERIODS.contains(&w.as_str()))
        || (lower.get(cue + 1).is_some_and(|w| w == "for")
            && lower
                .get(phrase_end(&lower, cue + 2).wrapping_sub(1))
                .is_some_and(|w| PERIOD_NOUNS.contains(&w.as_str())));
    // A preposition closing the name leaves its key to the caller (`OperatorsCertifiedFor`); a
    // particle of the verb does not (`KeysHandedOver`).
    let stranded = cue + 2 == lower.len()
        && is_preposition(&lower[cue + 1])
        && analysis.verb.as_deref().is_none_or(|v| !v.contains(' '));
    let grouped = period
        || stranded
        || match lower.get(cue + 1).map(String::as_str) {
            Some("per") => true,
            Some("by") => by_a_key(&lower, cue + 1) || lex.base_equals_past(&lower[cue]),
            Some("for") => lex.base_equals_past(&lower[cue]),
            _ => false,
        };
    measure
        && analysis.verdict == Verdict::Event
        && (analysis.cue_label == PARTICIPLE || (analysis.cue_label == SIMPLE_PAST && period))
        && analysis.decoration.is_empty()
        && grouped
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
fn data_of_a_compound(analysis: &Analysis, vocab: &Vocabulary) -> bool {
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

/// Whether the name closes with a preposition and a kind word (`AttendanceByEvent`,
/// `ResaleListingsForEvent`): the word after a preposition is a noun of the name, not its kind.
fn a_kind_word_looked_up(analysis: &Analysis) -> bool {
    let n = analysis.words.len();
    analysis.verb.is_none()
        && analysis.decoration.len() == 1
        && n >= 3
        && analysis.words[n - 1] == analysis.decoration[0]
        && matches!(
            analysis.words[n - 2].to_lowercase().as_str(),
            "by" | "for" | "of" | "per"
        )
}

/// Whether the name is things or data left in a state (`MetersDueForReplacement`,
/// `CapacityRemaining`), or the state is data (`DriverChargingHistory`,
/// `ContainerTrackingById`): what a query returns as much as the state reached, so the `Query`
/// derive accepts it.
fn data_in_a_state(analysis: &Analysis) -> bool {
    if analysis.verdict != Verdict::Event || !analysis.decoration.is_empty() {
        return false;
    }
    let lower = lowered(analysis);
    let Some(state) = cue_index(analysis, true).filter(|&i| i >= 1) else {
        return false;
    };
    let things = &lower[state - 1];
    let last = lower.last().map_or("", String::as_str);
    let looked_up =
        lower.len() >= state + 2 && lower[lower.len() - 2] == "by" && KEYS.contains(&last);
    // Things left in a state (`MetersDue`, `CapacityRemaining`), not one they reached
    // (`BalanceAvailable`, `QuoteOpen`); an `-ing` form before data (`ChargingHistory`).
    let state_word = lower[state].as_str();
    let left = (STATES.contains(&state_word) || matches!(state_word, "outstanding" | "overdue"))
        && (plural(things)
            || heads_data(things)
            || lower.get(state + 1).is_some_and(|w| is_preposition(w)));
    // Things in a state over a period (`LotsEndingToday`).
    let of_a_period =
        plural(things) && lower[state..].iter().any(|w| PERIODS.contains(&w.as_str()));
    let ing_data = lower[state].ends_with("ing") && (heads_data(last) || heads_data(&lower[state]));
    // Things many in a state (`OrdersReadyForPickup`, `SoundcheckSlotsAvailable`): the things in
    // it, as `ArchivedOrders` are; one thing reaching it stays a fact (`BalanceAvailable`), and
    // things doing something are a happening (`CacheLocksFlushing`).
    let many = plural(things) && !state_word.ends_with("ing");
    // Things in a state grouped by a key (`StockOnHandByBinLocation`).
    let grouped = (state + 1..lower.len()).any(|i| lower[i] == "by" && by_a_key(&lower, i));
    analysis.cue_label == STATE && (left || of_a_period || ing_data || looked_up || many || grouped)
}

/// Whether the name is things waiting, however the rest reads
/// (`AdoptionApplicationsPendingReview`, `WarpBeamsAwaitingLoading`): read as a fact, or as a
/// request whose verb is a noun too (`warp`, `pull`); a verb only a verb keeps its request
/// (`ApproveRequestsPendingReview`).
fn things_waiting(analysis: &Analysis, vocab: &Vocabulary) -> bool {
    let lower = lowered(analysis);
    let read = match analysis.verdict {
        Verdict::Event => true,
        Verdict::Command => {
            cue_index(analysis, false) == Some(0)
                && Lex { vocab }.base(&lower[0]).is_some_and(|v| v.is_noun())
        }
        _ => false,
    };
    read && analysis.decoration.is_empty()
        && (1..lower.len()).any(|i| STATES.contains(&lower[i].as_str()) && plural(&lower[i - 1]))
}

/// Whether the name opens with the participle of a verb of estimating before what it
/// estimates (`EstimatedWaitForService`, `ForecastedProductionForTomorrow`,
/// `ProjectedRevenue`): a value worked out, which a query returns, more than a fact.
fn an_estimate(analysis: &Analysis) -> bool {
    analysis.verdict == Verdict::Event
        && analysis.decoration.is_empty()
        && analysis.words.len() >= 2
        && analysis.cue_label == PARTICIPLE
        && cue_index(analysis, false) == Some(0)
        && analysis.verb.as_deref().is_some_and(|v| {
            matches!(
                v,
                "estimate" | "expect" | "forecast" | "predict" | "project"
            )
        })
}

/// Whether the name ranks or sums up what it returns (`TopSellingItems`, `BestBidOffer`,
/// `LastTradePrice`, `AverageApprovalTime`): a superlative, an ordinal or a mean first, spelt as
/// a verb but no request (`TopUpWallet`, a phrasal verb, is one).
fn ranked_data(analysis: &Analysis) -> bool {
    analysis.verdict == Verdict::Command
        && analysis.decoration.is_empty()
        && analysis.words.len() >= 2
        && analysis.cue.as_deref() == analysis.words.first().map(String::as_str)
        && !is_particle(&analysis.words[1].to_lowercase())
        && analysis.verb.as_deref().is_some_and(|v| RANKS.contains(&v))
}

/// Words that rank or sum up what follows them (`TopSellingItems`, `AverageApprovalTime`).
const RANKS: &[&str] = &[
    "average", "best", "last", "mean", "median", "peak", "top", "worst",
];

/// Whether `w` is the superlative of an adjective (`highest`, `latest`, `biggest`, `busiest`).
fn superlative(lex: &Lex<'_>, w: &str) -> bool {
    let Some(stem) = w
        .strip_suffix("est")
        .filter(|s| s.len() >= 3 && s.is_ascii())
    else {
        return false;
    };
    // ASCII: every byte index is a character boundary.
    let b = stem.as_bytes();
    let undoubled = (b[b.len() - 1] == b[b.len() - 2]).then(|| stem[..stem.len() - 1].to_owned());
    let y = stem.strip_suffix('i').map(|s| format!("{s}y"));
    [
        Some(stem.to_owned()),
        Some(format!("{stem}e")),
        undoubled,
        y,
    ]
    .into_iter()
    .flatten()
    .any(|s| lex.adjective(&s))
}

/// Whether the name is an adjective, the things it describes and the period they fall in
/// (`OutstandingPickupsToday`, `ExpectedDischargesToday`): read as an announcement, the things
/// a query returns as much.
fn things_of_a_period(analysis: &Analysis, vocab: &Vocabulary) -> bool {
    let lower = lowered(analysis);
    let end = phrase_end(&lower, 1);
    analysis.verdict == Verdict::Event
        && analysis.decoration.is_empty()
        && end >= 2
        && lower
            .get(end)
            .is_some_and(|w| PERIODS.contains(&w.as_str()))
        && plural(&lower[end - 1])
        && Lex { vocab }.adjective(&lower[0])
}

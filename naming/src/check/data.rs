//! The readings only the `Query` derive gives a name: a query named by the data it returns
//! (`AvailableHours`, `ClaimStatus`, `VacancyReport`, `ArchivedOrders`), whatever else its words
//! read as. A type's name and a variant of an enum get them alike.

use crate::Verdict;
use crate::analysis::{Analysis, HAPPENING, PARTICIPLE, PROGRESSIVE, Problem, SIMPLE_PAST};
use crate::lexicon::Lex;
use crate::vocabulary::Vocabulary;
use crate::word_classes::{ATTRIBUTE_HEADS, is_adverb, is_preposition, plural};

/// Whether the name, read as `analysis`, names the data a query returns: no verb at all, a verb
/// that is a noun too before data, a document, things in a state, or a lookup by key.
pub(super) fn names_its_data(analysis: &Analysis, vocab: &Vocabulary) -> bool {
    names_what_it_returns(analysis)
        || data_of_a_verb_noun(analysis, vocab)
        || a_document(analysis, vocab)
        || things_in_a_state(analysis, vocab)
        || a_lookup(analysis, vocab)
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
    let heads = if DOCUMENTS.contains(&last.as_str()) {
        verb.noun_leaning()
    } else {
        ATTRIBUTE_HEADS.contains(&last.as_str()) && (verb.is_noun() || lex.adjective(&first_lower))
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
    modified
        && analysis.decoration.is_empty()
        && analysis.words.len() >= 2
        && analysis
            .words
            .last()
            .is_some_and(|w| DOCUMENTS.contains(&w.to_lowercase().as_str()))
}

/// Nouns of a document a query returns.
const DOCUMENTS: &[&str] = &[
    "calendar",
    "dashboard",
    "estimate",
    "forecast",
    "leaderboard",
    "manifest",
    "overview",
    "plan",
    "quote",
    "report",
    "roster",
    "schedule",
    "scoreboard",
    "statement",
    "timeline",
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
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let adverb = usize::from(
        lower
            .first()
            .is_some_and(|w| is_adverb(w) && lex.base(w).is_none()),
    );
    let Some(modifier) = words.get(adverb) else {
        return false;
    };
    // The noun phrase the modifier opens ends before a preposition, if one follows.
    let end = (adverb + 1..lower.len())
        .find(|&i| is_preposition(&lower[i]))
        .unwrap_or(lower.len());
    if end < adverb + 2 {
        return false;
    }
    let head = lower[end - 1].as_str();
    let in_a_state = match analysis.verdict {
        Verdict::Event => {
            matches!(analysis.cue_label, PARTICIPLE | SIMPLE_PAST | PROGRESSIVE)
                && analysis.alternative.is_none()
        }
        // An adjective that is a verb too (`OpenCasesBySeverity`) with a phrase after.
        Verdict::Command => end < lower.len() && adverb == 0 && lex.adjective(&lower[0]),
        _ => false,
    };
    in_a_state
        && analysis.decoration.is_empty()
        && analysis.cue.as_deref() == Some(modifier.as_str())
        && (plural(head) || (adverb == 1 && ATTRIBUTE_HEADS.contains(&head)))
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

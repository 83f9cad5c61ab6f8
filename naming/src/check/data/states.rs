//! Queries named by things in a state (`ArchivedOrders`, `MetersDueForReplacement`,
//! `PropsNeedingRepair`, `UsersCurrentlyOnline`).

use super::phrase::{by_a_key, cue_index, lowered, phrase_end};
use super::words::{KEYS, PERIODS, RANKS, STATES, heads_data, superlative};
use crate::Verdict;
use crate::analysis::{Analysis, PARTICIPLE, PROGRESSIVE, SIMPLE_PAST, STATE};
use crate::lexicon::Lex;
use crate::vocabulary::Vocabulary;
use crate::word_classes::{PASSING_STATES, is_adverb, is_preposition, plural};

/// Whether the name is a participle and the plural noun it modifies (`RecommendedTracks`,
/// `AgedReceivables`, `ArchivedOrders`): the things in that state, which a query returns, as much
/// as the fact that they came to be so; the `Query` derive accepts it. An adverb may come first
/// (`RecentlyPlayedTracks`), an `-ing` form may stand for the participle (`TrendingCampaigns`,
/// `ExpiringSubscriptions`), and a phrase opened by a preposition may follow
/// (`DeferredItemsForAircraft`).
pub(super) fn things_in_a_state(analysis: &Analysis, vocab: &Vocabulary) -> bool {
    let words = analysis.words.as_slice();
    let lex = Lex { vocab };
    let lower = lowered(analysis);
    // An adverb, an adjective, a rank or a superlative before the modifier
    // (`RecentlyPlayedTracks`, `UpcomingScheduledEpisodes`, `TopRatedFreelancers`,
    // `HighestRatedHotels`).
    let ranked = lower
        .first()
        .is_some_and(|w| RANKS.contains(&w.as_str()) || superlative(&lex, w));
    let adverb = usize::from(lower.first().is_some_and(|w| {
        analysis.cue.as_deref() != words.first().map(String::as_str)
            && (ranked || (lex.base(w).is_none() && (is_adverb(w) || lex.adjective(w))))
    }));
    if adverb >= words.len() {
        return false;
    }
    let mut end = phrase_end(&lower, adverb + 1);
    if end < adverb + 2 {
        return false;
    }
    // A state after the things closes their phrase (`QualifiedDriversAvailable`,
    // `SealedDocumentsVisibleToUser`), and so does a comparison (`UnclaimedBoxesOlderThan`).
    if end >= adverb + 3 && lex.adjective_only(&lower[end - 1]) && plural(&lower[end - 2]) {
        end -= 1;
    }
    if let Some(than) = lower.iter().position(|w| w == "than")
        && than >= adverb + 3
        && than <= end
    {
        end = than - 1;
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
        // Or a passing state before a noun and more (`OpenTroubleTickets`, `StalePullRequests`):
        // not one SemCor tags mostly as a verb (`ClearAuditLogs`, `EmptyRecycleBins`), nor
        // before an adjective (`OpenAdditionalChairs`), which stay requests.
        Verdict::Command => {
            adverb == 0
                && lex.adjective(&lower[0])
                && (end < lower.len()
                    || (lower.len() >= 3
                        && PASSING_STATES.contains(&lower[0].as_str())
                        && lex
                            .base(&lower[0])
                            .is_none_or(|v| !v.verb_leaning() || v.often_verb())
                        && !lex.adjective_only(&lower[1])))
        }
        _ => false,
    };
    in_a_state
        && analysis.decoration.is_empty()
        && cue_index(analysis, true) == Some(adverb)
        && (plural(head)
            || heads_data(head)
            // Ranked, one thing is data too (`LatestDissolvedOxygen`, `TopRatedHotel`).
            || (adverb == 1 && ranked)
            || lower.get(end).is_some_and(|w| {
                matches!(w.as_str(), "by" | "per") || PERIODS.contains(&w.as_str())
            }))
}

/// Whether the name is things or data left in a state (`MetersDueForReplacement`,
/// `CapacityRemaining`), or the state is data (`DriverChargingHistory`,
/// `ContainerTrackingById`): what a query returns as much as the state reached, so the `Query`
/// derive accepts it.
pub(super) fn data_in_a_state(analysis: &Analysis) -> bool {
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
    // An `-ing` form over a period is things in it too (`ContentExpiringThisWeek`); `Soon`
    // announces one thing's (`CardExpiringSoon`).
    let of_a_period = (plural(things) || state_word.ends_with("ing"))
        && lower[state..]
            .iter()
            .any(|w| PERIODS.contains(&w.as_str()) && (plural(things) || w != "soon"));
    // A measure or a document where it is (`TimeInRange`, `InventoryInCirculation`).
    let placed = heads_data(things) && is_preposition(state_word);
    let ing_data = lower[state].ends_with("ing") && (heads_data(last) || heads_data(&lower[state]));
    // Things many in a state (`OrdersReadyForPickup`, `SoundcheckSlotsAvailable`): the things in
    // it, as `ArchivedOrders` are; one thing reaching it stays a fact (`BalanceAvailable`), and
    // things doing something are a happening (`CacheLocksFlushing`).
    // A state word between them and the phrase read as the state closes the things' phrase
    // (`KitsAvailableAtSite`, `SeatsAvailableOnFlight`).
    let many = (plural(things)
        || (state >= 2 && PASSING_STATES.contains(&things.as_str()) && plural(&lower[state - 2])))
        && !state_word.ends_with("ing");
    // What is left of a measure or kept in store: a quantity (`UpsRuntimeRemaining`,
    // `ChemicalInventoryOnHand`).
    let quantity = state_word == "remaining"
        || (state_word == "on" && lower.get(state + 1).is_some_and(|w| w == "hand"));
    // Things in a state grouped by a key (`StockOnHandByBinLocation`).
    let grouped = (state + 1..lower.len()).any(|i| lower[i] == "by" && by_a_key(&lower, i));
    analysis.cue_label == STATE
        && (left || of_a_period || ing_data || looked_up || many || grouped || quantity || placed)
}

/// Whether the name is things waiting, however the rest reads
/// (`AdoptionApplicationsPendingReview`, `WarpBeamsAwaitingLoading`): read as a fact, or as a
/// request whose verb is a noun too (`warp`, `pull`); a verb only a verb keeps its request
/// (`ApproveRequestsPendingReview`).
pub(super) fn things_waiting(analysis: &Analysis, vocab: &Vocabulary) -> bool {
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

/// Whether the name is an adjective, the things it describes and the period they fall in
/// (`OutstandingPickupsToday`, `ExpectedDischargesToday`): read as an announcement, the things
/// a query returns as much.
pub(super) fn things_of_a_period(analysis: &Analysis, vocab: &Vocabulary) -> bool {
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

/// Whether the name is things and how they currently stand (`UsersCurrentlyOnline`,
/// `StaffCurrentlyInRoom`, `BusesRunningLateNow`) or stood at a moment (`ConsolidatedCashPositionAsOf`):
/// `Currently`, `Now` closing a name that is no request, or `As Of` says what holds then, which
/// a query returns; an event names a change, whatever the words around it read as.
pub(super) fn things_currently(analysis: &Analysis, vocab: &Vocabulary) -> bool {
    let lower = lowered(analysis);
    let currently = lower
        .iter()
        .position(|w| w == "currently")
        .is_some_and(|i| i >= 1 && i + 1 < lower.len());
    // `As Of` a moment: the data as it stood then (`ConsolidatedCashPositionAsOf`).
    let as_of =
        (1..lower.len().saturating_sub(1)).any(|i| lower[i] == "as" && lower[i + 1] == "of");
    let now = lower.len() >= 3 && lower.last().is_some_and(|w| w == "now");
    // A request says when to do it (`CancelOrderNow`, `RecalculateBalanceAsOfDate`), unless
    // its verb is mostly a noun, the subject of the state (`StaffCurrentlyInRoom`).
    let no_request = analysis.verdict != Verdict::Command
        || lower.first().is_some_and(|w| {
            Lex { vocab }
                .base(w)
                .is_some_and(|v| v.noun_leaning() && !v.often_verb())
        });
    analysis.decoration.is_empty() && no_request && (currently || now || as_of)
}

/// Whether the name is what is owed or owned, by whom or to whom (`CompensatoryRestOwed`,
/// `RoyaltiesOwedPerAuthor`, `PlotsOwnedByFamily`): the participle of a verb of having names
/// a standing state, no change, which a query returns.
pub(super) fn things_owed(analysis: &Analysis) -> bool {
    analysis.verdict == Verdict::Event
        && analysis.decoration.is_empty()
        && analysis.cue_label == PARTICIPLE
        && cue_index(analysis, false).is_some_and(|i| i >= 1)
        && matches!(analysis.verb.as_deref(), Some("owe" | "own"))
}

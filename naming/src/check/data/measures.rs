//! Queries named by a measure: grouped by a key or a period (`HoursWorkedByProject`), estimated
//! (`EstimatedWaitForService`), ranked (`TopSellingItems`), a ratio (`LoanToValueRatio`), or
//! data and its request (`ForecastRequested`).

use super::phrase::{by_a_key, cue_index, lowered, phrase_end};
use super::words::{KEYS, PERIOD_NOUNS, PERIODS, RANKS, heads_data};
use crate::Verdict;
use crate::analysis::{Analysis, PARTICIPLE, SIMPLE_PAST};
use crate::lexicon::Lex;
use crate::vocabulary::Vocabulary;
use crate::word_classes::{is_particle, is_preposition, plural, singular};

/// Whether the name is a measure, what happened to it and the key it is grouped by or the
/// period it covers (`HoursWorkedByProject`, `LaborCostByDepartment`, `UnitCostForTeam`,
/// `GuestsExpectedToday`): the `Query` derive reads the participle as the measure's modifier.
/// Grouped by a person, one thing is the fact of who did it (`OrderPlacedByCustomer`); things
/// are a list (`BadgesEarnedByStudent`). Whatever it follows, a participle grouped by a period
/// or over one that has passed names data (`DutyPaidByMonth`, `FootageDrilledByRigThisMonth`).
pub(super) fn a_measure_grouped(analysis: &Analysis, vocab: &Vocabulary) -> bool {
    let lower = lowered(analysis);
    let Some(cue) = cue_index(analysis, false).filter(|&i| i >= 1) else {
        return false;
    };
    let lex = Lex { vocab };
    let subject = subject_before(&lower, cue);
    // A measure: things counted (`HoursWorked`) or a noun of data (`UnitCost`), or a past equal
    // to its base, which is the noun of the measure too (`LaborCost`).
    let measure =
        plural(&lower[subject]) || heads_data(&lower[subject]) || lex.base_equals_past(&lower[cue]);
    let period = Period::after(&lower, cue);
    // Things, their subject first, by who did it, to whom they went or where they are
    // (`UnitsSoldBySalesperson`, `AssetsAssignedToEmployee`, `ItemsFoundOnRoute`): a list a
    // query returns, as much as the fact (`From`, `With` stay facts: `GoodsReleasedFromBond`).
    let things = subject == 0 && plural(&lower[0]) && lower.len() > cue + 2;
    let grouped = period.anywhere
        || key_left_to_caller(analysis, &lower, cue)
        || grouped_by(&lex, &lower, cue, things);
    (measure || period.is_the_key || period.passed)
        && analysis.verdict == Verdict::Event
        && (analysis.cue_label == PARTICIPLE
            || (analysis.cue_label == SIMPLE_PAST && period.anywhere))
        && analysis.decoration.is_empty()
        && grouped
}

/// The index of the word the participle at `cue` follows; a negation between them says which
/// are not (`JurorsNotServedWithin24Months`: `Jurors`).
fn subject_before(lower: &[String], cue: usize) -> usize {
    let mut subject = cue - 1;
    while subject > 0 && matches!(lower[subject].as_str(), "not" | "never" | "yet") {
        subject -= 1;
    }
    subject
}

/// The period the words after a participle name, if any.
struct Period {
    /// A period anywhere after it (`CasesAssignedToJudgeSince`, `ServicesScheduledForWeek`,
    /// `HeadSoldYearToDate`).
    anywhere: bool,
    /// Grouped by a period (`DutyPaidByMonth`, `VerticalFeetSkiedBySeason`): no one thing.
    is_the_key: bool,
    /// A period that has passed (`FootageDrilledByRigThisMonth`, `PeopleFedSinceYearStart`,
    /// `PortInsScheduledForToday`, `HeadSoldYearToDate`; not `SwimmerPromotedToNextLevel`).
    passed: bool,
}

impl Period {
    /// The period after the participle at `cue`.
    fn after(lower: &[String], cue: usize) -> Period {
        let rest = &lower[cue + 1..];
        let to_date = rest.windows(2).any(|p| p[0] == "to" && p[1] == "date");
        let for_a_period = rest.first().is_some_and(|w| w == "for")
            && lower
                .get(phrase_end(lower, cue + 2).wrapping_sub(1))
                .is_some_and(|w| PERIOD_NOUNS.contains(&w.as_str()));
        Period {
            anywhere: to_date || rest.iter().any(|w| PERIODS.contains(&w.as_str())) || for_a_period,
            is_the_key: rest.len() == 2
                && rest[0] == "by"
                && PERIOD_NOUNS.contains(&rest[1].as_str()),
            passed: to_date
                || rest.iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "last" | "since" | "this" | "today" | "yesterday"
                    )
                }),
        }
    }
}

/// Whether a preposition closing the name after the participle at `cue` leaves its key to the
/// caller (`OperatorsCertifiedFor`); a particle of the verb does not (`KeysHandedOver`).
fn key_left_to_caller(analysis: &Analysis, lower: &[String], cue: usize) -> bool {
    cue + 2 == lower.len()
        && is_preposition(&lower[cue + 1])
        && analysis.verb.as_deref().is_none_or(|v| !v.contains(' '))
}

/// Whether the word after the participle at `cue` groups what it follows: `Per` anything, `By`
/// a key, `For` after a past equal to its base (`UnitCostForTeam`), and after `things` also
/// `By` whoever did it (not things found by a key: `OrdersCancelledByCustomerId`, a bulk
/// action's fact) and `To`, `At`, `In`, `On`, `For` (`JobsScheduledForCrew`).
fn grouped_by(lex: &Lex<'_>, lower: &[String], cue: usize, things: bool) -> bool {
    match lower.get(cue + 1).map(String::as_str) {
        Some("per") => true,
        Some("by") => {
            by_a_key(lower, cue + 1)
                || lex.base_equals_past(&lower[cue])
                || (things && lower.last().is_none_or(|w| !KEYS.contains(&w.as_str())))
        }
        Some("to" | "at" | "in" | "on") => things,
        Some("for") => things || lex.base_equals_past(&lower[cue]),
        _ => false,
    }
}

/// Whether the name opens with the participle of a verb of estimating before what it
/// estimates (`EstimatedWaitForService`, `ForecastedProductionForTomorrow`,
/// `ProjectedRevenue`): a value worked out, which a query returns, more than a fact.
pub(super) fn an_estimate(analysis: &Analysis) -> bool {
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
pub(super) fn ranked_data(analysis: &Analysis) -> bool {
    analysis.verdict == Verdict::Command
        && analysis.decoration.is_empty()
        && analysis.words.len() >= 2
        && analysis.cue.as_deref() == analysis.words.first().map(String::as_str)
        && !is_particle(&analysis.words[1].to_lowercase())
        && analysis.verb.as_deref().is_some_and(|v| RANKS.contains(&v))
}

/// Whether the name is the ratio of one thing to another (`LoanToValueRatio`,
/// `IdleToWorkRatioByOperator`), whatever its first word reads as: a measure. A verb before
/// the ratio's first thing makes a request (`UpdateDebtToIncomeRatio`).
pub(super) fn a_ratio(analysis: &Analysis) -> bool {
    let lower = lowered(analysis);
    analysis.decoration.is_empty()
        && lower
            .iter()
            .position(|w| w == "ratio")
            .is_some_and(|r| r >= 3 && lower[1] == "to")
}

/// Whether the name is data and its request (`ForecastRequested`, `DocketSearchRequested`):
/// the message that asks for a report, a search or a lookup is the query for it, as much as
/// the fact that it was asked.
pub(super) fn data_requested(analysis: &Analysis) -> bool {
    let lower = lowered(analysis);
    let [.., data, last] = lower.as_slice() else {
        return false;
    };
    analysis.verdict == Verdict::Event
        && analysis.decoration.is_empty()
        && last == "requested"
        && (heads_data(singular(data)) || matches!(data.as_str(), "lookup" | "search" | "trace"))
}

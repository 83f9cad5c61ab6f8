//! Checking a type's name against the kind it was declared ([`check`]), and the one reading
//! only a whole type name gets: a query named by what it returns (`AvailableHours`).

use super::violation::{Violation, violation};
use crate::analysis::{Analysis, HAPPENING, PARTICIPLE, Problem, classify_with};
use crate::lexicon::Lex;
use crate::vocabulary::Vocabulary;
use crate::word_classes::{ATTRIBUTE_HEADS, is_preposition, plural};
use crate::{Kind, Verdict};

/// `Ok` if `name` reads as `kind`; otherwise the error to show at the name's span.
///
/// A type named by one verb and nothing else (`Activate`, `Freeze`, `Resize`) is its
/// imperative: business code names the command `Activate` and its event `Activated`, so the
/// `Event` derive rejects it, as it rejects `PlaceOrder`. (UI toolkits name the event of a
/// click `Click`; such a type takes `allow_name`.) A word mostly used as a noun names a thing
/// (`Order` is neither).
///
/// ```
/// use factum_naming::{Kind, Vocabulary, check};
/// let vocab = Vocabulary::default();
/// assert!(check("OrderPlaced", Kind::Event, &vocab).is_ok());
/// assert!(check("Resize", Kind::Event, &vocab).is_err());
/// assert!(check("Resize", Kind::Command, &vocab).is_ok());
/// assert!(check("AvailableHours", Kind::Query, &vocab).is_ok());
/// let v = check("SendWelcomeEmail", Kind::Event, &vocab).unwrap_err();
/// assert_eq!(v.help, "name it after what happened, e.g. `WelcomeEmailSent`");
/// ```
///
/// # Errors
///
/// A [`Violation`] when the verdict of [`classify_with`] differs from `kind`.
pub fn check(name: &str, kind: Kind, vocab: &Vocabulary) -> Result<(), Violation> {
    let analysis = classify_with(name, vocab);
    if analysis.accepts(kind)
        || (kind == Kind::Query
            && (names_what_it_returns(&analysis)
                || data_of_a_verb_noun(&analysis, vocab)
                || a_document(&analysis)
                || things_in_a_state(&analysis)))
    {
        Ok(())
    } else {
        Err(violation(&analysis, kind, vocab))
    }
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

/// Whether the name is two words, a verb that is a noun too and a noun that heads data
/// (`ClaimStatus`, `WatchHistory`, `BuildLogs`, `LeaveBalance`), maybe with a phrase opened by a
/// preposition after them (`MatchHistoryForPlayer`, `StockLevelsByLocation`): the status of a
/// claim as much as an order to claim one, so the `Query` derive, whose names often say what
/// they return, accepts it; with more words before the preposition the verb has its object
/// (`UpdateOrderStatus`).
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
    analysis.verdict == Verdict::Command
        && analysis.decoration.is_empty()
        && analysis.cue.as_deref() == Some(first.as_str())
        && ATTRIBUTE_HEADS.contains(&last.as_str())
        && {
            let lex = Lex { vocab };
            let first = first.to_lowercase();
            lex.base(&first)
                .is_some_and(|v| (v.is_noun() || lex.adjective(&first)) && v.particle.is_none())
        }
}

/// Whether the name reads as a subject and a verb, a happening (`PointerMove`), whose verb is the
/// noun of a document a query returns (`VacancyReport`, `ProductionSchedule`,
/// `PassengerManifest`): the `Query` derive accepts it as that document.
fn a_document(analysis: &Analysis) -> bool {
    analysis.verdict == Verdict::Event
        && analysis.decoration.is_empty()
        && analysis.cue_label == HAPPENING
        && analysis.words.len() >= 2
        && analysis.words.last().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "forecast" | "manifest" | "plan" | "report" | "roster" | "schedule" | "statement"
            )
        })
}

/// Whether the name is a participle and the plural noun it modifies (`RecommendedTracks`,
/// `AgedReceivables`, `ArchivedOrders`): the things in that state, which a query returns, as much
/// as the fact that they came to be so; the `Query` derive accepts it.
fn things_in_a_state(analysis: &Analysis) -> bool {
    let [first, second, rest @ ..] = analysis.words.as_slice() else {
        return false;
    };
    let last = rest.last().unwrap_or(second);
    analysis.verdict == Verdict::Event
        && analysis.decoration.is_empty()
        && analysis.alternative.is_none()
        && analysis.cue_label == PARTICIPLE
        && analysis.cue.as_deref() == Some(first.as_str())
        && !is_preposition(&second.to_lowercase())
        && plural(&last.to_lowercase())
}

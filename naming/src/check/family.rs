//! The readings a variant gets in an enum of its own kind that it would not get as a type's
//! name: a lone verb mostly a noun done to the enum's subject (`ClaimCommand::Appeal`), a lone
//! noun or data named by a query (`AccountQuery::Balance`, `CampaignQuery::TopBackers`), a state
//! that filters a query (`RoomQuery::Occupied`), a lone noun naming a kind of event
//! (`EngineEvent::Account`).

use super::data::heads_data;
use crate::analysis::{Analysis, Problem};
use crate::lexicon::Lex;
use crate::word_classes;
use crate::{Kind, Verdict};

/// Whether the variant is one verb mostly used as a noun (`Appeal`, `Place`, `Counter`) in an
/// enum of commands, derived as a `Command`: there it is the imperative, done to the enum's
/// subject (`ClaimCommand::Appeal`: appeal the claim), as `Cancel` is. Read with the subject,
/// the two nouns could make a happening (`AppealClaim`, like `ValueChange`), which no enum of
/// commands means. In an enum of events such a variant stays an error (`OrderEvent::Place`)
/// unless it is hardly ever a verb ([`lone_noun_of_events`]).
pub(super) fn lone_verb_commanded(alone: &Analysis, family: Option<Kind>, kind: Kind) -> bool {
    kind == Kind::Command
        && family == Some(Kind::Command)
        && alone.verdict == Verdict::Unknown
        && alone.problem == Problem::LoneVerb
}

/// Whether the variant is one word used at least as often as a noun (`Balance`, `Total`) in an
/// enum of queries, derived as a `Query`: it names what the query returns (`AccountQuery::Balance`:
/// the account's balance), as a variant with no verb does (`OrderQuery::History`), not an
/// imperative done to the enum's subject (balance the account).
pub(super) fn lone_noun_queried(alone: &Analysis, family: Option<Kind>, kind: Kind) -> bool {
    kind == Kind::Query
        && family == Some(Kind::Query)
        && alone.verdict == Verdict::Unknown
        && alone.problem == Problem::LoneVerb
}

/// Whether the variant opens with a participle, an `-ing` form or a state (`Occupied`,
/// `AssignedTo`, `LeasedOut`, `AwaitingMerchantResponse`, `Degrading`), is an adjective alone
/// (`Open`), or a participle ranked or placed in time (`MostRemixed`, `RecentlyReduced`), in an
/// enum of queries, derived as a `Query`: the filter of what it returns
/// (`TicketQuery::AssignedTo`: the tickets assigned to someone; `RoomQuery::Occupied`: the rooms
/// occupied), as a variant with no verb names it (`OrderQuery::ById`); the enum's kind word says
/// it is no fact of the enum's subject.
pub(super) fn filter_of_queries(
    alone: &Analysis,
    family: Option<Kind>,
    kind: Kind,
    lex: &Lex<'_>,
) -> bool {
    // An adjective alone, read as an imperative (`Open`).
    let state_alone = || match alone.words.as_slice() {
        [word] => alone.verdict == Verdict::Command && lex.adjective(&word.to_lowercase()),
        _ => false,
    };
    // The cue opens the variant, maybe after a negation, a rank or an adverb (`NotYetArrived`,
    // `MostRemixed`, `RecentlyReduced`).
    let opens = || {
        let at = alone
            .cue
            .as_deref()
            .and_then(|cue| alone.words.iter().position(|w| w == cue));
        at.is_some_and(|at| {
            alone.words[..at].iter().all(|w| {
                let w = w.to_lowercase();
                matches!(
                    w.as_str(),
                    "not" | "never" | "yet" | "still" | "already" | "least" | "most"
                ) || word_classes::is_adverb(&w)
            })
        })
    };
    kind == Kind::Query
        && family == Some(Kind::Query)
        && matches!(alone.verdict, Verdict::Event | Verdict::Command)
        && alone.decoration.is_empty()
        && opens()
        && (state_alone() || alone.verdict == Verdict::Event)
}

/// Whether the variant opens with an adjective or a word used as a verb less than half as often
/// as a noun (SemCor), then names something (`TopBackers`, `TruckLocations`, `StationLoad`), in
/// an enum of queries, derived as a `Query`: the data it returns (`CampaignQuery::TopBackers`: the
/// campaign's top backers), not an imperative (top the backers). A verb used as one often enough
/// stays one, as much a noun as it is (`OrderQuery::PlaceOrder`), unless what it names is data
/// (`AuctionQueries::BidDensity`, `WineryQuery::BlendComposition`). A type's name gets no such
/// reading: without the enum's kind word, `CloseAccount` and `ShipOrder` are requests.
pub(super) fn data_of_queries(
    alone: &Analysis,
    family: Option<Kind>,
    kind: Kind,
    lex: &Lex<'_>,
) -> bool {
    kind == Kind::Query
        && family == Some(Kind::Query)
        && alone.verdict == Verdict::Command
        && alone.decoration.is_empty()
        && alone.words.len() >= 2
        && alone.cue.as_deref() == alone.words.first().map(String::as_str)
        && alone.words.first().is_some_and(|w| {
            let first = w.to_lowercase();
            let last = alone
                .words
                .last()
                .map_or(String::new(), |w| w.to_lowercase());
            lex.adjective(&first)
                || lex.verb_or_joined(&first).is_some_and(|v| {
                    (v.noun_leaning() && !v.often_verb())
                        || (v.is_noun() && heads_data(word_classes::singular(&last)))
                })
        })
}

/// Whether the variant is one word English hardly ever uses as a verb (SemCor: `Account`,
/// `Message`, `Button`) in an enum of events, derived as an `Event`: it names a kind of event,
/// as a variant with no verb does (`EngineEvent::Account`: an account event). A verb used as
/// a verb often enough stays an imperative done to the enum's subject (`OrderEvent::Place`,
/// `OrderEvent::Cancel`).
pub(super) fn lone_noun_of_events(
    alone: &Analysis,
    family: Option<Kind>,
    kind: Kind,
    lex: &Lex<'_>,
) -> bool {
    kind == Kind::Event
        && family == Some(Kind::Event)
        && alone.verdict == Verdict::Unknown
        && alone.problem == Problem::LoneVerb
        && alone
            .words
            .first()
            .is_some_and(|w| lex.imperative(&w.to_lowercase()).is_none())
}

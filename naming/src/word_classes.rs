//! The closed word classes the grammar reads by name (prepositions, auxiliaries, question
//! words, state words, the nouns that head a noun phrase) and the word tests built on them.
//!
//! Depends on the lexicon; the grammar (`grammar/`) depends on it.

use crate::affixes::PARTICLES;
use crate::lexicon::Lex;
use crate::words::Word;

pub(crate) const PREPOSITIONS: &[&str] = &[
    "above", "across", "after", "against", "as", "at", "because", "before", "below", "between",
    "by", "due", "during", "for", "from", "in", "into", "of", "on", "onto", "over", "per",
    "through", "to", "under", "until", "upon", "via", "with", "within", "without",
];

/// Prepositions a prepositional verb can leave at the end of its passive
/// (`MeterWasTamperedWith`, `InvoiceAccountedFor`, `ChildLookedAfter`); time, place and reason
/// words (`Until`, `Before`, `Below`, `Because`) are never left so.
const STRANDABLE: &[&str] = &[
    "about", "after", "against", "at", "by", "for", "from", "in", "into", "of", "on", "onto",
    "over", "through", "to", "upon", "with",
];

pub(crate) const ADVERBS: &[&str] = &[
    "again", "already", "early", "late", "now", "once", "soon", "today", "too", "twice",
];

/// Words that say when something due happens, after the present of a verb
/// (`CardExpiresSoon`, `TrialEndsTomorrow`): an announcement.
pub(crate) const WHEN_WORDS: &[&str] = &["shortly", "soon", "today", "tomorrow", "tonight"];

/// Words between a subject and its participle: `Was`, `Has Been`, `Got`, `Not`.
pub(crate) const AUXILIARIES: &[&str] = &[
    "been", "being", "get", "gets", "got", "had", "has", "have", "never", "not", "was", "were",
];

pub(crate) const INTERROGATIVES: &[&str] = &[
    "are", "can", "did", "do", "does", "has", "have", "how", "is", "was", "were", "what", "when",
    "where", "which", "who", "whose", "why",
];

pub(crate) const QUERY_VERBS: &[&str] = &[
    "browse", "check", "count", "describe", "fetch", "find", "get", "list", "locate", "lookup",
    "query", "retrieve", "search", "select",
];

/// Verbs that work out or show an answer without changing anything (`CalculateShippingCost`,
/// `PreviewOrder`, `ShowCart`): first in a name they are the imperative, and as much the
/// question a query asks, so both the `Command` and the `Query` derive take them.
pub(crate) const ANSWER_VERBS: &[&str] = &[
    "analyse",
    "analyze",
    "calculate",
    "compare",
    "compute",
    "display",
    "estimate",
    "evaluate",
    "forecast",
    "inspect",
    "predict",
    "preview",
    "quote",
    "show",
    "simulate",
    "summarise",
    "summarize",
    "validate",
    "view",
];

/// Verbs that take an object and the state it is to be in, or the place: `MarkTaskDone`,
/// `SetBannerDisplayedOnHome`, `PlaceOnHold`. First in a name with a participle, an adjective or
/// a place after their object, they make a command, not an event. Not `leave`: first in a name
/// it is the noun of time off more often than an order to leave something so
/// (`LeaveRequestApproved`, `LeaveDaysCarriedOver`).
pub(crate) const COMPLEMENT_VERBS: &[&str] = &[
    "declare", "flag", "keep", "make", "mark", "place", "put", "set",
];

/// Quantifiers, which stand for a noun: after a verb they are its object (`ReadAll`,
/// `DeleteMany`), never a state.
pub(crate) const QUANTIFIERS: &[&str] = &[
    "all", "any", "both", "each", "every", "few", "many", "more", "most", "much", "none", "other",
    "several", "some",
];

/// The verbs of a resource's creation and deletion, which WordNet knows only as verbs: after
/// nouns, CRUD code names its commands with them, object first (`PostCreate`,
/// `CategoryDelete`).
pub(crate) const CRUD_VERBS: &[&str] = &["create", "delete"];

/// Linking verbs, which take an adjective as the state their subject comes to be in:
/// `ComeOnline`, `GoPublic`, `StayIdle`, `TurnRed` are imperatives, not a subject and its state.
pub(crate) const LINKING_VERBS: &[&str] = &[
    "become", "come", "fall", "get", "go", "grow", "remain", "run", "seem", "stay", "turn",
];

/// Verbs of informing, which take whom they tell and what happened (`NotifyOrderCanceled`,
/// `InformEmployeeShiftCancelled`: notify that the order was canceled), and verbs of emitting,
/// which take the event they send (`EmitOrderPlaced`; not `broadcast`, as much a noun:
/// `BroadcastNotificationCreated` is a fact). First in a name with a participle after their
/// object, they make a command, not an event, unless the participle says how the action ended
/// ([`OUTCOME_VERBS`]: `NotifyCustomerFailed`).
pub(crate) const INFORMING_VERBS: &[&str] = &[
    "advise", "alert", "emit", "inform", "notify", "remind", "tell", "warn",
];

/// Nouns that name a moment something reaches, an occurrence when they close a name after
/// it, as `start` does (`SessionEnd`, `PaymentTimeout`): WordNet files `end` under `noun.time`
/// and spells `time-out` with a hyphen, so neither is among its `noun.event` nouns.
pub(crate) const MOMENT_NOUNS: &[&str] = &["end", "timeout"];

/// Verbs that say how an attempted action ended, and nothing else: closing a name after an
/// action (`NotifyCustomerFailed`, `DeleteUserFailed`, `SyncTimedOut`) they report it, an event.
pub(crate) const OUTCOME_VERBS: &[&str] = &["abort", "error", "fail", "skip", "succeed", "time"];

/// Words that name a state when they close a name after a subject: `TrialOver`, `ServiceDown`,
/// `ProductBackInStock` (adverb particles used as predicates: the thing is over, down, back).
pub(crate) const STATE_WORDS: &[&str] = &[
    "back", "down", "off", "offline", "on", "online", "out", "over", "up",
];

/// Adjectives of a passing state that work or a thing reaches and leaves (`Complete`, `Open`,
/// `Low`), or of how work ended (`Successful`), not a lasting property (`Measurable`, `Abstract`) nor a word as much a noun in code
/// (`Alert`, `Aggregate`, `Primary`). After a verb that is as much the noun of its work
/// (`UpdateAvailable`, `DownloadComplete`) they say what state the work is in; after a subject
/// that is as much a verb (`FuelLow`, `OrderReady`) they are its state, not the object of an
/// imperative.
pub(crate) const PASSING_STATES: &[&str] = &[
    "active",
    "available",
    "busy",
    "clear",
    "complete",
    "due",
    "empty",
    "free",
    "full",
    "high",
    "idle",
    "invalid",
    "low",
    "open",
    "pending",
    "ready",
    "stable",
    "stale",
    "successful",
    "unavailable",
    "unsuccessful",
];

/// Words that say an action is done to many at once, before its verb (`BatchGetItem`,
/// `BulkUpdateAssets`, `MassDeleteUsers`), though each is a verb or a noun of its own.
pub(crate) const BATCH_WORDS: &[&str] = &["batch", "bulk", "mass"];

/// Nouns that head a noun phrase describing data (`OrderInfo`, `PaymentDetails`): after a
/// verb that is at least as often a noun, the name is a noun phrase, not a command.
pub(crate) const HEAD_NOUNS: &[&str] = &[
    "config",
    "controller",
    "detail",
    "details",
    "dto",
    "entity",
    "handler",
    "history",
    "info",
    "information",
    "manager",
    "metadata",
    "options",
    "overview",
    "repository",
    "schema",
    "service",
    "settings",
    "snapshot",
    "spec",
    "summary",
];

/// Nouns that name a message of the request-reply pattern (`HeartbeatRequest`,
/// `GreetingReply`): closing a name after a subject, they name the message asked or answered,
/// not a happening of the subject, though SemCor uses them more often as verbs.
pub(crate) const MESSAGE_HEADS: &[&str] = &["reply", "request", "response"];

/// Whether `words`, a name with no verb, is a message of the request-reply pattern: nouns closed
/// by `Request`, `Reply` or `Response` (`HeartbeatRequest`, `GreetingReply`,
/// `TimeoutProjectionVersionRequest`), a request to act or its answer. Not when a word before
/// it is an adjective, a preposition or a particle: `HttpBadRequest` (a bad request, received)
/// and `AboutToSendHttpRequest` describe a request, they do not ask.
pub(crate) fn request_message(lex: &Lex<'_>, words: &[Word<'_>]) -> bool {
    let [before @ .., last] = words else {
        return false;
    };
    !before.is_empty()
        && MESSAGE_HEADS.contains(&last.lower.as_str())
        && before.iter().all(|w| {
            !is_preposition(&w.lower) && !is_particle(&w.lower) && !lex.adjective(&w.lower)
        })
}

/// Nouns that usually head a noun phrase (`OrderStatus`, `CartItem`, `EmailAddress`) but are
/// also common objects (`ShipItem`): after a verb that is at least as often a noun, the name
/// reads as a noun phrase first and a command second, and a `Command` derive accepts it.
pub(crate) const OBJECT_HEADS: &[&str] = &[
    "address",
    "amount",
    "balance",
    "contents",
    "count",
    "data",
    "date",
    "estimate",
    "feed",
    "health",
    "id",
    "item",
    "level",
    "line",
    "list",
    "log",
    "map",
    "number",
    "progress",
    "quote",
    "rate",
    "record",
    "result",
    "results",
    "state",
    "status",
    "time",
    "total",
    "trail",
    "type",
    "value",
    // Data a query returns (`MeterReadings`, `ChannelMembers`, `LeagueTable`).
    "backlog",
    "interactions",
    "logs",
    "members",
    "metrics",
    "performance",
    "rates",
    "readings",
    "standings",
    "statistics",
    "stats",
    "table",
    "usage",
    "valuation",
];

/// Nouns that name what is known of the thing the word before them names, its state, record or
/// measure (`ClaimStatus`, `WatchHistory`, `LeaveBalance`, `BuildLogs`): after a verb that is
/// a noun too, the name is as much that data as an order, and the `Query` derive accepts it.
pub(crate) const ATTRIBUTE_HEADS: &[&str] = &[
    "backlog",
    "balance",
    "characteristics",
    "count",
    "details",
    "health",
    "history",
    "info",
    "level",
    "levels",
    "log",
    "logs",
    "metrics",
    "overview",
    "performance",
    "progress",
    "rates",
    "results",
    "risk",
    "spec",
    "specs",
    "standings",
    "state",
    "statistics",
    "stats",
    "status",
    "summary",
    "total",
    "usage",
    "variance",
];

/// A noun of the one who does a verb: `sender`, `handler`, `processor`, `shipper`.
pub(crate) fn is_agent_noun(lex: &Lex<'_>, w: &str) -> bool {
    if !w.is_ascii() {
        return false;
    }
    let Some(stem) = w.strip_suffix("er").or_else(|| w.strip_suffix("or")) else {
        return false;
    };
    // ASCII: every byte index is a character boundary.
    let b = stem.as_bytes();
    let undoubled =
        (b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2]).then(|| &stem[..stem.len() - 1]);
    [
        Some(stem.to_owned()),
        Some(format!("{stem}e")),
        undoubled.map(str::to_owned),
    ]
    .into_iter()
    .flatten()
    // Bases of four letters or more: `user` (`use`) names a person, an object of commands.
    .any(|base| base.len() >= 4 && lex.base(&base).is_some())
}

pub(crate) fn is_preposition(w: &str) -> bool {
    PREPOSITIONS.contains(&w)
}

/// Whether `w` is a preposition a prepositional verb can leave at the end of the name.
pub(crate) fn is_strandable(w: &str) -> bool {
    STRANDABLE.contains(&w)
}

pub(crate) fn is_particle(w: &str) -> bool {
    PARTICLES.contains(&w)
}

/// Whether `w` is an adverb: one of [`ADVERBS`], or a word of five letters or more in `-ly`
/// that WordNet does not list as a noun only (`anomaly`, `family`, `supply` are none).
pub(crate) fn is_adverb(w: &str) -> bool {
    ADVERBS.contains(&w) || (w.len() > 4 && w.ends_with("ly") && !Lex::ly_noun(w))
}

/// Whether `w` can be the subject noun that starts an event name: not a verb, or a verb used at
/// least as often as a noun (`Order`, `Tenant`, `Queue`), but not one mostly used as a verb
/// (`Get`, `Request`, `Resend`).
pub(crate) fn subjectish(lex: &Lex<'_>, w: &str) -> bool {
    lex.base(w).is_none_or(|v| v.is_noun() && !v.verb_leaning())
}

/// Whether `w` looks like a plural noun (`orders`, `recalculations`, `migrations`; not
/// `status`, `address`, `analysis`).
pub(crate) fn plural(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
}

/// `w` without the `s` of its plural (`rates` → `rate`), or `w` itself.
pub(crate) fn singular(w: &str) -> &str {
    if plural(w) { &w[..w.len() - 1] } else { w }
}

/// Whether `w` is an adverb of manner: an adjective + `ly` (`partially`, `automatically`,
/// `happily`, `fully`); `family`, `assembly`, `tally` are nouns.
pub(crate) fn manner_adverb(lex: &Lex<'_>, w: &str) -> bool {
    is_adverb(w)
        && w.strip_suffix("ly").is_some_and(|stem| {
            w == "fully"
                || lex.adjective(stem)
                || w.strip_suffix("ally").is_some_and(|s| lex.adjective(s))
                || w.strip_suffix("ily")
                    .is_some_and(|s| lex.adjective(&format!("{s}y")))
        })
}

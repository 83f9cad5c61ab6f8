//! The words of the data a query returns: documents, measures, keys, periods, states and
//! ranks, and whether a noun heads such data.

use crate::lexicon::Lex;
use crate::word_classes::ATTRIBUTE_HEADS;

/// Nouns of a document a query returns.
pub(super) const DOCUMENTS: &[&str] = &[
    "board",
    "calendar",
    "chart",
    "dashboard",
    "docket",
    "estimate",
    "forecast",
    "inventory",
    "leaderboard",
    "ledger",
    "lineup",
    "list",
    "lookup",
    "manifest",
    "map",
    "matrix",
    "menu",
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

/// Nouns of a measure or an arrangement of data a query returns.
pub(super) const MEASURES: &[&str] = &[
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

/// Nouns of the key a lookup finds one thing by.
pub(super) const KEYS: &[&str] = &[
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

/// Words that open the period a query covers (`FailedSessionsLastWeek`, `ScansToday`,
/// `StockMovementsSince`, `PermitsExpiringWithin30Days`, `PointsExpiringBefore`); not `After`
/// or `Until`, which say when a request is to be done (`ReleaseTankAfterSettling`,
/// `HoldTemperatureUntil`).
pub(super) const PERIODS: &[&str] = &[
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
pub(super) const PERIOD_NOUNS: &[&str] = &[
    "day", "month", "period", "quarter", "season", "shift", "tomorrow", "week", "year",
];

/// Words of a state things are in, after them (`ReadsPendingReview`, `MetersDueForReplacement`,
/// `AuthorizedUnitsRemaining`, `BatchesNearingBeyondUseDate`).
pub(super) const STATES: &[&str] = &[
    "awaiting",
    "due",
    "exceeding",
    "nearing",
    "needing",
    "pending",
    "remaining",
];

/// Words that rank or sum up what follows them (`TopSellingItems`, `AverageApprovalTime`,
/// `NextScheduledLaunch`).
pub(super) const RANKS: &[&str] = &[
    "average", "best", "last", "mean", "median", "next", "peak", "previous", "top", "worst",
];

/// Whether `head` is a noun of data a query returns: an attribute (`Balance`, `Status`), a
/// document (`Report`) or a measure (`Occupancy`, `Utilization`, `Breakdown`).
pub(in crate::check) fn heads_data(head: &str) -> bool {
    ATTRIBUTE_HEADS.contains(&head)
        || DOCUMENTS.contains(&head)
        || MEASURES.contains(&head)
        // A property measured (`BatchTraceability`, `InvoiceDeliverability`).
        || (head.len() > 8 && (head.ends_with("ability") || head.ends_with("ibility")))
}

/// Whether `name` closes with the noun of a document, a measure or a search (`FareReport`,
/// `ShiftSchedule`, `UsageBreakdown`, `PermitSearch`, `OrderLookup`, `TestFilter`).
pub(in crate::check) fn names_a_query_family(name: &str) -> bool {
    crate::words::split(name).last().is_some_and(|w| {
        DOCUMENTS.contains(&w.lower.as_str())
            || MEASURES.contains(&w.lower.as_str())
            || matches!(
                w.lower.as_str(),
                "filter" | "finder" | "grouping" | "lookup" | "search"
            )
    })
}

/// Whether `w` is the superlative of an adjective (`highest`, `latest`, `biggest`, `busiest`).
pub(super) fn superlative(lex: &Lex<'_>, w: &str) -> bool {
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

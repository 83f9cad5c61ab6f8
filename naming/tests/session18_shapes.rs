//! Shapes of session 18, found in 1,080 names of 24 business areas written blind by four
//! helpers (sets AN to AQ of `data/blind_names.txt`) and in what sets E to AM still rejected.

use factum_naming::{Kind, Vocabulary};

include!("data/derives.rs");

/// Whether the derive of `kind` accepts `variant` of `enum_name`.
fn variant_ok(enum_name: &str, variant: &str, kind: Kind) -> bool {
    factum_naming::check_variant(enum_name, variant, kind, &Vocabulary::default()).is_ok()
}

/// A participle in the clause a conjunction opens after an imperative says when, or on what
/// condition, the request is done: no fact of a subject.
#[test]
fn a_clause_after_an_imperative_says_when() {
    requests_only(&[
        "ResumeAfterObstacleCleared",
        "RetryIfPaymentFailed",
        "ReleaseHoldAfterPaymentCleared",
        "CloseTillWhenShiftEnded",
        "HoldShipmentUntilPaymentReceived",
    ]);
    // A fact before the clause stays a fact, and so does a subject that is no imperative.
    facts_only(&[
        "OrderCancelledAfterPaymentFailed",
        "ReminderSentWhenOverdue",
        "LeaseSignedBeforeDeadlinePassed",
    ]);
}

/// `Before` or `After` closing a name after an `-ing` form opens the period of things in a
/// state (`FindKeysExpiringBefore`), as `Within` does; after a verb it names a hook.
#[test]
fn before_after_an_ing_form_is_a_period() {
    passes(
        Kind::Query,
        &["FindKeysExpiringBefore", "FindLeasesExpiringBefore"],
    );
    fails(Kind::Event, &["FindKeysExpiringBefore"]);
    // A hook after a verb, as before.
    passes(Kind::Event, &["GetListBefore", "FindAfter", "SaveBefore"]);
    fails(Kind::Query, &["GetListBefore"]);
}

/// `Currently` says how things stand now, which a query returns, whatever the words around it
/// read as; an event names a change.
#[test]
fn things_currently_in_a_state() {
    passes(
        Kind::Query,
        &[
            "UsersCurrentlyOnline",
            "StaffCurrentlyInRoom",
            "DriversCurrentlyOnShift",
            "VehiclesCurrentlyCharging",
        ],
    );
    // Not closing the name, nor opening it.
    fails(
        Kind::Query,
        &["CancelOrderCurrently", "CurrentlyCancelOrder"],
    );
}

/// In an enum of queries, a variant opening with a participle, an `-ing` form or a state is the
/// filter of what the query returns (`RoomQuery::Occupied`: the rooms occupied); in an enum of
/// events it is what happened, and in an enum of commands an error.
#[test]
fn a_state_filters_an_enum_of_queries() {
    for (enum_name, variant) in [
        ("RoomQuery", "Occupied"),
        ("StoreQuery", "Featured"),
        ("QuotaQuery", "LeasedOut"),
        ("AssetQuery", "Degrading"),
        ("DisputeQuery", "AwaitingMerchantResponse"),
        ("ApplicationQuery", "AwaitingReview"),
        ("TicketQuery", "AssignedTo"),
        ("AlarmQuery", "Unacknowledged"),
    ] {
        assert!(
            variant_ok(enum_name, variant, Kind::Query),
            "{enum_name}::{variant}"
        );
    }
    // The enum's kind word decides: in an enum of events the participle is what happened, and
    // the `Query` derive refuses it; an imperative in an enum of queries stays a request.
    assert!(variant_ok("RoomEvent", "Occupied", Kind::Event));
    assert!(!variant_ok("RoomEvent", "Occupied", Kind::Query));
    assert!(!variant_ok("RoomCommand", "Occupied", Kind::Command));
    assert!(!variant_ok("RoomQuery", "OccupyRoom", Kind::Query));
}

/// A lookup and a reconciliation name the data a query returns, after words that modify them.
#[test]
fn lookups_and_reconciliations() {
    passes(
        Kind::Query,
        &[
            "DinChartLookup",
            "CashDrawerReconciliation",
            "CodCashReconciliation",
        ],
    );
    // A verb only a verb before them stays a request.
    fails(
        Kind::Query,
        &["ApproveCashReconciliation", "DeleteChartLookup"],
    );
}

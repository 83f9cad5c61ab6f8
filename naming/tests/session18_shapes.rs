//! Shapes of session 18, found in 1,080 names of 24 business areas written blind by four
//! helpers (sets AN to AQ of `data/blind_names.txt`) and in what sets E to AM still rejected.

use factum_naming::{Kind, Vocabulary};

include!("data/derives.rs");

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

/// A verb hardly ever used as one still opens a request when it sends its object somewhere
/// (`RouteOrderToDropShipper`): no noun phrase moves anything.
#[test]
fn a_noun_verb_sends_its_object_somewhere() {
    passes(
        Kind::Command,
        &[
            "RouteOrderToDropShipper",
            "RouteCallToWirelessPhone",
            "RouteStudyToWorklist",
        ],
    );
    fails(Kind::Query, &["RouteStudyToWorklist"]);
    // A participle after the first word keeps the fact (`RoomAddedToInventory`), and a
    // noun phrase with another preposition stays one (`RouteForDelivery`).
    facts_only(&["RoomAddedToInventory", "RoomReleasedToFrontDesk"]);
    passes(Kind::Query, &["RouteForDelivery"]);
}

/// A simple past that is never a participle (`went`, `took`) follows a subject, whatever its
/// first word is used as elsewhere: no imperative is followed by one.
#[test]
fn a_simple_past_only_follows_its_subject() {
    facts_only(&["MatchWentLive", "ShowWentDark"]);
    // A participle after a verb first still reads as a request's object (`RetryFailedPayment`).
    requests_only(&["RetryFailedPayment"]);
}

/// `Need` after `Pre` is a noun (a pre-need funeral contract), and so is `Needs` closing a
/// name; before what is needed it still asks for it.
#[test]
fn pre_need_and_needs_as_nouns() {
    facts_only(&["PreNeedContractSigned"]);
    passes(
        Kind::Query,
        &[
            "PreNeedContractsByCounselor",
            "PreNeedContractsByFamily",
            "StudentsWithIepTransportationNeeds",
        ],
    );
    passes(Kind::Command, &["GeneratePreNeedContractCmd"]);
    passes(Kind::Event, &["OrderNeedsReview"]);
    fails(Kind::Event, &["OrderNeedsToBeShipped"]);
}

/// A participle equal to its base right after a verb mostly used as a verb, before a phrase,
/// is the verb's object (`CancelRunForWeather`: cancel the run), as it is closing the name
/// (`EstimateFreightCost`).
#[test]
fn a_base_equal_participle_after_a_verb_is_its_object() {
    requests_only(&["CancelRunForWeather", "UpdateRunOfShow"]);
    let vocab = Vocabulary::default();
    assert!(
        factum_naming::check_wire_name(
            "org.lakeviewsd.transportation.cancel_run_for_weather",
            Kind::Command,
            &vocab
        )
        .is_ok()
    );
    // After a subject it is what happened.
    facts_only(&["PriceSetForRegion", "BudgetCutForQuarter"]);
}

/// Queries named by their data: things earning or doing something ranked (`TopEarningAdSources`),
/// things now in a state (`BusesRunningLateNow`), a measure for a pay period, a peak, a lineup or
/// a docket kept for something, a ratio of one thing to another.
#[test]
fn more_data_named_by_queries() {
    passes(
        Kind::Query,
        &[
            "TopEarningAdSources",
            "TopEarningDriversInMarket",
            "BusesRunningLateNow",
            "TipsOwedForPayPeriod",
            "HoursWorkedForPayPeriod",
            "PeakConcurrentViewersByPlatform",
            "PoolLineupForTerminal",
            "DocketForCourtroom",
            "LoanToValueRatio",
            "RetailToServiceRatio",
        ],
    );
    // A fact of one thing stays a fact; an imperative before a ratio's parts without `To`
    // stays a request.
    facts_only(&["BusArrivedLate"]);
    fails(
        Kind::Query,
        &[
            "ApproveLoanRatio",
            "CancelOrderNow",
            "UpdateDebtToIncomeRatio",
        ],
    );
}

/// A state after the things a participle describes closes their phrase
/// (`QualifiedDriversAvailable`: qualified drivers, available), and a document that is a verb
/// of software too names the data kept for something or grouped by a key (`WaitlistForDate`).
#[test]
fn a_state_after_things_and_a_document_verb() {
    passes(
        Kind::Query,
        &[
            "QualifiedDriversAvailable",
            "SealedDocumentsVisibleToUser",
            "WaitlistForDate",
            "WaitlistByStartDate",
        ],
    );
    // One thing reaching a state stays a fact; a request to waitlist someone stays one.
    facts_only(&["DriverQualified"]);
    fails(Kind::Query, &["WaitlistGuest"]);
}

/// A compound subject `Out Of` a range is a state reached (`FillLevelOutOfSpec`), as
/// `OutOfStock` is; out of service after a verb and its object stays a request.
#[test]
fn a_measure_out_of_its_range() {
    passes(
        Kind::Event,
        &[
            "FillPressureOutOfTolerance",
            "FillLevelOutOfSpec",
            "FillLevelOutOfTolerance",
        ],
    );
    requests_only(&["TakeVehicleOutOfService", "TakeElevatorOutOfService"]);
}

/// After a first word that is a noun only, the words before a simple past are the subject's
/// (`VarroaCountExceededThreshold`: the varroa count exceeded the threshold); after an
/// adjective, nothing changes.
#[test]
fn a_noun_first_then_its_subjects_nouns() {
    facts_only(&["VarroaCountExceededThreshold"]);
    passes(Kind::Query, &["EmergentWorkAddedSinceScopeFreeze"]);
    requests_only(&["RetryFailedPayment", "ArchiveCompletedOrders"]);
}

/// A measure for a season, a split phrasal verb's data grouped by a key
/// (`CheckInCountsByHour`), and a negated participle filtering an enum of queries.
#[test]
fn seasons_check_ins_and_negated_filters() {
    passes(
        Kind::Query,
        &[
            "HivesContractedForSeason",
            "CheckInCountsByHour",
            "CheckInQueueLengthByBooth",
        ],
    );
    // Without a key, a phrasal verb's nouns are its object.
    fails(
        Kind::Query,
        &["SetUpPaymentPlan", "PickUpOpenTime", "CheckInGuest"],
    );
    assert!(variant_ok("AttendeeQuery", "NotYetArrived", Kind::Query));
    assert!(variant_ok("AttendeeQuery", "NeverCheckedIn", Kind::Query));
    assert!(!variant_ok("AttendeeEvent", "NotYetArrived", Kind::Query));
}

/// Things nearing a state (`BatchesNearingBeyondUseDate`), data as of a moment
/// (`ConsolidatedCashPositionAsOf`; a request as of a moment stays one,
/// `RecalculateBalanceAsOfDate`), and a ratio grouped by a key (`IdleToWorkRatioByOperator`).
#[test]
fn nearing_as_of_and_ratios_grouped() {
    passes(
        Kind::Query,
        &[
            "BatchesNearingBeyondUseDate",
            "ItemsNearingBestBeforeDate",
            "ListLotsNearingBestBefore",
            "ConsolidatedCashPositionAsOf",
            "IdleToWorkRatioByOperator",
        ],
    );
    // One thing nearing a state is a fact of it.
    facts_only(&["LeaseNearingExpiry"]);
    fails(Kind::Query, &["RecalculateBalanceAsOfDate"]);
}

/// A phrasal verb split by its object before a phrase keeps its particle: the `Event` derive's
/// error suggests `VehicleTakenOutOfService`, not `VehicleOutTakenOfService`.
#[test]
fn a_split_phrasal_verb_before_a_phrase_keeps_its_particle() {
    suggests(
        "TakeVehicleOutOfService",
        Kind::Event,
        "VehicleTakenOutOfService",
    );
    suggests(
        "PutVehicleBackInService",
        Kind::Event,
        "VehiclePutBackInService",
    );
    requests_only(&["TakeVehicleOutOfService", "PutVehicleBackInService"]);
}

/// Things older than a limit or exceeding one are what a query returns; a need before a
/// participle is a noun (`AppointmentLanguageNeedFlagged`: the need was flagged), before a verb
/// a request.
#[test]
fn comparisons_and_a_need_flagged() {
    passes(
        Kind::Query,
        &[
            "UnclaimedBoxesOlderThan",
            "UnreconciledItemsOlderThan",
            "UnansweredCallsOlderThanThreshold",
            "LogDecksExceedingAgeLimit",
        ],
    );
    facts_only(&["AppointmentLanguageNeedFlagged"]);
    fails(Kind::Event, &["OrderNeedReview", "OrderNeedsShipped"]);
}

/// A place in a waitlist or a queue is data (`WaitlistPositionForMember`), and so is a list
/// after the words that modify it (`ExpiredHoldsShelfList`).
#[test]
fn a_place_in_line_and_lists() {
    passes(
        Kind::Query,
        &[
            "WaitlistPosition",
            "WaitlistPositionForMember",
            "QueuePositionForTicket",
            "ExpiredHoldsShelfList",
            "RankedMatchListForDonor",
        ],
    );
    // Moving someone in the line is a request.
    fails(Kind::Query, &["UpdateQueuePosition", "ClearWaitlist"]);
}

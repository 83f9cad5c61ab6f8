//! Shapes of session 17, found in 1,080 names of 24 business areas written blind by four
//! helpers (sets X to AA of `data/blind_names.txt`) and in what sets E to W still rejected.

use factum_naming::{Kind, Vocabulary, check_wire_name};

include!("data/derives.rs");

/// A phrasal verb of `WordNet`, written as one word, opens a command as `Checkout` does
/// (`LockoutConveyor`: lock out the conveyor). Elsewhere in a name it is the noun it mostly is.
#[test]
fn a_phrasal_verb_written_as_one_word_opens_a_command() {
    only(
        Kind::Command,
        Kind::Event,
        &[
            "LockoutConveyor",
            "TakedownTrack",
            "HandoverToBackupStation",
            "WriteoffDebt",
            "RolloutFeature",
            "SignoffTask",
        ],
    );
    // As a subject, a noun: the fact stays a fact.
    facts_only(&["LockoutApplied", "BreakdownReported", "TakeoverCompleted"]);
    // Not with `in` or `on`, whose joined forms are words of their own (`drag on`).
    facts_only(&["DragonSlain"]);
    fails(Kind::Command, &["DragonLair"]);
    // As the data a query returns, a noun too.
    passes(
        Kind::Query,
        &["CycleTimeBreakdown", "TurnoverTimePerRoom", "TurnoverToday"],
    );
    assert!(variant_ok("PassQuery", "BlackoutDates", Kind::Query));
}

/// An irregular past joined to its particle is the phrasal verb's past, as a regular one is
/// (`timedout`): `soldout` = sold out. A past that is a verb of its own is no such past
/// (`rundown`).
#[test]
fn an_irregular_past_joined_to_its_particle() {
    let vocab = Vocabulary::default();
    facts_only(&["ItemSoldout", "ShelfSoldout"]);
    assert!(check_wire_name("com.crumbco.store.soldout", Kind::Event, &vocab).is_ok());
    fails(Kind::Event, &["Rundown", "Comeback"]);
}

/// `Event` after a preposition is the event it governs (a concert, a match), not the kind of
/// the message; after `After` or `Before` it names a hook's event, and `Command` keeps naming
/// one (`MailFromCommand`: SMTP's `MAIL FROM`).
#[test]
fn an_event_after_a_preposition_is_a_thing() {
    only(
        Kind::Command,
        Kind::Event,
        &[
            "RegisterForEvent",
            "SubscribeToEvent",
            "CheckInAttendeeToEvent",
        ],
    );
    passes(
        Kind::Query,
        &["GuestListForEvent", "AttendeesForEvent", "TicketsByEvent"],
    );
    passes(
        Kind::Event,
        &["EntityPersistAfterEvent", "TemplateRenderBeforeEvent"],
    );
    passes(Kind::Command, &["MailFromCommand", "RcptToCommand"]);
    // Closing a name after its verb, it still names the kind.
    fails(Kind::Command, &["OrderPlacedEvent", "CancelEvent"]);
}

/// A version closing a query's name says nothing of its kind: the readings of data read the
/// words before it.
#[test]
fn a_version_after_a_query_named_by_its_data() {
    passes(
        Kind::Query,
        &[
            "DoseHistoryPerShiftV2",
            "ColonyStrengthReportV2",
            "WinRateByPublisherV3",
        ],
    );
    // A request stays one, versioned or not.
    fails(
        Kind::Query,
        &["ArchiveOldOrdersV2", "CancelOrderByCustomerV2"],
    );
}

/// `Since` closing a query opens the period it covers, as `LastWeek` does: the things or data
/// changed since a moment the caller gives.
#[test]
fn since_opens_the_period_a_query_covers() {
    passes(
        Kind::Query,
        &[
            "StockMovementsSince",
            "BookingsModifiedSince",
            "DroppedCoursesSince",
            "HarvestTotalsSince",
            "MatchHistorySince",
        ],
    );
    // The facts and requests they read as keep their derives.
    passes(Kind::Event, &["BookingsModifiedSince"]);
    fails(Kind::Query, &["DeleteOrdersSince", "ExpireSessionsSince"]);
}

/// Things waiting after a verb that is a noun too (`WarpBeamsAwaitingLoading`: the beams that
/// wait), as after a fact; a verb only a verb keeps its request.
#[test]
fn things_waiting_after_a_verb_that_is_a_noun() {
    passes(
        Kind::Query,
        &[
            "WarpBeamsAwaitingLoading",
            "PullRequestsAwaitingReview",
            "AddOnCasesPending",
        ],
    );
    fails(Kind::Query, &["ApproveRequestsPendingReview"]);
}

/// A value worked out: the participle of a verb of estimating before what it estimates.
#[test]
fn an_estimate_is_data() {
    passes(
        Kind::Query,
        &[
            "EstimatedWaitForService",
            "ForecastedProductionForTomorrow",
            "ProjectedRevenue",
        ],
    );
    // A fact closing the name stays a fact.
    fails(Kind::Query, &["EstimatedArrivalUpdated"]);
    facts_only(&["EstimatedArrivalUpdated"]);
}

/// A rank or a superlative before things in a state (`TopRatedFreelancersInCategory`).
#[test]
fn ranked_things_in_a_state() {
    passes(
        Kind::Query,
        &[
            "TopRatedFreelancersInCategory",
            "HighestRatedHotels",
            "BestReviewedProductsThisMonth",
        ],
    );
}

/// Measures and documents: a queue's length, a property in `-ability`, a board, a map, notes,
/// an inventory, a measure that is the verb's noun grouped after its phrase
/// (`TimeToHireByDepartment`), a measure read as the noun of an act
/// (`ServerFleetUtilization`), a person's thing grouping (`DyeLotsByCustomerOrder`), digits on
/// a word (`DefectPointsPer100Yards`).
#[test]
fn more_measures_and_documents() {
    passes(
        Kind::Query,
        &[
            "QueueLengthAtSite",
            "BatchTraceability",
            "CounterStatusBoard",
            "SeatMapForSection",
            "PetBehaviorNotes",
            "TowYardInventory",
            "TimeToHireByDepartment",
            "TimeToFirstDecisionByJournal",
            "ServerFleetUtilization",
            "DyeLotsByCustomerOrder",
            "DefectPointsPer100Yards",
            "PickupReportLast7Days",
        ],
    );
    // Requests stay requests: a key naming the person, a verb mostly a verb, a document after a
    // preposition in a fact.
    fails(
        Kind::Query,
        &[
            "CancelOrdersByCustomerId",
            "CancelOrdersByCustomerName",
            "UpdateStatusBoard",
            "GuestAddedToWaitlist",
        ],
    );
}

/// A command's wire name may close with its verb after the thing it acts on
/// (`com.propmgmt.charge.post`: post the charge); an adjective there is a state reached.
#[test]
fn a_wire_name_closing_with_its_verb() {
    let vocab = Vocabulary::default();
    let command = |n: &str| check_wire_name(n, Kind::Command, &vocab).is_ok();
    for name in [
        "com.propmgmt.charge.post",
        "grid.battery.discharge",
        "com.cinema.seat.block",
        "com.railco.car.hold.place",
        "com.pennywise.budget.rollover",
    ] {
        assert!(command(name), "{name}");
        assert!(
            check_wire_name(name, Kind::Event, &vocab).is_err(),
            "{name}"
        );
    }
    for name in [
        "transaction.ready",
        "com.shop.order.placed",
        "com.acme.heartbeat",
    ] {
        assert!(!command(name), "{name}");
    }
}

/// Things many in a state are the things in it, as `ArchivedOrders` are; one thing reaching a
/// state stays a fact.
#[test]
fn things_many_in_a_state() {
    passes(
        Kind::Query,
        &[
            "OrdersReadyForPickup",
            "DevicesOutOfWarranty",
            "MetersOffline",
            "PlayersNearTierCap",
            "AgentsOutOfAdherence",
            "PollsOpen",
        ],
    );
    fails(Kind::Query, &["BalanceAvailable", "QuoteOpen", "FuelLow"]);
    facts_only(&["OrdersReadyForPickup", "MetersOffline"]);
}

/// A period after things in a state, wherever it stands (`CasesAssignedToJudgeSince`), or a
/// period's noun after `For` (`ServicesScheduledForWeek`); a key whose last noun is no person
/// groups (`VouchersIssuedByReferralAgency`), a person stays who did it.
#[test]
fn things_in_a_state_over_a_period_or_by_a_key() {
    passes(
        Kind::Query,
        &[
            "CasesAssignedToJudgeSince",
            "ServicesScheduledForWeek",
            "VouchersIssuedByReferralAgency",
            "InventoryNeededForNextCycle",
            "PermitsExpiringWithin30Days",
        ],
    );
    fails(
        Kind::Query,
        &["OrderPlacedByCustomer", "OrdersCancelledByCustomerId"],
    );
}

/// `Since` and the moment it names close the name: the words before name the data, whatever
/// the moment's words read as.
#[test]
fn since_a_moment() {
    passes(
        Kind::Query,
        &[
            "AlarmsSinceLastShift",
            "AlarmsSinceShiftStart",
            "TonnageSinceLastRollChange",
            "HypoEventsSinceLastVisit",
        ],
    );
    fails(Kind::Query, &["DeleteOrdersSinceLastRun"]);
}

/// The request for data is the query for it (`ForecastRequested`, and a wire name closing with
/// the fact after the data, `com.irrigation.moisture.forecast.requested`); other facts stay facts.
#[test]
fn data_and_its_request() {
    passes(
        Kind::Query,
        &[
            "ForecastRequested",
            "DocketSearchRequested",
            "InventoryLookupRequested",
        ],
    );
    fails(Kind::Query, &["RefundRequested", "OrderPlaced"]);
    let vocab = Vocabulary::default();
    let query = |n: &str| check_wire_name(n, Kind::Query, &vocab).is_ok();
    assert!(query("com.irrigation.moisture.forecast.requested"));
    assert!(query("gov.courts.docket.search.requested"));
    assert!(!query("com.shop.order.placed"));
    assert!(!query("com.acme.commands.release_result"));
}

/// Documents and measures: a sheet, a trail, a curve, a funnel kept for something.
#[test]
fn documents_kept_for_something() {
    passes(
        Kind::Query,
        &[
            "DocketSheetForCase",
            "AuditTrailForWithdrawal",
            "RoastCurveForBatch",
            "PaidConversionFunnel",
        ],
    );
}

/// Queries of measures and things in a state: a measure business English makes of a verb
/// (`SpendByCostCenter`), an allocation, a rating, things grouped by a key
/// (`StockOnHandByBinLocation`), a preposition left to the caller (`OperatorsCertifiedFor`), a
/// person's document (`FarrierScheduleForWeek`).
#[test]
fn measures_keys_and_parameters() {
    passes(
        Kind::Query,
        &[
            "SpendByCostCenter",
            "SpendByCategoryThisMonth",
            "WaterRightsAllocationByUser",
            "PhrfRatingForBoat",
            "StockOnHandByBinLocation",
            "OperatorsCertifiedFor",
            "TicketsAssignedTo",
            "FarrierScheduleForWeek",
            "SoundcheckSlotsAvailable",
        ],
    );
    // A particle is no preposition left to the caller; things doing something are a happening.
    fails(
        Kind::Query,
        &["KeysHandedOver", "QueueFailedOver", "CacheLocksFlushing"],
    );
}

/// An enum named by a search or a lookup is a family of queries to the `Query` derive.
#[test]
fn enums_of_searches() {
    let query = |e: &str, v: &str| variant_ok(e, v, Kind::Query);
    assert!(query("PermitSearch", "ByAddress"));
    assert!(query("OrderLookup", "ByExternalId"));
    assert!(query("TestFilter", "ByTag"));
    assert!(!query("PermitSearch", "RevokePermit"));
}

/// An enum's subject names a thing: read before a variant, its first word is a noun
/// (`StationAlarm::PowerFailure`: the station alarm's power failure, no request to station).
#[test]
fn an_enums_subject_is_a_noun() {
    let event = |e: &str, v: &str| variant_ok(e, v, Kind::Event);
    assert!(event("StationAlarm", "PowerFailure"));
    // A bare verb after it stays what the subject is asked to do.
    assert!(!event("TurnBasedGameActor", "Broadcast"));
}

/// A wire name's namespace names its family (`tax.query.missing_w9s`), and a phrase split at
/// its preposition reads whole (`crane.returned.to.yard`).
#[test]
fn wire_names_read_with_their_namespace() {
    let vocab = Vocabulary::default();
    let ok = |n: &str, k: Kind| check_wire_name(n, k, &vocab).is_ok();
    assert!(ok("com.ledgerly.tax.query.missing_w9s", Kind::Query));
    assert!(ok("io.gridhydro.query.spill_capacity", Kind::Query));
    assert!(ok("com.cranerent.crane.returned.to.yard", Kind::Event));
    assert!(!ok("com.acme.events.order_placed", Kind::Command));
    assert!(!ok("com.acme.commands.place_order", Kind::Event));
}

/// `Mark` and a state alone is a command whose object is implied (`MarkShipped`: mark it
/// shipped), as `MarkTaskDone` is; `SetChecked` may be a toolkit's event and stays one.
#[test]
fn mark_and_a_state() {
    only(
        Kind::Command,
        Kind::Event,
        &["MarkShipped", "MarkLost", "MarkCollected", "MarkCompleted"],
    );
    assert!(variant_ok("ParcelCommand", "MarkCollected", Kind::Command));
    passes(Kind::Event, &["SetChecked"]);
}

/// Queries ranked, waiting or grouped: an enum named by a measure is a family of queries
/// (`UsageBreakdown::PerEndpoint`), a participle ranked or placed in time filters
/// (`ListingQuery::RecentlyReduced`), things needing something wait (`PropsNeedingRepair`),
/// `Before` opens a period (`PointsExpiringBefore`), a forecast by a person is each one's.
#[test]
fn ranked_waiting_and_grouped_queries() {
    let query = |e: &str, v: &str| variant_ok(e, v, Kind::Query);
    assert!(query("UsageBreakdown", "PerEndpoint"));
    assert!(query("SalesGrouping", "PerSpiral"));
    assert!(query("ListingQuery", "RecentlyReduced"));
    assert!(query("ProjectQuery", "MostRemixed"));
    passes(
        Kind::Query,
        &[
            "PropsNeedingRepair",
            "PointsExpiringBefore",
            "SupplyForecastByGrower",
        ],
    );
    // `After` and `Until` say when a request is to be done.
    fails(
        Kind::Query,
        &["ReleaseTankAfterSettling", "HoldTemperatureUntil"],
    );
}

/// The event a `Mark…` command's error suggests puts the state after the past
/// (`TaskMarkedDone`, `MarkedDelivered`), and passes the `Event` derive.
#[test]
fn mark_suggests_the_state_after_the_past() {
    let vocab = Vocabulary::default();
    for (name, event) in [
        ("MarkTaskDone", "TaskMarkedDone"),
        ("MarkDelivered", "MarkedDelivered"),
        ("MarkInvoicePaid", "InvoiceMarkedPaid"),
        ("MarkInvoiceAsPaid", "InvoiceMarkedAsPaid"),
    ] {
        let e = factum_naming::check(name, Kind::Event, &vocab).unwrap_err();
        assert_eq!(e.suggestion.as_deref(), Some(event), "{name}");
        assert!(ok(event, Kind::Event), "{event}");
    }
}

/// An adjective right before the last word makes it a noun, no verb of a subject
/// (`QuarantineFlakyTest`: quarantine the flaky test).
#[test]
fn an_adjective_before_the_last_word_makes_it_a_noun() {
    only(Kind::Command, Kind::Event, &["QuarantineFlakyTest"]);
    // A noun before a verb still says what happened to it, as UI toolkits name events.
    facts_only(&["ValueChange", "ScreenResume"]);
}

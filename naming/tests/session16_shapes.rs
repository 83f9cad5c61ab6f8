//! Shapes of session 16: queries named by the data they return, found in 540 names of twelve
//! business areas written blind by two helpers (sets L and M of `data/blind_names.txt`) and in
//! the queries sets E to K still had rejected. Only the `Query` derive reads them so; the
//! `Event` and `Command` derives read each name as before.

use factum_naming::{Kind, Vocabulary, check, classify};

include!("data/derives.rs");

/// The `Query` derive accepts each variant `(enum, variant)` of `accepted` and none of
/// `rejected`.
fn query_variants(accepted: &[(&str, &str)], rejected: &[(&str, &str)]) {
    let vocab = Vocabulary::default();
    let ok = |e: &str, v: &str| factum_naming::check_variant(e, v, Kind::Query, &vocab).is_ok();
    for (e, v) in accepted {
        assert!(ok(e, v), "{e}::{v}");
    }
    for (e, v) in rejected {
        assert!(!ok(e, v), "{e}::{v}");
    }
}

/// A participle, an `-ing` form or an adjective before data, with the period it covers or the
/// state the things are in after it: the things or data in that state, which a query returns.
#[test]
fn data_in_a_state_with_its_period() {
    passes(
        Kind::Query,
        &[
            "FailedSessionsLastWeek",
            "RejectedScansLastHour",
            "AccruedLeaveBalance",
            "EstimatedPatientPortion",
            "UnbilledTimeByMatter",
            "EstimatedReadsPendingReview",
            "UpcomingScheduledEpisodes",
            "ChargingDockOccupancy",
        ],
    );
    // The facts they read as still pass the `Event` derive.
    passes(
        Kind::Event,
        &["FailedSessionsLastWeek", "AccruedLeaveBalance"],
    );
}

/// A measure, what happened to it and the key it is grouped by or the period it covers
/// (`HoursWorkedByProject`); grouped by a person it stays the fact of who did it.
#[test]
fn a_measure_grouped_by_a_key() {
    passes(
        Kind::Query,
        &[
            "HoursWorkedByProject",
            "LaborCostByDepartment",
            "SearchCostByTag",
            "UnitCostForTeam",
        ],
    );
    fails(
        Kind::Query,
        &["OrderPlacedByCustomer", "ArticleSubmittedForApproval"],
    );
}

/// Nouns that head data after a word that is a verb too: the data, where the verb is mostly a
/// noun and two nouns or a phrase follow, where a person comes first, or where a key that is no
/// person groups it. An adjective or a past after the verb, a person grouping it or things
/// acted on with nothing after them keep the request.
#[test]
fn a_compound_of_nouns_that_heads_data() {
    passes(
        Kind::Query,
        &[
            "RuleHitCounts",
            "GradeDistributionBreakdown",
            "StationUtilizationHeatmap",
            "LoanOfficerPipeline",
            "CopyDeskQueue",
            "PeakHoursOccupancy",
            "LeakAlertsByDistrict",
            "TopEpisodesThisMonth",
            "SellerRiskScore",
            "MemberVisitTimeline",
            "PatientFlowDashboard",
            "WinRateByPublisher",
            "LinkQualityByRegion",
            "WardCensus",
            "FleetUtilization",
        ],
    );
    fails(
        Kind::Query,
        &[
            "ArchiveOldOrders",
            "HashMatchUploadedImages",
            "ChartPerioPockets",
            "CancelOrderByCustomer",
            "UpdateOrderStatus",
            "ShipOrder",
        ],
    );
    // The requests they read as still pass the `Command` derive.
    passes(
        Kind::Command,
        &["RuleHitCounts", "WardCensus", "SellerRiskScore"],
    );
}

/// Things or data left in a state (`MetersDueForReplacement`, `CapacityRemaining`), or a state
/// that is data (`DriverChargingHistory`, `ContainerTrackingById`); a state one thing reached
/// stays a fact the `Query` derive rejects (`BalanceAvailable`, `QuoteOpen`). Since session 17,
/// things many in a state are the things in it (`PollsOpen`, `session17_shapes.rs`).
#[test]
fn data_left_in_a_state() {
    passes(
        Kind::Query,
        &[
            "MetersDueForReplacement",
            "CapacityRemaining",
            "DriverChargingHistory",
            "ContainerTrackingById",
        ],
    );
    fails(Kind::Query, &["BalanceAvailable", "QuoteOpen"]);
}

/// A kind word after a preposition is a noun of the name (`AttendanceByEvent`): the `Query`
/// derive accepts it; after a verb's particle it is still the kind (`UserLoggedInEvent`).
#[test]
fn a_kind_word_after_a_preposition() {
    passes(
        Kind::Query,
        &["AttendanceByEvent", "ResaleListingsForEvent"],
    );
    fails(Kind::Query, &["UserLoggedInEvent", "CheckInCommand"]);
    let read = classify("AttendanceByEvent");
    assert!(read.verb.is_none(), "{}", read.explanation);
    assert!(check("AttendanceByEvent", Kind::Query, &Vocabulary::default()).is_ok());
}

/// More data after a verb that is a noun too: after a word that is an adjective as well, with an
/// adjective or three nouns (`AverageDailyUsage`, `SparePartsStockSummary`; `ClearAuditLogs`
/// stays a request); one list or set of things kept for someone (`PressScheduleForShift`); in an
/// enum of queries, any such verb before data (`AuctionQueries::BidDensity`); things waiting,
/// however the rest reads (`AdoptionApplicationsPendingReview`).
#[test]
fn more_data_after_a_verb_that_is_a_noun_too() {
    passes(
        Kind::Query,
        &[
            "AverageDailyUsage",
            "SparePartsStockSummary",
            "PressScheduleForShift",
            "PunchRecordsForShift",
            "DocketEntriesForCase",
            "HoldQueueForTitle",
            "AdoptionApplicationsPendingReview",
        ],
    );
    fails(
        Kind::Query,
        &["ClearAuditLogs", "OpenQuote", "ReserveSeatForCustomer"],
    );
    query_variants(
        &[
            ("AuctionQueries", "BidDensity"),
            ("WineryQuery", "BlendComposition"),
        ],
        &[("OrderQuery", "PlaceOrder")],
    );
}

/// Written after sets N and O were measured: a rate, a quota (`PitchRateForBatch`,
/// `QuotaRemainingBySpecies`); things remaining (`AuthorizedUnitsRemaining`); a list kept for
/// someone (`PunchListForUnit`); the verb's noun grouped by a key (`ShrinkByCategory`); data
/// ranked (`TopSellingItems`, `LastTradePrice`; `TopUpWallet` stays a request).
#[test]
fn rates_lists_and_ranks() {
    passes(
        Kind::Query,
        &[
            "PitchRateForBatch",
            "DroppedCallRateByCell",
            "QuotaRemainingBySpecies",
            "AuthorizedUnitsRemaining",
            "PunchListForUnit",
            "ShrinkByCategory",
            "CatchBySpeciesAndZone",
            "TopSellingItems",
            "LastTradePrice",
            "BestBidOffer",
        ],
    );
    fails(Kind::Query, &["TopUpWallet", "SetRate", "CancelByCustomer"]);
}

/// Written after sets P and Q were measured: a measure over a period (`PeakDemandThisWeek`,
/// `FeesCollectedThisMonth`; `SkipNext` stays a request), a cost by whomever it is for
/// (`EnergyCostByCustomer`), a state grouped by a key (`DispensingVolumePerDay`), things of a
/// period (`OutstandingPickupsToday`), and a participle or an adjective alone in an enum of
/// queries (`AlarmQuery::Unacknowledged`, `TableQuery::Open`).
#[test]
fn periods_costs_and_filters() {
    passes(
        Kind::Query,
        &[
            "PeakDemandThisWeek",
            "AverageTripDurationLastWeek",
            "SkipRateThisMonth",
            "TravelDistanceToday",
            "FeesCollectedThisMonth",
            "BugsIntroducedThisSprint",
            "EnergyCostByCustomer",
            "DispensingVolumePerDay",
            "ChilledWaterDeltaTByLoop",
            "DoseRangeForSpecies",
            "OutstandingPickupsToday",
            "OverdueReadsToday",
            "ExpectedDischargesToday",
        ],
    );
    fails(
        Kind::Query,
        &["SkipNext", "FocusNextWindow", "FailedAttachVolume"],
    );
    query_variants(
        &[
            ("AlarmQuery", "Unacknowledged"),
            ("ReportQuery", "Unsigned"),
            ("TableQuery", "Open"),
        ],
        &[("OrderQuery", "Cancel")],
    );
}

/// Written after sets R and S were measured: a mean first (`AverageApprovalTime`); things
/// remaining for someone or ending in a period (`DeductibleRemainingForMember`,
/// `LotsEndingToday`); an `-ing` form before a measure (`GenericDispensingRate`); two nouns
/// heading data and a phrase after (`FillLevelHistoryForNozzle`); a variant of an enum of
/// documents (`FareReport::DailySettlement`; `Konto::AvsenderOpprettet`, in an enum that names
/// no document, is read as before).
#[test]
fn means_periods_and_enums_of_documents() {
    passes(
        Kind::Query,
        &[
            "AverageApprovalTime",
            "MeanKineticTemperature",
            "DeductibleRemainingForMember",
            "LotsEndingToday",
            "GenericDispensingRate",
            "FillLevelHistoryForNozzle",
            "RepairOrderHistoryForVehicle",
        ],
    );
    query_variants(
        &[
            ("FareReport", "DailySettlement"),
            ("RevenueReport", "OccupancyByDayOfWeek"),
        ],
        &[("Konto", "AvsenderOpprettet"), ("BotActor", "Act")],
    );
}

/// Written after sets T and U were measured: `Per` groups by any key, a person too
/// (`RoyaltiesOwedPerAuthor`); a rate by a person is the rate of each
/// (`RemakeRateByTechnician`; `CancelOrderByCustomer` stays a request); a participle before data
/// over a period (`CurtailedEnergyThisWeek`); things expiring soon (`ExceptionsExpiringSoon`).
#[test]
fn per_key_and_soon() {
    passes(
        Kind::Query,
        &[
            "RoyaltiesOwedPerAuthor",
            "RemakeRateByTechnician",
            "CurtailedEnergyThisWeek",
            "ExceptionsExpiringSoon",
        ],
    );
    fails(
        Kind::Query,
        &[
            "CancelOrderByCustomer",
            "OrderPlacedByCustomer",
            "TrialExpiringSoon",
        ],
    );
}

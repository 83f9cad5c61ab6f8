//! Shapes of session 19, found in 1,032 names of 24 business areas written blind by four
//! helpers (sets BP to BS of `data/blind_names.txt`) and in what earlier sets still rejected.

use factum_naming::Kind;

include!("data/derives.rs");

/// A question verb before a noun that is seldom a verb (`SemCor`) is an imperative too, which the
/// `Command` derive accepts as it does `SelectSupplier`; a word often a verb after it stays a
/// question.
#[test]
fn a_question_verb_before_a_noun_is_a_request_too() {
    passes(
        Kind::Command,
        &[
            "SelectCraneConfiguration",
            "GetQuote",
            "FindDuplicateInvoices",
        ],
    );
    passes(Kind::Query, &["SelectCraneConfiguration", "GetQuote"]);
    fails(Kind::Command, &["CheckChangeTicks", "GetOrderQuery"]);
}

/// Things a participle follows, then who did it, to whom they went or where they are: a list a
/// query returns; one thing stays the fact of who did it.
#[test]
fn things_by_whom_or_where_are_a_list() {
    passes(
        Kind::Query,
        &[
            "UnitsSoldBySalesperson",
            "BadgesEarnedByStudent",
            "AssetsAssignedToEmployee",
            "MakegoodsOwedToAgency",
            "ItemsFoundOnRoute",
            "FlagsReferencedInCodebase",
        ],
    );
    fails(
        Kind::Query,
        &[
            "OrderPlacedByCustomer",
            "GoodsReleasedFromBond",
            "ReportSentToManager",
        ],
    );
    // The `Event` derive reads them as before.
    passes(
        Kind::Event,
        &["ItemsAddedToInventory", "SeriesCancelledByPublisher"],
    );
}

/// What is owed or owned is a standing state, no change: data.
#[test]
fn what_is_owed_or_owned_is_data() {
    passes(
        Kind::Query,
        &[
            "AmountOwed",
            "CompensatoryRestOwed",
            "RoyaltiesOwedPerAuthor",
            "PlotsOwnedByFamily",
        ],
    );
    passes(Kind::Event, &["DebtForgiven", "VehicleRepossessed"]);
}

/// Things, a state and a phrase: the state closes the things' phrase.
#[test]
fn things_in_a_state_before_a_phrase() {
    passes(
        Kind::Query,
        &["KitsAvailableAtSite", "SeatsAvailableOnFlight"],
    );
    fails(Kind::Query, &["BalanceAvailableAtBank"]);
}

/// A participle grouped by a period, or over a period that has passed, names data whatever
/// the thing before it: no one thing happens by the month or since a moment.
#[test]
fn done_by_a_period_or_over_a_past_one() {
    passes(
        Kind::Query,
        &[
            "DutyPaidByMonth",
            "VerticalFeetSkiedBySeason",
            "FootageDrilledByRigThisMonth",
            "PeopleFedSinceYearStart",
            "PortInsScheduledForToday",
        ],
    );
    // A coming period after `To` is where the subject went: a fact.
    fails(
        Kind::Query,
        &["SwimmerPromotedToNextLevel", "OrderPlacedByCustomer"],
    );
}

/// What is left of a measure, or kept on hand, is a quantity; charts, ledgers, matrices and
/// menus are documents a query returns.
#[test]
fn quantities_left_and_more_documents() {
    passes(
        Kind::Query,
        &[
            "UpsRuntimeRemaining",
            "ChemicalInventoryOnHand",
            "AgedDebtorLedger",
            "PackagePriceMatrixForSeason",
            "LoadChartForCraneConfiguration",
        ],
    );
    // A verb often used as one before a document keeps its request.
    fails(
        Kind::Query,
        &["ExportReport", "RegisterForSection", "LogSpecimenReceipt"],
    );
}

/// A simple past of what no person did before a document names the document's data; a
/// person's or an agent's past stays a fact.
#[test]
fn a_past_before_a_document() {
    passes(
        Kind::Query,
        &[
            "NetSquareFootageSoldReport",
            "TtbBondedWineReport",
            "WeeklyLitresFermentedReport",
        ],
    );
    fails(
        Kind::Query,
        &["InspectorFiledReport", "TransporterSignedManifest"],
    );
}

/// A negation between things and their participle, a passing state before a noun and its
/// things, a rank before one thing: data a query returns.
#[test]
fn negated_open_and_ranked_data() {
    passes(
        Kind::Query,
        &[
            "EligibleJurorsNotServedWithin24Months",
            "OpenTroubleTickets",
            "OpenDamageClaims",
            "StalePullRequests",
            "LowStockItems",
            "LatestDissolvedOxygen",
        ],
    );
    // An adjective second keeps the request (`Open` the additional chairs).
    fails(
        Kind::Query,
        &[
            "OpenAdditionalChairs",
            "ClearSeasonalDecorations",
            "OpenAccount",
        ],
    );
    passes(
        Kind::Command,
        &["OpenTroubleTickets", "OpenAdditionalChairs"],
    );
}

/// A measure or a document where it is, an `-ing` form over a period, a kind word after `By`
/// alone, the year to date, and `Locate` as a question verb.
#[test]
fn more_data_in_place_and_time() {
    passes(
        Kind::Query,
        &[
            "TimeInRange",
            "InventoryInCirculation",
            "ContentExpiringThisWeek",
            "HeadSoldYearToDate",
            "LocateTyreSet",
        ],
    );
    // One thing's `-ing` form soon is announced, a fact.
    fails(Kind::Query, &["CardExpiringSoon"]);
    passes(Kind::Command, &["LocateTyreSet"]);
    assert!(
        factum_naming::check_variant(
            "ResultsQuery",
            "ByEvent",
            Kind::Query,
            &factum_naming::Vocabulary::default()
        )
        .is_ok()
    );
}

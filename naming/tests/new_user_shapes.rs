//! Shapes of session 14, found by naming the messages of eighteen business areas as a new user
//! would. A query named by the data it returns, after a word that is a verb too (`MeterReadings`,
//! `ChannelMembers`, `ClaimStatus`, `WatchHistory`): of 107 queries written by hand, 43 were
//! rejected by the `Query` derive; 18 are now, most of them imperatives (`TrackShipment`,
//! `DownloadInvoice`) or read as events (`EstimatedArrival`, `StockOnHand`). A verb
//! `SemCor` never tags, as a noun or as a verb, leans as `WordNet`'s senses do (`RevokePermit`).

use factum_naming::{Kind, Vocabulary, check, classify};

include!("data/derives.rs");

/// A noun that names data a query returns (`Readings`, `Members`, `Table`, `Performance`, or a
/// plural of a noun of two words: `ExchangeRates`) closes a noun phrase after a verb used at
/// least as often as a noun: the `Query` derive accepts it, the `Command` derive too (the
/// imperative stays a reading), and the `Event` derive says it is a noun phrase.
#[test]
fn data_after_a_word_mostly_a_noun_is_a_noun_phrase() {
    let v = Vocabulary::default();
    for name in [
        "MeterReadings",
        "SoilReadings",
        "ChannelMembers",
        "LeagueTable",
        "DrugInteractions",
        "CampaignPerformance",
        "CampaignStats",
        "TicketBacklog",
        "InventoryValuation",
        "ExchangeRates",
        "PriceLists",
    ] {
        let read = || classify(name).explanation;
        assert!(ok(name, Kind::Query), "{name}: {}", read());
        assert!(ok(name, Kind::Command), "{name}: {}", read());
        let e = check(name, Kind::Event, &v).expect_err(name);
        assert!(e.message.contains("noun phrase"), "{name}: {}", e.message);
        let fact = e.suggestion.expect(name);
        assert!(ok(&fact, Kind::Event), "{name} → {fact}");
    }
    suggests("ExchangeRates", Kind::Event, "ExchangeRatesChanged");
}

/// Two words, a verb that is a noun too and a noun naming what is known of it (its status,
/// history, balance, logs, standings): the `Query` derive accepts the name as the data, the
/// `Command` derive as the order; the `Event` derive still reads the imperative. With an
/// object between them, or a verb no noun, the name is the order only (`UpdateOrderStatus`,
/// `AddItem`, `SetQueue`: `Queue` names no such data).
#[test]
fn what_is_known_of_a_verb_noun_is_asked_or_ordered() {
    let data = [
        "ClaimStatus",
        "PermitStatus",
        "BuildStatus",
        "WatchHistory",
        "RunHistory",
        "BuildLogs",
        "LeaveBalance",
        "MatchStandings",
        "UnreadCount",
    ];
    only(Kind::Query, Kind::Event, &data);
    passes(Kind::Command, &data);
    requests_only(&["UpdateOrderStatus", "AddItem", "RemoveItem", "SetQueue"]);
    fails(
        Kind::Query,
        &[
            "UpdateOrderStatus",
            "AddItem",
            "RemoveItem",
            "UpdateMember",
            "SetQueue",
            "CancelOrder",
            "ClaimStatusCommand",
        ],
    );
}

/// A verb `SemCor` never tags, as a noun or as a verb, that `WordNet` lists with more verb senses
/// than noun senses (`revoke`: two and one) leans to the verb: first, it opens an imperative
/// (`RevokePermit` had read as the happening of a subject "Revoke"), as `abort` does (once a
/// list of its own). One with no more verb senses stays a noun first (`archive`, `email`).
#[test]
fn an_untagged_verb_leans_as_its_senses_do() {
    requests_only(&[
        "RevokePermit",
        "RevokeInvite",
        "RevokeVoting",
        "AbortMultipartUpload",
        "TweakSettings",
    ]);
    suggests("RevokeInvite", Kind::Event, "InviteRevoked");
    // `Visa` leans to the verb too (two verb senses, one noun sense), but no verb takes `About`
    // as its object: `About To` and a verb is the state its subject is in.
    facts_only(&[
        "VisaAboutToExpire",
        "VisaIssued",
        "CertificateAboutToExpire",
    ]);
    suggests(
        "AbortMultipartUpload",
        Kind::Event,
        "MultipartUploadAborted",
    );
    assert!(ok("ArchiveSettings", Kind::Query));
}

/// `Leave` first, a noun, then a participle: the leave's request was approved, a fact (HR's time
/// off), not an order to leave the request approved; `Leave` before its object alone stays the
/// imperative (`LeaveGroup`), as `Mark` before an object and a state does (`MarkTaskDone`).
#[test]
fn leave_first_with_a_participle_is_time_off() {
    facts_only(&[
        "LeaveRequestApproved",
        "LeaveRequestDenied",
        "LeaveBalanceUpdated",
        "LeaveDaysCarriedOver",
    ]);
    requests_only(&["LeaveGroup", "LeaveChannel", "MarkTaskDone"]);
}

/// In an enum of queries, a participle with its prepositional phrase is the filter of what the
/// query returns (`TicketQuery::AssignedTo`: tickets assigned to someone); so is a participle
/// alone (`OrderQuery::Placed`, since session 18: the enum's kind word says what it is, as the
/// suffix of `PlacedQuery` does), and in an enum of events or commands nothing changes.
#[test]
fn a_participle_and_its_preposition_filters_an_enum_of_queries() {
    let v = Vocabulary::default();
    let variant = |e: &str, n: &str, k: Kind| factum_naming::check_variant(e, n, k, &v).is_ok();
    for (e, n) in [
        ("TicketQuery", "AssignedTo"),
        ("OrderQuery", "CreatedAfter"),
        ("OrderQuery", "UpdatedSince"),
        ("OrderQuery", "CancelledByCustomer"),
    ] {
        assert!(variant(e, n, Kind::Query), "{e}::{n}");
    }
    assert!(variant("OrderQuery", "Placed", Kind::Query));
    assert!(!variant("OrderEvent", "AssignedTo", Kind::Query));
    assert!(!variant("OrderCommand", "AssignedTo", Kind::Command));
    assert!(variant("OrderEvent", "AssignedTo", Kind::Event));
}

/// A wire name closed by its version reads the segment before it (`com.acme.order.placed.v1`,
/// `OrderPlaced.v1`: `v1` had been read, a name with no verb), and the suggestion keeps the
/// version; a state said with `is` reads with its subject, as `overdue` does
/// (`bank.account.is_frozen`).
#[test]
fn a_wire_name_closed_by_a_version_or_said_with_is() {
    let v = Vocabulary::default();
    let wire = |name: &str, kind: Kind| factum_naming::check_wire_name(name, kind, &v);
    for name in [
        "com.acme.order.placed.v1",
        "OrderPlaced.v1",
        "shop/order/shipped/v2",
        "bank.account.is_frozen",
        "fleet.vehicle.are_offline",
    ] {
        assert!(wire(name, Kind::Event).is_ok(), "{name}");
    }
    assert_eq!(
        factum_naming::wire_segment("com.acme.order.placed.v1"),
        "placed"
    );
    assert_eq!(factum_naming::wire_segment("v1.v2"), "v1");
    let e = wire("com.acme.order.place_order.v2", Kind::Event).expect_err("a command");
    assert_eq!(
        e.suggestion.as_deref(),
        Some("com.acme.order.order_placed.v2")
    );
    assert!(wire("com.acme.order.place_order.v2", Kind::Command).is_ok());
}

/// Verbs of everyday software that neither `WordNet` nor `LemmInflect` lists, kept in the short
/// hand list (`software_verbs.rs`), inflected as the verb they end in (`shadowban` → `banned`).
#[test]
fn software_verbs_of_session_14() {
    requests_only(&[
        "AirdropTokens",
        "BackportFix",
        "CrosspostArticle",
        "DownsampleMetrics",
        "UpsampleAudio",
        "GamifyOnboarding",
        "HotfixRelease",
        "ShadowbanUser",
    ]);
    facts_only(&[
        "TokensAirdropped",
        "FixBackported",
        "ArticleCrossposted",
        "MetricsDownsampled",
        "OnboardingGamified",
        "ReleaseHotfixed",
        "UserShadowbanned",
    ]);
    suggests("ShadowbanUser", Kind::Event, "UserShadowbanned");
}

/// Shapes from 565 names two helpers wrote for twelve business areas, blind to the engine: `Send`
/// and its object before `Notification` or `Message` sends that message (`SendPushNotification`
/// had read as the event of sending a push); an `-ing` noun closing the object of a verb often
/// one is that object too (`RecordMeterReading`), not a phase (`ClusterSupportEnding`); a
/// query's data head may take a phrase opened by a preposition (`MatchHistoryForPlayer`).
#[test]
fn shapes_from_names_written_blind() {
    requests_only(&[
        "SendPushNotification",
        "SendEmailNotification",
        "ResendVerificationMessage",
    ]);
    facts_only(&["OrderPlacedNotification", "ClusterSupportEnding"]);
    passes(Kind::Command, &["RecordMeterReading", "PostJobListing"]);
    passes(
        Kind::Query,
        &[
            "MatchHistoryForPlayer",
            "StockLevelsByLocation",
            "TariffRatesForRegion",
            "AccessLogForDoor",
        ],
    );
    assert!(!ok("CancelOrdersForCustomer", Kind::Query));
    // A subject and a verb that is the noun of a document is that document, asked for; the
    // `Event` derive still reads the happening (`VacancyReport`: a vacancy reports?).
    passes(
        Kind::Query,
        &[
            "VacancyReport",
            "ProductionSchedule",
            "PassengerManifest",
            "CurrentPlan",
        ],
    );
    assert!(!ok("PointerMove", Kind::Query));
    // A participle and the plural it modifies are the things in that state; the fact stays a
    // fact (`ArchivedOrders` passes the `Event` derive too), and one thing is no list.
    let things_in_a_state = ["RecommendedTracks", "AgedReceivables", "ArchivedOrders"];
    passes(Kind::Query, &things_in_a_state);
    passes(Kind::Event, &things_in_a_state);
    assert!(!ok("AddedAsset", Kind::Query));
    // A past that is a verb of its own more used than the verb it is the past of opens no
    // simple past before an object (`rent` of `rend`); `found` of `find` does.
    requests_only(&["RecordRentPayment"]);
    // A verb that works out an answer opens a question as much as a request.
    let answers = [
        "ForecastRevenue",
        "ValidateAddress",
        "CompareQuotes",
        "SimulatePayout",
    ];
    passes(Kind::Query, &answers);
    requests_only(&answers);
    facts_only(&["CustomerFoundBug", "TenantPaidRent"]);
}

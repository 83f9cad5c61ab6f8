//! Shapes of session 15, found in 554 names of twelve business areas written blind by two
//! helpers and measured before any rule was written for them (`newnames-E`, `newnames-F` in
//! BENCHMARKS.md), and in the kind words a domain owns: a ticketing service's events, a
//! question that asks for an event.

use factum_naming::{Kind, Vocabulary, check, classify, classify_with};

include!("data/derives.rs");

/// A question verb and what it asks for before `…Event` (`GetHealthEvent`, an AWS query) is
/// the query for an event as much as the event of asking: the `Query` derive accepts it, and
/// the `Event` derive still does (`CheckPassportEvent`, a UI's event). Closed by `…Command`,
/// it is the command that asks (`GetEventCommand`, once read as `Get` alone).
#[test]
fn a_question_before_event_asks_for_one() {
    passes(
        Kind::Query,
        &[
            "GetHealthEvent",
            "GetNotificationEvent",
            "GetCalendarEvent",
            "FindEvent",
        ],
    );
    passes(
        Kind::Event,
        &["GetHealthEvent", "CheckPassportEvent", "FindEvent"],
    );
    fails(Kind::Command, &["GetHealthEvent", "CheckPassportEvent"]);
    passes(Kind::Command, &["GetEventCommand", "IsEnabledCmd"]);
    fails(Kind::Query, &["GetEventCommand"]);
}

/// `noun event` in the vocabulary makes `Event` a word of the domain wherever it stands: after
/// an imperative it is the object (`CancelEvent`, `CreateCalendarEvent`), first before a
/// preposition it heads the data a query asks for (`EventById`); after a fact it still names the
/// kind (`TicketSoldEvent`). Without the declaration the derives read `…Event` as the kind
/// (`CreateEvent` is a UI framework's event in 346 of 350 corpus names of that shape), and the
/// `Command` derive's error says how to declare it.
#[test]
fn a_kind_word_declared_a_noun_is_a_word_of_the_name() {
    let v = Vocabulary::parse("noun event\n").unwrap();
    // Each name passes the derive of `kind` with the vocabulary, and not that of `other`.
    let only_with = |kind: Kind, other: Kind, names: &[&str]| {
        for name in names {
            let read = || classify_with(name, &v).explanation;
            assert!(check(name, kind, &v).is_ok(), "{name}: {}", read());
            assert!(check(name, other, &v).is_err(), "{name}: {}", read());
        }
    };
    let ticketing = [
        "CreateEvent",
        "CancelEvent",
        "PublishEvent",
        "CreateCalendarEvent",
        "CreateEventV2",
        "RegisterAttendeeEvent",
    ];
    only_with(Kind::Command, Kind::Event, &ticketing);
    fails(Kind::Command, &ticketing);
    only_with(Kind::Command, Kind::Query, &["CreateEventCommand"]);
    only_with(
        Kind::Event,
        Kind::Command,
        &[
            "EventCancelled",
            "EventPublishedEvent",
            "TicketSoldEvent",
            "OrderPlacedEvent",
        ],
    );
    only_with(
        Kind::Query,
        Kind::Event,
        &["EventById", "EventsByVenue", "GetEvent"],
    );
    assert!(
        !ok("EventById", Kind::Query),
        "without it `Event` heads the name as its kind"
    );

    let e = check("CancelEvent", Kind::Command, &Vocabulary::default()).unwrap_err();
    assert!(
        e.help.ends_with(
            "if \"Event\" is a thing of your domain, not the message's kind, add `noun event` to factum-vocabulary.txt beside Cargo.toml"
        ),
        "{}",
        e.help
    );
    let e = check("EventById", Kind::Query, &Vocabulary::default()).unwrap_err();
    assert!(e.help.contains("add `noun event`"), "{}", e.help);
    // A noun first (`OrderEvent`, `UserCreateEvent`) names an event of that noun: no hint.
    for name in ["OrderEvent", "UserCreateEvent"] {
        let e = check(name, Kind::Command, &Vocabulary::default()).unwrap_err();
        assert!(!e.help.contains("noun event"), "{name}: {}", e.help);
    }
}

/// A word one letter from a verb form, that letter put for one not beside it on the keyboard,
/// may be a verb of the domain factum does not know (`Scrobbled`, music streaming's; `Infleet`,
/// a fleet's): the help offers the correction and the declaration. A missing, extra, swapped or
/// neighbouring letter is a slip (`Placd`, `Recieved`, `Plaxed`): only the correction.
#[test]
fn a_letter_for_another_may_be_a_domain_verb() {
    let v = Vocabulary::default();
    for (name, kind, fixed, verb) in [
        (
            "StreamScrobbled",
            Kind::Event,
            "StreamScrabbled",
            Some("scrobble"),
        ),
        (
            "ScrobbleTrack",
            Kind::Command,
            "ScrabbleTrack",
            Some("scrobble"),
        ),
        (
            "InfleetVehicle",
            Kind::Command,
            "InflectVehicle",
            Some("infleet"),
        ),
        ("OrderPlacd", Kind::Event, "OrderPlaced", None),
        ("PaymentRecieved", Kind::Event, "PaymentReceived", None),
        ("OrderPlaxed", Kind::Event, "OrderPlaced", None),
        ("CancleOrder", Kind::Command, "CancelOrder", None),
    ] {
        let e = check(name, kind, &v).unwrap_err();
        assert_eq!(e.suggestion.as_deref(), Some(fixed), "{name}");
        let declare = verb.map_or_else(String::new, |verb| {
            format!(" if \"{verb}\" is a verb of your domain, add `verb {verb}` to factum-vocabulary.txt beside Cargo.toml")
        });
        assert_eq!(
            e.help,
            format!("did you mean `{fixed}`?{declare}"),
            "{name}"
        );
        if let Some(verb) = verb {
            let declared = Vocabulary::parse(&format!("verb {verb}\n")).unwrap();
            assert!(check(name, kind, &declared).is_ok(), "{name}");
        }
    }
}

/// A query named by the things it returns in a state: an adverb may open it
/// (`RecentlyPlayedTracks`), an `-ing` form may say the state (`TrendingCampaigns`), a phrase
/// opened by a preposition may follow (`DeferredItemsForAircraft`), and an adjective that is a
/// verb too opens it when a phrase follows (`OpenCasesBySeverity`; `OpenCases` alone stays the
/// request to open them, as `ClearCustoms` does). The `Event` and `Command` derives read them as
/// before.
#[test]
fn things_in_a_state_with_an_adverb_or_a_phrase() {
    passes(
        Kind::Query,
        &[
            "DeferredItemsForAircraft",
            "UnpaidSessionsForAccount",
            "OpenCasesBySeverity",
            "TrendingCampaigns",
            "ExpiringSubscriptions",
            "RecentlyPlayedTracks",
            "RecentlyPlayedHistory",
            "ArchivedOrders",
        ],
    );
    fails(
        Kind::Query,
        &[
            "OpenCases",
            "ClearCustoms",
            "PlaceOrder",
            "OrderPlacedForCustomer",
        ],
    );
    passes(Kind::Event, &["TrendingCampaigns", "RecentlyPlayedTracks"]);
    passes(Kind::Command, &["OpenCasesBySeverity"]);
}

/// A document closing the name after words that only modify it (`ControlledDrugLogReport`,
/// `MeanTimeToRespondReport`), or after one word mostly a noun (`OrderReport`), is the document
/// a query returns. A verb that makes documents stays a request (`GenerateReport`,
/// `ExportReport`, `ChangePlan`).
#[test]
fn documents_after_their_modifiers() {
    passes(
        Kind::Query,
        &[
            "ControlledDrugLogReport",
            "MeanTimeToRespondReport",
            "OrderReport",
            "OrderStatement",
            "VacancyReport",
        ],
    );
    fails(
        Kind::Query,
        &[
            "GenerateReport",
            "ExportReport",
            "ChangePlan",
            "SubmitExpenseReport",
        ],
    );
}

/// In an enum of queries, a variant that opens with an adjective or a word used as a verb less
/// than half as often as a noun names the data it returns (`CampaignQuery::TopBackers`,
/// `WasteQuery::TruckLocations`), and a variant named by its data as a type's name may be is one
/// (`OrderQuery::ArchivedOrders`). A verb used as one often enough stays a request
/// (`OrderQuery::PlaceOrder`); a type's name gets no such reading (`TruckLocations` alone is
/// the imperative of `truck`).
#[test]
fn variants_of_queries_name_their_data() {
    let v = Vocabulary::default();
    for (enum_name, variant) in [
        ("WasteQuery", "TruckLocations"),
        ("CampaignQuery", "TopBackers"),
        ("KitchenQuery", "StationLoad"),
        ("CatalogQueries", "TopChartsByCountry"),
        ("SocQueries", "OpenCasesBySeverity"),
        ("OrderQuery", "ArchivedOrders"),
        ("ReportQuery", "ControlledDrugLogReport"),
    ] {
        let read = || classify(variant).explanation;
        assert!(
            factum_naming::check_variant(enum_name, variant, Kind::Query, &v).is_ok(),
            "{enum_name}::{variant}: {}",
            read()
        );
    }
    for (enum_name, variant) in [("OrderQuery", "PlaceOrder"), ("OrderQuery", "Cancel")] {
        assert!(
            factum_naming::check_variant(enum_name, variant, Kind::Query, &v).is_err(),
            "{enum_name}::{variant}"
        );
    }
    fails(
        Kind::Query,
        &["TruckLocations", "CloseAccount", "ShipOrder"],
    );
}

/// A lookup by a key after a verb that is a noun too (`MatchById`, `WorkOrderById`) is a query,
/// as `OrderById` is; a verb only a verb stays a request (`DeleteUserById`). A dashboard, an
/// overview or a calendar is a document as a report is (`BrokerWorkloadDashboard`,
/// `BottlingCalendar`, `LandedCostEstimate`); a queue is cleared as much as read (`ClearQueue`).
#[test]
fn lookups_and_more_documents() {
    passes(
        Kind::Query,
        &[
            "MatchById",
            "WorkOrderById",
            "ReleaseById",
            "BrokerWorkloadDashboard",
            "FatigueRiskDashboard",
            "BroadcastDashboard",
            "BottlingCalendar",
            "LandedCostEstimate",
            "AgeGroupLeaderboard",
            "RateQuoteForDates",
        ],
    );
    fails(
        Kind::Query,
        &[
            "DeleteUserById",
            "ClearQueue",
            "ClearReport",
            "PublishDashboard",
            "ShareCalendar",
            "ResetLeaderboard",
            "RequestQuote",
            "AcceptQuote",
        ],
    );
    passes(
        Kind::Command,
        &["MatchById", "ClearQueue", "PublishDashboard"],
    );
}

/// A past participle that is never a simple past (`stolen`, `broken`: the past is `stole`,
/// `broke`) takes no object after a subject: after a verb that is a noun too it describes the
/// verb's object (`BlockStolenCard`: block the stolen card; `RecordBrokenItem`), where a past
/// that is both stays ambiguous and is read as the subject's act (`PageLostFocus`, as
/// `ShopperPlacedBasket`).
#[test]
fn a_participle_that_is_no_simple_past_takes_no_object() {
    passes(
        Kind::Command,
        &["BlockStolenCard", "RecordBrokenItem", "FlagStolenVehicle"],
    );
    fails(Kind::Event, &["BlockStolenCard", "FlagStolenVehicle"]);
    passes(
        Kind::Event,
        &[
            "PageLostFocus",
            "ParcelLeftDepot",
            "ShopperPlacedBasket",
            "UserWrittenOff",
        ],
    );
    let v = Vocabulary::parse("verb undergo underwent undergone\n").unwrap();
    let read = |name: &str| classify_with(name, &v).explanation;
    assert!(
        check("PatientUnderwentSurgery", Kind::Event, &v).is_ok(),
        "{}",
        read("PatientUnderwentSurgery")
    );
    assert!(
        check("PatientUndergoneSurgery", Kind::Event, &v).is_err(),
        "{}",
        read("PatientUndergoneSurgery")
    );
}

/// A command with no verb whose first word factum knows as no verb, adjective or person is
/// likely a verb of the domain (`TransloadCargo`, `EscrowFunds`, `HotlistCard`): the help
/// offers to declare it, as it does for a word almost only a noun (`AirTrailer`). A person, an
/// `-ing` form or a plural first gets no such help (`CustomerAddress`, `ShoppingCart`).
#[test]
fn an_unknown_first_word_may_be_a_domain_verb() {
    let v = Vocabulary::default();
    for (name, verb) in [
        ("TransloadCargo", Some("transload")),
        ("EscrowFunds", Some("escrow")),
        ("HotlistCard", Some("hotlist")),
        ("CustomerAddress", None),
        ("ShoppingCart", None),
        ("SettingsPage", None),
    ] {
        let e = check(name, Kind::Command, &v).unwrap_err();
        let declare = verb.map(|verb| format!("add `verb {verb}` to factum-vocabulary.txt"));
        assert_eq!(
            declare
                .as_ref()
                .is_some_and(|d| e.help.contains(d.as_str())),
            verb.is_some(),
            "{name}: {}",
            e.help
        );
        assert_eq!(
            e.help.contains("is the verb"),
            verb.is_some(),
            "{name}: {}",
            e.help
        );
        if let Some(verb) = verb {
            let declared = Vocabulary::parse(&format!("verb {verb}\n")).unwrap();
            assert!(check(name, Kind::Command, &declared).is_ok(), "{name}");
        }
    }
}

/// A modal that is a noun too (`must`, `will`, `can`, `might`) is the noun when it closes the
/// name or a past that is no base follows it (`DraftWill`, `WillDrafted`: a will;
/// `InoculateMust`, `MustPressed`: a winery's must); before a verb it says what should happen
/// (`OrderMustShip`, `PhotoWillBeDeleted`). `should` is never a noun (`UserShouldDeleted` stays
/// a wish), and `noun must` in the vocabulary makes the word a noun everywhere (`OrderMustShip`).
#[test]
fn a_modal_that_is_a_noun() {
    requests_only(&["DraftWill", "InoculateMust"]);
    facts_only(&[
        "WillDrafted",
        "WillExecuted",
        "MustPressed",
        "MustInoculated",
    ]);
    for kind in [Kind::Event, Kind::Command] {
        fails(
            kind,
            &[
                "OrderMustShip",
                "UserShouldDeleted",
                "ShouldRetry",
                "TaskShouldAlwaysRun",
            ],
        );
    }
    passes(Kind::Event, &["PhotoWillBeDeleted"]);
    let v = Vocabulary::parse("noun must\n").unwrap();
    assert!(check("OrderMustShip", Kind::Command, &v).is_ok());
}

/// A past equal to its base after an adjective that is a verb too is the verb's object
/// (`VoidBet`: void the bet, as `PlaceBet`), where after a noun seldom a verb it is the
/// subject's past (`PriceSet`, `CacheHit`).
#[test]
fn an_adjective_before_a_base_past_opens_a_request() {
    passes(Kind::Command, &["VoidBet", "PlaceBet", "SettleBet"]);
    facts_only(&["PriceSet", "CacheHit"]);
}

/// A question verb, the things it asks for and what they underwent or when
/// (`ListOrdersShipped`, `CountOrdersPlacedToday`, `GetScansToday`) is a question: no fact
/// opens with `List` or `Get` and a plural. Without a plural the verb may still be a noun and
/// the subject (`ListArchived`, `GetInfoFailed`, events of their code bases).
#[test]
fn a_question_for_things_that_underwent_something() {
    for name in [
        "ListOrdersShipped",
        "GetSheetsPrinted",
        "CountOrdersPlacedToday",
        "GetUsersSignedUpToday",
        "GetScansToday",
        "CountScansToday",
        "ListOrdersToday",
    ] {
        assert_eq!(
            classify(name).verdict,
            factum_naming::Verdict::Query,
            "{name}: {}",
            classify(name).explanation
        );
    }
    fails(Kind::Event, &["ListOrdersShipped", "GetScansToday"]);
    // The fact is the things and what they underwent, not the asking.
    suggests("ListOrdersShipped", Kind::Event, "OrdersShipped");
    suggests("CountSheetsPrinted", Kind::Event, "SheetsPrinted");
    suggests("ListOrders", Kind::Event, "OrdersListed");
    facts_only(&["ListArchived", "GetInfoFailed"]);
}

/// A noun spelt like an adverb (`anomaly`, `family`: the generated `LY_NOUNS`) is no
/// adverb closing a participle's complement: `AcknowledgeCostAnomaly` had read as the fact that
/// "Acknowledge" cost, with "Anomaly" its adverb.
#[test]
fn a_noun_in_ly_is_no_adverb() {
    requests_only(&["AcknowledgeCostAnomaly"]);
    facts_only(&["OrderShippedQuickly", "FamilyAdded", "UserAddedToFamily"]);
}

/// A past equal to its base closing a variant after a noun yields to its enum's kind word, as it
/// yields to a suffix (`PasswordResetCommand`): `AuctionCommands::ShadeBid` is a command to shade
/// a bid, where `ShadeBid` alone reads as the fact `PriceSet` does.
#[test]
fn a_base_past_variant_yields_to_its_enum() {
    let v = Vocabulary::default();
    assert!(factum_naming::check_variant("AuctionCommands", "ShadeBid", Kind::Command, &v).is_ok());
    assert!(factum_naming::check_variant("PriceEvent", "PriceSet", Kind::Command, &v).is_err());
    assert!(factum_naming::check_variant("PriceEvent", "PriceSet", Kind::Event, &v).is_ok());
}

/// The `Query` derive's suggestion keeps a phrase that says which ones (`EditQuoteForDates` →
/// `GetQuoteForDates`, `DeleteUserById` → `GetUserById`), not one that says where to do it
/// (`MoveItemToFolder` → `GetItem`); an object that opens with `And` keeps the word before it
/// (`TrustAndSafetyWeeklyReport` had been told `GetAndSafetyWeeklyReport`).
#[test]
fn a_query_suggestion_keeps_which_ones() {
    for (name, query) in [
        ("EditQuoteForDates", "GetQuoteForDates"),
        ("DeleteUserById", "GetUserById"),
        ("CreateInvoiceForCustomer", "GetInvoiceForCustomer"),
        ("MoveItemToFolder", "GetItem"),
        ("PlaceOrder", "GetOrder"),
        (
            "TrustAndSafetyWeeklyReport",
            "GetTrustAndSafetyWeeklyReport",
        ),
    ] {
        suggests(name, Kind::Query, query);
    }
}

/// A subject and its verb whose subject is a verb too (`CopyFile`, `ArchiveFile`: `PointerMove`'s
/// shape) may be the imperative already: the `Command` derive's help offers the name with the
/// kind's suffix, which passes, beside the words in the other order (`PointerMove`, whose subject
/// is no verb, gets only `MovePointer`).
#[test]
fn a_happening_of_a_verb_offers_the_suffix() {
    let v = Vocabulary::default();
    let e = check("CopyFile", Kind::Command, &v).unwrap_err();
    assert!(
        e.help
            .ends_with("if \"Copy\" is the verb, say so with the suffix: `CopyFileCommand`"),
        "{}",
        e.help
    );
    passes(Kind::Command, &["CopyFileCommand", "ArchiveFileCommand"]);
    let e = check("PointerMove", Kind::Command, &v).unwrap_err();
    assert!(!e.help.contains("suffix"), "{}", e.help);
}

//! Shapes of domain names read right since session 8 (issue 9): a lone verb in an enum of
//! commands, verbs of informing, a past that is a verb of its own, states after a subject that
//! is as much a verb. `shapes.rs` and `more_shapes.rs` hold the earlier ones.

use factum_naming::{Kind, Verdict, Vocabulary, check, check_variant, classify};

fn ok(name: &str, kind: Kind) -> bool {
    check(name, kind, &Vocabulary::default()).is_ok()
}

fn variant_ok(enum_name: &str, variant: &str, kind: Kind) -> bool {
    check_variant(enum_name, variant, kind, &Vocabulary::default()).is_ok()
}

#[test]
fn a_lone_verb_in_an_enum_of_commands_is_its_imperative() {
    // Mostly nouns alone (`Place`, `Appeal`), they are requests in an enum of commands; read with
    // the subject they would make a happening (`AppealClaim`, like `ValueChange`).
    for (family, variant) in [
        ("ClaimCommand", "Appeal"),
        ("OfferCommand", "Counter"),
        ("BookingCommand", "Place"),
        ("PermitCommand", "Revoke"),
        ("OrderCommand", "Ship"),
    ] {
        assert!(variant_ok(family, variant, Kind::Command), "{variant}");
        assert!(!variant_ok(family, variant, Kind::Event), "{variant}");
    }
    // In an enum of events such a variant stays an error, and a whole type named so is no
    // command (a thing: `Place`).
    assert!(!variant_ok("OrderEvent", "Place", Kind::Event));
    assert!(!ok("Place", Kind::Command));
    // A word hardly ever a verb names a kind of event there (`EngineEvent::Account`).
    for (family, variant) in [("EngineEvent", "Account"), ("DeviceEvent", "Button")] {
        assert!(variant_ok(family, variant, Kind::Event), "{variant}");
        assert!(!variant_ok(family, variant, Kind::Command), "{variant}");
    }
}

#[test]
fn a_verb_of_informing_takes_whom_it_tells_and_what_happened() {
    for name in [
        "NotifyOrderCanceled",
        "NotifyPatientDischarged",
        "InformEmployeeShiftCancelled",
        "AlertDriverSpeedLimitExceeded",
        "RemindTenantRentDue",
        "WarnCustomerCardExpired",
    ] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    // A verb of emitting takes the event it sends.
    assert!(ok("EmitOrderPlaced", Kind::Command));
    assert!(!ok("EmitOrderPlaced", Kind::Event));
    // A participle that says how the action ended reports it (the notify-customer step
    // failed); a verb as much a noun heads the subject (`BroadcastNotificationCreated`), and
    // `Alert`, a noun too, informs a person only (`AlertDriverSpeedLimitExceeded` above).
    for name in [
        "NotifyCustomerFailed",
        "NotifyCustomerTimedOut",
        "BroadcastNotificationCreated",
        "AlertStatusChanged",
        "AlertRuleCreated",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
    // The fact of having informed stays an event.
    for name in ["CustomerNotified", "PatientNotifiedOfDischarge"] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
}

#[test]
fn a_past_that_is_a_verb_of_its_own_is_the_object_of_a_verb_first() {
    // `rent` is the past of `rend` and a verb of its own: after a verb it is its object.
    for name in ["CollectRent", "IncreaseRent", "PayRent"] {
        assert_eq!(classify(name).verdict, Verdict::Command, "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    // After a subject it is still the past (`GatewayNotFound`). A past of a verb far more used
    // than the word's own is that past after any first word (`found` of `find`, session 14:
    // `OrderFound` had read both ways, `MatchFound` as the imperative of `match`).
    assert!(ok("GatewayNotFound", Kind::Event));
    assert!(ok("ItemFound", Kind::Event));
    for name in ["OrderFound", "MatchFound", "RecordFound"] {
        let a = classify(name);
        assert_eq!(a.verdict, Verdict::Event, "{name}: {}", a.explanation);
        assert!(!ok(name, Kind::Command), "{name}");
    }
}

#[test]
fn a_subject_that_is_as_much_a_verb_reaches_a_state_an_adjective_names() {
    for name in [
        "RentOverdue",
        "PermitPending",
        "ClaimPending",
        "ContractDueForRenewal",
        "InvoiceDueForPayment",
        "WardAtCapacity",
        "WarehouseAtCapacity",
        "ParcelAtHub",
        "ClaimUnderReview",
        "PermitUnderAppeal",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
    // A linking verb (`ComeOnline`, `GoPublic`), a verb that takes an object and its state
    // (`KeepAlive`), an adjective that is also a noun (`CloseTerminal`) or a quantifier
    // (`ReadAll`) make an imperative.
    for name in [
        "ComeOnline",
        "GoPublic",
        "KeepAlive",
        "CloseTerminal",
        "ReadAll",
    ] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    // A quantifier is never a state, after a subject either: `CategoryDeleteAll` (a command
    // named noun first) states nothing about a "category delete".
    for name in ["CategoryDeleteAll", "MenuDeleteAll"] {
        assert!(!ok(name, Kind::Event), "{name}");
    }
}

#[test]
fn a_subject_reaches_a_level_a_place_or_a_state_in_progress() {
    for name in [
        "TemperatureAboveLimit",
        "StockLevelBelowThreshold",
        "BalanceBelowMinimum",
        "OrderAwaitingPayment",
        "OrderOnHold",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
    // A verb that puts its object somewhere, or a verb of motion with its object, is an
    // imperative; an `-ing` noun before a noun modifies it (`OrderShippingAddress`).
    for name in [
        "PlaceOnHold",
        "PlaceUnderReview",
        "MoveItemBelow",
        "InsertRowAbove",
    ] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    assert!(!ok("OrderShippingAddress", Kind::Event));
}

#[test]
fn a_verb_takes_its_object_and_the_state_it_is_to_be_in() {
    for name in [
        "FlagTransactionSuspicious",
        "SetUserActive",
        "MarkInvoiceOverdue",
    ] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
}

#[test]
fn phrasal_and_prepositional_verbs() {
    // A word hardly ever a verb opens an imperative with its particle (`phase out`).
    assert!(ok("PhaseOutTariff", Kind::Command));
    assert!(!ok("PhaseOutTariff", Kind::Event));
    // A preposition stranded after its participle closes the fact.
    for name in [
        "MeterWasTamperedWith",
        "InvoiceAccountedFor",
        "ParcelSignedFor",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
    // No verb leaves a word of time behind: the name goes on after an imperative.
    for name in ["MoveLeftUntil", "ScrollDownUntil"] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
}

#[test]
fn an_ing_noun_after_a_verb_reads_both_ways() {
    // The verb's object, or the subject's state in progress: both derives accept it.
    for name in [
        "RecordMeeting",
        "BookTraining",
        "PostListing",
        "OrderProcessing",
    ] {
        let a = classify(name);
        assert_eq!(a.verdict, Verdict::Event, "{name}");
        assert_eq!(a.alternative, Some(Verdict::Command), "{name}");
        assert!(ok(name, Kind::Command) && ok(name, Kind::Event), "{name}");
    }
    // A subject that is no verb keeps only the state; a kind suffix decides.
    assert!(!ok("JobProcessing", Kind::Command));
    assert!(!ok("RecordMeetingEvent", Kind::Command));
    assert!(!ok("RecordMeetingCommand", Kind::Event));
}

#[test]
fn a_word_often_a_verb_opens_an_imperative_rather_than_a_happening() {
    // SemCor tags `end`, `place`, `record`, `order` as verbs at least half as often as nouns.
    for name in [
        "EndShift",
        "EndCall",
        "PlaceCall",
        "RecordCall",
        "OrderLabTest",
    ] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    // A subject seldom a verb still names a happening, as UI code does.
    for name in [
        "ValueChange",
        "ScreenResume",
        "SignalResume",
        "PointerMove",
        "ServiceStart",
        // A last word that is only a verb is no object: the subject did it.
        "PostSubmit",
        "AuditLogEntryRestore",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
    // Unless it creates or deletes the subject: CRUD code names its operations so, object
    // first (`PostCreate`, `CategoryDelete`): a command. A kind word says otherwise, as a
    // suffix (`AuditLogEntryCreateEvent`) or the enum's name (`GatewayEvent::GuildCreate`).
    for name in [
        "AuditLogEntryCreate",
        "PostCreate",
        "CategoryDelete",
        // Of several nouns, or of all of them.
        "AccountAddressCreate",
        "QuickAccessDelete",
        "ArticleDeleteAll",
    ] {
        assert!(!ok(name, Kind::Event), "{name}");
        assert!(ok(name, Kind::Command), "{name}");
    }
    // A prefix written apart is no object: `PreDelete` is a hook, as `PreBuild` is.
    assert!(ok("PreDelete", Kind::Event));
    assert!(ok("AuditLogEntryCreateEvent", Kind::Event));
    assert!(!ok("AuditLogEntryCreateEvent", Kind::Command));
    assert!(variant_ok("GatewayEvent", "GuildCreate", Kind::Event));
    assert!(variant_ok("PostCommand", "PostCreate", Kind::Command));
    assert!(!variant_ok("PostCommand", "PostCreate", Kind::Event));
}

#[test]
fn a_person_first_names_who_asks_for_the_command() {
    // A person (WordNet's `noun.person`, or the clipping `admin`), then an imperative and its
    // object: the command as named with who asks for it.
    for name in [
        "UserChangePassword",
        "CustomerPlaceOrder",
        "AdminBanUser",
        "AdminResumeTransaction",
        "DriverAcceptRide",
        "ManagerApproveLeave",
    ] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    let analysis = classify("DriverAcceptRide");
    assert_eq!(analysis.verdict, Verdict::Command);
    assert!(
        analysis
            .explanation
            .starts_with("person \"Driver\" + imperative \"Accept\""),
        "{}",
        analysis.explanation
    );
    assert_eq!(analysis.suggestion(Kind::Event), Some("RideAccepted"));
    // Facts stay facts; a pointer is no person (`PointerDragEnter` is the pointer's drag-enter);
    // a first word that names no person keeps a noun phrase (`PaymentRefundPolicy`) and
    // `system` is no one who asks.
    for name in [
        "UserChangedPassword",
        "CustomerPlacedOrder",
        "PointerDragEnter",
        "PointerMove",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
    for name in ["PaymentRefundPolicy", "SystemCloseAccount"] {
        assert!(!ok(name, Kind::Command), "{name}");
    }
}

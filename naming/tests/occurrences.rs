//! Occurrences named by the noun of a verb's act (session 9, reading 8): `AccountWithdrawal`,
//! `PaymentFailure`, `AttemptOfLoggingInToInactiveAccount` are events; imperatives whose object
//! is such a noun (`ApproveWithdrawal`), the noun alone (`Payment`) and noun phrases
//! (`OrderStatus`, `PaymentRequest`) stay what they were.

use factum_naming::{Kind, Verdict, Vocabulary, check, check_variant, classify};

fn ok(name: &str, kind: Kind) -> bool {
    check(name, kind, &Vocabulary::default()).is_ok()
}

fn variant_ok(enum_name: &str, variant: &str, kind: Kind) -> bool {
    check_variant(enum_name, variant, kind, &Vocabulary::default()).is_ok()
}

fn event_suggestion(name: &str) -> Option<String> {
    check(name, Kind::Event, &Vocabulary::default())
        .unwrap_err()
        .suggestion
}

#[test]
fn the_noun_of_an_act_after_its_subject_is_an_event() {
    for name in [
        "AccountWithdrawal",
        "PaymentFailure",
        "DecoderBomRemoval",
        "DecoderMalformedReplacement",
        "UserRegistration",
        "AccountWithdrawalEvent",
        "AccountWithdrawalV2",
        // How an operation ended: the verb before the outcome names the operation.
        "PaymentCaptureFailure",
        "ResourceWriteFailure",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
    let a = classify("AccountWithdrawal");
    assert_eq!(a.verdict, Verdict::Event);
    assert!(
        a.explanation.contains("act of \"withdraw\""),
        "{}",
        a.explanation
    );
}

#[test]
fn an_attempt_of_doing_something_is_an_event() {
    for name in [
        "AttemptOfLoggingInToInactiveAccount",
        "AttemptOfActivatingAlreadyActivatedAccount",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
    // Not without the `-ing` form, nor with a verb that is no noun: those stay commands.
    assert!(ok("NotifyOfChange", Kind::Command));
    assert!(!ok("NotifyOfChange", Kind::Event));
}

#[test]
fn an_event_enums_kind_word_settles_a_verb_as_much_a_noun_before_an_occurrence() {
    for (enum_name, variant) in [
        ("GatewayEvent", "MapFailure"),
        ("InsertEvent", "RequestCompletion"),
        ("StreamMuxerEvent", "AddressChange"),
    ] {
        assert!(variant_ok(enum_name, variant, Kind::Event), "{variant}");
        assert!(!variant_ok(enum_name, variant, Kind::Command), "{variant}");
    }
    // In an enum of commands, the same shape is the imperative.
    for (enum_name, variant) in [
        ("PaymentCommand", "ProcessPayment"),
        ("ShipmentCommand", "RecordShipment"),
    ] {
        assert!(variant_ok(enum_name, variant, Kind::Command), "{variant}");
        assert!(!variant_ok(enum_name, variant, Kind::Event), "{variant}");
    }
}

#[test]
fn imperatives_whose_object_is_the_noun_of_an_act_stay_commands() {
    for (name, fact) in [
        ("ApproveWithdrawal", "WithdrawalApproved"),
        ("RetryFailure", "FailureRetried"),
        ("SubmitApplication", "ApplicationSubmitted"),
        ("CancelRemoval", "RemovalCancelled"),
        ("ProcessPayment", "PaymentProcessed"),
        ("RecordShipment", "ShipmentRecorded"),
    ] {
        assert!(ok(name, Kind::Command), "{name}");
        assert_eq!(event_suggestion(name).as_deref(), Some(fact), "{name}");
    }
}

#[test]
fn nouns_and_noun_phrases_stay_no_events() {
    for name in [
        // Alone, the noun of an act names the thing (an entity as often as not).
        "Payment",
        "Registration",
        // After a preposition it is data; after an adjective first, a kind of it; after a
        // word mostly a verb, that verb's object.
        "TimeOfChange",
        "IncompleteAssignment",
        "LedgerApproveWithdrawal",
        "SystemCancelRemoval",
        // Messages and noun phrases.
        "PaymentRequest",
        "WithdrawalRequest",
        "OrderCancelReason",
        "OrderStatus",
        "CartItem",
    ] {
        assert!(!ok(name, Kind::Event), "{name}");
    }
    assert_eq!(
        event_suggestion("OrderStatus").as_deref(),
        Some("OrderStatusChanged")
    );
}

#[test]
fn the_event_suggestion_is_the_nouns_verb_as_a_participle() {
    for (name, fact) in [
        ("PaymentFailureCmd", "PaymentFailed"),
        ("AccountWithdrawalCommand", "AccountWithdrawn"),
        ("ActivityCancellationCmd", "ActivityCancelled"),
        ("AddressChange", "AddressChanged"),
    ] {
        assert_eq!(event_suggestion(name).as_deref(), Some(fact), "{name}");
        assert!(ok(fact, Kind::Event), "{fact}");
    }
}

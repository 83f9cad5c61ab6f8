//! States, read and explained (issue 9, session 11): where a subject now is or what it lacks,
//! its subject implied (`OutOfStock`, `InsufficientFunds`); what `Will` announces
//! (`PhotoWillBeDeleted`); a state word alone read with its enum (`LinkEvent::Down`); a
//! participle alone before its particle or phrase (`SwitchedOff`, `ArrivedAtStation`); adverbs
//! named apart from the subject; and a state said with `Is`, which names no fact yet but whose
//! fix is the state reached (`TrialOver`) or the question (`IsTrialOver`). Session 12: a verb
//! and a passing state (`UpdateAvailable`, `DownloadComplete`), the work and the state it is in;
//! `Will Be` and a state (`InvoiceWillBeDue`); a wish for a state and its fixes (`UserActive`);
//! after a verb, an adjective that is a noun too (`LoadAggregate`, `SilenceAlert`); an excess, an
//! inability and a failed attempt (`TooManyRequests`, `UnableToReserveStock`, `CouldNotDeliverParcel`);
//! a subject opened by a verb that is a noun too, in a passing state (`PullRequestReadyForReview`);
//! a subject of several words near a limit or in a place (`KeyNearExpiry`, `WorkflowJobInProgress`);
//! an adjective a known verb makes with `-able` (`NodeSchedulable`). Session 13: `Requires` or
//! `Needs` and what the subject waits on (`PaymentIntentRequiresAction`, `OrderNeedsReview`).

use factum_naming::{Kind, Verdict, Vocabulary, check, classify};

include!("data/derives.rs");

/// Each name reads first as a fact, and both the `Event` and the `Command` derive accept it.
fn facts_first_requests_too(names: &[&str]) {
    for name in names {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(ok(name, Kind::Command), "{name}");
        assert_eq!(classify(name).verdict, Verdict::Event, "{name}");
    }
}

#[test]
fn out_of_something_is_a_state_its_subject_implied() {
    facts_only(&[
        "OutOfStock",
        "OutOfCredit",
        "ItemOutOfStock",
        "ItemWentOutOfStock",
    ]);
    let e = classify("OutOfStock").explanation;
    assert!(e.contains("state \"Out Of Stock\" alone"), "{e}");
}

#[test]
fn a_lack_that_now_holds_is_a_state_its_subject_implied() {
    facts_only(&["InsufficientFunds", "NotEnoughSeats", "NoPendingMigrations"]);
    // One thing that is none is no state.
    assert!(!ok("NoOp", Kind::Event));
}

#[test]
fn a_state_is_explained_with_its_phrase_and_the_verb_that_links_it() {
    for (name, said) in [
        (
            "ParcelReadyForPickup",
            "subject \"Parcel\" + state \"Ready For Pickup\"",
        ),
        (
            "ProductWasOutOfStock",
            "subject \"Product\" + \"Was\" + state \"Out Of Stock\"",
        ),
        ("FuelLow", "subject \"Fuel\" + state \"Low\""),
    ] {
        let e = classify(name).explanation;
        assert!(e.contains(said), "{name}: {e}");
        assert_eq!(classify(name).verdict, Verdict::Event, "{name}");
    }
}

#[test]
fn a_participle_alone_before_its_particle_or_phrase_is_no_subject() {
    for (name, said) in [
        (
            "SwitchedOff",
            "past participle \"Switched\" (of \"switch\") + \"Off\"",
        ),
        (
            "LockedOut",
            "past participle \"Locked\" (of \"lock\") + \"Out\"",
        ),
        (
            "ArrivedAtStation",
            "past participle \"Arrived\" (of \"arrive\") + \"At Station\"",
        ),
    ] {
        let e = classify(name).explanation;
        assert!(e.contains(said), "{name}: {e}");
        assert!(e.contains("its subject implied"), "{name}: {e}");
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
}

#[test]
fn a_state_said_with_is_is_a_state_reached() {
    // As headlines say it without the verb (`TrialOver`, session 14; it had been no fact and no
    // question): the `Event` derive accepts it. Asked about, the question leaves the linking
    // verb out; asked for, a state no verb names is marked, a participle's verb is done.
    for (name, request, question) in [
        ("TrialIsOver", "MarkTrialOver", "IsTrialOver"),
        ("ServerIsDown", "MarkServerDown", "IsServerDown"),
        ("UserIsActive", "MarkUserActive", "IsUserActive"),
        ("AccountIsFrozen", "FreezeAccount", "IsAccountFrozen"),
        ("UserIsNotActive", "MarkUserNotActive", "IsUserNotActive"),
        (
            "ItemsAreOutOfStock",
            "MarkItemsOutOfStock",
            "AreItemsOutOfStock",
        ),
        (
            "ProductWasOutOfStock",
            "MarkProductOutOfStock",
            "IsProductOutOfStock",
        ),
    ] {
        assert!(
            ok(name, Kind::Event),
            "{name}: {}",
            classify(name).explanation
        );
        suggests(name, Kind::Command, request);
        suggests(name, Kind::Query, question);
    }
    // `Not` and a participle is a state too, as `PaymentNotReceived` is a fact (it had been
    // told to become `OrderPaid`).
    assert!(ok("OrderIsNotPaid", Kind::Event));
    suggests("OrderIsNotPaid", Kind::Query, "IsOrderNotPaid");
    // Not a state: what is being done, or a wish.
    for name in ["UserIsBeingDeleted", "UserIsToBeDeleted"] {
        assert!(
            !ok(name, Kind::Event),
            "{name}: {}",
            classify(name).explanation
        );
    }
}

#[test]
fn a_wish_for_a_state_suggests_the_state_reached_the_request_and_the_question() {
    // Not `UserCreated`: the wish names no verb, its state is the fact.
    for (name, fact, request, question) in [
        (
            "UserShouldBeActive",
            "UserActive",
            "MarkUserActive",
            "IsUserActive",
        ),
        (
            "TrialShouldBeOver",
            "TrialOver",
            "MarkTrialOver",
            "IsTrialOver",
        ),
        (
            "OrderMustBeValid",
            "OrderValid",
            "MarkOrderValid",
            "IsOrderValid",
        ),
    ] {
        assert!(!ok(name, Kind::Event), "{name}");
        suggests(name, Kind::Event, fact);
        suggests(name, Kind::Command, request);
        suggests(name, Kind::Query, question);
    }
}

#[test]
fn a_state_error_names_the_whole_state() {
    let e = check("ShipmentInTransit", Kind::Command, &Vocabulary::default()).unwrap_err();
    assert!(
        e.message.contains("(state \"In Transit\")"),
        "{}",
        e.message
    );
    // Asked for, a state no verb names is marked; one a verb names is done (session 13).
    suggests("InvoiceOverdue", Kind::Command, "MarkInvoiceOverdue");
    suggests("OrderOnHold", Kind::Command, "MarkOrderOnHold");
    suggests(
        "SubscriptionComplete",
        Kind::Command,
        "CompleteSubscription",
    );
}

#[test]
fn a_state_word_alone_is_read_with_its_enum() {
    use factum_naming::check_variant;
    let vocab = Vocabulary::default();
    for (family, variant) in [
        ("LinkEvent", "Up"),
        ("LinkEvent", "Down"),
        ("LightEvent", "Off"),
    ] {
        assert!(
            check_variant(family, variant, Kind::Event, &vocab).is_ok(),
            "{family}::{variant}"
        );
    }
    for (family, variant) in [("VolumeCommand", "Up"), ("LightCommand", "Off")] {
        assert!(
            check_variant(family, variant, Kind::Command, &vocab).is_ok(),
            "{family}::{variant}"
        );
    }
    // Alone it names no verb: not the imperative of WordNet's rare verb "off".
    assert_eq!(classify("Off").verdict, Verdict::Unknown);
}

#[test]
fn will_announces_what_is_about_to_happen_a_fact() {
    facts_only(&[
        "PhotoWillBeDeleted",
        "SubscriptionWillRenew",
        "CardExpiresSoon",
        "TrialEndsTomorrow",
        "InvoiceWillBeDue",
        "AccountWillBeInactive",
    ]);
    // `Should` says what ought to happen: the disguised command stays an error.
    assert!(!ok("UserShouldBeDeleted", Kind::Event));
    let e = classify("PhotoWillBeDeleted").explanation;
    assert!(e.contains("announced, about to happen"), "{e}");
}

#[test]
fn requires_and_what_the_subject_waits_on_is_its_state() {
    facts_only(&[
        "PaymentIntentRequiresAction",
        "IdentityVerificationSessionRequiresInput",
        "ThreeDSecureAuthenticationRequiresChallenge",
        "OrderNeedsReview",
        "NeedsReview",
        "RequiresAction",
    ]);
    // What should be done to it is a wish, as with `Should`: no derive accepts it.
    for name in [
        "OrderRequiresToBeShipped",
        "OrderNeedsToBeShipped",
        "UserShouldBeDeleted",
    ] {
        assert!(!ok(name, Kind::Event) && !ok(name, Kind::Command), "{name}");
    }
    let v = Vocabulary::default();
    assert!(
        factum_naming::check_wire_name("payment_intent.requires_action", Kind::Event, &v).is_ok()
    );
    // Asked for, what it waits on is done to it; asked about, does it need it.
    suggests("OrderNeedsReview", Kind::Command, "ReviewOrder");
    suggests("OrderRequiresApproval", Kind::Command, "ApproveOrder");
    suggests(
        "PaymentIntentRequiresAction",
        Kind::Query,
        "DoesPaymentIntentRequireAction",
    );
}

#[test]
fn an_adverb_before_the_verb_is_named_apart_from_the_subject() {
    for (name, said) in [
        ("BookingFullyPaid", "subject \"Booking\" + adverb \"Fully\""),
        (
            "PaymentAutomaticallyRetried",
            "subject \"Payment\" + adverb \"Automatically\"",
        ),
        (
            "FullyNegotiatedInbound",
            "adverb \"Fully\" (its subject implied)",
        ),
        // Nouns that end in `ly` stay the subject.
        ("FamilyRegistered", "subject \"Family\" + past participle"),
        ("TallyUpdated", "subject \"Tally\" + past participle"),
    ] {
        let e = classify(name).explanation;
        assert!(e.contains(said), "{name}: {e}");
    }
}

#[test]
fn a_verb_and_a_passing_state_is_the_work_and_its_state() {
    // Read both ways: close the idle ones, a command.
    facts_first_requests_too(&[
        "UpdateAvailable",
        "DownloadComplete",
        "UploadPending",
        "RestoreComplete",
        "FileOpen",
        "RequestComplete",
        "SyncIdle",
        "UploadSuccessful",
    ]);
    let e = classify("UpdateAvailable").explanation;
    assert!(
        e.contains("subject \"Update\" + state \"Available\""),
        "{e}"
    );
    // A verb that takes its object and the state it is to be in, or one that informs, makes a
    // request; a lasting property after a verb is its object, as CRUD code names them.
    requests_only(&[
        "MarkComplete",
        "KeepOpen",
        "NotifyComplete",
        "GoIdle",
        "AddMeasurable",
    ]);
}

#[test]
fn after_a_verb_an_adjective_that_is_a_noun_too_is_its_object_first() {
    // Code names these things with adjectives: an alert, an aggregate, the primary.
    for name in [
        "LoadAggregate",
        "SilenceAlert",
        "MuteAlert",
        "PatchLocal",
        "BookSingle",
    ] {
        assert!(ok(name, Kind::Command), "{name}");
        assert_eq!(classify(name).verdict, Verdict::Command, "{name}");
        // The subject and its state stay possible.
        assert!(ok(name, Kind::Event), "{name}");
    }
    let e = classify("LoadAggregate").explanation;
    assert!(
        e.contains("(or a fact: subject \"Load\" + state \"Aggregate\")"),
        "{e}"
    );
    // Between the two readings the kind word that closes the name decides.
    assert_eq!(
        classify("RecordAggregateEventCommand").verdict,
        Verdict::Command
    );
    assert_eq!(classify("RecordAggregateEvent").verdict, Verdict::Event);
    // A passing state after a subject that is as much a verb is its state only.
    facts_only(&[
        "FuelLow",
        "StockLow",
        "OrderReady",
        "DiskFull",
        "QueueEmpty",
        "InvoiceDue",
    ]);
}

#[test]
fn an_excess_an_inability_and_a_failed_attempt_are_facts() {
    facts_only(&[
        "TooManyRequests",
        "TooManyLoginAttempts",
        "UnableToReserveStock",
        "DriverUnableToAcceptRide",
        "CouldNotDeliverParcel",
        "CourierCouldNotDeliverParcel",
    ]);
    let e = classify("CourierCouldNotDeliverParcel").explanation;
    assert!(e.contains("an attempt that failed, a fact"), "{e}");
    // Asked for, the attempt is its action.
    assert_eq!(
        suggestion("CouldNotDeliverParcel", Kind::Command).as_deref(),
        Some("DeliverParcel")
    );
    // `Could` alone says what might be: a wish, no fact.
    assert!(!ok("OrderCouldBeShipped", Kind::Event));
}

#[test]
fn a_subject_opened_by_a_verb_that_is_a_noun_too_reaches_a_passing_state() {
    // GitHub's `pull_request.ready_for_review`, Stripe's `test_helpers.test_clock.ready`: the
    // first word is the subject's as much as an imperative, so both derives accept the name.
    facts_first_requests_too(&["PullRequestReadyForReview", "TestHelpersTestClockReady"]);
    let e = classify("PullRequestReadyForReview").explanation;
    assert!(
        e.contains("(or the imperative \"Pull\" + object \"Request Ready For Review\""),
        "{e}"
    );
    // A lasting property, a direction or an `-ing` noun after a verb and its object completes
    // the request; so does any state after a verb that puts its object in it.
    requests_only(&[
        "ChangeRateEffective",
        "MoveWordLeft",
        "CancelSlotBooking",
        "MakeOrderReadyForPickup",
    ]);
}

#[test]
fn a_subject_of_several_words_near_a_limit_or_in_a_place_is_in_that_state() {
    // Azure's `KeyNearExpiry`, GitHub's `workflow_job.in_progress`, Stripe's
    // `outbound_payment.under_review`.
    facts_only(&[
        "KeyNearExpiry",
        "GatewayTokenNearExpiry",
        "WorkflowJobInProgress",
        "OutboundPaymentUnderReview",
        "CustomerOrderInTransit",
    ]);
    // A verb first puts its object there; a plural is a set of data.
    assert!(ok("StoreFileInCache", Kind::Command));
    assert!(!ok("StoreFileInCache", Kind::Event));
    assert!(!ok("UserItemsInCart", Kind::Event));
}

#[test]
fn an_adjective_a_known_verb_makes_with_able_is_a_state() {
    // Kubernetes' `NodeSchedulable`, `NodeNotSchedulable`: no table has the adjective.
    facts_only(&["NodeSchedulable", "NodeNotSchedulable", "ItemShippable"]);
    // A verb that puts its object in a state keeps the request; before a noun it modifies it.
    assert!(ok("MarkRetryable", Kind::Command));
    assert!(!ok("RetryableError", Kind::Event));
}

//! The shapes of issue 9, each read the way its code base means it.

use factum_naming::{
    Kind, Verdict, Vocabulary, check, check_variant, check_wire_name, classify, classify_with,
};

fn accepts(name: &str, kind: Kind) -> bool {
    check(name, kind, &Vocabulary::default()).is_ok()
}

/// An event name: the `Event` derive accepts it, the `Command` derive rejects it.
fn event(name: &str) {
    assert!(
        accepts(name, Kind::Event),
        "{name} as event: {}",
        classify(name).explanation
    );
    assert!(
        !accepts(name, Kind::Command),
        "{name} as command: {}",
        classify(name).explanation
    );
}

/// A command name: the `Command` derive accepts it, the `Event` derive rejects it.
fn command(name: &str) {
    assert!(
        accepts(name, Kind::Command),
        "{name} as command: {}",
        classify(name).explanation
    );
    assert!(
        !accepts(name, Kind::Event),
        "{name} as event: {}",
        classify(name).explanation
    );
}

#[test]
fn subject_simple_past_object() {
    for name in [
        "ShopperPlacedBasket",
        "CourierPickedParcel",
        "TenantSignedLease",
        "PilotFiledFlightPlan",
        "AgentJoinedQueue",
    ] {
        event(name);
    }
}

#[test]
fn irregular_simple_past() {
    for name in [
        "TemperatureRoseAboveLimit",
        "QueueGrewTooLong",
        "SensorWentSilent",
        "PatientFellIll",
        "ClientDrewFunds",
    ] {
        event(name);
    }
}

#[test]
fn auxiliaries_make_events_not_queries() {
    for name in [
        "TenantWasEvicted",
        "LeaseHasBeenSigned",
        "TokenDidExpire",
        "PaymentDidNotSucceed",
        // The passive with its subject implied, as a participle alone (`Renewed`).
        "WasCreated",
        "WasRegisteredWithEmail",
        // `Got` closing the name is the past of `get`.
        "OrderDetailGot",
        // A passive that keeps an object: the verb takes two.
        "UserWasGrantedAccess",
        "CustomerWasSentInvoice",
        "UserHasBeenAssignedRole",
        "PlayerWasAwardedPointsForGuessingTheRightWord",
    ] {
        event(name);
    }
    // With a subject after it, `Was` asks a question.
    assert_eq!(classify("WasOrderPaid").verdict, Verdict::Query);
}

#[test]
fn base_equals_past_settled_by_position() {
    for name in [
        "EstimateFreightCost",
        "ComputeTaxCut",
        "RequestAccountReset",
        "RunBackfill",
        "PutHold",
        "ResetPassword",
    ] {
        command(name);
    }
    for name in ["PasswordReset", "PasswordWasReset"] {
        event(name);
    }
    // Two words whose first is as much a verb: both readings, both derives accept.
    for name in ["PlaceBid", "VoteCast", "ZoomReset"] {
        assert!(accepts(name, Kind::Command), "{name}");
        assert!(accepts(name, Kind::Event), "{name}");
    }
    // A first word seldom a verb is the subject of a past mostly a verb (the price was cut;
    // no one orders "price the cut"): an event only.
    for name in ["PriceCut", "PriceSet", "CacheHit"] {
        assert!(!accepts(name, Kind::Command), "{name}");
        assert!(accepts(name, Kind::Event), "{name}");
    }
    // A suffix settles it.
    assert!(!accepts("PlaceBidCommand", Kind::Event));
    assert!(!accepts("PriceCutEvent", Kind::Command));
}

#[test]
fn mark_and_set_with_a_state_are_commands() {
    for name in [
        "MarkInvoiceAsPaid",
        "MarkTaskDone",
        "MarkTransferCompletedCommand",
        "SetBannerDisplayedOnHome",
    ] {
        command(name);
    }
}

#[test]
fn suffixes_are_evidence() {
    for name in [
        "OrderPlacedEvent",
        "OrderPlacedDomainEvent",
        "OrderPlacedIntegrationEvent",
        "OrderPlacedInternalEvent",
        "OrderPlacedNotification",
        "OrderPlacedMessage",
        "OrderPlacedV2",
        "DeviceEvent",
        // ABP's event transfer objects.
        "BuyerEto",
        "OrderPlacedEto",
    ] {
        event(name);
    }
    for name in [
        "PlaceOrderCommand",
        "PlaceOrderCmd",
        "SchemaCreateCommand",
        // A past equal to its base after a subject is as much a noun compound.
        "PasswordResetCommand",
        "PlaceOrderMessage",
    ] {
        command(name);
    }
}

#[test]
fn verbs_from_the_second_source_and_software_verbs() {
    for name in [
        "UpvotePost",
        "DownvoteComment",
        "BookmarkArticle",
        "UnbookmarkArticle",
        "GeotagPhoto",
    ] {
        command(name);
    }
    for name in [
        "PostUpvoted",
        "CommentDownvoted",
        "ArticleBookmarked",
        "ArticleUnbookmarked",
    ] {
        event(name);
    }
}

#[test]
fn noun_phrases_are_not_imperatives() {
    for name in [
        "OrderStatus",
        "CartItem",
        "EmailAddress",
        "OrderById",
        "OrderInfo",
    ] {
        let a = classify(name);
        assert_eq!(a.verdict, Verdict::Unknown, "{name}: {}", a.explanation);
        let e = check(name, Kind::Event, &Vocabulary::default()).expect_err(name);
        assert!(e.message.contains("noun phrase"), "{name}: {}", e.message);
    }
    let e = check("OrderStatus", Kind::Event, &Vocabulary::default()).unwrap_err();
    assert_eq!(e.suggestion.as_deref(), Some("OrderStatusChanged"));
}

#[test]
fn states_reached_are_facts() {
    for name in [
        "ParcelReadyForPickup",
        "TrialOver",
        "FuelLow",
        "ServiceDown",
        "StockUnavailable",
    ] {
        event(name);
    }
    // A phrasal verb is not a state.
    command("LogOut");
}

#[test]
fn a_lone_participle_is_a_fact() {
    event("Renewed");
    event("Placed");
    // `Reset` alone is both its imperative and its participle.
    assert!(accepts("Reset", Kind::Command) && accepts("Reset", Kind::Event));
}

#[test]
fn enum_variants_read_with_their_enum() {
    let v = Vocabulary::default();
    for variant in ["Placed", "Shipped", "Cancelled", "Refunded"] {
        assert!(
            check_variant("OrderEvent", variant, Kind::Event, &v).is_ok(),
            "{variant}"
        );
    }
    for variant in ["Renewed", "Suspended", "Archived", "Lapsed"] {
        assert!(
            check_variant("SubscriptionEvent", variant, Kind::Event, &v).is_ok(),
            "{variant}"
        );
    }
    for variant in ["Place", "Cancel", "Ship"] {
        assert!(
            check_variant("OrderCommand", variant, Kind::Command, &v).is_ok(),
            "{variant}"
        );
        assert!(
            check_variant("OrderEvent", variant, Kind::Event, &v).is_err(),
            "{variant}"
        );
    }
    let e = check_variant("OrderEvent", "Cancel", Kind::Event, &v).unwrap_err();
    assert_eq!(e.suggestion.as_deref(), Some("Cancelled"));
    assert!(check_variant("OrderCommand", "Placed", Kind::Command, &v).is_err());
}

#[test]
fn wire_names_read_their_last_segment() {
    let v = Vocabulary::default();
    for wire in [
        "com.shop.order.placed",
        "shop.order_placed",
        "OrderPlaced",
        "order-placed",
    ] {
        assert!(check_wire_name(wire, Kind::Event, &v).is_ok(), "{wire}");
    }
    let e = check_wire_name("com.shop.order.place", Kind::Event, &v).unwrap_err();
    let s = e.suggestion.unwrap_or_default();
    assert!(!s.contains("Created") && !s.contains("created"), "{s}");
    let e = check_wire_name("com.shop.place_order", Kind::Event, &v).unwrap_err();
    assert_eq!(e.suggestion.as_deref(), Some("com.shop.order_placed"));
    assert!(e.message.contains("com.shop.place_order"), "{}", e.message);
}

#[test]
fn a_wire_segment_that_needs_a_subject_reads_with_the_segment_before_it() {
    let v = Vocabulary::default();
    // Stripe's, GitHub's and Google's types: the state or phrase left its subject behind.
    for wire in [
        "invoice.overdue",
        "charge.pending",
        "invoice.will_be_due",
        "pull_request.ready_for_review",
        "google.cloud.firestore.document.v1.created.withAuthContext",
    ] {
        assert!(check_wire_name(wire, Kind::Event, &v).is_ok(), "{wire}");
    }
    // Read first as a state, the two segments make no command; another kind's segment stays an
    // error, and a noun phrase or a type's name is no predicate to complete.
    assert!(check_wire_name("invoice.overdue", Kind::Command, &v).is_err());
    assert!(check_wire_name("com.shop.order.place", Kind::Event, &v).is_err());
    assert!(
        check_wire_name(
            "test_helpers.test_clock.internal_failure",
            Kind::Command,
            &v
        )
        .is_err()
    );
    assert!(check_wire_name("Microsoft.Bus.ActiveMessagesAvailable", Kind::Command, &v).is_err());
}

#[test]
fn typos_get_did_you_mean() {
    for (typo, fixed) in [
        ("OrderPlacd", "OrderPlaced"),
        ("PaymentRecieved", "PaymentReceived"),
        ("ShipmentDispatchd", "ShipmentDispatched"),
    ] {
        let e = check(typo, Kind::Event, &Vocabulary::default()).expect_err(typo);
        assert_eq!(e.suggestion.as_deref(), Some(fixed), "{typo}");
        assert!(
            e.help.contains(&format!("did you mean `{fixed}`?")),
            "{}",
            e.help
        );
    }
    // The last two letters swapped: `Cancel`, not `Candle`, one substitution away.
    let e = check("CancleOrder", Kind::Command, &Vocabulary::default()).expect_err("CancleOrder");
    assert_eq!(e.suggestion.as_deref(), Some("CancelOrder"));
}

#[test]
fn every_error_suggests_a_passing_name_and_both_ways_out() {
    let v = Vocabulary::default();
    for (name, kind) in [
        ("PlaceOrder", Kind::Event),
        ("OrderPlaced", Kind::Command),
        ("OrderStatus", Kind::Event),
        ("Customer", Kind::Event),
        ("UserShouldBeDeleted", Kind::Event),
        ("GetOrder", Kind::Event),
        ("FuelLow", Kind::Command),
        ("OrderPlacd", Kind::Event),
    ] {
        let e = check(name, kind, &v).expect_err(name);
        if let Some(s) = &e.suggestion {
            assert!(
                check(s, kind, &v).is_ok(),
                "{name}: suggestion {s} does not pass"
            );
        }
        assert!(
            e.note.contains("allow_name = \"why\""),
            "{name}: {}",
            e.note
        );
        assert!(
            e.note.contains("factum-vocabulary.txt"),
            "{name}: {}",
            e.note
        );
    }
}

#[test]
fn suggestions_are_spelled_right_and_pass() {
    let v = Vocabulary::default();
    for (name, kind, want) in [
        // `run` has `run` as participle (LemmInflect's table gives only `ran`).
        ("RunBackfill", Kind::Event, "BackfillRun"),
        ("RerunJob", Kind::Event, "JobRerun"),
        ("BecomeMember", Kind::Event, "MemberBecome"),
        // A software verb inflects like the verb it ends in.
        ("GeotagPhoto", Kind::Event, "PhotoGeotagged"),
        ("UpvotePost", Kind::Event, "PostUpvoted"),
    ] {
        let e = check(name, kind, &v).expect_err(name);
        assert_eq!(e.suggestion.as_deref(), Some(want), "{name}");
        assert!(check(want, kind, &v).is_ok(), "{want} does not pass");
    }
    assert!(check("PhotoGeotagged", Kind::Event, &v).is_ok());
}

#[test]
fn a_variant_with_no_verb_is_what_its_enum_says() {
    let v = Vocabulary::default();
    // Input events named by their source or an occurrence noun, in an enum named `…Event`.
    for (family, variant) in [
        ("WindowEvent", "PointerButton"),
        ("WindowEvent", "TouchpadPressure"),
        ("SwarmEvent", "IncomingConnection"),
        ("Event", "InboundFailure"),
        ("Event", "Clipboard"),
        ("ConnectionEvents", "Timeout"),
    ] {
        assert!(
            check_variant(family, variant, Kind::Event, &v).is_ok(),
            "{family}::{variant}"
        );
        assert!(
            check_variant(family, variant, Kind::Command, &v).is_err(),
            "{family}::{variant} as a command"
        );
    }
    // Settings in an enum named `…Command` are commands, not states reached.
    for variant in ["Visible", "Transparent", "InnerSize"] {
        assert!(check_variant("ViewportCommand", variant, Kind::Command, &v).is_ok());
        let e = check_variant("ViewportCommand", variant, Kind::Event, &v).unwrap_err();
        assert_eq!(
            e.message,
            format!(
                "`{variant}` has no verb and its enum `ViewportCommand` names commands, but events are facts in the past tense"
            )
        );
        assert_eq!(
            e.help,
            "if the enum holds commands, derive `Command`; otherwise name each variant as the fact that happened"
        );
    }
    // A verb, even one used mostly as a noun, is not settled by the enum: `Place` names the
    // action, not the fact.
    for variant in ["Place", "Cancel", "PlaceOrder"] {
        assert!(check_variant("OrderEvent", variant, Kind::Event, &v).is_err());
    }
    // The derive of another kind reads a variant as a type with the enum's kind word as suffix:
    // input events named by a noun-like verb (`Pinch`, `Button`) or a bare verb are no commands.
    // (`MouseWheel` has no verb: SemCor hardly ever tags `mouse` as one.)
    for (family, variant) in [
        ("WindowEvent", "PinchGesture"),
        ("WindowEvent", "KeyboardInput"),
        ("DeviceEvent", "Button"),
        ("Event", "Commit"),
    ] {
        let e = check_variant(family, variant, Kind::Command, &v).unwrap_err();
        assert_eq!(
            e.message,
            format!(
                "`{variant}` reads as `{variant}Event` in its enum `{family}`, which names events, but commands are requests in the imperative"
            )
        );
    }
    // Even a variant that reads as a request alone: `SendEmailEvent` is the event of sending
    // an email, as a type of that name is; the enum's name or the derive must change.
    let e = check_variant("MailerEvent", "SendEmail", Kind::Command, &v).unwrap_err();
    assert_eq!(
        e.help,
        "if the enum holds events, derive `Event`; if it holds commands, name the enum for them, e.g. `MailerCommand`"
    );
    // An enum named only by its kind word gives no subject: its variants name kinds of events
    // (`Commit`: a commit event), while `OrderEvent::Cancel` stays an imperative on the order.
    for variant in ["Commit", "Keyboard", "Zoom"] {
        assert!(
            check_variant("Event", variant, Kind::Event, &v).is_ok(),
            "{variant}"
        );
        assert!(
            check_variant("Event", variant, Kind::Command, &v).is_err(),
            "{variant}"
        );
    }
    // A fact in an event enum derived as a command: no variant name would pass, so the help
    // names the derive.
    for variant in ["Placed", "Cancelled"] {
        let e = check_variant("OrderEvent", variant, Kind::Command, &v).unwrap_err();
        assert_eq!(
            e.help,
            "the enum's name says it holds events, as this variant reads: derive `Event`"
        );
        assert_eq!(e.suggestion, None);
    }
    // With a subject, a bare verb stays an imperative on it; an enum named only `Event`
    // reads each variant as a type with that suffix (`SendEmailEvent`).
    assert!(check_variant("OrderEvent", "Cancel", Kind::Event, &v).is_err());
    assert!(check_variant("Event", "SendEmail", Kind::Event, &v).is_ok());
    assert!(check_variant("Command", "GetProviders", Kind::Command, &v).is_ok());
    // With no kind word, a variant with no verb stays unread.
    assert!(check_variant("Payload", "Keyboard", Kind::Event, &v).is_err());
}

#[test]
fn a_noun_of_an_occurrence_names_a_happening() {
    // No verb, but the head names an occurrence (WordNet's noun.event).
    for name in [
        "Heartbeat",
        "IncrementalRuleChange",
        "ButtonClick",
        "EngineCrash",
    ] {
        event(name);
    }
    // Other nouns still give no reading, and a kind suffix still decides.
    for name in ["Customer", "BatteryVoltage", "TimeOfChange"] {
        let a = classify(name);
        assert_eq!(a.verdict, Verdict::Unknown, "{name}: {}", a.explanation);
    }
    command("HeartbeatCommand");
    // Derived as a command, it is told to derive `Event`, or to ask for the occurrence.
    for (name, fix) in [
        ("Heartbeat", "EmitHeartbeat"),
        ("IncrementalRuleChange", "EmitIncrementalRuleChange"),
    ] {
        let v = check(name, Kind::Command, &Vocabulary::default()).unwrap_err();
        assert_eq!(v.suggestion.as_deref(), Some(fix), "{name}");
        assert!(v.help.contains("derive `Event`"), "{}", v.help);
    }
}

#[test]
fn a_subject_and_a_verb_name_a_happening() {
    for name in [
        "PointerMove",
        "ServiceStart",
        // Verbs WordNet knows only as verbs.
        "WindowsServiceUninstall",
        "BanDeleteEvent",
        // Closed phrasal compounds.
        "ConnectionShutdown",
        "DeviceLogout",
        // A verb right before the last one modifies it after a word that is no verb.
        "PointerDragEnter",
        "CursorDragLeave",
    ] {
        assert!(
            accepts(name, Kind::Event),
            "{name}: {}",
            classify(name).explanation
        );
    }
}

#[test]
fn a_question_verb_with_a_command_suffix_is_a_command() {
    let v = Vocabulary::default();
    for name in [
        "GetWorkflowCommand",
        "GetAttachmentCmd",
        "FindActiveActivityIdsCmd",
        "ListWorkflowsCommand",
    ] {
        assert!(check(name, Kind::Command, &v).is_ok(), "{name}");
        assert!(check(name, Kind::Event, &v).is_err(), "{name}");
    }
    // Without the suffix, a question verb asks a question, and is the imperative it also is:
    // a question derived as a `Command` is none of the errors of issue 9's policy.
    for name in [
        "GetWorkflow",
        "CheckForUpdates",
        "RetrieveThings",
        "DoSomething",
        "CheckPassword",
        "CheckLayoutIsUsed",
    ] {
        assert!(check(name, Kind::Command, &v).is_ok(), "{name}");
        assert!(check(name, Kind::Query, &v).is_ok(), "{name}");
        assert!(check(name, Kind::Event, &v).is_err(), "{name}");
    }
    assert!(check_variant("Cmds", "Check", Kind::Command, &v).is_ok());
    // A query suffix still says what it is.
    assert!(check("GetWorkflowQuery", Kind::Command, &v).is_err());
    // An object that opens with a word mostly used as a verb makes no clear imperative.
    assert!(check("CheckChangeTicks", Kind::Command, &v).is_err());
    // An interrogative is a question; a command suffix makes it the command asking it.
    for name in [
        "IsTelemetryEnabledCmd",
        "IsNotEmptyNameCommand",
        "HasAccessCommand",
    ] {
        assert!(check(name, Kind::Command, &v).is_ok(), "{name}");
        assert!(check(name, Kind::Event, &v).is_err(), "{name}");
    }
    for name in ["IsTelemetryEnabled", "WhyNot", "HasAccess"] {
        assert!(check(name, Kind::Command, &v).is_err(), "{name}");
        assert!(check(name, Kind::Query, &v).is_ok(), "{name}");
    }
}

#[test]
fn noun_in_the_vocabulary_works_for_every_word() {
    for word in [
        "reset", "order", "set", "placed", "cost", "bookmark", "login", "upsert", "rose",
    ] {
        let vocab = Vocabulary::parse(&format!("noun {word}\n")).expect("valid");
        let lone = classify_with(&factum_naming_pascal(word), &vocab);
        assert_eq!(
            lone.verdict,
            Verdict::Unknown,
            "noun {word}: {}",
            lone.explanation
        );
        let closing = classify_with(&format!("Password{}", factum_naming_pascal(word)), &vocab);
        assert_ne!(
            closing.verdict,
            Verdict::Event,
            "noun {word}: {}",
            closing.explanation
        );
    }
}

fn factum_naming_pascal(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[test]
fn an_unknown_past_points_to_the_vocabulary() {
    // Closing the name, an unknown `-ed` word is guessed to be a regular participle
    // (`ZoneGeofenced` passes); before a complement it is not, and the error points to the
    // vocabulary.
    assert!(check("ZoneGeofenced", Kind::Event, &Vocabulary::default()).is_ok());
    let e = check("ZoneGeofencedByAdmin", Kind::Event, &Vocabulary::default()).unwrap_err();
    assert_eq!(e.suggestion, None);
    assert!(
        e.help
            .contains("add `verb geofence` to factum-vocabulary.txt"),
        "{}",
        e.help
    );
    let vocab = Vocabulary::parse("verb geofence\n").unwrap();
    assert!(check("ZoneGeofencedByAdmin", Kind::Event, &vocab).is_ok());
    let e = check(
        "WidgetFrobnicatedByAdmin",
        Kind::Event,
        &Vocabulary::default(),
    )
    .unwrap_err();
    assert!(e.help.contains("`verb frobnicate`"), "{}", e.help);
}

#[test]
fn a_kind_suffix_names_the_message_about_an_action_or_a_fact() {
    // After an imperative and its object, `…Event` names the event of doing it.
    for name in [
        "CheckInventoryEvent",
        "ResizeWindowEvent",
        "SendReceiptDomainEvent",
    ] {
        event(name);
    }
    // After a fact, `…Command`/`…Cmd` names the command that acts on it.
    for name in [
        "PaymentCapturedCommand",
        "JobFinishedCmd",
        "TimerElapsedCommand",
    ] {
        command(name);
    }
    // After a preposition, the word is an object, not a suffix.
    event("ItemAddedForCommand");
    // `…Query` after an imperative names the query of doing it; only the closing word counts.
    for name in ["DiscoverChannelsQuery", "ReadModelByIdQuery"] {
        assert!(
            accepts(name, Kind::Query),
            "{name}: {}",
            classify(name).explanation
        );
    }
    command("CreateUserQueryCmd");
    // So with no verb before two kind words: openHAB's `ItemCommandEvent` is the event of an
    // item's command, and a weak reading before them yields to the closing word too.
    event("ItemCommandEvent");
    event("DataSyncNewCommandEvent");
    command("OutboxEventCommand");
    // The message for the other derive suggests the name without the suffix.
    let e = check("SendReceiptEvent", Kind::Command, &Vocabulary::default()).unwrap_err();
    assert_eq!(e.suggestion.as_deref(), Some("SendReceipt"));
    let e = check("ReceiptSentCommand", Kind::Event, &Vocabulary::default()).unwrap_err();
    assert_eq!(e.suggestion.as_deref(), Some("ReceiptSent"));
}

#[test]
fn a_state_reached_now_is_a_fact() {
    for name in [
        "IndexIsNowReady",
        "ProjectionIsNowLive",
        "AccountIsNowClosed",
    ] {
        assert!(
            accepts(name, Kind::Event),
            "{name}: {}",
            classify(name).explanation
        );
    }
    // `Back` is a state reached, as `Over` and `Down` are.
    event("ProductBackInStock");
    // Without `Now`, the state said with `Is` is reached too, as `UserActive` is.
    assert_eq!(classify("UserIsActive").verdict, Verdict::Event);
}

#[test]
fn an_ing_form_and_its_object_is_an_action_in_progress() {
    // Laravel's `RetrievingKey` is dispatched while the cache retrieves a key.
    for name in [
        "RetrievingKey",
        "ForgettingKey",
        "RetrievingManyKeys",
        "UploadingAvatar",
    ] {
        event(name);
    }
    let a = classify("RetrievingKey");
    assert_eq!(
        a.explanation,
        "-ing form \"Retrieving\" (of \"retrieve\") + object \"Key\": an action in progress, a fact"
    );
    assert_eq!(a.suggestions.command.as_deref(), Some("RetrieveKey"));
    let e = check("UploadingAvatar", Kind::Command, &Vocabulary::default()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "`UploadingAvatar` is named like an event (-ing form \"Uploading\"), but commands are \
         requests in the imperative\n= help: start with the verb, e.g. `UploadAvatar`\n= note: if \
         the name is right, add `#[command(allow_name = \"why\")]`, or declare its words in \
         factum-vocabulary.txt (`verb WORD`, `noun WORD`)"
    );
    // WordNet's nouns in `-ing` modify the noun after them, and adjectives describe it: no
    // event, no action.
    for name in [
        "ShippingAddress",
        "GreetingRequest",
        "BillingAddress",
        "TrackingNumber",
        "PendingOrder",
        "ExistingCustomer",
        "MissingItem",
        "RemainingBalance",
    ] {
        assert!(
            !accepts(name, Kind::Event),
            "{name}: {}",
            classify(name).explanation
        );
    }
    // Nor before a preposition (`WaitingForApproval` is a state, read elsewhere).
    assert_ne!(
        classify("RetrievingOfKey").explanation,
        classify("RetrievingKey").explanation
    );
}

#[test]
fn a_lone_verb_is_its_imperative() {
    // Business code names the command `Activate` and its event `Activated`.
    for name in [
        "Activate",
        "Freeze",
        "Login",
        "Logout",
        "Deactivate",
        "Resize",
    ] {
        assert!(!accepts(name, Kind::Event), "{name}");
        assert!(accepts(name, Kind::Command), "{name}");
    }
    for name in ["Activated", "Frozen", "Resized"] {
        assert!(accepts(name, Kind::Event), "{name}");
    }
    // Nor a variant of an enum with a subject, a verb with its object, or a noun.
    let v = Vocabulary::default();
    assert!(check_variant("OrderEvent", "Cancel", Kind::Event, &v).is_err());
    for name in ["CancelOrder", "Order", "Customer", "ClickCommand"] {
        assert!(!accepts(name, Kind::Event), "{name}");
    }
}

#[test]
fn a_kind_word_heading_the_name_names_the_kind() {
    for name in [
        "EventWithArray",
        "EventWithoutSerializedModels",
        "EventWithShouldBeStoredFields",
    ] {
        event(name);
    }
    command("CommandForTenant");
    assert_eq!(classify("QueryByEmail").verdict, Verdict::Query);
    assert_eq!(
        classify("EventWithArray").explanation,
        "head noun \"Event\" + \"With Array\": the event that the rest describes"
    );
    let e = check("EventWithArray", Kind::Command, &Vocabulary::default()).unwrap_err();
    println!("{e}");
    assert_eq!(
        e.message,
        "`EventWithArray` is named like an event (head noun \"Event\"), but commands are requests in the imperative"
    );
    // Not without a preposition after it: `EventStore` is no message.
    assert!(!accepts("EventStore", Kind::Event));
}

#[test]
fn sudo_runs_a_command_as_superuser() {
    // `sudo` is a software verb (run as superuser): its object is the command it runs.
    for name in [
        "SudoUpdateThing",
        "SudoRetrievePolicy",
        "SudoDeleteExpiredSubject",
    ] {
        command(name);
    }
    let e = check("SudoUpdateThing", Kind::Event, &Vocabulary::default()).unwrap_err();
    assert!(e.message.contains("(imperative \"Sudo\")"), "{}", e.message);
}

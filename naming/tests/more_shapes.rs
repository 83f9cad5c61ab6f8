//! More shapes of issue 9 (session 7): queries named by what they return, request-reply
//! messages, verbs the lexicon lacks, a flag of the subject, verbs written as two words, and
//! the people a command acts on, a message named only by its kind word. `shapes.rs` holds the
//! earlier ones.

use factum_naming::{Kind, Verdict, Vocabulary, check, check_variant, classify};

fn ok(name: &str, kind: Kind) -> bool {
    check(name, kind, &Vocabulary::default()).is_ok()
}

#[test]
fn a_query_may_be_named_by_what_it_returns() {
    for name in [
        "AvailableHours",
        "TrainingsForUser",
        "AllTrainings",
        "OrderById",
        "Customer",
        "OrderInfo",
        // A noun that is a verb too, then a noun that usually heads data (session 13).
        "StockLevel",
        "AuditLog",
        "PriceQuote",
        "CartContents",
        "SeatMap",
        "FareEstimate",
        "ClusterHealth",
    ] {
        assert!(ok(name, Kind::Query), "{name}");
        // Still no fact: the `Event` derive rejects it.
        assert!(!ok(name, Kind::Event), "{name}");
    }
    // A name that reads as another kind stays an error for the `Query` derive.
    for name in ["OrderPlaced", "PlaceOrder", "OrderInfoEvent", "Heartbeat"] {
        assert!(!ok(name, Kind::Query), "{name}");
    }
    // In an enum that names events, a variant with no verb is an event, not a query.
    let v = Vocabulary::default();
    assert!(check_variant("WindowEvent", "PointerButton", Kind::Query, &v).is_err());
    // In an enum of queries, one word as much a noun names what it returns, not an imperative
    // done to the subject (session 13); a verb used mostly as one stays a request.
    for variant in ["Balance", "Total"] {
        assert!(
            check_variant("AccountQuery", variant, Kind::Query, &v).is_ok(),
            "{variant}"
        );
    }
    assert!(check_variant("OrderQuery", "Cancel", Kind::Query, &v).is_err());
}

#[test]
fn a_request_reply_message_is_a_command_too() {
    for name in [
        "HeartbeatRequest",
        "GreetingRequest",
        "GreetingReply",
        "HeartbeatReply",
        "TimeoutProjectionVersionRequest",
        "QuoteResponse",
    ] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    // An adjective, a preposition or a particle before it describes a request: no command.
    for name in ["HttpBadRequest", "AboutToSendHttpRequest"] {
        assert!(!ok(name, Kind::Command), "{name}");
    }
    // In an enum of events it stays an event.
    let v = Vocabulary::default();
    assert!(check_variant("UserEvent", "AccessKitActionRequest", Kind::Command, &v).is_err());
}

#[test]
fn verbs_the_lexicon_lacks_close_a_name_by_their_spelling() {
    for name in [
        "DiscussionWasStickied",
        "DiscussionWasUnstickied",
        "UserDeplatformed",
        "PostCrossposted",
        "ZoneGeofenced",
        "ProjectionVersionRequestTimedout",
        "UserLoggedin",
        "CartCheckedout",
        "OrderUpsold",
    ] {
        assert!(
            ok(name, Kind::Event),
            "{name}: {}",
            classify(name).explanation
        );
        assert!(!ok(name, Kind::Command), "{name}");
    }
    assert_eq!(
        classify("PostCrossposted").verb.as_deref(),
        Some("crosspost")
    );
    assert_eq!(
        classify("DiscussionWasStickied").verb.as_deref(),
        Some("sticky")
    );
    assert_eq!(classify("UserLoggedin").verb.as_deref(), Some("log in"));
    // A typo of a known form is no new verb: the error says "did you mean".
    let e = check("PaymentRecieved", Kind::Event, &Vocabulary::default()).unwrap_err();
    assert_eq!(e.suggestion.as_deref(), Some("PaymentReceived"));
    // An adjective is no past (`Hundred`), and the guess is made only where a participle
    // closes the name after its subject, or is the name alone (`Kegged`, its subject implied).
    for name in ["TopHundred", "DeplatformedUser"] {
        assert_ne!(classify(name).verdict, Verdict::Event, "{name}");
    }
    for name in ["Stickied", "Kegged", "Snapshotted"] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
    // A typo alone is no new verb either.
    assert!(!ok("Recieved", Kind::Event));
    // A verb of its own is no prefixed past (`debit` is not `de` + `bit`).
    let v = Vocabulary::default();
    assert!(check_variant("AccountCommand", "Debit", Kind::Command, &v).is_ok());
}

#[test]
fn a_flag_of_the_subject_before_what_happened_to_it() {
    for name in [
        "TodoIsCompleteUpdatedEvent",
        "TodoIsCompleteUpdated",
        "UserIsActiveChanged",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
    // Without the participle it is the subject's state: a state reached, as `UserActive` is.
    assert!(ok("UserIsActive", Kind::Event));
    assert!(!ok("UserIsActive", Kind::Command));
}

#[test]
fn a_verb_written_as_two_words() {
    for name in ["ReRunJob", "AutoRenewSubscription", "PartiallyRefundOrder"] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    let e = check("PartiallyRefundOrder", Kind::Event, &Vocabulary::default()).unwrap_err();
    assert!(
        e.message.contains("imperative \"Partially Refund\""),
        "{}",
        e.message
    );
}

#[test]
fn a_person_named_by_what_they_do_is_an_object_too() {
    for name in ["RateDriver", "FireAwsScheduler", "RateSeller"] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    // A data noun or a component still heads a noun phrase: no command.
    for name in ["OrderInfo", "PageManager"] {
        assert!(!ok(name, Kind::Command), "{name}");
    }
}

#[test]
fn a_state_reached_may_end_in_an_adverb_or_be_a_place() {
    for name in [
        "CardExpiringSoon",
        "TrialEndingSoon",
        "OrderOnHold",
        "ShipmentInTransit",
        "PaymentInProgress",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
    // A plural is a set of data; `By`, `For` modify a noun.
    for name in ["ItemsInCart", "OrderById", "OrderForCustomer"] {
        assert!(!ok(name, Kind::Event), "{name}");
    }
}

#[test]
fn an_interrogative_derived_as_a_command_is_told_of_the_suffix() {
    let v = Vocabulary::default();
    let e = check("IsOrderPaid", Kind::Command, &v).unwrap_err();
    assert!(
        e.help.contains("name it `IsOrderPaidCommand`"),
        "{}",
        e.help
    );
    assert!(check("IsOrderPaidCommand", Kind::Command, &v).is_ok());
    // Only a suffixed name that passes is offered (`TenantExistsCommand` would not).
    let e = check("TenantExists", Kind::Command, &v).unwrap_err();
    assert!(!e.help.contains("name it"), "{}", e.help);
    // With a `…Query` suffix the name says it is a query: no such advice.
    let e = check("GetOrderQuery", Kind::Command, &v).unwrap_err();
    assert!(!e.help.contains("GetOrderQueryCommand"), "{}", e.help);
}

#[test]
fn an_action_and_before_or_after_is_a_lifecycle_hook() {
    for name in [
        "ValidateBefore",
        "SaveAfter",
        "LoadOrderBefore",
        "FetchPageAfter",
        "BeforeOrderSave",
        "AfterUserLogin",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Query), "{name}");
        let a = classify(name);
        assert_eq!(a.verdict, Verdict::Event, "{name}");
        assert!(
            a.explanation.contains("lifecycle hook"),
            "{name}: {}",
            a.explanation
        );
    }
    // `After` inside the name modifies the object; a participle closing it stays the fact.
    assert!(ok("SendEmailAfterPayment", Kind::Command));
    assert!(!ok("SendEmailAfterPayment", Kind::Event));
    assert!(ok("AfterOrderCreated", Kind::Event));
    // A kind suffix still decides.
    assert!(ok("ValidateBeforeCommand", Kind::Command));
    // No verb at all: no hook (`Before` alone, `DayAfter`).
    assert!(!classify("DayAfter").explanation.contains("lifecycle hook"));
}

#[test]
fn an_enums_kind_word_overrides_a_weak_reading_as_a_suffix_does() {
    let v = Vocabulary::default();
    // Several words read as a state reached or a happening: the enum's word decides, as
    // `ToggleSidebarVisibleCommand` would.
    for (family, variant) in [
        ("PanelCommand", "ToggleSidebarVisible"),
        ("WindowCommand", "PointerVisible"),
        ("WindowCommand", "PointerGrab"),
    ] {
        assert!(
            check_variant(family, variant, Kind::Command, &v).is_ok(),
            "{family}::{variant}"
        );
        assert!(
            check_variant(family, variant, Kind::Event, &v).is_err(),
            "{family}::{variant}"
        );
        assert!(ok(&format!("{variant}Command"), Kind::Command), "{variant}");
    }
    // In an event enum they stay events.
    assert!(check_variant("PanelEvent", "SidebarVisible", Kind::Event, &v).is_ok());
    assert!(check_variant("PanelEvent", "SidebarVisible", Kind::Command, &v).is_err());
    // A fact or an imperative stays what it is, whatever its enum says.
    assert!(check_variant("OrderCommand", "OrderPlaced", Kind::Command, &v).is_err());
    assert!(check_variant("OrderCommand", "Placed", Kind::Command, &v).is_err());
    // So does a participle with only its particle or a phrase after it (session 13).
    for variant in ["TimedOut", "GaveUp", "CancelledByRider"] {
        assert!(
            check_variant("JobCommand", variant, Kind::Command, &v).is_err(),
            "{variant}"
        );
    }
    assert!(check_variant("OrderEvent", "Cancel", Kind::Event, &v).is_err());
    assert!(check_variant("OrderEvent", "ShipOrder", Kind::Event, &v).is_err());
}

#[test]
fn an_unknown_word_in_ize_is_a_verb() {
    // Neither word is in WordNet; `-ize` makes verbs.
    for name in ["AnonymizeOrder", "DeanonymizeUser", "AnonymizeExpiredOrder"] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    assert!(ok("CustomerAnonymized", Kind::Event));
    // `noun WORD` in the vocabulary still makes it a noun.
    let v = Vocabulary::parse("noun anonymize").unwrap();
    assert!(check("AnonymizeOrder", Kind::Command, &v).is_err());
}

#[test]
fn a_phrasal_noun_in_the_subject_lets_a_participle_close_the_fact() {
    // `Sign In` is the sign-in, not a preposition before the participle.
    for name in ["UserSignInFailed", "CheckInCompleted", "LogInAttempted"] {
        assert_eq!(classify(name).verdict, Verdict::Event, "{name}");
        assert!(ok(name, Kind::Event) && !ok(name, Kind::Command), "{name}");
    }
    // After a preposition that is no particle of the word before it, a participle still
    // describes its object.
    assert_eq!(classify("GetOrdersByCreatedDate").verdict, Verdict::Query);
}

#[test]
fn had_with_an_object_is_the_simple_past_of_have() {
    for name in ["EventHadNoConsumers", "CustomerHadDebt", "OrderHadIssues"] {
        assert_eq!(classify(name).verdict, Verdict::Event, "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
    // Before a participle it is the auxiliary of the past perfect or of a passive.
    let a = classify("PaymentHadBeenRefunded");
    assert_eq!(a.verb.as_deref(), Some("refund"));
}

#[test]
fn a_fact_before_query_is_the_query_about_it() {
    for name in ["TotalProductsShippedQuery", "OrdersPlacedTodayQuery"] {
        assert_eq!(classify(name).verdict, Verdict::Query, "{name}");
        assert!(ok(name, Kind::Query) && !ok(name, Kind::Event), "{name}");
    }
}

#[test]
fn a_phrasal_verb_split_by_its_object_is_an_imperative() {
    // `log off`, `check in`, `turn on`: the particle after the object, as English puts it.
    for name in [
        "LogUserOff",
        "CheckInventoryItemIn",
        "CheckInventoryItemOut",
        "TurnLightsOn",
        "PickParcelUp",
    ] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Query), "{name}");
    }
    // No phrasal verb, or a verb form between: a subject and its state, or a fact.
    for name in ["LightsOn", "UserLoggedOff", "PowerTurnedOn"] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
}

#[test]
fn a_question_verb_then_a_preposition_looks_up_by_what_follows() {
    // `By` and a field that holds a participle: no subject that something happened to.
    for name in ["FindByProductCreatedByQuery", "FindByChangeLogCreatedBy"] {
        assert!(ok(name, Kind::Query), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
}

#[test]
fn a_kind_word_alone_names_the_kind() {
    // Samples and tests name placeholder messages by their kind, numbered or lettered.
    for (name, kind) in [
        ("Event", Kind::Event),
        ("Event1", Kind::Event),
        ("EventA", Kind::Event),
        ("Evt", Kind::Event),
        ("Command", Kind::Command),
        ("Command2", Kind::Command),
        ("CommandB", Kind::Command),
        ("Cmd", Kind::Command),
    ] {
        assert!(ok(name, kind), "{name}");
        for other in [Kind::Event, Kind::Command, Kind::Query] {
            assert_eq!(ok(name, other), other == kind, "{name} as {other:?}");
        }
    }
    // A numbered kind word is a suffix too: `OrderEvent2` is no imperative "Order".
    assert_eq!(classify("OrderEvent2").verdict, Verdict::Event);
    assert_eq!(classify("MyCommand1").verdict, Verdict::Command);
    // A kind word after it names another kind: `QueryEvent` is an event.
    assert_eq!(classify("QueryEvent").verdict, Verdict::Event);
    // A letter closes no other word as a placeholder, and `Message` names no kind.
    assert_eq!(classify("PlanB").verdict, Verdict::Command);
    assert!(!ok("MessageA", Kind::Event));
    let e = check("Command1", Kind::Event, &Vocabulary::default()).unwrap_err();
    assert_eq!(
        e.message,
        "`Command1` is named by its kind word (\"Command1\"), but events are facts in the past tense"
    );
    assert_eq!(
        e.help,
        "if it is a command, derive `Command`; otherwise name it by its kind, e.g. `Event1`"
    );
    // The suffix an explanation names is the kind word, not a version after it.
    assert!(
        classify("MyEventV2")
            .explanation
            .ends_with("the suffix \"Event\" names the kind (event)")
    );
}

#[test]
fn an_adjective_before_a_crud_verb_modifies_it() {
    for name in [
        "SoftDeleteEmployee",
        "HardDeleteUser",
        "SoftDeleteEmployeeRequest",
    ] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    assert!(ok("EmployeeSoftDeleted", Kind::Event));
    // The suggested fact keeps the modifier before its participle.
    for (name, fact) in [
        ("HardDeleteUser", "UserHardDeleted"),
        ("PartiallyRefundOrder", "OrderPartiallyRefunded"),
    ] {
        let e = check(name, Kind::Event, &Vocabulary::default()).unwrap_err();
        assert_eq!(e.suggestion.as_deref(), Some(fact), "{name}");
        // And back: the modifier comes before the imperative.
        let e = check(fact, Kind::Command, &Vocabulary::default()).unwrap_err();
        assert_eq!(e.suggestion.as_deref(), Some(name), "{fact}");
    }
    // Before another verb the adjective modifies a noun: `NewListenAddr` has no verb.
    assert_eq!(classify("NewListenAddr").verdict, Verdict::Unknown);
}

#[test]
fn a_word_of_many_at_once_before_a_verb_modifies_it() {
    // AWS's `BatchDeleteImage`, `BatchGetMemberAccountDetails`: batch-delete the image.
    for (name, fact) in [
        ("BatchDeleteImage", "ImageBatchDeleted"),
        (
            "BatchGetMemberAccountDetails",
            "MemberAccountDetailsBatchRetrieved",
        ),
        ("MassDeleteUsers", "UsersMassDeleted"),
    ] {
        assert!(ok(name, Kind::Command), "{name}");
        let e = check(name, Kind::Event, &Vocabulary::default()).unwrap_err();
        assert_eq!(e.suggestion.as_deref(), Some(fact), "{name}");
    }
    let e = classify("BatchDeleteImage").explanation;
    assert!(
        e.starts_with("imperative \"Batch Delete\" (verb \"delete\")"),
        "{e}"
    );
    // Before a word as much a noun, `Batch` is the verb (`BatchProcessOrders`); after it, the
    // subject (`BatchJobCompleted`).
    assert!(ok("BatchProcessOrders", Kind::Command));
    assert!(ok("BatchJobCompleted", Kind::Event));
}

#[test]
fn who_asks_then_a_question_verb_is_a_request_or_a_question() {
    for name in ["AdminGetToken", "CustomerFindOrders"] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(ok(name, Kind::Query), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    // Another verb after the person is only a request.
    assert!(!ok("UserChangePassword", Kind::Query));
}

#[test]
fn no_explanation_quotes_an_empty_subject() {
    for name in [
        "Loading",
        "FailingCommand",
        "CheckedIn",
        "ChangedToDoItemDescriptionEvent",
    ] {
        let e = classify(name).explanation;
        assert!(e.contains("its subject implied"), "{name}: {e}");
        assert!(!e.contains("\"\""), "{name}: {e}");
    }
}

#[test]
fn software_verbs_of_payments_and_social_features() {
    for name in [
        "FavoriteArticle",
        "UnfavoriteArticle",
        "PayoutAccount",
        "TopupWallet",
        "OptoutUser",
        "FailoverDatabase",
    ] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    for name in [
        "ArticleFavorited",
        "AccountPaidOut",
        "WalletToppedUp",
        "UserOptedOut",
        "PayoutCompleted",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
    assert_eq!(
        classify("ArticleFavorited").verb.as_deref(),
        Some("favorite")
    );
}

#[test]
fn an_imperative_before_what_is_to_exist_is_a_request_too() {
    for name in ["EnsureUserExists", "EnsureEntityDefinitionExists"] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(ok(name, Kind::Query), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    assert_eq!(
        classify("EnsureEntityDefinitionExistsCommand").verdict,
        Verdict::Command
    );
    // A subject before `Exists` only asks.
    assert!(!ok("UserExists", Kind::Command));
}

#[test]
fn an_imperative_over_a_set_its_past_describes() {
    for name in [
        "ArchiveCompletedOrders",
        "ShipPaidOrders",
        "RefundCancelledOrders",
        "ProcessScheduledRecalculations",
    ] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    // A subject that is no verb keeps its simple past and object.
    for name in [
        "UserSubmittedChatbotAnswers",
        "ShopperPlacedBasket",
        "RoomEncryptedAudio",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
    }
}

#[test]
fn about_to_happen_is_a_state_its_subject_implied() {
    for name in [
        "AboutToWait",
        "AboutToSendHttpRequest",
        "SubscriptionAboutToExpire",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
}

#[test]
fn the_end_of_something_is_an_occurrence_as_its_start_is() {
    // Also after a noun that is seldom a verb (`ProgressEnd`, `GameEnd`: helix's event).
    for name in [
        "SessionEnd",
        "TrialEnd",
        "PointerDragEnd",
        "ProgressEnd",
        "GameEnd",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
    // After a verb used as one it is the verb's object: `DragEnd` reads as an imperative.
    assert!(ok("DragEnd", Kind::Command));
    assert!(ok("EndSession", Kind::Command));
    assert!(!ok("EndSession", Kind::Event));
}

#[test]
fn a_timeout_closing_a_name_is_an_occurrence() {
    for name in [
        "PaymentTimeout",
        "SessionTimeout",
        "TcpSocketTlsHandshakeTimeout",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
    // After a verb it is the verb's object.
    assert!(ok("RequestTimeout", Kind::Command));
}

#[test]
fn a_verb_never_a_noun_in_use_takes_an_adjective_as_its_object() {
    // `Update`, `Add`: SemCor never tags them as nouns, so no subject of a state.
    for name in ["UpdateExpendable", "AddMeasurable"] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    for name in ["RentOverdue", "PermitPending"] {
        assert!(ok(name, Kind::Event), "{name}");
    }
}

#[test]
fn a_state_then_to_be_is_no_request() {
    for name in [
        "OrderReadyToBeShipped",
        "UserAboutToBeDeleted",
        "InvoiceScheduledToBeSent",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
    // With no state before it, `To Be` asks for something: no fact.
    assert!(!ok("OrderToBeShipped", Kind::Event));
}

#[test]
fn a_verb_that_works_out_an_answer_is_a_request_or_a_question() {
    for name in [
        "CalculateShippingCost",
        "EstimateDeliveryTime",
        "PreviewOrder",
        "ShowCart",
    ] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(ok(name, Kind::Query), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    // A verb that changes things stays a request only.
    assert!(!ok("CancelOrder", Kind::Query));
}

#[test]
fn left_after_a_verb_and_its_object_is_a_direction() {
    for name in ["MoveWordLeft", "MoveCursorLeft", "CopyWordLeft"] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    // After its subject it is `leave`'s participle, and after a person whatever comes first.
    for name in [
        "PlayerLeft",
        "TeamMemberLeft",
        "UserHasLeft",
        "ChatMemberLeft",
    ] {
        assert!(ok(name, Kind::Event), "{name}");
        assert!(!ok(name, Kind::Command), "{name}");
    }
}

#[test]
fn kind_words_of_other_languages_name_the_kind() {
    assert!(ok("OrdenAprobadoEvento", Kind::Event));
    assert!(!ok("OrdenAprobadoEvento", Kind::Command));
    assert!(ok("CreaOrdenComando", Kind::Command));
    assert!(!ok("CreaOrdenComando", Kind::Event));
    assert!(ok("BuscarPedidoConsulta", Kind::Query));
}

#[test]
fn a_question_verb_before_an_adjective_and_its_noun_is_a_request_too() {
    for name in ["GetLiveProducts", "GetOpenOrders"] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(ok(name, Kind::Query), "{name}");
    }
    // `change` is mostly a verb and no adjective: no object follows.
    assert!(!ok("CheckChangeTicks", Kind::Command));
}

#[test]
fn a_wish_before_command_names_the_command_that_makes_it_so() {
    for name in ["UserShouldBeDeletedCommand", "ApplicationIsStartingCommand"] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    assert!(ok("UserIsActiveQuery", Kind::Query));
    // Before `…Event` the wish stays a disguised command.
    assert!(!ok("OrderShouldShipEvent", Kind::Event));
    assert!(!ok("UserShouldBeDeleted", Kind::Command));
}

#[test]
fn a_question_verb_closing_a_name_names_what_a_query_returns() {
    for name in ["AccountLookup", "AccountCheck", "HistorySearch"] {
        assert!(ok(name, Kind::Query), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
    // `lookup` is `look up` written as one word: first, a question or its imperative.
    for name in ["LookupPlayer", "LookupAccount"] {
        assert!(ok(name, Kind::Query), "{name}");
        assert!(ok(name, Kind::Command), "{name}");
    }
}

#[test]
fn a_question_verb_before_a_noun_phrase_of_data_is_a_request_too() {
    for name in ["GetChatHistory", "GetMoveHistory", "GetTraceCollector"] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(ok(name, Kind::Query), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
}

#[test]
fn an_actors_wrapper_of_another_message_is_a_request_too() {
    for name in ["WrappedStarted", "AdaptedResponse"] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(ok(name, Kind::Event), "{name}");
    }
    // What it wraps decides when it is a request.
    assert!(ok("WrappedCancelProduct", Kind::Command));
    assert!(!ok("WrappedCancelProduct", Kind::Event));
    // A kind suffix still decides.
    assert!(!ok("WrappedEvent", Kind::Command));
}

#[test]
fn an_adverb_of_manner_first_modifies_the_imperative() {
    for name in ["PartiallyApproveClaim", "ManuallyOverridePrice"] {
        assert!(ok(name, Kind::Command), "{name}");
        assert!(!ok(name, Kind::Event), "{name}");
    }
}

//! Disguised names caught: shapes that read as one kind and must be rejected by the derive of
//! the other (issue 9's "rejected as the other kind" share), each next to the names of the
//! same shape that keep their reading.

use factum_naming::{Kind, Vocabulary, check, check_variant, classify};

fn accepts(name: &str, kind: Kind) -> bool {
    check(name, kind, &Vocabulary::default()).is_ok()
}

/// The derive of `kind` accepts `name` and the derive of `other` rejects it.
fn reads_only_as(name: &str, kind: Kind, other: Kind) {
    let why = classify(name).explanation;
    assert!(accepts(name, kind), "{name} as {}: {why}", kind.name());
    assert!(!accepts(name, other), "{name} as {}: {why}", other.name());
}

#[test]
fn a_notification_after_a_lone_imperative_is_its_object() {
    for name in [
        "ReadNotification",
        "RequestNotification",
        "SendNotification",
        "DismissNotification",
    ] {
        reads_only_as(name, Kind::Command, Kind::Event);
    }
    let v = Vocabulary::default();
    assert!(check_variant("Command", "RequestNotification", Kind::Event, &v).is_err());
    // A noun or a fact before it: the suffix names the kind.
    for name in ["OrderPlacedNotification", "CustomerRegisteredNotification"] {
        reads_only_as(name, Kind::Event, Kind::Command);
    }
    // `Event` after a lone verb still names a kind of event.
    assert!(accepts("ClickEvent", Kind::Event));
    assert!(accepts("CreateEvent", Kind::Event));
}

#[test]
fn a_query_after_a_lone_imperative_is_its_object() {
    // AWS's `ExecuteQuery`, `StopQuery`: run or stop a query.
    for name in ["ExecuteQuery", "StopQuery", "CancelQuery"] {
        reads_only_as(name, Kind::Command, Kind::Query);
    }
    // After a question verb it stays a question; after a noun the suffix names the kind.
    for name in ["ListQuery", "GetQuery", "LogQuery"] {
        reads_only_as(name, Kind::Query, Kind::Command);
    }
}

#[test]
fn a_request_or_reply_closing_a_name_is_no_happening() {
    // Named after the message of the request-reply pattern, not a happening of the subject.
    for name in [
        "HeartbeatRequest",
        "HeartbeatReply",
        "GreetingResponse",
        "TimeoutProjectionVersionRequest",
    ] {
        assert!(!accepts(name, Kind::Event), "{name}");
    }
    // A verb at least as often a noun first: a request message, or an imperative.
    reads_only_as("FireSchedulerRequest", Kind::Command, Kind::Event);
    let v = Vocabulary::default();
    assert!(check_variant("UserEvent", "AccessKitActionRequest", Kind::Event, &v).is_ok());
    // Its enum's kind word settles a noun phrase that is an imperative only second.
    let e = check_variant("UserEvent", "AccessKitActionRequest", Kind::Command, &v).unwrap_err();
    assert!(
        e.message.contains("its enum `UserEvent` names events"),
        "{}",
        e.message
    );
    assert!(check_variant("ShopCommand", "AccessKitActionRequest", Kind::Command, &v).is_ok());
    // A verb closing after its subject is still a happening.
    for name in ["PointerMove", "ValueChange", "ServiceStart"] {
        reads_only_as(name, Kind::Event, Kind::Command);
    }
    // What happened to a request is a fact.
    reads_only_as("PaymentRequested", Kind::Event, Kind::Command);
}

#[test]
fn a_word_hardly_ever_a_verb_opens_no_imperative() {
    // SemCor tags `room`, `team`, `vector`, `mouse` as nouns at least 10 times and as verbs at
    // most 1% as often: first in a name of several words, they are its subject or a modifier.
    for name in [
        "RoomMessageText",
        "RoomMessageImage",
        "MouseScrollRight",
        "TeamPlanReset",
        "VectorQuit",
    ] {
        assert!(!accepts(name, Kind::Command), "{name}");
    }
    for name in ["TeamPlanReset", "VectorQuit"] {
        reads_only_as(name, Kind::Event, Kind::Command);
    }
    // With no verb, a variant is what its enum's kind word says.
    let d = Vocabulary::default();
    for variant in ["MouseWheel", "MouseMotion"] {
        assert!(check_variant("DeviceEvent", variant, Kind::Event, &d).is_ok());
        assert!(check_variant("DeviceEvent", variant, Kind::Command, &d).is_err());
    }
    // Verbs SemCor uses as verbs often enough keep the imperative.
    for name in ["ProcessPayment", "BookRoom", "OrderPizza", "PowerOffDevice"] {
        reads_only_as(name, Kind::Command, Kind::Event);
    }
    assert!(accepts("PlaceBid", Kind::Command) && accepts("PlaceBid", Kind::Event));
    // The error says so and points to the vocabulary.
    let e = check("AirTrailer", Kind::Command, &Vocabulary::default()).unwrap_err();
    assert_eq!(
        e.message,
        "`AirTrailer` has no verb (\"Air\" is almost always a noun), but commands are requests in the imperative"
    );
    assert!(
        e.help
            .starts_with("if \"Air\" is the verb, add `verb air` to factum-vocabulary.txt")
    );
    assert!(accepts(
        e.suggestion.as_deref().unwrap_or(""),
        Kind::Command
    ));
    // The vocabulary makes such a word a verb again.
    let v = Vocabulary::parse("verb team").expect("vocabulary");
    assert!(check("TeamUpPlayers", Kind::Command, &v).is_ok());
    assert!(check("TeamPlayers", Kind::Command, &v).is_ok());
    assert!(check("TeamPlayers", Kind::Command, &Vocabulary::default()).is_err());
}

#[test]
fn a_verb_before_a_simple_past_is_no_subject() {
    // `Delete` heads no subject: the past describes the imperative's object.
    assert!(!accepts("SudoDeleteExpiredSubject", Kind::Event));
    assert!(!accepts("BulkDeleteExpiredSessions", Kind::Event));
    // A noun before the simple past is its subject.
    for name in [
        "ShopperPlacedBasket",
        "PilotFiledFlightPlan",
        "AgentJoinedQueue",
    ] {
        reads_only_as(name, Kind::Event, Kind::Command);
    }
}

#[test]
fn checkpoint_is_a_software_verb() {
    // WordNet knows `checkpoint` only as a noun; software checkpoints files, streams, databases.
    reads_only_as("FileCheckpointed", Kind::Event, Kind::Command);
    reads_only_as("CheckpointStream", Kind::Command, Kind::Event);
}

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
    let ok_with = |name: &str, kind: Kind| check(name, kind, &v).is_ok();
    for name in [
        "CreateEvent",
        "CancelEvent",
        "PublishEvent",
        "CreateCalendarEvent",
        "CreateEventV2",
        "RegisterAttendeeEvent",
    ] {
        let read = || classify_with(name, &v).explanation;
        assert!(ok_with(name, Kind::Command), "{name}: {}", read());
        assert!(!ok_with(name, Kind::Event), "{name}: {}", read());
        assert!(
            !ok(name, Kind::Command),
            "{name}: {}",
            classify(name).explanation
        );
    }
    let read = || classify_with("CreateEventCommand", &v).explanation;
    assert!(ok_with("CreateEventCommand", Kind::Command), "{}", read());
    for name in [
        "EventCancelled",
        "EventPublishedEvent",
        "TicketSoldEvent",
        "OrderPlacedEvent",
    ] {
        let read = || classify_with(name, &v).explanation;
        assert!(ok_with(name, Kind::Event), "{name}: {}", read());
        assert!(!ok_with(name, Kind::Command), "{name}: {}", read());
    }
    for name in ["EventById", "EventsByVenue", "GetEvent"] {
        let read = || classify_with(name, &v).explanation;
        assert!(ok_with(name, Kind::Query), "{name}: {}", read());
        assert!(!ok_with(name, Kind::Event), "{name}: {}", read());
    }
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

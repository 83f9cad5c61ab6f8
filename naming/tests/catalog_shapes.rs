//! Shapes of session 13, most from the names of vendor catalogs that both blind readers read as
//! their catalog's kind (`naming/corpus/catalog.tsv`, `readings.tsv`): a noun of two words named
//! alone (`TaxRate`), what is incoming or upcoming (`IncomingCall`, `UpcomingDeactivation`), a
//! word of many at once before a lone verb (`BulkPublish`), `Abort` first, a question verb's
//! object ending in a past equal to its base (`GetSuiteRun`), and an imperative that is no noun
//! before such a past (`DeleteInput`), and how it ended first (`SuccessfulLogin`); from the
//! eighth held-out corpus, a verb of sending before an event's name (`EmitVolumeChangedEvent`);
//! and a past alone with its particle or the state it came to (`FellBack`, `WentOffline`).
//! `Requires` and `Needs` are in `states.rs`.

use factum_naming::{Kind, Vocabulary, check, classify};

include!("data/derives.rs");

/// A noun of two words in `WordNet` whose first word is a verb used at least as often as a noun
/// (`tax rate`) is a thing: a query may be named by it, and an event is told to say what
/// happened to it, not to turn it round (`RateTaxed`). A verb used mostly as one keeps its
/// imperative (`open account`).
#[test]
fn two_word_nouns_are_things() {
    let v = Vocabulary::default();
    for (name, fact) in [
        ("TaxRate", "TaxRateChanged"),
        ("ExchangeRate", "ExchangeRateChanged"),
        ("PriceList", "PriceListChanged"),
        ("TrackRecord", "TrackRecordChanged"),
    ] {
        assert!(
            ok(name, Kind::Query),
            "{name}: {}",
            classify(name).explanation
        );
        assert!(
            ok(name, Kind::Command),
            "{name}: {}",
            classify(name).explanation
        );
        let e = check(name, Kind::Event, &v).expect_err(name);
        assert!(e.message.contains("noun phrase"), "{name}: {}", e.message);
        assert_eq!(e.suggestion.as_deref(), Some(fact), "{name}");
    }
    assert!(ok("OpenAccount", Kind::Command));
    suggests("OpenAccount", Kind::Event, "AccountOpened");
    assert!(!ok("OpenAccount", Kind::Query));
}

#[test]
fn what_is_incoming_or_upcoming_is_on_its_way() {
    facts_only(&[
        "IncomingCall",
        "IncomingConnection",
        "UpcomingDeactivation",
        "FinancialConnectionsAccountUpcomingDeactivation",
    ]);
    // A list of them is what a query returns; a plain noun upcoming is no occurrence.
    for name in ["IncomingMessages", "UpcomingInvoice"] {
        assert!(ok(name, Kind::Query) && !ok(name, Kind::Event), "{name}");
    }
    requests_only(&["CancelIncomingCredit"]);
}

#[test]
fn a_word_of_many_at_once_before_a_lone_verb_and_abort_first_are_requests() {
    requests_only(&[
        "BulkPublish",
        "BatchCreate",
        "AbortMultipartUpload",
        "AbortDocumentVersionUpload",
    ]);
    let e = classify("BulkPublish").explanation;
    assert!(e.contains("imperative \"Bulk Publish\""), "{e}");
    // Its fact is the operation stopped, not the last verb's participle.
    suggests(
        "AbortMultipartUpload",
        Kind::Event,
        "MultipartUploadAborted",
    );
}

#[test]
fn a_past_equal_to_its_base_closing_an_object() {
    // After a question verb: a question.
    for name in ["GetSuiteRun", "GetSoftwareSet", "GetMetadataGenerationRun"] {
        assert!(ok(name, Kind::Query) && !ok(name, Kind::Event), "{name}");
    }
    // After an imperative that is no noun, so no subject: a request only; after one that is a
    // noun too, both (`PlaceBid`).
    requests_only(&["DeleteInput"]);
    assert!(ok("PlaceBid", Kind::Event) && ok("PlaceBid", Kind::Command));
}

#[test]
fn how_it_ended_first_is_a_fact_as_failed_first_is() {
    facts_only(&[
        "SuccessfulLogin",
        "UnsuccessfulLogin",
        "SuccessfulMountVolume",
        "FailedLogin",
    ]);
    // A list of them is what a query returns.
    assert!(ok("SuccessfulPayments", Kind::Query) && !ok("SuccessfulPayments", Kind::Event));
    // Asked for, it is the operation.
    suggests("SuccessfulMountVolume", Kind::Command, "MountVolume");
}

#[test]
fn a_verb_of_sending_before_an_events_name_is_the_request_to_send_it() {
    requests_only(&[
        "PublishOrderPlacedEvent",
        "EmitVolumeChangedEvent",
        "RaiseOrderShippedDomainEvent",
        "DispatchUserCreatedEvent",
    ]);
    // Not the suggestion of a reading that had the subject "Publish Order".
    suggests(
        "PublishOrderPlacedEvent",
        Kind::Event,
        "OrderPlacedPublishedEvent",
    );
    // An imperative with its object before `Event` still names the event of doing it.
    facts_only(&["SwitchUserEvent"]);
}

#[test]
fn a_past_alone_with_its_particle_or_state_says_what_its_subject_did() {
    // The irregular past of a phrasal verb, not the imperative of the verb it spells (`fell`).
    facts_only(&[
        "FellBack",
        "FellThrough",
        "WentOffline",
        "BecameActive",
        "GotStuck",
    ]);
    requests_only(&["FellTree"]);
    let e = classify("WentOffline").explanation;
    assert!(e.contains("its subject implied"), "{e}");
    // In a command enum such a fact stays an error.
    let v = Vocabulary::default();
    assert!(
        factum_naming::check_variant("DeviceCommand", "WentOffline", Kind::Command, &v).is_err()
    );
}

//! A crate's own vocabulary (`factum-vocabulary.txt` beside its Cargo.toml) teaches the
//! derives its domain verbs. Without the file these names would not compile: the
//! `factum names` tests show they read as `unknown` with the built-in lexicon alone.

use factum::{Command, Event, Message, Query};

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct DeviceGeofenced {
    pub device_id: String,
}

#[derive(Command, schemars::JsonSchema)]
pub struct GeofenceDevice {
    pub device_id: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct BidderOutbid {
    pub bidder_id: String,
}

#[derive(Query, schemars::JsonSchema)]
pub struct TallyVotes {
    pub poll_id: String,
}

#[test]
fn domain_verbs_from_the_vocabulary_file_are_accepted() {
    assert_eq!(DeviceGeofenced::NAME, "DeviceGeofenced");
    assert_eq!(GeofenceDevice::NAME, "GeofenceDevice");
    assert_eq!(BidderOutbid::NAME, "BidderOutbid");
    assert_eq!(TallyVotes::NAME, "TallyVotes");
}

#[test]
fn without_the_vocabulary_these_names_are_rejected() {
    let empty = factum_naming::Vocabulary::default();
    // Closing the name after its subject, an unknown `-ed` word is guessed to be a regular
    // participle (`DeviceGeofenced` passes alone); before a complement it needs the verb.
    assert!(factum_naming::check("DeviceGeofenced", factum_naming::Kind::Event, &empty).is_ok());
    for (name, kind) in [
        ("DeviceGeofencedByOwner", factum_naming::Kind::Event),
        ("GeofenceDevice", factum_naming::Kind::Command),
        ("TallyVotes", factum_naming::Kind::Query),
    ] {
        assert!(factum_naming::check(name, kind, &empty).is_err(), "{name}");
    }
    let ours = factum_naming::Vocabulary::parse(include_str!("../factum-vocabulary.txt")).unwrap();
    assert!(
        factum_naming::check("DeviceGeofencedByOwner", factum_naming::Kind::Event, &ours).is_ok()
    );
}

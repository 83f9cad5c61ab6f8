//! Shapes of session 20, found in 1,010 names of 24 business areas written blind by four
//! helpers (sets CJ to CM of `data/blind_names.txt`) and in what earlier sets still rejected.

use factum_naming::Kind;

include!("data/derives.rs");

/// In an enum of events, a variant opening with a verb whose participle is its base (`put`,
/// `set`, `cut`) reads after the enum's subject as the fact it is: `JobPutOnHold`. In an enum
/// of commands, or alone, it stays the request it reads as first.
#[test]
fn a_participle_like_its_base_after_the_enums_subject_is_a_fact() {
    for (enum_name, variant) in [
        ("JobEvent", "PutOnHold"),
        ("LotEvent", "SplitIntoPartLots"),
        ("OrderEvent", "SetAside"),
        ("ShipmentEvent", "PutBack"),
    ] {
        assert!(
            variant_ok(enum_name, variant, Kind::Event),
            "{enum_name}::{variant}"
        );
    }
    for (enum_name, variant, kind) in [
        ("JobCommand", "PutOnHold", Kind::Event),
        ("CaseCommand", "PutOnHold", Kind::Event),
        ("DeviceCommand", "ResetToFactory", Kind::Event),
        ("OrderEvent", "Cancel", Kind::Event),
        ("BallotEvent", "Cast", Kind::Query),
    ] {
        assert!(
            !variant_ok(enum_name, variant, kind),
            "{enum_name}::{variant}"
        );
    }
    assert!(variant_ok("JobCommand", "PutOnHold", Kind::Command));
    fails(Kind::Event, &["PutOnHold", "SetAside"]);
}

/// `aside` and `apart` are particles of the phrasal verbs `WordNet` lists (`set aside`, `take apart`), as
/// `away` is: a participle before one closes a fact, an imperative before one opens a request.
#[test]
fn aside_and_apart_are_particles() {
    facts_only(&["FundsSetAside", "StockPutAside", "PalletTakenApart"]);
    requests_only(&["SetFundsAside", "TakePalletApart", "SetAsideFunds"]);
}

/// A verb of everyday software and business use that the prose of `SemCor` hardly ever tags as one
/// (`sort`, `route`, `fund`, `boot`) opens a request; the words that name things in UI and
/// infrastructure events (`mouse`, `room`, `resource`) still open none.
#[test]
fn verbs_in_software_use_open_requests() {
    passes(
        Kind::Command,
        &[
            "SortOrders",
            "SortTrackByAlbum",
            "RouteToBin",
            "FundLoan",
            "BootVehicle",
            "GroupResources",
            "SourcePeriodHardware",
        ],
    );
    fails(
        Kind::Query,
        &["SortGarment", "FundEscrow", "RouteToShredding"],
    );
    fails(
        Kind::Command,
        &[
            "MouseMotion",
            "RoomMessageText",
            "ResourceWriteFailure",
            "AirTrailer",
        ],
    );
}

/// Things, a participle, then `For` whom or what they are: a list, as things `To` or `At`
/// someone are (session 19); one thing stays the fact.
#[test]
fn things_for_someone_are_a_list() {
    passes(
        Kind::Query,
        &[
            "JobsScheduledForCrew",
            "TechniciansCertifiedForAtaChapter",
            "TagsIssuedForHarvestDate",
        ],
    );
    fails(Kind::Query, &["JobScheduledForCrew", "PermitIssuedForSite"]);
    passes(
        Kind::Event,
        &["JobsScheduledForCrew", "CreditsCancelledForReversal"],
    );
}

/// `Next` and `Previous` rank what follows them, as `Last` and `Latest` do: one thing in a
/// state, data.
#[test]
fn next_and_previous_rank() {
    passes(
        Kind::Query,
        &[
            "NextScheduledLaunch",
            "NextPlannedOutage",
            "PreviousCompletedAudit",
        ],
    );
    passes(
        Kind::Event,
        &["NextPaymentScheduled", "PreviousVersionRestored"],
    );
}

/// A risk, a variance or a specification is what is known of the thing named before it: data,
/// after a verb that is a noun too, as a status or a balance is.
#[test]
fn risks_variances_and_specs_are_data() {
    passes(
        Kind::Query,
        &[
            "TillVarianceForShift",
            "WetWeatherRiskForShed",
            "WindLoadingSpecForMarquee",
        ],
    );
    fails(Kind::Query, &["ApproveVarianceForShift"]);
}

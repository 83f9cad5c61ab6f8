//! A three-step chain: data of every version decodes into the newest type.

use factum::{DataError, Event, Message, Versioned};
use serde::{Deserialize, Serialize};

#[derive(Debug, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(name = "OrderPlaced", version = 1)]
pub struct OrderPlacedV1 {
    pub order_id: String,
    pub total: f64,
}

#[derive(Debug, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(name = "OrderPlaced", version = 2, upcast_from = OrderPlacedV1)]
pub struct OrderPlacedV2 {
    pub order_id: String,
    pub total_minor: i64,
}

#[derive(Debug, PartialEq, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(version = 3, upcast_from = OrderPlacedV2)]
pub struct OrderPlaced {
    pub order_id: String,
    pub total_minor: i64,
    pub currency: String,
}

impl From<OrderPlacedV1> for OrderPlacedV2 {
    #[allow(clippy::cast_possible_truncation)]
    fn from(v1: OrderPlacedV1) -> Self {
        OrderPlacedV2 {
            order_id: v1.order_id,
            total_minor: (v1.total * 100.0).round() as i64,
        }
    }
}

impl From<OrderPlacedV2> for OrderPlaced {
    fn from(v2: OrderPlacedV2) -> Self {
        OrderPlaced {
            order_id: v2.order_id,
            total_minor: v2.total_minor,
            currency: "EUR".into(),
        }
    }
}

fn expected() -> OrderPlaced {
    OrderPlaced {
        order_id: "o-1".into(),
        total_minor: 1999,
        currency: "EUR".into(),
    }
}

#[test]
fn every_version_decodes_into_the_newest() {
    assert_eq!(OrderPlaced::OLDEST_VERSION, 1);
    assert_eq!(OrderPlacedV2::OLDEST_VERSION, 1);
    assert_eq!(OrderPlacedV1::OLDEST_VERSION, 1);
    let v1 = r#"{"order_id":"o-1","total":19.99}"#;
    let v2 = r#"{"order_id":"o-1","total_minor":1999}"#;
    let v3 = r#"{"order_id":"o-1","total_minor":1999,"currency":"EUR"}"#;
    assert_eq!(OrderPlaced::decode_version(1, v1).unwrap(), expected());
    assert_eq!(OrderPlaced::decode_version(2, v2).unwrap(), expected());
    assert_eq!(OrderPlaced::decode_version(3, v3).unwrap(), expected());
}

#[test]
fn versions_outside_the_chain_are_refused() {
    let err = OrderPlaced::decode_version(0, "{}").unwrap_err();
    assert_eq!(
        err,
        DataError::UnsupportedVersion {
            name: "OrderPlaced",
            found: 0,
            oldest: 1,
            newest: 3
        }
    );
    assert!(!err.is_newer_version());
    assert_eq!(
        OrderPlacedV2::decode_version(0, "{}")
            .unwrap_err()
            .to_string(),
        "unsupported version 0 of `OrderPlaced`: this consumer reads versions 1 to 2"
    );
    // Newer than the consumer knows: a distinct outcome, for an upgraded consumer.
    for version in [4, u32::MAX] {
        let err = OrderPlaced::decode_version(version, "{}").unwrap_err();
        assert_eq!(
            err,
            DataError::NewerVersion {
                name: "OrderPlaced",
                found: version,
                newest: 3
            }
        );
        assert!(err.is_newer_version());
    }
    let err = OrderPlacedV1::decode_version(2, "{}").unwrap_err();
    assert_eq!(
        err.to_string(),
        "version 2 of `OrderPlaced` is newer than this consumer reads (up to version 1): leave it for an upgraded consumer"
    );
}

#[test]
fn bad_data_names_its_version_and_path() {
    let err = OrderPlaced::decode_version(1, r#"{"order_id":"o-1","total":"19.99"}"#).unwrap_err();
    let DataError::Invalid {
        name,
        version,
        path,
        message,
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(
        (*name, *version, path.as_str()),
        ("OrderPlaced", 1, ".total")
    );
    assert!(
        message.starts_with("invalid type: string \"19.99\", expected f64"),
        "{message}"
    );
    assert_eq!(
        err.to_string(),
        "invalid data for `OrderPlaced` version 1 at .total: invalid type: string \"19.99\", expected f64"
    );

    let err = OrderPlaced::decode_version(3, r#"{"order_id":"o-1","total_minor":1}"#).unwrap_err();
    assert!(
        err.to_string()
            .contains("version 3 at .: missing field `currency`"),
        "{err}"
    );

    let err = OrderPlaced::decode_version(
        3,
        r#"{"order_id":"o-1","total_minor":1,"currency":"EUR"} x"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("trailing characters"), "{err}");
    assert_eq!(OrderPlaced::VERSION, 3);
}

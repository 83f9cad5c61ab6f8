//! A consumer's inbox: its events decode (through upcasting), others are "not mine",
//! broken ones are errors, in structured and binary mode.

use factum::envelope::{
    Binding, DecodeError, DecodeOptions, Producer, TypeStyle, receive, receive_binary, to_binary,
};
use factum::{DataError, Event, Inbox};
use serde::{Deserialize, Serialize};

#[derive(Debug, PartialEq, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(name = "OrderPlaced", version = 1)]
pub struct OrderPlacedV1 {
    pub order_id: String,
}

#[derive(Debug, PartialEq, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(version = 2, upcast_from = OrderPlacedV1)]
pub struct OrderPlaced {
    pub order_id: String,
    pub currency: String,
}

impl From<OrderPlacedV1> for OrderPlaced {
    fn from(v1: OrderPlacedV1) -> Self {
        OrderPlaced {
            order_id: v1.order_id,
            currency: "EUR".into(),
        }
    }
}

#[derive(Debug, PartialEq, Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PaymentFailed {
    pub order_id: String,
    pub reason: String,
}

#[derive(Debug, PartialEq, Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct InvoiceSent {
    pub invoice_id: String,
}

#[derive(Debug, PartialEq, Inbox)]
pub enum Billing {
    Placed(OrderPlaced),
    Failed(PaymentFailed),
}

fn producer() -> Producer {
    Producer::new("/checkout")
        .unwrap()
        .with_schema_base("https://contracts.example.com")
        .unwrap()
}

#[test]
fn names_and_versions_follow_the_variants() {
    assert_eq!(Billing::NAMES, ["OrderPlaced", "PaymentFailed"]);
    assert_eq!(Billing::VERSIONS, [2, 1]);
    let failed = Billing::Failed(PaymentFailed {
        order_id: "o".into(),
        reason: "card".into(),
    });
    assert_eq!(failed.event_name(), "PaymentFailed");
}

#[test]
fn mine_not_mine_and_broken_are_told_apart() {
    let options = DecodeOptions::default();
    let placed = producer().envelope(OrderPlaced {
        order_id: "o-1".into(),
        currency: "USD".into(),
    });
    let got = receive::<Billing>(&placed.to_json().unwrap(), &options)
        .unwrap()
        .unwrap();
    assert_eq!(
        got.data(),
        &Billing::Placed(OrderPlaced {
            order_id: "o-1".into(),
            currency: "USD".into()
        })
    );
    assert_eq!(got.id(), placed.id());
    assert_eq!(got.dataschema(), placed.dataschema());

    let invoice = producer().envelope(InvoiceSent {
        invoice_id: "i-1".into(),
    });
    assert!(
        receive::<Billing>(&invoice.to_json().unwrap(), &options)
            .unwrap()
            .is_none()
    );

    let broken = br#"{"specversion":"1.0","id":"1","source":"/s","type":"PaymentFailed","dataversion":1,"data":{"order_id":"o"}}"#;
    let err = receive::<Billing>(broken, &options).unwrap_err();
    assert!(
        matches!(&err, DecodeError::Data(DataError::Invalid { path, .. }) if path == "."),
        "{err}"
    );
    assert!(err.to_string().contains("missing field `reason`"), "{err}");

    let future = br#"{"specversion":"1.0","id":"1","source":"/s","type":"OrderPlaced","dataversion":3,"data":{}}"#;
    let err = receive::<Billing>(future, &options).unwrap_err();
    assert!(
        matches!(
            err,
            DecodeError::Data(DataError::NewerVersion {
                found: 3,
                newest: 2,
                ..
            })
        ),
        "{err}"
    );
    assert!(receive::<Billing>(b"not json", &options).is_err());
}

#[test]
fn older_versions_are_upcast_and_lose_their_old_schema() {
    let options = DecodeOptions::default();
    let v1 = producer().envelope(OrderPlacedV1 {
        order_id: "o-7".into(),
    });
    assert!(
        v1.dataschema()
            .unwrap()
            .ends_with("/OrderPlaced/v1.schema.json")
    );
    let got = receive::<Billing>(&v1.to_json().unwrap(), &options)
        .unwrap()
        .unwrap();
    assert_eq!(
        got.data(),
        &Billing::Placed(OrderPlaced {
            order_id: "o-7".into(),
            currency: "EUR".into()
        })
    );
    assert_eq!(got.decoded_version(), 1);
    assert_eq!(
        got.dataschema(),
        None,
        "the v1 schema does not describe the upcast data"
    );
}

#[test]
fn binary_mode_and_type_styles() {
    let style = TypeStyle::Prefixed("com.example.checkout".into());
    let options = DecodeOptions::default().with_type_style(style.clone());
    let producer = producer().with_type_style(style);
    let failed = producer.envelope(PaymentFailed {
        order_id: "o-2".into(),
        reason: "declined".into(),
    });
    assert_eq!(failed.ty(), "com.example.checkout.PaymentFailed");
    for binding in [Binding::Kafka, Binding::Http, Binding::Nats] {
        let (headers, body) = to_binary(&failed, binding).unwrap();
        let got = receive_binary::<Billing, _, _>(&headers, &body, binding, &options)
            .unwrap()
            .unwrap();
        assert!(
            matches!(got.data(), Billing::Failed(e) if e.reason == "declined"),
            "{binding:?}"
        );
        // Without the prefix style, the type is not one of mine.
        let plain = DecodeOptions::default();
        assert!(
            receive_binary::<Billing, _, _>(&headers, &body, binding, &plain)
                .unwrap()
                .is_none()
        );
    }
}

//! Every derive works in a crate that reaches factum only through a re-export.

use factum::domain::{IntegrationEvent, IntegrationSink};
use factum::envelope::{DecodeOptions, Envelope, Producer, receive};
use factum::registry::Registry;
use factum::{Message, MessageKind};
use factum_reexport_test::reexports::factum;
use factum_reexport_test::{
    BillingInbox, GetOrderById, OrderDomainEvent, OrderPlaced, OrderPlacedV1, PlaceOrder,
};

#[test]
fn messages_register_and_travel_through_the_reexport() {
    let registry = Registry::load().unwrap();
    let found = |name, version| {
        registry
            .get(name, version)
            .map(factum::registry::MessageInfo::kind)
    };
    assert_eq!(found("OrderPlaced", 1), Some(MessageKind::Event));
    assert_eq!(found("OrderPlaced", 2), Some(MessageKind::Event));
    assert_eq!(found("PlaceOrder", 1), Some(MessageKind::Command));
    assert_eq!(found("GetOrderById", 1), Some(MessageKind::Query));
    assert_eq!(PlaceOrder::KEY, Some("customer_id"));
    assert_eq!(GetOrderById::NAME, "GetOrderById");

    let producer = Producer::new("/checkout").unwrap();
    let old = producer.envelope(OrderPlacedV1 {
        order_id: "o-1".into(),
    });
    let json = old.to_json().unwrap();
    let upcast = Envelope::<OrderPlaced>::from_json(&json, &DecodeOptions::default()).unwrap();
    assert_eq!(upcast.decoded_version(), 1);
    assert_eq!(upcast.data().currency, "EUR");

    let placed = producer.envelope(upcast.into_data());
    let received = receive::<BillingInbox>(&placed.to_json().unwrap(), &DecodeOptions::default());
    assert!(matches!(
        received,
        Ok(Some(envelope)) if *envelope.data() == BillingInbox::Placed(placed.data().clone())
    ));
}

#[test]
fn domain_events_publish_through_the_reexport() {
    #[derive(Default)]
    struct Names(Vec<&'static str>);
    impl IntegrationSink for Names {
        fn accept<E: IntegrationEvent>(&mut self, _event: E) {
            self.0.push(E::NAME);
        }
    }
    let mut names = Names::default();
    factum::domain::DomainEvent::publish_into(
        &OrderDomainEvent::OrderSubmitted {
            order_id: "o-1".into(),
        },
        &mut names,
    );
    factum::domain::DomainEvent::publish_into(&OrderDomainEvent::DraftSaved, &mut names);
    assert_eq!(names.0, ["OrderPlaced"]);
}

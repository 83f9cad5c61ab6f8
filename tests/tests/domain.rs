//! `#[derive(DomainEvent)]`: what each variant publishes, exactly.

use std::sync::atomic::{AtomicU64, Ordering};

use factum::domain::{DomainEvent, IntegrationEvent, IntegrationSink, Publishes};
use factum::envelope::{Cause, Envelope, Producer, TraceParent};
use factum::{Event, Message};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq)]
pub struct Money {
    minor: i64,
    currency: &'static str,
}

#[derive(Debug, Clone, PartialEq, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(version = 2, key = order_id)]
pub struct OrderPlaced {
    pub order_id: String,
    pub total_minor: i64,
    pub currency: String,
    pub skus: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(key = order_id)]
pub struct OrderCancelled {
    pub order_id: String,
    pub reason: String,
    pub refunded_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct StockReleased(pub String, pub u32);

#[derive(Debug, Clone, PartialEq, Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ShopClosed;

#[derive(Debug, Clone, PartialEq, DomainEvent)]
pub enum OrderDomainEvent {
    #[internal]
    ItemAdded { order_id: u64, sku: String },
    #[internal]
    DiscountApplied { order_id: u64, discount: Money },
    #[publish(OrderPlaced {
        order_id: order_id.to_string(),
        total_minor: total.minor,
        currency: total.currency.to_owned(),
        skus: skus.clone(),
    })]
    OrderSubmitted {
        order_id: u64,
        total: Money,
        skus: Vec<String>,
    },
    #[publish(OrderCancelled { order_id: _0.to_string(), reason: _1.clone(), ..Default })]
    #[publish(StockReleased(format!("sku-{_0}"), 1))]
    #[publish(StockReleased(format!("sku-{_0}"), 2))]
    OrderWithdrawn(u64, String),
    #[publish(ShopClosed)]
    ShopShutDown,
    #[internal]
    CartEmptied,
}

fn submitted() -> OrderDomainEvent {
    OrderDomainEvent::OrderSubmitted {
        order_id: 42,
        total: Money {
            minor: 1999,
            currency: "EUR",
        },
        skus: vec!["a".into(), "b".into()],
    }
}

/// Records `(wire name, JSON)` of every integration event, across types.
#[derive(Default)]
struct Recorder(Vec<(&'static str, String)>);

impl IntegrationSink for Recorder {
    fn accept<E: IntegrationEvent>(&mut self, event: E) {
        self.0
            .push((E::NAME, serde_json::to_string(&event).unwrap()));
    }
}

fn recorded(event: &OrderDomainEvent) -> Vec<(&'static str, String)> {
    let mut recorder = Recorder::default();
    event.publish_into(&mut recorder);
    recorder.0
}

#[test]
fn internal_variants_publish_nothing() {
    let internal = [
        OrderDomainEvent::ItemAdded {
            order_id: 1,
            sku: "a".into(),
        },
        OrderDomainEvent::DiscountApplied {
            order_id: 1,
            discount: Money {
                minor: 5,
                currency: "EUR",
            },
        },
        OrderDomainEvent::CartEmptied,
    ];
    for event in &internal {
        assert!(event.is_internal(), "{event:?}");
        assert_eq!(recorded(event), [], "{event:?}");
        assert_eq!(Publishes::<OrderPlaced>::integration_events(event), []);
        assert_eq!(Publishes::<OrderCancelled>::integration_events(event), []);
        assert_eq!(Publishes::<StockReleased>::integration_events(event), []);
        assert_eq!(Publishes::<ShopClosed>::integration_events(event), []);
    }
}

#[test]
fn a_published_variant_produces_exactly_the_mapped_value() {
    let event = submitted();
    assert!(!event.is_internal());
    let placed: Vec<OrderPlaced> = event.integration_events();
    assert_eq!(
        placed,
        [OrderPlaced {
            order_id: "42".into(),
            total_minor: 1999,
            currency: "EUR".into(),
            skus: vec!["a".into(), "b".into()],
        }]
    );
    // It publishes no other type.
    assert_eq!(Publishes::<OrderCancelled>::integration_events(&event), []);
    assert_eq!(Publishes::<StockReleased>::integration_events(&event), []);
    assert_eq!(
        recorded(&event),
        [(
            "OrderPlaced",
            r#"{"order_id":"42","total_minor":1999,"currency":"EUR","skus":["a","b"]}"#.to_owned()
        )]
    );
}

#[test]
fn a_tuple_variant_publishes_several_targets_in_order() {
    let event = OrderDomainEvent::OrderWithdrawn(7, "changed my mind".into());
    assert_eq!(
        recorded(&event),
        [
            (
                "OrderCancelled",
                r#"{"order_id":"7","reason":"changed my mind","refunded_minor":0}"#.to_owned()
            ),
            ("StockReleased", r#"["sku-7",1]"#.to_owned()),
            ("StockReleased", r#"["sku-7",2]"#.to_owned()),
        ]
    );
    let cancelled: Vec<OrderCancelled> = event.integration_events();
    assert_eq!(
        cancelled,
        [OrderCancelled {
            order_id: "7".into(),
            reason: "changed my mind".into(),
            // Not listed: taken from `Default` because the mapping says `..Default`.
            refunded_minor: 0,
        }]
    );
    let released: Vec<StockReleased> = event.integration_events();
    assert_eq!(
        released,
        [
            StockReleased("sku-7".into(), 1),
            StockReleased("sku-7".into(), 2)
        ]
    );
    assert_eq!(Publishes::<OrderPlaced>::integration_events(&event), []);
}

#[test]
fn a_unit_variant_publishes_a_unit_target() {
    let event = OrderDomainEvent::ShopShutDown;
    let closed: Vec<ShopClosed> = event.integration_events();
    assert_eq!(closed, [ShopClosed]);
    assert_eq!(recorded(&event), [("ShopClosed", "null".to_owned())]);
}

#[test]
fn variant_names_and_list() {
    assert_eq!(
        OrderDomainEvent::VARIANTS,
        [
            "ItemAdded",
            "DiscountApplied",
            "OrderSubmitted",
            "OrderWithdrawn",
            "ShopShutDown",
            "CartEmptied"
        ]
    );
    assert_eq!(submitted().variant_name(), "OrderSubmitted");
    assert_eq!(OrderDomainEvent::CartEmptied.variant_name(), "CartEmptied");
}

/// A generic enum: the mapping uses the enum's own bounds.
#[derive(DomainEvent)]
pub enum AccountDomainEvent<Id: ToString> {
    #[publish(AccountOpened { account_id: id.to_string() })]
    AccountCreated { id: Id },
    #[internal]
    NicknameChanged { id: Id, nickname: String },
}

#[derive(Debug, PartialEq, Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct AccountOpened {
    pub account_id: String,
}

/// A generic target, named with its arguments.
#[derive(Debug, PartialEq, Event, Serialize, Deserialize)]
pub struct EntityChanged<T> {
    pub entity: T,
}

/// Two targets of one generic type: distinct for every `T` (`T` is never `Vec<T>`).
#[derive(DomainEvent)]
pub enum CatalogDomainEvent<T: Clone + Serialize> {
    #[publish(EntityChanged<T> { entity: entity.clone() })]
    EntityEdited { entity: T },
    #[publish(EntityChanged::<Vec<T>> { entity: entities.clone() })]
    EntitiesImported { entities: Vec<T> },
}

#[test]
fn generic_enums_and_targets() {
    let created = AccountDomainEvent::AccountCreated { id: 9_u64 };
    let opened: Vec<AccountOpened> = created.integration_events();
    assert_eq!(
        opened,
        [AccountOpened {
            account_id: "9".into()
        }]
    );
    let renamed = AccountDomainEvent::NicknameChanged {
        id: 9_u64,
        nickname: "n".into(),
    };
    assert!(renamed.is_internal());

    let edited = CatalogDomainEvent::EntityEdited { entity: "x" };
    let changed: Vec<EntityChanged<&str>> = edited.integration_events();
    assert_eq!(changed, [EntityChanged { entity: "x" }]);
    let imported = CatalogDomainEvent::EntitiesImported {
        entities: vec!["y", "z"],
    };
    let changed: Vec<EntityChanged<Vec<&str>>> = imported.integration_events();
    assert_eq!(
        changed,
        [EntityChanged {
            entity: vec!["y", "z"]
        }]
    );
    assert_eq!(
        Publishes::<EntityChanged<&str>>::integration_events(&imported),
        []
    );
}

#[derive(Debug, Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct OrderCheckoutRequested {
    pub order_id: u64,
}

fn producer() -> Producer {
    let next = AtomicU64::new(1);
    Producer::new("/orders")
        .unwrap()
        .with_clock(|| time::OffsetDateTime::UNIX_EPOCH)
        .with_ids(move || format!("evt-{}", next.fetch_add(1, Ordering::Relaxed)))
}

#[test]
fn envelopes_are_caused_by_the_event_that_triggered_them() {
    let producer = producer();
    let trace =
        TraceParent::parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").unwrap();
    let command: Envelope<OrderCheckoutRequested> = producer
        .envelope(OrderCheckoutRequested { order_id: 42 })
        .with_correlation_id("req-1")
        .unwrap()
        .with_trace(trace.clone(), Some("vendor=1".into()));
    assert_eq!(command.id(), "evt-1");

    let placed: Vec<Envelope<OrderPlaced>> = submitted().envelopes(&producer, &command);
    assert_eq!(placed.len(), 1);
    let placed = &placed[0];
    assert_eq!(placed.id(), "evt-2");
    assert_eq!(placed.ty(), "OrderPlaced");
    assert_eq!(placed.causation_id(), Some("evt-1"));
    assert_eq!(placed.correlation_id(), Some("req-1"));
    assert_eq!(placed.traceparent(), Some(&trace));
    assert_eq!(placed.tracestate(), Some("vendor=1"));
    assert_eq!(placed.partition_key(), Some("42"));
    assert_eq!(placed.data().total_minor, 1999);

    let none: Vec<Envelope<OrderPlaced>> =
        OrderDomainEvent::CartEmptied.envelopes(&producer, &command);
    assert!(none.is_empty());
}

#[test]
fn envelopes_of_several_types_as_json() {
    let producer = producer();
    let cause = Cause::new("cmd-7").with_correlation_id("req-7");
    let json = OrderDomainEvent::OrderWithdrawn(7, "late".into())
        .envelopes_json(&producer, cause)
        .unwrap();
    let values: Vec<serde_json::Value> = json
        .iter()
        .map(|j| serde_json::from_str(j).unwrap())
        .collect();
    let types: Vec<&str> = values.iter().map(|v| v["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["OrderCancelled", "StockReleased", "StockReleased"]);
    let ids: Vec<&str> = values.iter().map(|v| v["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["evt-1", "evt-2", "evt-3"]);
    for value in &values {
        assert_eq!(value["causationid"], "cmd-7");
        assert_eq!(value["correlationid"], "req-7");
        assert_eq!(value["source"], "/orders");
    }
    assert_eq!(values[0]["data"]["reason"], "late");
    assert_eq!(values[2]["data"], serde_json::json!(["sku-7", 2]));
    assert_eq!(values[0]["partitionkey"], "7");

    assert!(
        OrderDomainEvent::CartEmptied
            .envelopes_json(&producer, cause)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn event_metadata_is_untouched() {
    // The targets stay ordinary events.
    assert_eq!(<OrderPlaced as Message>::VERSION, 2);
    assert_eq!(
        <OrderCheckoutRequested as Message>::NAME,
        "OrderCheckoutRequested"
    );
}

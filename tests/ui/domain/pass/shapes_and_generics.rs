//! Tuple and unit variants and targets, `..Default`, several targets, generics, paths,
//! `allow_name`, and a derive inside a function.

use factum::{DomainEvent, Event};
use factum::domain::Publishes;
use serde::{Deserialize, Serialize};

mod contracts {
    #[derive(Debug, Default, PartialEq, factum::Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct ParcelShipped {
        pub parcel: String,
        pub carrier: String,
        pub weight_grams: u32,
    }
}

#[derive(Debug, PartialEq, Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ParcelLost(pub String);

#[derive(Debug, PartialEq, Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct WarehouseClosed;

#[derive(Debug, PartialEq, Event, Serialize, Deserialize)]
pub struct ValueChanged<T> {
    pub value: T,
}

#[derive(DomainEvent)]
pub enum ShippingDomainEvent<T: Clone + Serialize> {
    #[publish(contracts::ParcelShipped { parcel: _0.clone(), ..Default })]
    #[publish(ValueChanged<T> { value: _1.clone() })]
    ParcelDispatched(String, T),
    #[publish(ParcelLost(parcel.clone()))]
    ParcelMissed { parcel: String },
    #[publish(WarehouseClosed)]
    WarehouseShutDown,
    #[internal]
    #[domain_event(allow_name = "name used by the warehouse's own logs")]
    Heartbeat,
}

fn main() {
    let dispatched = ShippingDomainEvent::ParcelDispatched("p-1".into(), 5_u8);
    let shipped: Vec<contracts::ParcelShipped> = dispatched.integration_events();
    assert_eq!(shipped[0].weight_grams, 0);
    let changed: Vec<ValueChanged<u8>> = dispatched.integration_events();
    assert_eq!(changed, [ValueChanged { value: 5 }]);
    let lost: Vec<ParcelLost> = ShippingDomainEvent::<u8>::ParcelMissed { parcel: "p-2".into() }.integration_events();
    assert_eq!(lost, [ParcelLost("p-2".into())]);
    let closed: Vec<WarehouseClosed> = ShippingDomainEvent::<u8>::WarehouseShutDown.integration_events();
    assert_eq!(closed, [WarehouseClosed]);
    assert!(ShippingDomainEvent::<u8>::Heartbeat.is_internal());

    #[derive(DomainEvent)]
    enum LocalDomainEvent {
        #[publish(WarehouseClosed)]
        LightsTurnedOff,
    }
    assert_eq!(Publishes::<WarehouseClosed>::integration_events(&LocalDomainEvent::LightsTurnedOff).len(), 1);
}

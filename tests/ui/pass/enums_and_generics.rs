use std::borrow::Cow;

use factum::{Event, Message, PartitionKey};

#[derive(serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct OrderId(String);

impl PartitionKey for OrderId {
    fn partition_key(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.0)
    }
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(key = order_id)]
pub enum OrderEvent {
    OrderPlaced { order_id: OrderId, total: f64 },
    OrderCancelled { order_id: OrderId },
    #[event(allow_name = "name fixed by the warehouse system's wire format")]
    ShipmentStatus { order_id: OrderId, status: String },
}

#[derive(Event, serde::Serialize, serde::Deserialize)]
pub struct EntityChanged<T> {
    pub entity: T,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(allow_name = "legacy name consumed by the billing team")]
pub struct LegacyInvoice {
    pub id: u64,
}

fn main() {
    let e = OrderEvent::OrderCancelled { order_id: OrderId("o-9".into()) };
    assert_eq!(e.partition_key().as_deref(), Some("o-9"));
    assert_eq!(e.variant_name(), Some("OrderCancelled"));
    assert_eq!(OrderEvent::VARIANTS, ["OrderPlaced", "OrderCancelled", "ShipmentStatus"]);
    assert_eq!(<EntityChanged<u8> as Message>::NAME, "EntityChanged");
    let _ = LegacyInvoice { id: 1 };
}

use factum::{DomainEvent, Event};
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
    pub total_minor: i64,
}

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct OrderShipped {
    pub order_id: String,
}

#[derive(DomainEvent)]
pub enum OrderDomainEvent {
    #[publish(OrderPlaced { order_id: order_id.to_string(), total_minor: 0 })]
    OrderSubmitted { order_id: u64 },
}

fn main() {
    use factum::domain::Publishes;
    let event = OrderDomainEvent::OrderSubmitted { order_id: 1 };
    let _shipped: Vec<OrderShipped> = event.integration_events();
    let _shipped = Publishes::<OrderShipped>::integration_events(&event);
}

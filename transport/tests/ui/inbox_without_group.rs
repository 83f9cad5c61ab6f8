#[derive(Debug, factum::Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
}

// No #[inbox(group = "...")]: `bus.inbox` has no group to subscribe under.
#[derive(Debug, factum::Inbox)]
pub enum BillingInbox {
    Placed(OrderPlaced),
}

fn consume(bus: &factum_transport::Bus) {
    let _ = bus.inbox::<BillingInbox>();
}

fn main() {
    let _ = consume;
}

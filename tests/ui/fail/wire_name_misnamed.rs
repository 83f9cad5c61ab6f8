use factum::Event;

// The wire name is checked too: it is what other services see.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(name = "checkout.SendReceipt")]
pub struct ReceiptSent {
    pub order_id: String,
}

fn main() {}

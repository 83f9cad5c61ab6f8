use factum::Event;

// A suffix does not rescue an imperative: `SendReceipt` + `Event`. (It does settle a name
// whose first verb is as much a noun: `RoomNameEvent`, `ShipOrderEvent` are accepted.)
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct SendReceiptEvent {
    pub order_id: String,
}

fn main() {}

use factum::Event;

// A kind suffix is evidence: after a fact, `Command` names the command that acts on it
// (`ReceiptSentCommand`), so the `Event` derive rejects it. (After an imperative, `Event`
// names the event of doing it: `SendReceiptEvent` is an event.)
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct ReceiptSentCommand {
    pub order_id: String,
}

fn main() {}

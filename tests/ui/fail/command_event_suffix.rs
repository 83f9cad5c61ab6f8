use factum::Command;

// After an imperative and its object, `Event` names the event of doing it (`SendReceiptEvent`,
// as Symfony's `SwitchUserEvent`): the `Command` derive rejects it. Where events are things of
// the domain (a ticketing service cancels them), the help says how to declare the word a noun.
#[derive(Command, schemars::JsonSchema)]
pub struct SendReceiptEvent {
    pub order_id: String,
}

#[derive(Command, schemars::JsonSchema)]
pub struct CancelEvent {
    pub event_id: String,
}

fn main() {}

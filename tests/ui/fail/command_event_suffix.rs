use factum::Command;

// After an imperative and its object, `Event` names the event of doing it (`SendReceiptEvent`,
// as Symfony's `SwitchUserEvent`): the `Command` derive rejects it.
#[derive(Command, schemars::JsonSchema)]
pub struct SendReceiptEvent {
    pub order_id: String,
}

fn main() {}

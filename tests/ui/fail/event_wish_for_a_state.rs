use factum::{Command, Event};

// A wish for a state names no fact and no request in the imperative. The errors offer the state
// reached (`UserActive`, a fact) and the request that marks it (`MarkOrderValid`), not a verb
// the name does not hold (`UserCreated`).
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct UserShouldBeActive {
    pub id: u32,
}

#[derive(Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct OrderMustBeValid {
    pub id: u32,
}

fn main() {}

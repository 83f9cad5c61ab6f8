use factum::{Event, Query};

// A state said with `Is` only describes it: no fact yet, and no question. The errors offer the
// state reached (`TrialOver`, a fact) and the question (`IsUserActive`).
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct TrialIsOver {
    pub id: u32,
}

#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct UserIsActive {
    pub id: u32,
}

fn main() {}

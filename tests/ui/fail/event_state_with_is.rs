use factum::{Command, Query};

// A state said with `Is` is a state reached, a fact (`TrialIsOver` passes the `Event` derive):
// asked about, the question leaves `Is` out of its place (`IsUserActive`); asked for, the verb of
// the participle is done (`FreezeAccount`).
#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct UserIsActive {
    pub id: u32,
}

#[derive(Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct AccountIsFrozen {
    pub id: u32,
}

fn main() {}

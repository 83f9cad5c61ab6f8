use factum::Command;

// No verb, but the noun of a verb's act after what it happened to: an event, not a request.
#[derive(Command, schemars::JsonSchema)]
pub struct AccountWithdrawal {
    pub amount: u64,
}

fn main() {}

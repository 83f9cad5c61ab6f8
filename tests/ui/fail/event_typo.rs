// A misspelt participle gets "did you mean", not a word shuffle.
use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct PaymentRecieved {
    pub payment_id: String,
}

fn main() {}

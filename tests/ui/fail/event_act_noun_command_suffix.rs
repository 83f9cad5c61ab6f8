use factum::Event;

// A noun of an act with a command suffix: the suggestion is the noun's verb as a participle.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct PaymentFailureCommand {
    pub payment_id: String,
}

fn main() {}

use factum::Event;

// A noun of two words whose first word is a verb too is a thing: say what happened to it, never
// turn it round (`RateTaxed`).
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct TaxRate {
    pub region: String,
}

fn main() {}

use factum::{Command, Event};

// Shapes the naming rules accept (issue 9, session 12): a verb that names its work and the
// passing state it is in, `Will Be` and a state, and a command whose object is an adjective that
// code uses as a noun (an aggregate, an alert).

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct UpdateAvailable {
    pub version: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct DownloadComplete {
    pub file: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct InvoiceWillBeDue {
    pub invoice_id: String,
}

#[derive(Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct LoadAggregate {
    pub aggregate_id: String,
}

#[derive(Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct SilenceAlert {
    pub alert_id: String,
}

fn main() {
    let _ = UpdateAvailable { version: String::new() };
    let _ = DownloadComplete { file: String::new() };
    let _ = InvoiceWillBeDue { invoice_id: String::new() };
    let _ = LoadAggregate { aggregate_id: String::new() };
    let _ = SilenceAlert { alert_id: String::new() };
}

use factum::{Command, Event};

// Shapes the naming rules accept (issue 9, session 12): a verb that names its work and the
// passing state it is in, `Will Be` and a state, an excess, an inability, a failed attempt, a
// subject of several words in a place or near a limit, a wire name whose last part needs the
// part before it, and a command whose object is an adjective that code uses as a noun (an
// aggregate, an alert).

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

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct TooManyRequests {
    pub client: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct CourierCouldNotDeliverParcel {
    pub parcel_id: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct WorkflowJobInProgress {
    pub job_id: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct KeyNearExpiry {
    pub key_id: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(name = "invoice.overdue")]
pub struct InvoiceOverdue {
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
    let _ = (TooManyRequests { client: String::new() }, KeyNearExpiry { key_id: String::new() });
    let _ = CourierCouldNotDeliverParcel { parcel_id: String::new() };
    let _ = WorkflowJobInProgress { job_id: String::new() };
    let _ = InvoiceOverdue { invoice_id: String::new() };
    let _ = LoadAggregate { aggregate_id: String::new() };
    let _ = SilenceAlert { alert_id: String::new() };
}

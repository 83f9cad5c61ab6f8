use factum::{Command, Event, Query};

// Shapes the naming rules accept (issue 9, session 14): a query named by the data it returns
// after a word that is a verb too, the filter of an enum of queries, HR's leave first, and an
// untagged verb that leans to the verb by its senses, and a state said with `Is`.

#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct ClaimStatus {
    pub claim_id: String,
}

#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct WatchHistory {
    pub user_id: String,
}

#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct MeterReadings {
    pub meter_id: String,
}

#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub enum TicketQuery {
    AssignedTo { user_id: String },
    CreatedAfter { at: String },
    Backlog,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct LeaveRequestApproved {
    pub request_id: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct TrialIsOver {
    pub trial_id: String,
}

#[derive(Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct RevokePermit {
    pub permit_id: String,
}

fn main() {
    let _ = ClaimStatus { claim_id: String::new() };
    let _ = WatchHistory { user_id: String::new() };
    let _ = MeterReadings { meter_id: String::new() };
    let _ = TicketQuery::Backlog;
    let _ = LeaveRequestApproved { request_id: String::new() };
    let _ = TrialIsOver { trial_id: String::new() };
    let _ = RevokePermit { permit_id: String::new() };
}

use factum::Query;

// Queries named by the data they return, whose words read as a request or a fact too (issue 9,
// session 16): nouns heading data after a verb that is a noun too, a measure grouped or over a
// period, data in a state, data ranked, and the variants of enums of queries and of documents.

#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct RuleHitCounts {
    pub rule_id: String,
}

#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct WinRateByPublisher {
    pub publisher_id: String,
}

#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct HoursWorkedByProject {
    pub project_id: String,
}

#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct FailedSessionsLastWeek {
    pub station_id: String,
}

#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct MetersDueForReplacement {
    pub district: String,
}

#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct TopSellingItems {
    pub limit: u32,
}

#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub enum AlarmQuery {
    Unacknowledged,
    Open,
    BidDensity { lot_id: String },
}

#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub enum FareReport {
    DailySettlement { date: String },
    OccupancyByDayOfWeek,
}

fn main() {
    let _ = RuleHitCounts { rule_id: String::new() };
    let _ = WinRateByPublisher { publisher_id: String::new() };
    let _ = HoursWorkedByProject { project_id: String::new() };
    let _ = FailedSessionsLastWeek { station_id: String::new() };
    let _ = MetersDueForReplacement { district: String::new() };
    let _ = TopSellingItems { limit: 10 };
    let _ = AlarmQuery::Unacknowledged;
    let _ = FareReport::OccupancyByDayOfWeek;
}

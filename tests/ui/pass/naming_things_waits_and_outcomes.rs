use factum::{Command, Event, Query};

// Shapes the naming rules accept (issue 9, session 13): a query named by a noun of two words or
// by a noun that heads data, a subject and what it waits on, what is incoming or upcoming, how
// it ended, a word of many at once before a lone verb, and a question verb's object closed by a
// past equal to its base.

#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct ExchangeRate {
    pub from: String,
    pub to: String,
}

#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct StockLevel {
    pub sku: String,
}

#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct GetSuiteRun {
    pub run_id: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct PaymentIntentRequiresAction {
    pub payment_intent_id: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(name = "payment_intent.requires_action")]
pub struct StripePaymentIntentRequiresAction {
    pub payment_intent_id: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct IncomingCall {
    pub call_id: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct SuccessfulLogin {
    pub user_id: String,
}

#[derive(Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct BulkPublish {
    pub post_ids: Vec<String>,
}

#[derive(Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct AbortMultipartUpload {
    pub upload_id: String,
}

fn main() {
    let _ = ExchangeRate { from: String::new(), to: String::new() };
    let _ = StockLevel { sku: String::new() };
    let _ = GetSuiteRun { run_id: String::new() };
    let _ = PaymentIntentRequiresAction { payment_intent_id: String::new() };
    let _ = StripePaymentIntentRequiresAction { payment_intent_id: String::new() };
    let _ = IncomingCall { call_id: String::new() };
    let _ = SuccessfulLogin { user_id: String::new() };
    let _ = BulkPublish { post_ids: Vec::new() };
    let _ = AbortMultipartUpload { upload_id: String::new() };
}

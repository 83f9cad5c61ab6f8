// Names real code bases use, accepted as they are meant (issue 9).
use factum::{Command, Event, Message, Query};

// Variants read with their enum's subject: `Order` + `Placed`.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub enum OrderEvent {
    Placed { order_id: String },
    Shipped { order_id: String },
    Cancelled { order_id: String },
    Refunded { order_id: String },
}

#[derive(Command, schemars::JsonSchema)]
pub enum SubscriptionCommand {
    Renew { id: String },
    Suspend { id: String },
}

// Simple past with its object, irregular past, auxiliaries, a state reached.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct ShopperPlacedBasket {
    pub basket_id: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct TemperatureRoseAboveLimit {
    pub celsius: i32,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct TenantWasEvicted {
    pub tenant_id: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct FuelLow {
    pub litres: u32,
}

// A reverse-DNS wire name is read on its last segment.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(name = "com.shop.order.placed")]
pub struct OrderPlaced {
    pub order_id: String,
}

// Commands whose object ends in a word that is its own past form.
#[derive(Command, schemars::JsonSchema)]
pub struct EstimateFreightCost {
    pub parcel_id: String,
}

#[derive(Command, schemars::JsonSchema)]
pub struct MarkTaskDone {
    pub task_id: String,
}

// A variant with no verb is what its enum's kind word says (`WindowEvent`: events).
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub enum WindowEvent {
    PointerButton { pressed: bool },
    TouchpadPressure { stage: i64 },
    Resized { width: u32 },
}

// No verb, but a noun that names an occurrence (WordNet's noun.event).
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct Heartbeat {
    pub sequence: u64,
}

// No verb, but the noun of a verb's act after what it happened to: an occurrence. So is a noun
// of an act, `Of` and an `-ing` form.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct AccountWithdrawal {
    pub amount: u64,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct AttemptOfLoggingInToInactiveAccount {
    pub account_id: String,
}

// A verb as much a noun before such a noun, in an enum of events: the occurrence.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub enum GatewayEvent {
    MapFailure { reason: String },
}

// A question verb is an imperative too: the `Command` suffix makes it a command.
#[derive(Command, schemars::JsonSchema)]
pub struct GetWorkflowCommand {
    pub workflow_id: String,
}

// A type named by one verb alone is its imperative.
#[derive(Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct Resize {
    pub width: u32,
}

// An `-ing` form and its object: an action in progress.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct RetrievingKey {
    pub key: String,
}

// The kind word heading the name before a preposition names the kind.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct EventWithArray {
    pub values: Vec<u32>,
}

// A question derived as a `Command` is no error: the imperative of a question verb is a request.
#[derive(Command, schemars::JsonSchema)]
pub struct CheckForUpdates {
    pub channel: String,
}

// A query named by what it returns, with no verb.
#[derive(Query, schemars::JsonSchema)]
pub struct AvailableHours {
    pub day: String,
}

// A request-reply message with no verb asks another service to act.
#[derive(Command, schemars::JsonSchema)]
pub struct HeartbeatRequest {
    pub sequence: u64,
}

// A verb no table has, closing the name after its subject: its regular participle.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct UserDeplatformed {
    pub user_id: String,
}

// A flag of the subject (`IsComplete`) and what happened to it.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct TodoIsCompleteUpdated {
    pub is_complete: bool,
}

// Nouns, then `Create` or `Delete`: the operation named object first, as CRUD code names its
// commands.
#[derive(Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct PostCreate {
    pub title: String,
}

// A phrasal verb split by its object.
#[derive(Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct LogUserOff {
    pub user_id: String,
}

// A passive that keeps an object; a kind word closing the name after another names the kind.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct UserWasGrantedAccess {
    pub user_id: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct ItemCommandEvent {
    pub item: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct Event1 {
    pub id: u32,
}

fn main() {
    let _ = (PostCreate { title: String::new() }, LogUserOff { user_id: String::new() });
    let _ = UserWasGrantedAccess { user_id: String::new() };
    let _ = ItemCommandEvent { item: String::new() };
    let _ = (CheckForUpdates { channel: String::new() }, AvailableHours { day: String::new() });
    let _ = (HeartbeatRequest { sequence: 1 }, UserDeplatformed { user_id: String::new() });
    let _ = TodoIsCompleteUpdated { is_complete: true };
    let _ = (Resize { width: 1 }, RetrievingKey { key: String::new() });
    let _ = EventWithArray { values: Vec::new() };
    assert_eq!(<OrderPlaced as Message>::NAME, "com.shop.order.placed");
    let _ = OrderEvent::Placed { order_id: String::new() };
    let _ = SubscriptionCommand::Renew { id: String::new() };
    let _ = (ShopperPlacedBasket { basket_id: String::new() }, TemperatureRoseAboveLimit { celsius: 1 });
    let _ = (TenantWasEvicted { tenant_id: String::new() }, FuelLow { litres: 1 });
    let _ = (EstimateFreightCost { parcel_id: String::new() }, MarkTaskDone { task_id: String::new() });
    let _ = WindowEvent::PointerButton { pressed: true };
    let _ = (Heartbeat { sequence: 1 }, GetWorkflowCommand { workflow_id: String::new() });
    let _ = (AccountWithdrawal { amount: 1 }, GatewayEvent::MapFailure { reason: String::new() });
    let _ = AttemptOfLoggingInToInactiveAccount { account_id: String::new() };
    let _ = Event1 { id: 1 };
}

use factum::{Command, Message, Query};

#[derive(Command, schemars::JsonSchema)]
#[command(key = customer_id)]
pub struct PlaceOrder {
    pub customer_id: u64,
}

#[derive(Command, schemars::JsonSchema)]
pub struct MarkSeatAsTaken {
    pub seat: String,
}

#[derive(Command, schemars::JsonSchema)]
pub struct LogIn {
    pub user: String,
}

#[derive(Query, schemars::JsonSchema)]
pub struct GetOrderById {
    pub order_id: String,
}

#[derive(Query, schemars::JsonSchema)]
pub struct ListUserOrders {
    pub user_id: String,
}

fn send(command: &impl Command) -> &'static str {
    let _ = command;
    <PlaceOrder as Message>::NAME
}

fn main() {
    assert_eq!(send(&PlaceOrder { customer_id: 1 }), "PlaceOrder");
    let _ = (MarkSeatAsTaken { seat: String::new() }, LogIn { user: String::new() });
    let _ = (GetOrderById { order_id: String::new() }, ListUserOrders { user_id: String::new() });
}

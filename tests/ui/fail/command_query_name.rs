use factum::Command;

#[derive(Command, schemars::JsonSchema)]
pub struct ListUserOrders {
    pub user_id: String,
}

fn main() {}

use factum::Query;

#[derive(Query, schemars::JsonSchema)]
pub struct PlaceOrder {
    pub order_id: String,
}

fn main() {}

use factum::Query;

#[derive(Query, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {}

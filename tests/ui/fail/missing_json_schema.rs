use factum::Event;

#[derive(Event)]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {}

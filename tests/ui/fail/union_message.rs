use factum::Event;

#[derive(Event)]
pub union OrderPlaced {
    id: u64,
    amount: f64,
}

fn main() {}

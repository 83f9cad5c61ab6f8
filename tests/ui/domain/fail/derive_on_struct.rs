use factum::DomainEvent;

#[derive(DomainEvent)]
pub struct DiscountApplied {
    pub order_id: u64,
}

fn main() {}

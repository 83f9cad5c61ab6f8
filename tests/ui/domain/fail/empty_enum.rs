use factum::DomainEvent;

#[derive(DomainEvent)]
pub enum OrderDomainEvent {}

fn main() {}

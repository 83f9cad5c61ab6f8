use factum::{DomainEvent, Event};
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct StockReleased(pub String, pub u32);

#[derive(DomainEvent)]
pub enum StockDomainEvent {
    #[publish(StockReleased(_0.clone()))]
    ReservationExpired(String, u32),
}

fn main() {}

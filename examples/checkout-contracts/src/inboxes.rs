//! Who consumes what: the inbox of each service of the checkout flow, with its consumer
//! group. They live beside the messages so that the contract files (`manifest.json`,
//! `asyncapi.json`) list each service's receives as well as the sends.

use factum::Inbox;

use crate::{EmailDelivered, InventoryReserved, OrderPlaced, PaymentProcessed};

/// The inbox of the payment service.
#[derive(Debug, Inbox)]
#[inbox(group = "payment")]
pub enum PaymentInbox {
    /// Charge it.
    Placed(OrderPlaced),
}

/// The inbox of the inventory service.
#[derive(Debug, Inbox)]
#[inbox(group = "inventory")]
pub enum InventoryInbox {
    /// Reserve its stock.
    Paid(PaymentProcessed),
}

/// The inbox of the notification service.
#[derive(Debug, Inbox)]
#[inbox(group = "notification")]
pub enum NotificationInbox {
    /// Send the receipt.
    Reserved(InventoryReserved),
}

/// The inbox of the analytics service: everything.
#[derive(Debug, Inbox)]
#[inbox(group = "analytics")]
pub enum AnalyticsInbox {
    /// An order.
    Placed(OrderPlaced),
    /// A payment.
    Paid(PaymentProcessed),
    /// A reservation.
    Reserved(InventoryReserved),
    /// An email.
    Emailed(EmailDelivered),
}

/// The inbox of the email service.
#[derive(Debug, Inbox)]
#[inbox(group = "email")]
pub enum EmailInbox {
    /// Confirm it.
    Placed(OrderPlaced),
}

/// The inbox of the fraud service.
#[derive(Debug, Inbox)]
#[inbox(group = "fraud")]
pub enum FraudInbox {
    /// Check it.
    Placed(OrderPlaced),
}

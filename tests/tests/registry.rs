//! The registry sees the messages of another crate, with their identity and schema.

use checkout_contracts as _;
use factum::MessageKind;
use factum::registry::Registry;

#[test]
fn registry_lists_the_messages_of_a_dependency() {
    let registry = Registry::load().expect("no conflicts");
    let names: Vec<(&str, u32, MessageKind)> = registry
        .messages()
        .iter()
        .map(|m| (m.name(), m.version(), m.kind()))
        .collect();
    assert_eq!(
        names,
        [
            ("EmailDelivered", 1, MessageKind::Event),
            ("GetOrderById", 1, MessageKind::Query),
            ("InventoryReserved", 1, MessageKind::Event),
            ("OrderPlaced", 1, MessageKind::Event),
            ("OrderPlaced", 2, MessageKind::Event),
            ("PaymentProcessed", 1, MessageKind::Event),
            ("PlaceOrder", 1, MessageKind::Command),
            ("ReserveInventory", 1, MessageKind::Command),
        ]
    );
    let v1 = registry.get("OrderPlaced", 1).unwrap();
    assert_eq!(v1.rust_type(), "checkout_contracts::OrderPlacedV1");
    assert_eq!(v1.key(), Some("order_id"));
    let schema = registry.get("OrderPlaced", 2).unwrap().schema();
    let required = schema.get("required").and_then(|r| r.as_array()).unwrap();
    assert!(required.iter().any(|f| f == "currency"), "{schema:?}");
    assert_eq!(
        schema.get("$schema").and_then(|s| s.as_str()),
        Some("https://json-schema.org/draft/2020-12/schema")
    );
    assert_eq!(registry.versions("OrderPlaced").count(), 2);
    // v2 reads v1 through `upcast_from`; the registry says so, for contract checks.
    assert!(registry.get("OrderPlaced", 2).unwrap().upcasts());
    assert!(!registry.get("OrderPlaced", 1).unwrap().upcasts());
    assert!(!registry.get("PlaceOrder", 1).unwrap().upcasts());
}

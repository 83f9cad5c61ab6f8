//! Prints the catalogue of messages that this service's build script read from the
//! registry, then one message built from it with its identity and partition key.

use checkout_contracts::{OrderLine, OrderPlaced};
use factum::Message;

const CATALOGUE: &str = include_str!(concat!(env!("OUT_DIR"), "/catalogue.tsv"));

fn main() {
    println!(
        "{:<8} {:<18} {:<4} {:<12} {:>7}  rust type",
        "kind", "name", "ver", "key", "schema"
    );
    for line in CATALOGUE.lines() {
        let cols: Vec<&str> = line.splitn(6, '\t').collect();
        if let [kind, name, version, key, rust_type, schema] = cols[..] {
            println!(
                "{kind:<8} {name:<18} {version:<4} {key:<12} {:>6}B  {rust_type}",
                schema.len()
            );
        }
    }

    let event = OrderPlaced {
        order_id: "o-1001".into(),
        customer_id: "c-42".into(),
        lines: vec![OrderLine {
            sku: "SKU-1".into(),
            quantity: 2,
            unit_price_minor: 1250,
        }],
        total_minor: 2500,
        currency: "EUR".into(),
    };
    println!(
        "\npublishing {} v{} with partition key {:?}",
        OrderPlaced::NAME,
        OrderPlaced::VERSION,
        event.partition_key().unwrap_or_default()
    );
}

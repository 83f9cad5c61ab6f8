//! Contract schemas of types that use serde's attributes: serde's renames, skips,
//! defaults, flattening, tagging and options show in the schema as serde serializes them,
//! and the serde-aware rule sees each struct as its writer writes it (closed) and as its
//! reader reads it (open unless `deny_unknown_fields`).

use factum::MessageKind;
use factum_codegen::compat::{Schema, as_written};
use factum_codegen::contracts::{Contracts, MessageContract};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
struct Money {
    amount_minor: i64,
    currency_code: String,
}

#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct Address {
    street: String,
    #[serde(default)]
    city: String,
}

#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Payment {
    Card { last4: String },
    Invoice { due_days: u32 },
}

#[derive(Serialize, Deserialize, JsonSchema)]
struct Audit {
    by: String,
}

#[derive(Serialize, Deserialize, JsonSchema)]
struct OrderPlaced {
    #[serde(rename = "orderId")]
    order_id: String,
    total: Money,
    shipping: Option<Address>,
    payment: Payment,
    #[serde(skip)]
    #[allow(dead_code)]
    internal_note: String,
    #[serde(flatten)]
    audit: Audit,
}

fn contract_schema() -> Value {
    let schema = schemars::schema_for!(OrderPlaced).to_value();
    let contracts = Contracts::new(vec![MessageContract {
        name: "OrderPlaced".into(),
        kind: MessageKind::Event,
        version: 1,
        key: None,
        rust_type: "tests::OrderPlaced".into(),
        variants: Vec::new(),
        upcasts: false,
        schema,
    }]);
    contracts.messages()[0].schema.clone()
}

/// Every object schema in `value`, with its JSON pointer.
fn objects<'a>(
    value: &'a Value,
    pointer: &str,
    out: &mut Vec<(String, &'a serde_json::Map<String, Value>)>,
) {
    match value {
        Value::Object(map) => {
            if map.contains_key("properties") || map.get("type").is_some_and(|t| t == "object") {
                out.push((pointer.to_owned(), map));
            }
            for (k, v) in map {
                objects(v, &format!("{pointer}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                objects(v, &format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn as_a_writer_every_struct_is_closed_as_a_reader_only_deny_unknown_fields() {
    let schema = contract_schema();
    // As a reader: open (serde ignores unknown fields) unless `deny_unknown_fields`.
    assert_eq!(schema["$defs"]["Address"]["additionalProperties"], false);
    assert!(
        schema["$defs"]["Money"]
            .get("additionalProperties")
            .is_none()
    );
    assert!(schema.get("additionalProperties").is_none());
    // As a writer: every struct writes exactly its fields (the flattened `Audit` too).
    let written = as_written(&Schema::new(schema).unwrap()).as_value().clone();
    let mut found = Vec::new();
    objects(&written, "#", &mut found);
    assert!(found.len() >= 5, "{found:?}");
    for (pointer, object) in &found {
        assert_eq!(
            object.get("additionalProperties"),
            Some(&Value::Bool(false)),
            "{pointer} is not closed as written: {object:?}"
        );
    }
}

#[test]
fn serde_attributes_show_as_serde_serializes() {
    let schema = contract_schema();
    let properties = schema["properties"].as_object().unwrap();
    assert!(properties.contains_key("orderId"), "rename");
    assert!(!properties.contains_key("order_id"));
    assert!(!properties.contains_key("internal_note"), "skip");
    assert!(properties.contains_key("by"), "flatten");
    let money = schema["$defs"]["Money"]["properties"].as_object().unwrap();
    assert!(
        money.contains_key("amountMinor") && money.contains_key("currencyCode"),
        "rename_all"
    );
    let required: Vec<&str> = schema["$defs"]["Address"]["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(
        required,
        ["street"],
        "a #[serde(default)] field is not required"
    );
    let top_required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(
        !top_required.contains(&"shipping"),
        "an Option is not required"
    );
    let payment = serde_json::to_string(&schema["$defs"]["Payment"]).unwrap();
    assert!(
        payment.contains(r#""const":"card""#) && payment.contains(r#""const":"invoice""#),
        "tag = \"kind\": {payment}"
    );
}

//! The contract files of the example contracts crate against the reference tools, through
//! `tests/interop/js/contracts.mjs`: every schema against the JSON Schema 2020-12
//! meta-schema with `ajv`, envelopes that factum's `Producer` writes for every example
//! event against `envelope.schema.json` and their data against the message's schema
//! (`ajv`), and `asyncapi.json` with `@asyncapi/parser` (no errors).
//!
//! The npm tools are installed (pinned, with the lock file) by `cargo xtask test`, which
//! then runs this test with `--ignored`.

use std::path::{Path, PathBuf};
use std::process::Command;

use checkout_contracts::{
    EmailDelivered, InventoryReserved, OrderLine, OrderPlaced, OrderPlacedV1, PaymentProcessed,
};
use factum::Event;
use factum::envelope::{Cause, Producer};
use factum_codegen::contracts::{ConsumerContract, Contracts, MessageContract};
use serde_json::{Value, json};

fn producer() -> Producer {
    Producer::new("/checkout")
        .unwrap()
        .with_schema_base("https://contracts.example.com/checkout")
        .unwrap()
}

fn case<E: Event + serde::Serialize>(name: &str, event: E) -> Vec<Value> {
    let plain = producer().envelope(event);
    let plain_json: Value = serde_json::from_str(&plain.to_json_string().unwrap()).unwrap();
    let caused = producer()
        .caused_by(
            Cause::new("0190b3a2-0000-7000-8000-000000000001").with_correlation_id("corr-7"),
            plain.into_data(),
        )
        .with_subject("orders/o-1")
        .unwrap()
        .with_sequence("42")
        .unwrap();
    let caused_json: Value = serde_json::from_str(&caused.to_json_string().unwrap()).unwrap();
    vec![
        json!({"name": name, "version": E::VERSION, "envelope": plain_json}),
        json!({"name": format!("{name} (caused by)"), "version": E::VERSION, "envelope": caused_json}),
    ]
}

fn envelopes() -> Vec<Value> {
    let lines = vec![OrderLine {
        sku: "SKU-1".into(),
        quantity: 2,
        unit_price_minor: 1250,
    }];
    [
        case(
            "OrderPlaced v2",
            OrderPlaced {
                order_id: "o-1".into(),
                customer_id: "c-1".into(),
                lines,
                total_minor: 2500,
                currency: "EUR".into(),
            },
        ),
        case(
            "OrderPlaced v1",
            OrderPlacedV1 {
                order_id: "o-1".into(),
                customer_id: "c-1".into(),
                total_minor: 2500,
            },
        ),
        case(
            "PaymentProcessed",
            PaymentProcessed {
                order_id: "o-1".into(),
                payment_ref: "pay-9".into(),
                amount_minor: 2500,
            },
        ),
        case(
            "InventoryReserved",
            InventoryReserved {
                order_id: "o-1".into(),
                warehouse: "north".into(),
            },
        ),
        case(
            "EmailDelivered",
            EmailDelivered {
                order_id: "o-1".into(),
                template: "order-confirmation".into(),
            },
        ),
    ]
    .concat()
}

fn js_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/interop/js")
}

fn validate(dir: &Path, envelopes: Option<&Path>) {
    let js = js_dir();
    assert!(
        js.join("node_modules/ajv").exists() && js.join("node_modules/@asyncapi/parser").exists(),
        "the npm tools are missing: run `npm ci` in tests/interop/js (cargo xtask test does)"
    );
    let mut cmd = Command::new("node");
    cmd.arg(js.join("contracts.mjs")).arg(dir);
    if let Some(envelopes) = envelopes {
        cmd.arg(envelopes);
    }
    let out = cmd.output().expect("node runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    println!("{text}");
    assert!(out.status.success(), "validation failed:\n{text}");
    assert!(text.contains(" 0 failed"), "{text}");
}

#[test]
#[ignore = "needs the npm tools: run through cargo xtask test"]
fn generated_contracts_and_envelopes_validate_with_ajv_and_asyncapi_parser() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("contracts-validate");
    let _ = std::fs::remove_dir_all(&tmp);
    let contracts = Contracts::load().unwrap().with_info("checkout", "1.0.0");
    assert!(
        contracts.messages().len() >= 8,
        "checkout-contracts is linked"
    );
    contracts.write(tmp.join("contracts")).unwrap();
    let cases = envelopes();
    assert_eq!(cases.len(), 10);
    let cases_file = tmp.join("envelopes.json");
    std::fs::write(&cases_file, serde_json::to_string_pretty(&cases).unwrap()).unwrap();
    validate(&tmp.join("contracts"), Some(&cases_file));
}

/// The consumers of the example (`checkout_contracts::inboxes`) are in the registry, and
/// the manifest and `AsyncAPI` list them as receivers; the parser check above resolves
/// each `receive` operation against its channel.
#[test]
fn consumers_are_receivers_in_the_manifest_and_asyncapi() {
    let contracts = Contracts::load().unwrap();
    let groups: Vec<_> = contracts
        .consumers()
        .iter()
        .map(|c| c.group.as_deref().unwrap())
        .collect();
    assert_eq!(
        groups,
        [
            "analytics",
            "email",
            "fraud",
            "inventory",
            "notification",
            "payment"
        ]
    );
    let manifest = contracts.manifest();
    let payment = &manifest["consumers"][5];
    assert_eq!(payment["inbox"], "PaymentInbox");
    assert_eq!(
        payment["receives"],
        json!([{"name": "OrderPlaced", "version": 2}])
    );

    let files = contracts.render().unwrap();
    let (_, asyncapi) = files
        .iter()
        .find(|(p, _)| p.ends_with("asyncapi.json"))
        .unwrap();
    let asyncapi: Value = serde_json::from_str(asyncapi).unwrap();
    let receive = &asyncapi["operations"]["receive_payment_OrderPlaced"];
    assert_eq!(receive["action"], "receive");
    assert_eq!(receive["channel"]["$ref"], "#/channels/OrderPlaced");
    assert_eq!(
        receive["messages"],
        json!([
            {"$ref": "#/channels/OrderPlaced/messages/OrderPlaced_v1"},
            {"$ref": "#/channels/OrderPlaced/messages/OrderPlaced_v2"}
        ])
    );
    let receives = asyncapi["operations"]
        .as_object()
        .unwrap()
        .values()
        .filter(|op| op["action"] == "receive")
        .count();
    assert_eq!(receives, 9, "one per consumer and channel it reads");
}

/// A consumer of an event that is not among the contracts is refused, by name.
#[test]
fn a_consumer_of_an_unknown_event_is_refused() {
    let contracts = Contracts::load()
        .unwrap()
        .with_consumers(vec![ConsumerContract {
            inbox: "LostInbox".into(),
            group: Some("lost".into()),
            receives: vec![("OrderShipped".into(), 1)],
        }]);
    let err = contracts.render().unwrap_err().to_string();
    assert!(
        err.contains("OrderShipped") && err.contains("inbox `LostInbox` receives it"),
        "{err}"
    );
}

#[test]
#[ignore = "needs the npm tools: run through cargo xtask test"]
fn committed_example_contracts_validate() {
    validate(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/checkout-contracts/contracts"),
        None,
    );
}

/// Without node: the committed folder is what the code produces today.
#[test]
fn committed_example_contracts_are_current() {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/checkout-contracts/contracts");
    let contracts = Contracts::load().unwrap().with_info("checkout", "1.0.0");
    for (path, content) in contracts.render().unwrap() {
        let committed = std::fs::read_to_string(dir.join(&path))
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(
            committed,
            content,
            "{} is stale: run `FACTUM_CONTRACTS=overwrite cargo build -p checkout-service`",
            path.display()
        );
    }
}

/// Without node: upcasters come from the registry (`upcast_from`), so a version that is
/// not compatible with the one before it, but upcasts from it, is accepted; the same
/// set without that declaration is refused: consumers could not read version 1.
#[test]
fn upcasters_are_read_from_the_registry() {
    let from_registry = Contracts::load().unwrap();
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("contracts-upcasters");
    let _ = std::fs::remove_dir_all(&tmp);
    from_registry.write(tmp.join("with")).unwrap();

    let undeclared = Contracts::new(
        from_registry
            .messages()
            .iter()
            .cloned()
            .map(|m| MessageContract {
                upcasts: false,
                ..m
            })
            .collect(),
    );
    let err = undeclared.write(tmp.join("without")).unwrap_err();
    assert!(
        err.to_string()
            .contains("`OrderPlaced` v2: consumers must read every version from v1 on, but v2 has no `upcast_from`"),
        "{err}"
    );
}

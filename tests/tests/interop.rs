#![allow(clippy::doc_markdown)] // "CloudEvents", "JavaScript" are names in prose
//! factum's envelopes against the official CloudEvents SDKs of JavaScript (npm
//! `cloudevents`) and Python (PyPI `cloudevents`), in structured mode and in the HTTP and
//! Kafka binary bindings: what factum writes, each SDK reads and validates attribute for
//! attribute; what each SDK writes for the same events, factum reads back.
//!
//! A finding kept in view: the JS SDK (10.0.0) does not percent-decode HTTP binary-mode
//! header values, which the CloudEvents HTTP binding requires for space, `"`, `%` and
//! non-ASCII characters; factum encodes them as the binding says, so the values used here
//! avoid those characters. No test here pins the difference down: with such a value, the
//! JS SDK would read the percent-encoded text as it is.
//!
//! A second: the Python SDK (2.2.0) writes a Boolean extension in binary mode as
//! `False`/`True` (Python's spelling) where CloudEvents' canonical string is
//! `false`/`true`; a consumer that does not know the extension cannot tell it was a
//! Boolean, so factum reads the string it is given (`python_boolean_spelling` pins it).
//!
//! Ignored in a plain `cargo test`: the SDKs are installed (pinned, from
//! `tests/interop/js/package-lock.json` and `tests/interop/python/requirements.txt`) by
//! `cargo xtask test`, which then runs these tests with `--ignored`.

use std::path::{Path, PathBuf};
use std::process::Command;

use checkout_contracts::{OrderLine, OrderPlaced};
use factum::envelope::{
    Binding, Cause, DecodeOptions, Envelope, Producer, TraceParent, from_binary, to_binary,
};
use serde_json::{Value, json};
use time::macros::datetime;

const TRACEPARENT: &str = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn order(lines: usize) -> OrderPlaced {
    OrderPlaced {
        order_id: "o-1001".into(),
        customer_id: "c-42".into(),
        lines: (0..lines)
            .map(|i| OrderLine {
                sku: format!("SKU-{i:04}"),
                quantity: 2,
                unit_price_minor: 1250,
            })
            .collect(),
        total_minor: 2500 * i64::try_from(lines).unwrap(),
        currency: "EUR".into(),
    }
}

/// Envelopes with every attribute factum knows, and unknown extensions of each type.
fn envelopes() -> Vec<(&'static str, Envelope<OrderPlaced>)> {
    // Times with millisecond precision: a JavaScript `Date` keeps no more, and the JS SDK
    // stores `time` as one.
    let producer = Producer::new("/checkout/orders")
        .unwrap()
        .with_schema_base("https://contracts.example.com/checkout")
        .unwrap()
        .with_clock(|| datetime!(2026-11-22 09:00:00.125 UTC));
    let trace = TraceParent::parse(TRACEPARENT).unwrap();
    let cause = Cause::new("0190b3a2-0000-7000-8000-000000000001")
        .with_correlation_id("corr-7")
        .with_trace(&trace, Some("vendor=abc,other=x-y"));
    let full = producer
        .caused_by(cause, order(1))
        .with_time(datetime!(2026-11-22 10:15:30.25 UTC))
        .with_subject("orders/o-1001")
        .unwrap()
        .with_sequence("42")
        .unwrap()
        .with_extension("tenant", "acme")
        .unwrap()
        .with_extension("priority", 7_i64)
        .unwrap()
        .with_extension("replayed", false)
        .unwrap();
    let minimal = producer.envelope(order(0));
    let large = producer.envelope(order(40)); // about 2 KB of data
    vec![("full", full), ("minimal", minimal), ("large", large)]
}

/// Every attribute of an envelope as the SDKs name them, values as strings (binary mode
/// carries every attribute as a string, so types are compared in that form).
fn attributes(e: &Envelope<OrderPlaced>) -> serde_json::Map<String, Value> {
    let mut m = serde_json::Map::new();
    let mut put = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            m.insert(k.to_owned(), Value::String(v));
        }
    };
    put("id", Some(e.id().to_owned()));
    put("source", Some(e.source().to_owned()));
    put("type", Some(e.ty().to_owned()));
    put(
        "time",
        e.time().map(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .unwrap()
        }),
    );
    put("datacontenttype", e.datacontenttype().map(str::to_owned));
    put("dataschema", e.dataschema().map(str::to_owned));
    put("subject", e.subject().map(str::to_owned));
    put("partitionkey", e.partition_key().map(str::to_owned));
    put("correlationid", e.correlation_id().map(str::to_owned));
    put("causationid", e.causation_id().map(str::to_owned));
    put(
        "traceparent",
        e.traceparent().map(|t| t.as_str().to_owned()),
    );
    put("tracestate", e.tracestate().map(str::to_owned));
    put("sequence", e.sequence().map(str::to_owned));
    put("dataversion", Some(e.decoded_version().to_string()));
    for (name, value) in e.extensions().iter() {
        put(name, Some(value.to_canonical_string().into_owned()));
    }
    m
}

fn cases(envelopes: &[(&str, Envelope<OrderPlaced>)]) -> Value {
    let mut cases = Vec::new();
    for (name, e) in envelopes {
        let mut expect = attributes(e);
        expect.insert("data".into(), serde_json::to_value(e.data()).unwrap());
        let structured = e.to_json_string().unwrap();
        cases.push(json!({
            "name": format!("{name}/structured"), "binding": "http",
            "headers": {"content-type": "application/cloudevents+json"},
            "body": structured, "expect": expect,
        }));
        for (binding, label) in [(Binding::Http, "http"), (Binding::Kafka, "kafka")] {
            let (headers, body) = to_binary(e, binding).unwrap();
            let headers: serde_json::Map<String, Value> = headers
                .into_iter()
                .map(|(k, v)| (k, Value::String(v)))
                .collect();
            cases.push(json!({
                "name": format!("{name}/{label}-binary"), "binding": label,
                "headers": headers, "key": e.partition_key(),
                "body": String::from_utf8(body).unwrap(), "expect": expect,
            }));
        }
    }
    Value::Array(cases)
}

/// Runs one SDK's checker over factum's cases and decodes what the SDK wrote.
fn round_trip_through(sdk: &str, program: &Path, script: &Path) {
    let dir = root().join("target/interop").join(sdk);
    std::fs::create_dir_all(&dir).unwrap();
    let (input, output) = (dir.join("cases.json"), dir.join("out.json"));
    let originals = envelopes();
    std::fs::write(
        &input,
        serde_json::to_vec_pretty(&cases(&originals)).unwrap(),
    )
    .unwrap();
    let _ = std::fs::remove_file(&output);
    let result = Command::new(program)
        .arg(script)
        .arg(&input)
        .arg(&output)
        .output();
    let result = result.unwrap_or_else(|e| {
        panic!(
            "cannot run {}: {e}; run `cargo xtask test`, which installs the SDKs",
            program.display()
        )
    });
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(
        result.status.success(),
        "{sdk} SDK refused factum's envelopes:\n{stderr}"
    );
    println!("{}", String::from_utf8_lossy(&result.stdout).trim());

    let written: Vec<Value> = serde_json::from_slice(&std::fs::read(&output).unwrap()).unwrap();
    assert_eq!(written.len(), originals.len() * 3, "one result per case");
    let options = DecodeOptions::default();
    for result in &written {
        let case = result["name"].as_str().unwrap();
        let original = &originals
            .iter()
            .find(|(n, _)| case.starts_with(&format!("{n}/")))
            .unwrap()
            .1;
        let expected = attributes(original);
        let headers = |v: &Value| -> Vec<(String, String)> {
            // Header values are text on the wire; an SDK may hand back a number as such.
            let text = |v: &Value| v.as_str().map_or_else(|| v.to_string(), str::to_owned);
            v["headers"]
                .as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| (k.clone(), text(v)))
                .collect()
        };
        let body = |v: &Value| v["body"].as_str().unwrap().as_bytes().to_vec();
        let decoded = [
            (
                "structured",
                Envelope::<OrderPlaced>::from_json(&body(&result["structured"]), &options),
            ),
            (
                "http-binary",
                from_binary(
                    &headers(&result["binary"]),
                    &body(&result["binary"]),
                    Binding::Http,
                    &options,
                ),
            ),
            (
                "kafka-binary",
                from_binary(
                    &headers(&result["kafka"]),
                    &body(&result["kafka"]),
                    Binding::Kafka,
                    &options,
                ),
            ),
        ];
        for (mode, envelope) in decoded {
            let envelope = envelope.unwrap_or_else(|e| {
                panic!("{case}: factum cannot read the {sdk} SDK's {mode}: {e}")
            });
            assert_eq!(
                envelope.data(),
                original.data(),
                "{case} via {sdk} {mode}: data"
            );
            let mut found = attributes(&envelope);
            if sdk == "python" && mode.ends_with("binary") {
                python_boolean_spelling(&mut found);
            }
            assert_eq!(found, expected, "{case} via {sdk} {mode}: attributes");
        }
        if let Some(key) = result["kafka"]["key"].as_str() {
            assert_eq!(
                Some(key),
                original.partition_key(),
                "{case}: Kafka record key"
            );
        }
    }
}

/// The one known deviation, undone so that everything else is compared exactly.
fn python_boolean_spelling(found: &mut serde_json::Map<String, Value>) {
    if let Some(value) = found.get_mut("replayed")
        && value == "False"
    {
        *value = Value::String("false".into());
    }
}

#[test]
#[ignore = "needs the JS CloudEvents SDK: run through `cargo xtask test`"]
fn javascript_sdk_reads_and_writes_factum_envelopes() {
    let js = root().join("tests/interop/js");
    assert!(
        js.join("node_modules/cloudevents").exists(),
        "run `cargo xtask test` (it runs `npm ci` there)"
    );
    round_trip_through("js", Path::new("node"), &js.join("check.mjs"));
}

#[test]
#[ignore = "needs the Python CloudEvents SDK: run through `cargo xtask test`"]
fn python_sdk_reads_and_writes_factum_envelopes() {
    let python = root().join("target/interop-venv/bin/python");
    round_trip_through(
        "python",
        &python,
        &root().join("tests/interop/python/check.py"),
    );
}

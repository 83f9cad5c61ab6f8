//! `factum export`: the "hard parts" contract is current, vectors for every example
//! event version and for the hard parts, and (ignored by `cargo test`, run by
//! `cargo xtask test` with every toolchain installed) the roundtrip through TypeScript,
//! Python, Go and Java, and the checks that the Python export is as `ruff format` writes it
//! and the TypeScript and Java exports as prettier does (Go's `gofmt -l` runs inside the
//! roundtrip).

#[path = "../../tests/exports/hard_parts.rs"]
mod hard_parts;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use factum::envelope::Producer;
use factum_codegen::contracts::{Contracts, MessageContract};
use hard_parts::{
    Action, Contact, Currency, EdgeCasesRecorded, Money, Node, Payload, Point, Range, Reference,
    Shape, Step,
};
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn hard_parts_dir() -> PathBuf {
    root().join("tests/exports/contracts")
}

/// The hard-parts contract folder, as factum's contract writer renders it.
fn hard_parts_files() -> Vec<(PathBuf, String)> {
    use factum::Message as _;
    let schema = schemars::schema_for!(EdgeCasesRecorded);
    let contract = MessageContract {
        name: EdgeCasesRecorded::NAME.to_owned(),
        kind: EdgeCasesRecorded::KIND,
        version: EdgeCasesRecorded::VERSION,
        key: EdgeCasesRecorded::KEY.map(str::to_owned),
        rust_type: "hard_parts::EdgeCasesRecorded".to_owned(),
        variants: Vec::new(),
        upcasts: false,
        schema: serde_json::to_value(&schema).unwrap(),
    };
    Contracts::new(vec![contract])
        .with_info("factum export hard parts", "1.0.0")
        .render()
        .unwrap()
}

#[test]
fn hard_parts_contract_is_current() {
    let dir = hard_parts_dir();
    for (path, text) in hard_parts_files() {
        let file = dir.join(&path);
        if std::env::var_os("FACTUM_BLESS").is_some() {
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(&file, &text).unwrap();
        }
        let committed = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            committed == text,
            "{} is not what tests/exports/hard_parts.rs gives: run `FACTUM_BLESS=1 cargo test -p factum-cli --test export` and review the diff",
            file.display()
        );
    }
}

fn at() -> time::OffsetDateTime {
    time::macros::datetime!(2026-11-29 12:34:56.123456789 UTC)
}

fn producer() -> Producer {
    Producer::new("urn:factum:export-test")
        .unwrap()
        .with_clock(at)
}

fn write_vector<E: factum::Event + serde::Serialize>(
    dir: &Path,
    case: &str,
    envelope: &factum::envelope::Envelope<E>,
) {
    let d = dir.join(E::NAME).join(format!("v{}", E::VERSION));
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(d.join(format!("{case}.json")), envelope.to_json().unwrap()).unwrap();
}

/// A command or query in the envelope an event gets (the Producer envelopes events only).
fn write_message<M: factum::Message + serde::Serialize>(dir: &Path, p: &Producer, message: &M) {
    let base = p.envelope(checkout_contracts::InventoryReserved {
        order_id: "k".into(),
        warehouse: "w".into(),
    });
    let mut v: Value = serde_json::from_slice(&base.to_json().unwrap()).unwrap();
    v["type"] = M::NAME.into();
    v["dataversion"] = M::VERSION.into();
    v["data"] = serde_json::to_value(message).unwrap();
    v.as_object_mut().unwrap().remove("partitionkey");
    v.as_object_mut().unwrap().remove("dataschema");
    let d = dir.join(M::NAME).join(format!("v{}", M::VERSION));
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(d.join("basic.json"), v.to_string()).unwrap();
}

/// Vectors for every version of every example message.
#[allow(clippy::too_many_lines)] // a list of values
fn checkout_vectors(dir: &Path) {
    use checkout_contracts::*;
    let p = producer();
    let line = |sku: &str, q: u32, price: i64| OrderLine {
        sku: sku.into(),
        quantity: q,
        unit_price_minor: price,
    };
    write_vector(
        dir,
        "basic",
        &p.envelope(OrderPlacedV1 {
            order_id: "o-1".into(),
            customer_id: "c-1".into(),
            total_minor: 1999,
        }),
    );
    write_vector(
        dir,
        "extremes",
        &p.envelope(OrderPlacedV1 {
            order_id: String::new(),
            customer_id: "ünïcødé \"q\" \\ \n".into(),
            total_minor: i64::MIN,
        })
        .with_subject("orders/1")
        .unwrap()
        .with_extension("tenant", "acme")
        .unwrap()
        .with_extension("retries", 2_i64)
        .unwrap()
        .with_extension("replayed", true)
        .unwrap(),
    );
    write_vector(
        dir,
        "basic",
        &p.envelope(OrderPlaced {
            order_id: "o-2".into(),
            customer_id: "c-2".into(),
            lines: vec![line("A-1", 2, 500), line("B-2", u32::MAX, i64::MAX)],
            total_minor: i64::MAX,
            currency: "EUR".into(),
        }),
    );
    write_vector(
        dir,
        "empty",
        &p.envelope(OrderPlaced {
            order_id: "o-3".into(),
            customer_id: "c".into(),
            lines: vec![],
            total_minor: 0,
            currency: "USD".into(),
        }),
    );
    write_message(
        dir,
        &p,
        &PlaceOrder {
            customer_id: "c-1".into(),
            lines: vec![line("A", 1, -1)],
        },
    );
    write_vector(
        dir,
        "basic",
        &p.envelope(PaymentProcessed {
            order_id: "o-1".into(),
            payment_ref: "pay_1".into(),
            amount_minor: -5,
        }),
    );
    write_message(
        dir,
        &p,
        &ReserveInventory {
            order_id: "o-1".into(),
            lines: vec![line("Z", 0, 0)],
        },
    );
    write_vector(
        dir,
        "basic",
        &p.envelope(InventoryReserved {
            order_id: "o-1".into(),
            warehouse: "w-7".into(),
        }),
    );
    write_vector(
        dir,
        "basic",
        &p.envelope(EmailDelivered {
            order_id: "o-1".into(),
            template: "receipt".into(),
        }),
    );
    write_message(
        dir,
        &p,
        &GetOrderById {
            order_id: "o-1".into(),
        },
    );
}

/// Untagged values: each object variant is the first to match its value; `Remark` never
/// decodes (`Note` takes every string first) but writes the same JSON.
fn contacts(max: bool) -> Vec<Contact> {
    if max {
        vec![
            Contact::Phone {
                phone: "+1 555 0100".into(),
            },
            Contact::Email {
                email: "a@example.com".into(),
            },
            Contact::Remark("call after 6".into()),
            Contact::At(Point(i64::MIN, u64::MAX)),
            Contact::Ids(u64::MAX, 0, 9_007_199_254_740_993),
        ]
    } else {
        vec![
            Contact::Extension {
                phone: "+1 555 0100".into(),
                ext: u32::MAX,
            },
            Contact::Note(String::new()),
        ]
    }
}

/// Tuples in a list, one with a null item.
fn path(max: bool) -> Vec<(Point, Option<i8>)> {
    if max {
        vec![
            (Point(-1, 0), None),
            (Point(9_007_199_254_740_993, 1), Some(i8::MIN)),
        ]
    } else {
        vec![]
    }
}

/// A tuple at its edges (u64 beyond 2^53) and a tuple struct at its edges.
fn tuples(max: bool) -> ((String, u64), Point) {
    if max {
        (
            ("18446744073709551615".into(), u64::MAX),
            Point(i64::MIN, u64::MAX),
        )
    } else {
        ((String::new(), 0), Point(i64::MAX, 9_007_199_254_740_993))
    }
}

fn edge(max: bool) -> EdgeCasesRecorded {
    let money = |minor, currency| Money { minor, currency };
    let (pair, corner) = tuples(max);
    EdgeCasesRecorded {
        big_unsigned: if max { u64::MAX } else { 0 },
        big_signed: if max { i64::MIN } else { i64::MAX },
        small: if max { i8::MIN } else { i8::MAX },
        medium: u32::MAX,
        ratio: if max { -1.5e300 } else { 0.1 },
        at: if max {
            "2026-11-29T12:34:56.123456789Z".into()
        } else {
            "1970-01-01T00:00:00+05:30".into()
        },
        id: "0193b5e0-7c1a-7d2e-9f00-0123456789ab".into(),
        nullable: if max { None } else { Some(i64::MIN) },
        optional: if max { Some(u64::MAX) } else { None },
        retries: if max { 0 } else { 3 },
        label: "none".into(),
        tags: BTreeMap::from([
            ("__proto__".into(), "x".into()),
            ("a b".into(), String::new()),
        ]),
        counters: BTreeMap::from([
            ("max".into(), u64::MAX),
            ("2^53+1".into(), 9_007_199_254_740_993),
        ]),
        history: vec![
            "2000-02-29T23:59:59.000000001Z".into(),
            "1999-12-31T23:59:59.5-08:00".into(),
        ],
        price: money(i64::MIN, Currency::Eur),
        discount: if max {
            Some(money(i64::MAX, Currency::Usd))
        } else {
            None
        },
        tree: Node {
            label: "root".into(),
            children: vec![
                Node {
                    label: "a".into(),
                    children: vec![Node {
                        label: "a.1".into(),
                        children: vec![],
                    }],
                },
                Node {
                    label: "b".into(),
                    children: vec![],
                },
            ],
        },
        currency: Currency::Usd,
        shapes: vec![
            Shape::Circle { radius: 2.5 },
            Shape::Rect { w: u32::MAX, h: 0 },
            Shape::Nothing,
        ],
        payloads: vec![
            Payload::Text("hi".into()),
            Payload::Count(u64::MAX),
            Payload::Pair {
                a: 255,
                b: i16::MIN,
            },
            Payload::Empty,
        ],
        actions: vec![
            Action::Stop,
            Action::Move {
                dx: i32::MIN,
                dy: i32::MAX,
            },
            Action::Say("class".into()),
            Action::Pay(money(-1, Currency::Eur)),
        ],
        references: vec![
            Reference::Number(u64::MAX),
            Reference::Text("18446744073709551615".into()),
            Reference::Qualified {
                namespace: "ns".into(),
                id: 9_007_199_254_740_993,
            },
        ],
        contacts: contacts(max),
        pair,
        corner,
        path: path(max),
        steps: vec![Step::Jump(i32::MIN, u64::MAX), Step::Rest],
        ranges: vec![Range::All, Range::Span(0, u64::MAX)],
        class_: "c".into(),
        type_: "t".into(),
        content_type: "application/json".into(),
        two_fa: true,
        is_default: false,
    }
}

/// Vectors of the hard-parts contract: values at the edges.
fn hard_parts_vectors(dir: &Path) {
    let p = producer();
    write_vector(dir, "max", &p.envelope(edge(true)));
    write_vector(
        dir,
        "min",
        &p.envelope(edge(false))
            .with_extension("big", i64::MIN)
            .unwrap(),
    );
    // Defaulted fields left out decode to their defaults (`retries` 3, `label` "none").
    let file = dir.join("EdgeCasesRecorded/v1/min.json");
    let expected: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let mut input = expected.clone();
    let data = input["data"].as_object_mut().unwrap();
    data.remove("retries");
    data.remove("label");
    std::fs::write(file.with_file_name("defaults.json"), input.to_string()).unwrap();
    std::fs::write(
        file.with_file_name("defaults.expected.json"),
        expected.to_string(),
    )
    .unwrap();
}

fn factum(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_factum"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// `factum export --lang LANG --out OUT CONTRACTS`.
fn export(lang: &str, out: &str, contracts: &str) -> (bool, String) {
    factum(&["export", "--lang", lang, "--out", out, contracts])
}

fn scratch(name: &str) -> PathBuf {
    let d = root().join("target/export-tests").join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Every file under `d`, as (path relative to `d`, text), sorted.
fn files(d: &Path) -> Vec<(String, String)> {
    let mut v = Vec::new();
    let mut stack = vec![d.to_path_buf()];
    while let Some(p) = stack.pop() {
        for e in std::fs::read_dir(&p).unwrap() {
            let e = e.unwrap().path();
            if e.is_dir() {
                stack.push(e);
            } else {
                v.push((
                    e.strip_prefix(d).unwrap().display().to_string(),
                    std::fs::read_to_string(&e).unwrap(),
                ));
            }
        }
    }
    v.sort();
    v
}

#[test]
fn export_is_deterministic_in_every_language() {
    for lang in ["ts", "python", "go", "java"] {
        let a = scratch(&format!("det-a-{lang}"));
        let b = scratch(&format!("det-b-{lang}"));
        for out in [&a, &b] {
            let (ok, text) = export(
                lang,
                out.to_str().unwrap(),
                hard_parts_dir().to_str().unwrap(),
            );
            assert!(ok, "{text}");
        }
        let (la, lb) = (files(&a), files(&b));
        assert!(!la.is_empty(), "{lang}: nothing written");
        assert_eq!(la, lb, "{lang}");
        assert!(
            la.iter()
                .all(|(_, t)| t.contains("enerated by factum export")),
            "{lang}: a file not marked generated"
        );
    }
}

/// Every `description` in a schema, in document order.
fn descriptions(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(d)) = m.get("description") {
                out.push(d.clone());
            }
            m.values().for_each(|x| descriptions(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| descriptions(x, out)),
        _ => {}
    }
}

/// The text of generated sources with comment and docstring markers taken off each line and
/// the lines joined by single spaces, so that a description reads as one run of text.
fn comment_text(source: &str) -> String {
    let mut words = Vec::new();
    for line in source.lines() {
        let mut l = line.trim();
        for marker in ["///", "//", "/**", "*/", "*", "\"\"\""] {
            l = l.strip_prefix(marker).unwrap_or(l).trim_start();
        }
        for marker in ["*/", "\"\"\""] {
            l = l.strip_suffix(marker).unwrap_or(l).trim_end();
        }
        words.extend(l.split_whitespace());
    }
    words.join(" ")
}

#[test]
fn doc_comments_are_carried_over_in_every_language() {
    let mut wanted = Vec::new();
    for (path, text) in files(&hard_parts_dir()) {
        if path.ends_with(".schema.json") && path != "envelope.schema.json" {
            descriptions(&serde_json::from_str(&text).unwrap(), &mut wanted);
        }
    }
    assert!(wanted.len() > 20, "the hard parts describe every part");
    for lang in ["ts", "python", "go", "java"] {
        let out = scratch(&format!("docs-{lang}"));
        let (ok, text) = export(
            lang,
            out.to_str().unwrap(),
            hard_parts_dir().to_str().unwrap(),
        );
        assert!(ok, "{text}");
        let all: String = files(&out).into_iter().map(|(_, t)| t + "\n").collect();
        let source = comment_text(&all);
        let missing: Vec<&String> = wanted
            .iter()
            .filter(|d| !source.contains(&d.split_whitespace().collect::<Vec<_>>().join(" ")))
            .collect();
        assert!(
            missing.is_empty(),
            "{lang}: descriptions not carried over: {missing:?}"
        );
    }
}

#[test]
fn export_refuses_a_missing_folder() {
    let (ok, text) = export("ts", "/tmp/x", "/nonexistent/contracts");
    assert!(!ok);
    assert!(
        text.contains("/nonexistent/contracts/manifest.json"),
        "{text}"
    );
}

/// A contracts folder of one event whose data schema is `data`.
fn one_event_contracts(name: &str, data: &Value) -> PathBuf {
    let dir = scratch(name);
    std::fs::copy(
        hard_parts_dir().join("envelope.schema.json"),
        dir.join("envelope.schema.json"),
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("Thing")).unwrap();
    std::fs::write(dir.join("Thing/v1.schema.json"), data.to_string()).unwrap();
    let manifest = serde_json::json!({"format": "factum-contracts/1", "envelope": "envelope.schema.json",
        "messages": [{"name": "Thing", "kind": "event", "version": 1, "schema": "Thing/v1.schema.json"}]});
    std::fs::write(dir.join("manifest.json"), manifest.to_string()).unwrap();
    dir
}

#[test]
fn export_refuses_what_it_cannot_represent_and_says_why() {
    // A tuple with more items after its fixed ones: no fixed-length type holds it.
    let open_tuple = one_event_contracts(
        "refuse-open-tuple",
        &serde_json::json!({"title": "Thing", "type": "object", "required": ["pair"],
            "properties": {"pair": {"type": "array", "minItems": 2,
                "prefixItems": [{"type": "string"}, {"type": "integer"}], "items": {"type": "string"}}}}),
    );
    for lang in ["ts", "python", "go", "java"] {
        let (ok, text) = export(
            lang,
            open_tuple.join(lang).to_str().unwrap(),
            open_tuple.to_str().unwrap(),
        );
        assert!(!ok, "{lang}: {text}");
        assert!(
            text.contains("Thing/v1.schema.json at #/properties/pair: a tuple of 2 items needs `minItems` and `maxItems` of 2 and no other `items`"),
            "{lang}: {text}"
        );
    }
}

/// The shapes that used to be refused export in every language: a tuple, and an untagged
/// enum whose variants are all objects (TypeScript carries the variant that matched).
#[test]
fn tuples_and_untagged_enums_of_one_kind_export_in_every_language() {
    let dir = one_event_contracts(
        "shapes",
        &serde_json::json!({"title": "Thing", "type": "object", "required": ["pair", "r"],
            "properties": {
                "pair": {"type": "array", "minItems": 2, "maxItems": 2,
                    "prefixItems": [{"type": "string"}, {"type": "integer", "format": "uint64"}]},
                "r": {"anyOf": [
                    {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
                    {"type": "object", "properties": {"b": {"type": "string"}}, "required": ["b"]}]}}}),
    );
    for lang in ["ts", "python", "go", "java"] {
        let (ok, text) = export(
            lang,
            dir.join(lang).to_str().unwrap(),
            dir.to_str().unwrap(),
        );
        assert!(ok, "{lang}: {text}");
    }
    let ts = std::fs::read_to_string(dir.join("ts/contracts.ts")).unwrap();
    assert!(
        ts.contains("export type ThingV1Pair = [string, bigint];")
            && ts.contains("| { variant: \"Object2\"; value: ThingV1RObject2 }"),
        "{ts}"
    );
}

/// The languages to check: all, or `FACTUM_EXPORT_LANGS` (comma-separated) while developing.
fn langs() -> Vec<String> {
    std::env::var("FACTUM_EXPORT_LANGS").map_or_else(
        |_| ["ts", "python", "go", "java"].map(str::to_owned).to_vec(),
        |v| v.split(',').map(str::to_owned).collect(),
    )
}

fn roundtrip(contracts: &Path, vectors: &Path, langs: &[String]) -> (bool, String) {
    let mut args = vec![
        "export",
        "roundtrip",
        "--contracts",
        contracts.to_str().unwrap(),
        "--vectors",
        vectors.to_str().unwrap(),
    ];
    for l in langs {
        args.extend(["--lang", l.as_str()]);
    }
    factum(&args)
}

/// Needs tsc, node, Python with pydantic and mypy, go, javac and Jackson: run by
/// `cargo xtask test`, which installs them.
#[test]
#[ignore = "needs every language's toolchain: run by cargo xtask test"]
fn roundtrip_in_every_language() {
    let all = langs();
    let checkout = scratch("vectors-checkout");
    checkout_vectors(&checkout);
    let (ok, text) = roundtrip(
        &root().join("examples/checkout-contracts/contracts"),
        &checkout,
        &all,
    );
    println!("{text}");
    assert!(ok, "{text}");
    assert_eq!(
        text.lines().filter(|l| l.starts_with("ok ")).count(),
        all.len() * 10,
        "{text}"
    );

    let hard = scratch("vectors-hard-parts");
    hard_parts_vectors(&hard);
    let (ok, text) = roundtrip(&hard_parts_dir(), &hard, &all);
    println!("{text}");
    assert!(ok, "{text}");
    assert_eq!(
        text.lines().filter(|l| l.starts_with("ok ")).count(),
        all.len() * 3,
        "{text}"
    );
}

/// A vector the types cannot reproduce (a member no schema has) fails the roundtrip.
#[test]
#[ignore = "needs every language's toolchain: run by cargo xtask test"]
fn roundtrip_reports_a_difference() {
    let dir = scratch("vectors-tampered");
    hard_parts_vectors(&dir);
    let file = dir.join("EdgeCasesRecorded/v1/max.json");
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    v["data"]["not_in_schema"] = Value::from(1);
    std::fs::write(&file, v.to_string()).unwrap();
    let all = langs();
    let (ok, text) = roundtrip(&hard_parts_dir(), &dir, &all);
    println!("{text}");
    assert!(!ok, "{text}");
    for lang in &all {
        assert!(
            text.lines().any(|l| l.starts_with(&format!("FAIL {lang}"))
                && l.contains("max.json")
                && l.contains("/data/not_in_schema")),
            "{lang}: {text}"
        );
        assert!(
            text.lines()
                .any(|l| l.starts_with(&format!("ok   {lang}")) && l.contains("min.json")),
            "{lang}: {text}"
        );
    }
}

/// The generated Python is what `ruff format` (black's style) would write, on the hard
/// parts, the example contracts and a contract of long names (which needs the wrapped
/// forms). Needs ruff (`FACTUM_RUFF`): run by `cargo xtask test`, which installs it.
#[test]
#[ignore = "needs ruff: run by cargo xtask test"]
fn python_export_is_formatted_as_ruff_formats_it() {
    let ruff = std::env::var("FACTUM_RUFF").unwrap_or_else(|_| "ruff".to_owned());
    let out = scratch("format-python");
    for (name, contracts) in [
        ("hard-parts", hard_parts_dir()),
        (
            "checkout",
            root().join("examples/checkout-contracts/contracts"),
        ),
        ("long-names", root().join("tests/exports/long-names")),
    ] {
        let (ok, text) = export(
            "python",
            out.join(name).to_str().unwrap(),
            contracts.to_str().unwrap(),
        );
        assert!(ok, "{text}");
    }
    let check = Command::new(&ruff)
        .args(["format", "--check", "--diff", "--no-cache", "."])
        .current_dir(&out)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {ruff}: {e}"));
    assert!(
        check.status.success(),
        "not as ruff formats it:\n{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
}

/// The TypeScript and Java exports (TypeScript's runtime and `contracts.ts`; Java's
/// `Json`, `Member`, `Contracts`, `Envelope` and `Decoded`), for the hard-parts, the example
/// and the long-names contracts, are byte for byte what prettier 3 writes with its default
/// options (with prettier-plugin-java for Java). Needs prettier (`FACTUM_PRETTIER`) and the
/// plugin (`FACTUM_PRETTIER_JAVA`): run by `cargo xtask test`, which installs them.
#[test]
#[ignore = "needs prettier: run by cargo xtask test"]
fn typescript_and_java_exports_are_formatted_as_prettier_formats_them() {
    let prettier = std::env::var("FACTUM_PRETTIER").unwrap_or_else(|_| "prettier".to_owned());
    let plugin =
        std::env::var("FACTUM_PRETTIER_JAVA").unwrap_or_else(|_| "prettier-plugin-java".to_owned());
    let out = scratch("format-prettier");
    let examples = root().join("examples/checkout-contracts/contracts");
    for (lang, name, contracts) in [
        ("ts", "ts", hard_parts_dir()),
        ("ts", "ts-examples", examples.clone()),
        (
            "ts",
            "ts-long-names",
            root().join("tests/exports/long-names"),
        ),
        ("java", "java", hard_parts_dir()),
        ("java", "java-examples", examples),
        (
            "java",
            "java-long-names",
            root().join("tests/exports/long-names"),
        ),
    ] {
        let (ok, text) = export(
            lang,
            out.join(name).to_str().unwrap(),
            contracts.to_str().unwrap(),
        );
        assert!(ok, "{text}");
    }
    let check = Command::new(&prettier)
        .args([
            "--check",
            "--no-config",
            "--no-editorconfig",
            "--plugin",
            &plugin,
        ])
        .args([
            "ts/runtime.ts",
            "ts/contracts.ts",
            "ts-examples/contracts.ts",
            "ts-long-names/contracts.ts",
            "java/contracts/Json.java",
            "java/contracts/Member.java",
            "java/contracts/Contracts.java",
            "java/contracts/Envelope.java",
            "java/contracts/Decoded.java",
            "java-examples/contracts/Contracts.java",
            "java-examples/contracts/Envelope.java",
            "java-examples/contracts/Decoded.java",
            "java-long-names/contracts/Contracts.java",
            "java-long-names/contracts/Envelope.java",
            "java-long-names/contracts/Decoded.java",
        ])
        .current_dir(&out)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {prettier}: {e}"));
    assert!(
        check.status.success(),
        "not as prettier formats it:\n{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
}

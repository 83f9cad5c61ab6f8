//! The contract files: determinism, only-if-changed writes, path safety, immutability of
//! published versions, compatibility of new ones.

use std::path::{Path, PathBuf};

use factum::MessageKind;
use factum_codegen::compat::Mode;
use factum_codegen::contracts::{Contracts, ContractsError, MessageContract};
use serde_json::{Value, json};

fn tmp(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("contracts-tests")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn object(properties: &[(&str, Value)], required: &[&str], closed: bool) -> Value {
    let mut schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": properties.iter().cloned().map(|(k, v)| (k.to_owned(), v)).collect::<serde_json::Map<_, _>>(),
        "required": required,
    });
    if closed {
        schema["additionalProperties"] = false.into();
    }
    schema
}

fn message(name: &str, version: u32, schema: Value) -> MessageContract {
    MessageContract {
        name: name.to_owned(),
        kind: MessageKind::Event,
        version,
        key: Some("id".to_owned()),
        rust_type: format!("tests::{name}V{version}"),
        variants: Vec::new(),
        schema,
    }
}

fn v1() -> MessageContract {
    message(
        "OrderPlaced",
        1,
        object(&[("id", json!({"type": "string"}))], &["id"], true),
    )
}

fn v2_optional_note() -> MessageContract {
    message(
        "OrderPlaced",
        2,
        object(
            &[
                ("id", json!({"type": "string"})),
                ("note", json!({"type": "string"})),
            ],
            &["id"],
            true,
        ),
    )
}

fn v2_required_note() -> MessageContract {
    message(
        "OrderPlaced",
        2,
        object(
            &[
                ("id", json!({"type": "string"})),
                ("note", json!({"type": "string"})),
            ],
            &["id", "note"],
            true,
        ),
    )
}

fn command() -> MessageContract {
    MessageContract {
        kind: MessageKind::Command,
        key: None,
        ..message(
            "PlaceOrder",
            1,
            object(&[("id", json!({"type": "string"}))], &["id"], false),
        )
    }
}

fn read_tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push((
                    path.strip_prefix(dir).unwrap().to_path_buf(),
                    std::fs::read(&path).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn writes_the_folder_layout() {
    let dir = tmp("layout");
    let report = Contracts::new(vec![v2_optional_note(), command(), v1()])
        .write(&dir)
        .unwrap();
    let files: Vec<String> = read_tree(&dir)
        .into_iter()
        .map(|(p, _)| p.display().to_string())
        .collect();
    assert_eq!(
        files,
        [
            "OrderPlaced/v1.schema.json",
            "OrderPlaced/v2.schema.json",
            "PlaceOrder/v1.schema.json",
            "asyncapi.json",
            "envelope.schema.json",
            "manifest.json",
        ]
    );
    assert_eq!(report.written.len(), 6);
    assert!(report.unchanged.is_empty());
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(
        manifest["messages"][1],
        json!({"kind": "event", "name": "OrderPlaced", "version": 2, "key": "id",
               "rust_type": "tests::OrderPlacedV2", "channel": "OrderPlaced",
               "schema": "OrderPlaced/v2.schema.json"})
    );
    assert_eq!(manifest["messages"][2]["channel"], Value::Null);
    let asyncapi: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("asyncapi.json")).unwrap()).unwrap();
    assert_eq!(asyncapi["asyncapi"], "3.0.0");
    assert_eq!(
        asyncapi["channels"]
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        ["OrderPlaced"],
        "one channel per event stream, none for commands"
    );
    assert_eq!(asyncapi["operations"]["send_OrderPlaced"]["action"], "send");
    let m = &asyncapi["components"]["messages"]["OrderPlaced_v2"];
    assert_eq!(
        m["headers"]["properties"]["ce_type"]["const"],
        "OrderPlaced"
    );
    assert_eq!(m["headers"]["properties"]["ce_dataversion"]["const"], "2");
}

#[test]
fn output_is_deterministic_and_sorted() {
    let a = Contracts::new(vec![v1(), v2_optional_note(), command()])
        .render()
        .unwrap();
    let b = Contracts::new(vec![command(), v2_optional_note(), v1()])
        .render()
        .unwrap();
    assert_eq!(a, b);
    let (_, schema) = &a[0];
    assert!(schema.ends_with("}\n"));
    let top_level: Vec<&str> = schema
        .lines()
        .filter(|l| l.starts_with("  \""))
        .map(|l| l.trim_start().split('"').nth(1).unwrap())
        .collect();
    assert_eq!(
        top_level,
        [
            "$schema",
            "additionalProperties",
            "properties",
            "required",
            "type"
        ],
        "keys sorted, two-space indentation:\n{schema}"
    );
    let dir1 = tmp("determinism-1");
    let dir2 = tmp("determinism-2");
    Contracts::new(vec![v1(), command()]).write(&dir1).unwrap();
    Contracts::new(vec![command(), v1()]).write(&dir2).unwrap();
    assert_eq!(read_tree(&dir1), read_tree(&dir2));
}

#[test]
fn unchanged_files_are_not_rewritten() {
    let dir = tmp("only-if-changed");
    let contracts = Contracts::new(vec![v1(), command()]);
    contracts.write(&dir).unwrap();
    let schema = dir.join("OrderPlaced/v1.schema.json");
    let before = std::fs::metadata(&schema).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let report = contracts.write(&dir).unwrap();
    assert!(report.written.is_empty(), "{report:?}");
    assert_eq!(report.unchanged.len(), 5);
    assert_eq!(
        std::fs::metadata(&schema).unwrap().modified().unwrap(),
        before
    );
    // A new version rewrites only what changes: its schema, the manifest and AsyncAPI.
    let report = Contracts::new(vec![v1(), v2_optional_note(), command()])
        .write(&dir)
        .unwrap();
    let written: Vec<String> = report
        .written
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(
        written,
        [
            "OrderPlaced/v2.schema.json",
            "manifest.json",
            "asyncapi.json"
        ]
    );
    // No temporary file is left behind.
    assert!(
        read_tree(&dir)
            .iter()
            .all(|(p, _)| !p.display().to_string().contains(".tmp"))
    );
}

#[test]
fn names_that_could_escape_the_folder_are_refused() {
    for name in [
        "../evil",
        "a/b",
        "..",
        "a..b",
        "",
        "/abs",
        "1abc",
        "a\\b",
        "manifest.json",
        "Asyncapi.JSON",
    ] {
        let dir = tmp("escape");
        let err = Contracts::new(vec![message(name, 1, json!({"type": "object"}))])
            .write(&dir)
            .unwrap_err();
        assert!(
            matches!(err, ContractsError::InvalidName { .. }),
            "{name:?}: {err}"
        );
        assert!(!dir.exists(), "{name:?}: nothing written");
    }
    let err = Contracts::new(vec![
        message("OrderPlaced", 1, json!({"type": "object"})),
        message("orderplaced", 1, json!({"type": "object"})),
    ])
    .render()
    .unwrap_err();
    assert!(err.to_string().contains("differs only in case"), "{err}");
}

#[cfg(unix)]
#[test]
fn symbolic_links_in_the_folder_are_refused() {
    let dir = tmp("symlink");
    let outside = tmp("symlink-outside");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    std::os::unix::fs::symlink(&outside, dir.join("OrderPlaced")).unwrap();
    let err = Contracts::new(vec![v1()]).write(&dir).unwrap_err();
    assert!(matches!(err, ContractsError::Io { .. }), "{err}");
    assert!(err.to_string().contains("symbolic link"), "{err}");
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 0);
}

#[test]
fn a_published_version_is_immutable() {
    let dir = tmp("immutable");
    Contracts::new(vec![v1(), v2_optional_note()])
        .write(&dir)
        .unwrap();
    let manifest_before = std::fs::read(dir.join("manifest.json")).unwrap();
    // v2 changed in place: note became required.
    let err = Contracts::new(vec![v1(), v2_required_note()])
        .write(&dir)
        .unwrap_err();
    let ContractsError::Changed {
        name,
        version,
        path,
        changes,
    } = &err
    else {
        panic!("{err}")
    };
    assert_eq!((name.as_str(), *version), ("OrderPlaced", 2));
    assert!(path.ends_with("OrderPlaced/v2.schema.json"));
    assert!(
        changes
            .iter()
            .any(|c| c.contains("cannot read committed data") && c.contains("note")),
        "{changes:?}"
    );
    let text = err.to_string();
    assert!(
        text.contains("bump") || text.contains("version 3"),
        "{text}"
    );
    assert!(text.contains("upcast_from"), "{text}");
    assert_eq!(
        std::fs::read(dir.join("manifest.json")).unwrap(),
        manifest_before,
        "nothing written"
    );

    // A change that is only an annotation is still a change.
    let mut described = v1();
    described.schema["description"] = "now documented".into();
    let err = Contracts::new(vec![described]).write(&dir).unwrap_err();
    assert!(err.to_string().contains("#/description added"), "{err}");

    // Committed versions no longer in the code are kept.
    Contracts::new(vec![v2_optional_note()])
        .write(&dir)
        .unwrap();
    assert!(dir.join("OrderPlaced/v1.schema.json").exists());
}

#[test]
fn a_new_version_must_be_compatible_under_the_mode() {
    let dir = tmp("compat");
    Contracts::new(vec![v1()]).write(&dir).unwrap();
    let err = Contracts::new(vec![v1(), v2_required_note()])
        .write(&dir)
        .unwrap_err();
    let ContractsError::Incompatible {
        name,
        version,
        mode,
        findings,
    } = &err
    else {
        panic!("{err}")
    };
    assert_eq!(
        (name.as_str(), *version, *mode),
        ("OrderPlaced", 2, Mode::Backward)
    );
    assert!(findings[0].contains("against v1"), "{findings:?}");
    assert!(!dir.join("OrderPlaced/v2.schema.json").exists());

    // Adding an optional field to a closed model is BACKWARD- but not FORWARD-compatible.
    Contracts::new(vec![v1(), v2_optional_note()])
        .with_mode(Mode::Forward)
        .write(tmp("compat-forward"))
        .unwrap_err();
    Contracts::new(vec![v1(), v2_optional_note()])
        .write(&dir)
        .unwrap();

    // NONE checks nothing; an upcaster exempts its version.
    Contracts::new(vec![v1(), v2_required_note()])
        .with_mode(Mode::None)
        .write(tmp("compat-none"))
        .unwrap();
    Contracts::new(vec![v1(), v2_required_note()])
        .with_upcaster("OrderPlaced", 2)
        .write(tmp("compat-upcaster"))
        .unwrap();
}

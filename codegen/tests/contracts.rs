//! The contract files: determinism, whole-folder writes, path safety, what a change to a
//! published version may be, what a new version needs.

use std::path::{Path, PathBuf};

use factum::MessageKind;
use factum_codegen::compat::Mode;
use factum_codegen::contracts::{
    ConsumerContract, Contracts, ContractsError, Difference, MessageContract, Problem,
};
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
        upcasts: version > 1,
        schema,
    }
}

fn v1() -> MessageContract {
    message(
        "OrderPlaced",
        1,
        object(&[("id", json!({"type": "string"}))], &["id"], false),
    )
}

/// The message as a reader with `deny_unknown_fields` (a closed content model).
fn closed(mut m: MessageContract) -> MessageContract {
    m.schema["additionalProperties"] = false.into();
    m
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
            false,
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
            false,
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
    assert_eq!(report.differences.len(), 6);
    assert!(
        report
            .differences
            .iter()
            .all(|d| matches!(d, Difference::Added(_)))
    );
    assert!(report.updated);
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(
        manifest["messages"][1],
        json!({"kind": "event", "name": "OrderPlaced", "version": 2, "key": "id",
               "channel": "OrderPlaced",
               "schema": "OrderPlaced/v2.schema.json", "compatibility": "SERDE"})
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
    // The NATS subject factum's transport publishes on, the partition key a parameter
    // (transport/tests/nats/asyncapi.rs checks it against the transport and a server).
    let channel = &asyncapi["channels"]["OrderPlaced"];
    assert_eq!(
        channel["address"],
        "factum.event.OrderPlaced.{partitionKey}"
    );
    assert!(
        channel["parameters"]["partitionKey"]["description"]
            .as_str()
            .unwrap()
            .contains("the `id` field")
    );
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
        ["$schema", "properties", "required", "type"],
        "keys sorted, two-space indentation:\n{schema}"
    );
    let dir1 = tmp("determinism-1");
    let dir2 = tmp("determinism-2");
    Contracts::new(vec![v1(), command()]).write(&dir1).unwrap();
    Contracts::new(vec![command(), v1()]).write(&dir2).unwrap();
    assert_eq!(read_tree(&dir1), read_tree(&dir2));
}

#[test]
fn the_folder_is_replaced_as_a_whole_and_only_when_it_differs() {
    let dir = tmp("whole-folder");
    let contracts = Contracts::new(vec![v1(), command()]);
    contracts.write(&dir).unwrap();
    std::fs::write(dir.join("README.md"), "ours\n").unwrap();
    let schema = dir.join("OrderPlaced/v1.schema.json");
    let before = std::fs::metadata(&schema).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let report = contracts.write(&dir).unwrap();
    assert!(
        !report.updated && report.differences.is_empty(),
        "{report:?}"
    );
    assert_eq!(
        std::fs::metadata(&schema).unwrap().modified().unwrap(),
        before
    );
    // A new version: its schema, the manifest and AsyncAPI differ; the folder is replaced.
    let report = Contracts::new(vec![v1(), v2_optional_note(), command()])
        .write(&dir)
        .unwrap();
    let differences: Vec<String> = report.differences.iter().map(ToString::to_string).collect();
    assert_eq!(
        differences,
        [
            "OrderPlaced/v2.schema.json added",
            "manifest.json changed",
            "asyncapi.json changed"
        ]
    );
    assert!(report.updated);
    // Files that are not factum's are kept; nothing temporary is left beside the folder.
    assert_eq!(
        std::fs::read_to_string(dir.join("README.md")).unwrap(),
        "ours\n"
    );
    let siblings: Vec<String> = std::fs::read_dir(dir.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("whole-folder"))
        .collect();
    assert_eq!(siblings, ["whole-folder"]);
}

#[test]
fn a_folder_left_aside_by_a_crash_is_put_back() {
    let dir = tmp("crash");
    Contracts::new(vec![v1()]).write(&dir).unwrap();
    let aside = dir.parent().unwrap().join(".crash.factum-old-1");
    let _ = std::fs::remove_dir_all(&aside);
    std::fs::rename(&dir, &aside).unwrap();
    // The next write finds the folder aside, puts it back, and compares with it.
    let err = Contracts::new(vec![v2_required_note_as_v1()])
        .write(&dir)
        .unwrap_err();
    assert!(matches!(err, ContractsError::Breaking { .. }), "{err}");
    assert!(dir.join("OrderPlaced/v1.schema.json").exists());
    assert!(!aside.exists());
}

fn v2_required_note_as_v1() -> MessageContract {
    MessageContract {
        version: 1,
        upcasts: false,
        ..v2_required_note()
    }
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
fn a_breaking_change_to_a_published_version_names_the_field_and_whom_it_breaks() {
    let dir = tmp("breaking");
    Contracts::new(vec![v1()]).write(&dir).unwrap();
    let manifest_before = std::fs::read(dir.join("manifest.json")).unwrap();
    // v1 changed in place: `note` added as required.
    let err = Contracts::new(vec![v2_required_note_as_v1()])
        .write(&dir)
        .unwrap_err();
    let ContractsError::Breaking { changes, .. } = &err else {
        panic!("{err}")
    };
    assert_eq!(
        (changes[0].name.as_str(), changes[0].version),
        ("OrderPlaced", 1)
    );
    let Problem::Changed { changes: found, .. } = &changes[0].problem else {
        panic!("{err}")
    };
    assert_eq!(found.len(), 1, "{err}");
    let text = err.to_string();
    for expected in [
        "`OrderPlaced` v1 (OrderPlaced/v1.schema.json) changed in a way its readers cannot take (SERDE)",
        "the reader requires `note`",
        "[required-property-added]",
        "breaks upgraded consumers reading old, stored or replayed events",
        "Two ways forward",
        "`Option<_>`",
        "#[serde(default)]",
        "#[event(name = \"OrderPlaced\", version = 1)] struct OrderPlacedV1",
        "#[event(version = 2, upcast_from = OrderPlacedV1)]",
        "impl From<OrderPlacedV1> for OrderPlaced",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    assert_eq!(
        std::fs::read(dir.join("manifest.json")).unwrap(),
        manifest_before,
        "nothing written"
    );

    // The same field removed again from the new shape: old consumers require `id`.
    let mut without_id = v1();
    without_id.schema = object(&[("note", json!({"type": "string"}))], &[], false);
    let text = Contracts::new(vec![without_id])
        .write(&dir)
        .unwrap_err()
        .to_string();
    assert!(
        text.contains("the reader requires `id`")
            && text.contains("breaks consumers not yet upgraded, reading new events"),
        "{text}"
    );
}

#[test]
fn compatible_changes_keep_the_version() {
    let dir = tmp("compatible");
    Contracts::new(vec![v1()]).write(&dir).unwrap();
    // A doc edit, then an optional field: each is a compatible difference of v1.
    let mut described = v1();
    described.schema["description"] = "now documented".into();
    let report = Contracts::new(vec![described]).write(&dir).unwrap();
    assert_eq!(
        report.differences,
        [
            Difference::Changed("OrderPlaced/v1.schema.json".into()),
            Difference::Changed("asyncapi.json".into())
        ]
    );
    let optional = MessageContract {
        version: 1,
        upcasts: false,
        ..v2_optional_note()
    };
    let report = Contracts::new(vec![optional]).write(&dir).unwrap();
    assert!(report.updated);
    // Removing the optional field again.
    Contracts::new(vec![v1()]).write(&dir).unwrap();
    // A reader with `deny_unknown_fields` refuses what it does not know: adding a field
    // breaks the consumers not yet upgraded.
    let dir = tmp("compatible-closed");
    Contracts::new(vec![closed(v1())]).write(&dir).unwrap();
    let err = Contracts::new(vec![closed(MessageContract {
        version: 1,
        upcasts: false,
        ..v2_optional_note()
    })])
    .write(&dir)
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("the reader's closed content model refuses it")
            && err.contains("breaks consumers not yet upgraded"),
        "{err}"
    );
}

#[test]
fn a_published_version_needs_a_type_and_newer_versions_an_upcaster() {
    let dir = tmp("chain");
    Contracts::new(vec![v1()]).write(&dir).unwrap();
    // v2 without `upcast_from`, v1's type gone.
    let alone = MessageContract {
        upcasts: false,
        ..v2_required_note()
    };
    let err = Contracts::new(vec![alone]).write(&dir).unwrap_err();
    let ContractsError::Breaking { changes, .. } = &err else {
        panic!("{err}")
    };
    assert!(
        matches!(changes[0].problem, Problem::Dropped { newest: 2 }),
        "{err}"
    );
    assert!(
        matches!(&changes[1].problem, Problem::NoUpcaster { oldest: 1, missing } if missing == &[2]),
        "{err}"
    );
    let text = err.to_string();
    assert!(
        text.contains("no type in the code reads it any more"),
        "{text}"
    );
    assert!(text.contains("v2 has no `upcast_from`"), "{text}");
    // With v1 kept and v2 upcasting, a breaking shape is a new version: accepted.
    Contracts::new(vec![v1(), v2_required_note()])
        .write(&dir)
        .unwrap();
    assert!(dir.join("OrderPlaced/v2.schema.json").exists());
}

#[test]
fn confluent_modes_apply_per_contract() {
    let dir = tmp("confluent");
    Contracts::new(vec![v1()]).write(&dir).unwrap();
    // BACKWARD: the new version must read the old data; a required field added breaks it,
    // upcaster or not.
    let err = Contracts::new(vec![v1(), v2_required_note()])
        .with_compatibility_for("OrderPlaced", Mode::Backward)
        .write(&dir)
        .unwrap_err();
    let ContractsError::Breaking { changes, .. } = &err else {
        panic!("{err}")
    };
    assert!(
        matches!(&changes[0].problem, Problem::Incompatible { mode: Mode::Backward, changes } if changes[0].against == 1),
        "{err}"
    );
    assert!(
        err.to_string().contains("is not BACKWARD-compatible"),
        "{err}"
    );
    // Adding an optional field to a closed model is BACKWARD- but not FORWARD-compatible;
    // to an open one, FORWARD- but not BACKWARD-compatible (Confluent's rules).
    let dir = tmp("confluent-closed");
    Contracts::new(vec![closed(v1())]).write(&dir).unwrap();
    Contracts::new(vec![closed(v1()), closed(v2_optional_note())])
        .with_mode(Mode::Forward)
        .write(&dir)
        .unwrap_err();
    Contracts::new(vec![closed(v1()), closed(v2_optional_note())])
        .with_mode(Mode::Backward)
        .write(&dir)
        .unwrap();
    let dir = tmp("confluent-open");
    Contracts::new(vec![v1()]).write(&dir).unwrap();
    Contracts::new(vec![v1(), v2_optional_note()])
        .with_mode(Mode::Backward)
        .write(&dir)
        .unwrap_err();
    Contracts::new(vec![v1(), v2_optional_note()])
        .with_mode(Mode::Forward)
        .write(&dir)
        .unwrap();
    // NONE checks nothing.
    Contracts::new(vec![v1(), v2_required_note()])
        .with_mode(Mode::None)
        .write(tmp("confluent-none"))
        .unwrap();
}

#[test]
fn two_inboxes_in_one_consumer_group_are_refused() {
    let inbox = |inbox: &str, group: Option<&str>| ConsumerContract {
        inbox: inbox.to_owned(),
        group: group.map(str::to_owned),
        receives: vec![("OrderPlaced".to_owned(), 1)],
    };
    let dir = tmp("shared-group");
    let err = Contracts::new(vec![v1()])
        .with_consumers(vec![
            inbox("Billing", Some("billing")),
            inbox("Audit", Some("audit")),
            inbox("Refunds", Some("billing")),
        ])
        .write(&dir)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "consumer group `billing` is declared by the inboxes `Billing`, `Refunds`: a group reads \
         one inbox's events from one position; give each inbox its own `#[inbox(group = \"...\")]`"
    );
    assert!(!dir.exists(), "nothing written");
}

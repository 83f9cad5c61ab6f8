//! `factum_codegen::contracts::build` in a real build script: a throw-away workspace of
//! two crates (the messages, and a service whose build script checks their contracts)
//! is built with cargo after each change a user makes, and every message the build
//! prints is checked.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

struct Workspace {
    dir: PathBuf,
}

impl Workspace {
    fn new(name: &str) -> Self {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
        let _ = std::fs::remove_dir_all(&dir);
        let root = root();
        let path = |p: &str| root.join(p).display().to_string();
        let ws = Workspace { dir };
        ws.write(
            "Cargo.toml",
            &format!(
                "[workspace]\nmembers = [\"messages\", \"service\"]\nresolver = \"3\"\n\n\
                 [workspace.dependencies]\nfactum = {{ path = {:?} }}\nfactum-codegen = {{ path = {:?} }}\n",
                path("event-core"),
                path("codegen")
            ),
        );
        // The repository's lock file: the same versions as the repository's build.
        std::fs::copy(root.join("Cargo.lock"), ws.dir.join("Cargo.lock")).unwrap();
        ws.write(
            "messages/Cargo.toml",
            "[package]\nname = \"messages\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[dependencies]\n\
             factum.workspace = true\nschemars = \"1.2\"\nserde = { version = \"1\", features = [\"derive\"] }\n",
        );
        ws.write(
            "service/Cargo.toml",
            "[package]\nname = \"service\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
             [build-dependencies]\nmessages = { path = \"../messages\" }\nfactum-codegen.workspace = true\n",
        );
        ws.write("service/src/main.rs", "fn main() {}\n");
        ws.write(
            "service/build.rs",
            "use messages as _;\n\nfn main() -> Result<(), factum_codegen::contracts::ContractsError> {\n    \
             factum_codegen::contracts::build(\"contracts\")?;\n    Ok(())\n}\n",
        );
        ws
    }

    fn write(&self, path: &str, text: &str) {
        let path = self.dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn messages(&self, body: &str) {
        self.write(
            "messages/src/lib.rs",
            &format!(
                "use factum::Event;\nuse schemars::JsonSchema;\nuse serde::{{Deserialize, Serialize}};\n\n{body}"
            ),
        );
    }

    /// `cargo build` with `FACTUM_CONTRACTS` set to `setting`: (success, stderr).
    fn build(&self, setting: Option<&str>) -> (bool, String) {
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args(["build", "-p", "service"])
            .current_dir(&self.dir)
            // Shared with `factum contracts write`'s runner: dependencies built once.
            .env(
                "CARGO_TARGET_DIR",
                root().join("target/factum-contracts-runner/target"),
            )
            .env_remove("FACTUM_CONTRACTS");
        if let Some(setting) = setting {
            cmd.env("FACTUM_CONTRACTS", setting);
        }
        let out = cmd.output().unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    fn committed(&self, path: &str) -> Option<String> {
        std::fs::read_to_string(self.dir.join("service/contracts").join(path)).ok()
    }
}

const V1: &str = "#[derive(Event, Serialize, Deserialize, JsonSchema)]\n\
                  pub struct OrderPlaced { pub order_id: String }\n";

#[test]
fn the_build_script_flow_and_each_of_its_messages() {
    let ws = Workspace::new("build-script-flow");
    ws.messages(V1);

    // No committed folder yet: a warning naming the update command; nothing in the source tree.
    let (ok, err) = ws.build(None);
    assert!(ok, "{err}");
    assert!(
        err.contains("warning: service@0.1.0: no contracts committed in contracts yet: write them with `FACTUM_CONTRACTS=overwrite cargo build -p service` and commit them"),
        "{err}"
    );
    assert!(!ws.dir.join("service/contracts").exists());

    // CI: any difference is an error.
    let (ok, err) = ws.build(Some("verify"));
    assert!(!ok);
    assert!(
        err.contains("Error: contracts is not what the code generates (FACTUM_CONTRACTS=verify): OrderPlaced/v1.schema.json added"),
        "{err}"
    );
    assert!(err.contains("update the folder with `FACTUM_CONTRACTS=overwrite cargo build -p service` and commit it"), "{err}");

    // Overwrite writes the folder; then everything is quiet.
    let (ok, err) = ws.build(Some("overwrite"));
    assert!(ok, "{err}");
    let v1 = ws.committed("OrderPlaced/v1.schema.json").expect("written");
    assert!(v1.contains("\"title\": \"OrderPlaced\""), "{v1}");
    let (ok, err) = ws.build(Some("verify"));
    assert!(ok && !err.contains("warning"), "{err}");

    // Renaming the type under its wire name changes no contract.
    ws.messages(
        "#[derive(Event, Serialize, Deserialize, JsonSchema)]\n\
         #[event(name = \"OrderPlaced\", version = 1)]\n\
         pub struct OrderPlacedV1 { pub order_id: String }\n",
    );
    let (ok, err) = ws.build(Some("verify"));
    assert!(ok, "{err}");

    // A compatible change: an optional field and a doc comment keep version 1.
    ws.messages(
        "/// An order was placed.\n#[derive(Event, Serialize, Deserialize, JsonSchema)]\n\
         pub struct OrderPlaced { pub order_id: String, pub note: Option<String> }\n",
    );
    let (ok, err) = ws.build(None);
    assert!(ok, "{err}");
    assert!(
        err.contains("warning: service@0.1.0: the contracts in contracts differ from the code, compatibly (OrderPlaced/v1.schema.json changed, asyncapi.json changed): update them with `FACTUM_CONTRACTS=overwrite cargo build -p service` and commit them"),
        "{err}"
    );
    let (ok, _) = ws.build(Some("overwrite"));
    assert!(ok);

    // A breaking change fails, whatever the setting, and writes nothing.
    ws.messages(
        "#[derive(Event, Serialize, Deserialize, JsonSchema)]\n\
         pub struct OrderPlaced { pub order_id: String, pub note: Option<String>, pub currency: String }\n",
    );
    let before = ws.committed("OrderPlaced/v1.schema.json");
    for setting in [None, Some("overwrite")] {
        let (ok, err) = ws.build(setting);
        assert!(!ok);
        for expected in [
            "Error: 1 breaking change(s) to the contracts in contracts:",
            "`OrderPlaced` v1 (OrderPlaced/v1.schema.json) changed in a way its readers cannot take (SERDE):",
            "- the reader requires `currency`, which the writer does not always write [required-property-added]; breaks upgraded consumers reading old, stored or replayed events",
            "Two ways forward: (1) make the change compatible",
            "(2) ship it as version 2: keep this shape as `#[event(name = \"OrderPlaced\", version = 1)] struct OrderPlacedV1`, give the new type `#[event(version = 2, upcast_from = OrderPlacedV1)]` and `impl From<OrderPlacedV1> for OrderPlaced`",
            "If v1 was never published, delete OrderPlaced/v1.schema.json instead.",
        ] {
            assert!(err.contains(expected), "{expected:?} not in:\n{err}");
        }
    }
    assert_eq!(ws.committed("OrderPlaced/v1.schema.json"), before);

    // The documented way forward: version 2 upcasting from version 1.
    ws.messages(
        "/// An order was placed.\n#[derive(Event, Serialize, Deserialize, JsonSchema)]\n\
         #[event(name = \"OrderPlaced\", version = 1)]\n\
         pub struct OrderPlacedV1 { pub order_id: String, pub note: Option<String> }\n\n\
         #[derive(Event, Serialize, Deserialize, JsonSchema)]\n\
         #[event(version = 2, upcast_from = OrderPlacedV1)]\n\
         pub struct OrderPlaced { pub order_id: String, pub note: Option<String>, pub currency: String }\n\n\
         impl From<OrderPlacedV1> for OrderPlaced {\n    fn from(v1: OrderPlacedV1) -> Self {\n        \
         Self { order_id: v1.order_id, note: v1.note, currency: \"EUR\".into() }\n    }\n}\n",
    );
    let (ok, err) = ws.build(Some("overwrite"));
    assert!(ok, "{err}");
    assert!(ws.committed("OrderPlaced/v2.schema.json").is_some());
    assert_eq!(ws.committed("OrderPlaced/v1.schema.json"), before);

    // Version 1's type dropped: its published data would be unreadable.
    ws.messages(
        "#[derive(Event, Serialize, Deserialize, JsonSchema)]\n#[event(version = 2)]\n\
         pub struct OrderPlaced { pub order_id: String, pub note: Option<String>, pub currency: String }\n",
    );
    let (ok, err) = ws.build(None);
    assert!(!ok);
    assert!(err.contains("`OrderPlaced` v1 (OrderPlaced/v1.schema.json) is published, but no type in the code reads it any more (the newest is v2)"), "{err}");
    assert!(err.contains("`OrderPlaced` v2: consumers must read every version from v1 on, but v2 has no `upcast_from` naming the version before"), "{err}");

    // A setting that is not one.
    ws.messages(V1);
    let (ok, err) = ws.build(Some("yes"));
    assert!(!ok);
    assert!(
        err.contains("Error: FACTUM_CONTRACTS=\"yes\" is not a setting: use `overwrite`"),
        "{err}"
    );

    // A build script that does not link the messages.
    ws.write(
        "service/build.rs",
        "fn main() -> Result<(), factum_codegen::contracts::ContractsError> {\n    \
         factum_codegen::contracts::build(\"contracts\")?;\n    Ok(())\n}\n",
    );
    let (ok, err) = ws.build(None);
    assert!(!ok);
    assert!(err.contains("Error: the build script of `service` links no factum message type: list the crate that defines them under [build-dependencies] and name it in build.rs (`use my_contracts as _;`)"), "{err}");
}

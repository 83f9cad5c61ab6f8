//! Runs `factum compat` on the schema files in `tests/compat/cli/`.

use std::path::PathBuf;
use std::process::Command;

fn file(name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "compat", "cli", name]
        .iter()
        .collect();
    path.to_string_lossy().into_owned()
}

fn compat(mode: &str, files: &[&str]) -> (i32, String, String) {
    let mut args = vec!["compat".to_owned(), "--mode".to_owned(), mode.to_owned()];
    args.extend(files.iter().map(|f| file(f)));
    let out = Command::new(env!("CARGO_BIN_EXE_factum"))
        .args(&args)
        .output()
        .expect("run factum");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn compatible_exits_0_with_a_one_line_summary() {
    let (code, stdout, stderr) = compat("BACKWARD", &["v2.json", "v3.json"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.starts_with("OK BACKWARD: "), "{stdout}");
    assert!(
        stdout.contains("v3.json") && stdout.contains("v2.json"),
        "{stdout}"
    );
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn incompatible_exits_1_with_one_finding_per_line() {
    let (code, stdout, stderr) = compat("forward", &["v2.json", "v3.json"]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    let fields: Vec<&str> = lines[0].splitn(5, ' ').collect();
    assert_eq!(fields[0], "FORWARD");
    assert_eq!(fields[1], file("v2.json"));
    assert_eq!(fields[2], "property-removed-from-closed-model");
    assert_eq!(fields[3], "#/properties/note");
    assert!(fields[4].contains("`note`"), "{}", fields[4]);
    assert!(stderr.contains("not FORWARD-compatible"), "{stderr}");
}

#[test]
fn full_reports_both_directions() {
    let (code, stdout, _) = compat("full", &["integer.json", "v3.json"]);
    assert_eq!(code, 1);
    assert!(
        stdout.lines().any(|l| l.starts_with("BACKWARD ")),
        "{stdout}"
    );
    assert!(
        stdout.lines().any(|l| l.starts_with("FORWARD ")),
        "{stdout}"
    );
    assert!(stdout.contains(" type-changed #/type "), "{stdout}");
}

#[test]
fn transitive_modes_use_every_old_file_the_others_the_last() {
    // v1 -> v2 broke backward compatibility (registered under NONE); v2 -> v3 did not.
    let (code, stdout, stderr) = compat("BACKWARD", &["v1.json", "v2.json", "v3.json"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    for mode in [
        "BACKWARD_TRANSITIVE",
        "backward-transitive",
        "Backward_Transitive",
    ] {
        let (code, stdout, _) = compat(mode, &["v1.json", "v2.json", "v3.json"]);
        assert_eq!(code, 1, "{mode}: {stdout}");
        assert!(
            stdout.lines().any(|l| l.starts_with(&format!(
                "BACKWARD {} property-removed-from-closed-model #/properties/qty ",
                file("v1.json")
            ))),
            "{mode}: {stdout}"
        );
        assert!(!stdout.contains(&file("v2.json")), "{mode}: {stdout}");
    }
    // FULL_TRANSITIVE: backward against v1, forward against both (v3 adds `note` to closed models).
    let (code, stdout, _) = compat("Full-Transitive", &["v1.json", "v2.json", "v3.json"]);
    assert_eq!(code, 1);
    for (direction, old, pointer) in [
        ("BACKWARD", "v1.json", "#/properties/qty"),
        ("FORWARD", "v1.json", "#/properties/note"),
        ("FORWARD", "v2.json", "#/properties/note"),
    ] {
        let prefix = format!(
            "{direction} {} property-removed-from-closed-model {pointer} ",
            file(old)
        );
        assert!(
            stdout.lines().any(|l| l.starts_with(&prefix)),
            "{prefix}: {stdout}"
        );
    }
    assert_eq!(stdout.lines().count(), 3, "{stdout}");
}

#[test]
fn none_checks_nothing() {
    let (code, stdout, _) = compat("none", &["integer.json", "v3.json"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("OK NONE: "), "{stdout}");
}

#[test]
fn invalid_input_exits_2_naming_the_file_and_the_reason() {
    for (name, reason) in [
        ("not_json.json", "not JSON"),
        ("array.json", "a schema must be an object or a boolean"),
        ("bad_ref.json", "unresolvable `$ref` \"#/$defs/Missing\""),
        ("missing.json", "cannot read"),
    ] {
        for files in [[name, "v3.json"], ["v3.json", name]] {
            let (code, stdout, stderr) = compat("BACKWARD", &files);
            assert_eq!(code, 2, "{name}: {stdout}{stderr}");
            assert!(
                stderr.contains(&file(name)) && stderr.contains(reason),
                "{name}: {stderr}"
            );
            assert!(stdout.is_empty(), "{stdout}");
        }
    }
    assert!(
        compat("BACKWARD", &["bad_ref.json", "v3.json"])
            .2
            .contains("#/properties/a/$ref")
    );
}

#[test]
fn usage_errors_exit_2() {
    let (code, _, stderr) = compat("SIDEWAYS", &["v1.json", "v2.json"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("BACKWARD_TRANSITIVE"), "{stderr}");
    let (code, _, _) = compat("BACKWARD", &["v1.json"]);
    assert_eq!(code, 2);
}

fn compat_args(args: &[&str], files: &[&str]) -> (i32, String) {
    let mut all: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    all.extend(files.iter().map(|f| file(f)));
    let out = Command::new(env!("CARGO_BIN_EXE_factum"))
        .arg("compat")
        .args(&all)
        .output()
        .expect("run factum");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn the_default_is_serde_aware_both_ways_for_events_one_way_for_commands() {
    // An optional field added to a plain struct: every reader reads every writer.
    let (code, stdout) = compat_args(&[], &["open_v1.json", "open_optional.json"]);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.starts_with("OK SERDE: "), "{stdout}");
    // A required field added: upgraded readers cannot read old events...
    let (code, stdout) = compat_args(&[], &["open_v1.json", "open_required.json"]);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.starts_with(&format!(
            "BACKWARD {} required-property-added #/required ",
            file("open_v1.json")
        )),
        "{stdout}"
    );
    // ... and a required field removed breaks the old readers of new events, which a
    // command's one handler, upgraded first, is not.
    let (code, stdout) = compat_args(&[], &["open_required.json", "open_v1.json"]);
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.starts_with("FORWARD "), "{stdout}");
    let (code, stdout) = compat_args(
        &["--kind", "command"],
        &["open_required.json", "open_v1.json"],
    );
    assert_eq!(code, 0, "{stdout}");
}

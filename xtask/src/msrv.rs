//! `cargo xtask msrv`: the minimum supported Rust version is stated once and holds.
//!
//! The MSRV is the workspace's `rust-version`. CI has exactly one toolchain, the one
//! `rust-toolchain.toml` pins, and cannot fetch another, so the MSRV is that toolchain's
//! version: the only version every test runs on. This check keeps the three in step:
//!
//! 1. the workspace's `rust-version` is the pinned toolchain's major.minor;
//! 2. every published crate of the workspace inherits it (`rust-version.workspace =
//!    true`), and the separate `fuzz` workspace states the same;
//! 3. no dependency in `Cargo.lock` declares a `rust-version` above it (`cargo metadata`),
//!    so a user on the MSRV can build what the lock file resolves.
//!
//! Code that uses a standard-library API newer than the MSRV is caught by clippy's
//! `incompatible_msrv` lint, which reads the same `rust-version`, in `cargo xtask test`.

use std::path::Path;
use std::process::Command;

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(arg) = args.first() {
        return Err(format!(
            "`cargo xtask msrv` takes no arguments (got `{arg}`)"
        ));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("xtask lives in the workspace")?;
    let read = |path: &str| {
        std::fs::read_to_string(root.join(path)).map_err(|e| format!("cannot read {path}: {e}"))
    };

    let toolchain = toml_string(&read("rust-toolchain.toml")?, "channel")
        .ok_or("rust-toolchain.toml: no `channel`")?;
    let pinned = major_minor(&toolchain)
        .ok_or_else(|| format!("rust-toolchain.toml: channel `{toolchain}` is not a version"))?;
    let msrv_text = toml_string(&read("Cargo.toml")?, "rust-version")
        .ok_or("Cargo.toml: no `rust-version` in [workspace.package]")?;
    let msrv = major_minor(&msrv_text)
        .ok_or_else(|| format!("Cargo.toml: rust-version `{msrv_text}` is not a version"))?;
    let mut problems = Vec::new();
    if msrv != pinned {
        problems.push(format!(
            "Cargo.toml: rust-version {msrv_text} is not the pinned toolchain {toolchain} (the only one CI tests)"
        ));
    }
    match toml_string(&read("fuzz/Cargo.toml")?, "rust-version").as_deref() {
        Some(v) if major_minor(v) == Some(msrv) => {}
        other => problems.push(format!(
            "fuzz/Cargo.toml: rust-version {other:?}, expected \"{msrv_text}\""
        )),
    }

    let metadata = cargo_metadata(root)?;
    let members: Vec<&str> = metadata["workspace_members"]
        .as_array()
        .ok_or("cargo metadata: no workspace_members")?
        .iter()
        .filter_map(serde_json::Value::as_str)
        .collect();
    let packages = metadata["packages"]
        .as_array()
        .ok_or("cargo metadata: no packages")?;
    let mut checked = 0;
    for package in packages {
        let name = package["name"].as_str().unwrap_or("?");
        let version = package["version"].as_str().unwrap_or("?");
        let id = package["id"].as_str().unwrap_or_default();
        let declared = package["rust_version"].as_str();
        let published = package["publish"]
            .as_array()
            .is_none_or(|to| !to.is_empty());
        if members.contains(&id) {
            if published && declared.and_then(major_minor) != Some(msrv) {
                problems.push(format!(
                    "{name}: rust-version {declared:?}; use `rust-version.workspace = true`"
                ));
            }
        } else if let Some(declared) = declared {
            checked += 1;
            if major_minor(declared).is_none_or(|needed| needed > msrv) {
                problems.push(format!(
                    "dependency {name} {version} needs Rust {declared}, above the MSRV {msrv_text}"
                ));
            }
        }
    }
    if problems.is_empty() {
        println!(
            "msrv: Rust {msrv_text} = the pinned toolchain; {checked} dependencies that state a rust-version need at most it"
        );
        Ok(())
    } else {
        Err(format!("msrv:\n  {}", problems.join("\n  ")))
    }
}

/// `cargo metadata` of the workspace, for every platform, as the lock file resolves it.
fn cargo_metadata(root: &Path) -> Result<serde_json::Value, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(&cargo)
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run {cargo} metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    serde_json::from_slice(&output.stdout).map_err(|e| format!("cargo metadata: {e}"))
}

/// The string value of the first `key = "value"` line in a TOML file.
fn toml_string(text: &str, key: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let (k, v) = line.split_once('=')?;
        if k.trim() != key {
            return None;
        }
        let v = v.trim();
        Some(v.strip_prefix('"')?.strip_suffix('"')?.to_owned())
    })
}

/// `1.95` of `1.95`, `1.95.0` or `1.95.1`.
fn major_minor(version: &str) -> Option<(u32, u32)> {
    let mut parts = version.split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    Some((major, minor))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_and_toml_values_are_read() {
        assert_eq!(major_minor("1.95"), Some((1, 95)));
        assert_eq!(major_minor("1.95.0"), Some((1, 95)));
        assert_eq!(major_minor("stable"), None);
        let toml = "[toolchain]\nchannel = \"1.95.0\"\ncomponents = [\"clippy\"]\n";
        assert_eq!(toml_string(toml, "channel").as_deref(), Some("1.95.0"));
        assert_eq!(toml_string(toml, "rust-version"), None);
        assert!(major_minor("1.96") > major_minor("1.95.9"));
    }
}

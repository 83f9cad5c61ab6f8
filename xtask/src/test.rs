//! `cargo xtask test`: everything the project checks, on a fresh machine.
//!
//! 0. checks the minimum supported Rust version (`cargo xtask msrv`);
//! 1. Installs what it needs and is missing (pinned: Debian `wordnet-base`; the JS and
//!    Python `CloudEvents` SDKs, `ajv` and `@asyncapi/parser` from `tests/interop`, with
//!    their lock files), then
//! 2. verifies the generated lexicon against its sources (`WordNet` 3.0 and the pinned
//!    `LemmInflect` wheel from `PyPI`, fetched by `cargo xtask lexicon` into `target/`),
//! 3. runs every test of the workspace (unit, integration, trybuild, doctests),
//! 4. provisions and runs the exports' and the transports' real counterparts
//!    (`provision_exports`, `provision_nats`, `provision_postgres`),
//! 5. runs clippy (pedantic) over the crates that use the derives, so generated code
//!    stays warning-free.

use std::path::Path;
use std::process::Command;

use crate::process;

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(arg) = args.first() {
        return Err(format!(
            "`cargo xtask test` takes no arguments (got `{arg}`)"
        ));
    }
    step("msrv: rust-version, the pinned toolchain and the dependencies agree");
    crate::msrv::run(&[])?;

    step("provision: WordNet 3.0 (Debian wordnet-base) for the lexicon check");
    ensure_debian_package("wordnet-base", Path::new("/usr/share/wordnet/index.verb"))?;

    step("lexicon: the committed table matches its sources (WordNet 3.0, LemmInflect 0.2.3)");
    crate::lexicon::run(&["--check".to_owned()])?;

    step(
        "provision: CloudEvents SDKs (npm cloudevents, PyPI cloudevents), ajv, @asyncapi/parser, pinned",
    );
    let root = workspace_root();
    let js = root.join("tests/interop/js");
    process::run(
        &js,
        "npm",
        &["ci", "--no-audit", "--no-fund", "--loglevel=error"],
        &[],
    )?;
    let requirements = root.join("tests/interop/python/requirements.txt");
    process::python_venv(
        &root,
        "interop-venv",
        &["-r", &requirements.display().to_string()],
    )?;

    step("cargo test --workspace");
    cargo(&["test", "--workspace", "--quiet"])?;

    step("interop: factum envelopes against the JS and Python CloudEvents SDKs");
    cargo(&[
        "test",
        "--quiet",
        "-p",
        "factum-tests",
        "--test",
        "interop",
        "--",
        "--ignored",
    ])?;

    step("contracts: generated schemas, envelopes and AsyncAPI against ajv and @asyncapi/parser");
    cargo(&[
        "test",
        "--quiet",
        "-p",
        "factum-codegen",
        "--test",
        "contracts_validate",
        "--",
        "--ignored",
    ])?;

    crate::provision_exports::run(&root)?;
    crate::provision_nats::run(&root)?;
    crate::provision_postgres::run(&root)?;

    step("clippy -W clippy::pedantic on code that uses the derives");
    cargo(&[
        "clippy",
        "--quiet",
        "--workspace",
        "--all-targets",
        // No member enables it; its module and test are linted too.
        "--features",
        "factum-transport/postgres",
        "--",
        "-D",
        "warnings",
        "-W",
        "clippy::pedantic",
    ])?;
    println!("xtask test: all checks passed");
    Ok(())
}

pub fn workspace_root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn step(what: &str) {
    println!("==> {what}");
}

fn cargo(args: &[&str]) -> Result<(), String> {
    process::cargo(&workspace_root(), args, &[])
}

/// Installs a Debian package with apt-get unless `probe` already exists.
pub fn ensure_debian_package(package: &str, probe: &Path) -> Result<(), String> {
    if probe.exists() {
        return Ok(());
    }
    let run = |args: &[&str]| -> Result<(), String> {
        let status = Command::new("apt-get")
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .map_err(|e| format!("cannot run apt-get to install {package}: {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("`apt-get {}` failed ({status})", args.join(" ")))
        }
    };
    run(&["update", "-qq"])?;
    run(&["install", "-y", "-qq", "--no-install-recommends", package])?;
    if probe.exists() {
        Ok(())
    } else {
        Err(format!(
            "installed {package} but {} is still missing",
            probe.display()
        ))
    }
}

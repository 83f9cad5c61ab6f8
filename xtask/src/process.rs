//! Running the programs `cargo xtask` provisions and tests with: one place that starts a
//! process, waits for it and turns a failure into a message naming the command.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs `program args` in `dir` with the extra environment `envs`; an error names the
/// command and how it ended.
pub fn run(
    dir: &Path,
    program: &str,
    args: &[&str],
    envs: &[(&str, String)],
) -> Result<(), String> {
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

/// The cargo that runs `cargo xtask`.
pub fn cargo_program() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

/// Runs `cargo args` in `dir` with the extra environment `envs`.
pub fn cargo(dir: &Path, args: &[&str], envs: &[(&str, String)]) -> Result<(), String> {
    run(dir, &cargo_program(), args, envs)
}

/// A Python virtual environment at `root/target/<name>` (made if missing) with `pip
/// install` of `packages` (pinned requirements: `-r FILE` or `name==version`); returns its
/// folder.
pub fn python_venv(root: &Path, name: &str, packages: &[&str]) -> Result<PathBuf, String> {
    let venv = root.join("target").join(name);
    if !venv.join("bin/python").exists() {
        run(
            root,
            "python3",
            &["-m", "venv", &venv.display().to_string()],
            &[],
        )?;
    }
    let mut args = vec!["install", "--quiet", "--disable-pip-version-check"];
    args.extend_from_slice(packages);
    run(
        root,
        &venv.join("bin/pip").display().to_string(),
        &args,
        &[],
    )?;
    Ok(venv)
}

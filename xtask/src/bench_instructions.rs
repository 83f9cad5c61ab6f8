//! Counting the instructions of one crate's `rustc` invocation under valgrind's
//! cachegrind, for `cargo xtask bench derive --instructions`.
//!
//! Wall and CPU time of a build move with whatever else the machine runs; the number of
//! instructions `rustc` executes does not. The crate is rebuilt by cargo exactly as in the
//! timed runs (same flags, dependencies already built), with `RUSTC_WORKSPACE_WRAPPER`
//! pointing at a small script that runs only this crate's `rustc` under `valgrind
//! --tool=cachegrind --cache-sim=no`. Proc macros run inside `rustc`, so the derive's own
//! work is counted; every thread is counted (code generation runs on several).

use std::path::Path;
use std::process::Command;

/// The script cargo runs instead of `rustc` for the bench crates: cachegrind for the
/// crate being measured (`--crate-name bench_…`), plain `rustc` for anything else
/// (cargo's own `rustc -vV` probes).
const WRAPPER: &str = r#"#!/bin/sh
case " $* " in
  *" --crate-name bench_"*)
    exec valgrind --tool=cachegrind --cache-sim=no --log-file=/dev/null \
      --cachegrind-out-file="$FACTUM_BENCH_CACHEGRIND_OUT" "$@" ;;
  *) exec "$@" ;;
esac
"#;

/// Rebuilds the crate in `dir` alone (its dependencies must be built in `target`) and
/// returns the instructions its `rustc` executed.
pub fn rustc_instructions(dir: &Path, target: &Path) -> Result<u64, String> {
    let valgrind = Command::new("valgrind").arg("--version").output();
    if !valgrind.is_ok_and(|o| o.status.success()) {
        return Err("`--instructions` needs valgrind (apt-get install valgrind)".into());
    }
    let wrapper = dir.join("cachegrind-rustc.sh");
    std::fs::write(&wrapper, WRAPPER).map_err(|e| format!("{}: {e}", wrapper.display()))?;
    make_executable(&wrapper)?;
    let out = dir.join("cachegrind.out");
    let _ = std::fs::remove_file(&out);

    let lib = dir.join("src/lib.rs");
    let text = std::fs::read_to_string(&lib).map_err(|e| e.to_string())?;
    std::fs::write(&lib, text).map_err(|e| e.to_string())?; // bumps the mtime
    let status = Command::new(crate::process::cargo_program())
        .args(["build", "--quiet", "--lib"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_INCREMENTAL", "0")
        .env("RUSTC_WORKSPACE_WRAPPER", &wrapper)
        .env("FACTUM_BENCH_CACHEGRIND_OUT", &out)
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err(format!(
            "building {} under cachegrind failed",
            dir.display()
        ));
    }
    let counts = std::fs::read_to_string(&out)
        .map_err(|e| format!("{}: {e} (did cargo rebuild the crate?)", out.display()))?;
    summary(&counts).ok_or_else(|| format!("{}: no `summary:` line", out.display()))
}

/// The total of a cachegrind output file (its `summary:` line; the first event is `Ir`).
fn summary(counts: &str) -> Option<u64> {
    counts
        .lines()
        .find_map(|line| line.strip_prefix("summary:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
}

#[cfg(unix)]
fn make_executable(path: &Path) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
        .map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(not(unix))]
fn make_executable(_: &Path) -> Result<(), String> {
    Err("`--instructions` runs valgrind, which needs Linux or macOS".into())
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_the_summary_line() {
        let file =
            "desc: --cache-sim=no\ncmd: rustc\nevents: Ir\nfl=a.rs\n1 5\nsummary: 123456789\n";
        assert_eq!(super::summary(file), Some(123_456_789));
        assert_eq!(super::summary("events: Ir\n"), None);
    }
}

//! `cargo xtask bench export [--messages N] [--runs N] [--quicktype]`: how long `factum
//! export` takes on N message types (default 1,000), in release mode.
//!
//! Each message is the "hard parts" contract (`tests/exports/contracts`) under its own name
//! with its `$defs` renamed, so the folder holds N × 9 distinct types (structs, string
//! enums, unions of all four serde shapes, a recursive type). Prints the median wall time
//! of `factum export --lang L` per language and of `--lang all` (one run that builds the
//! model once and writes the four languages), reading the files included, with the load
//! average. `--quicktype` also times quicktype (npm, pinned in `tests/exports/compare`) on
//! the same schema files, once per language.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// The number after `name` in `args`, or `default` without it.
pub(crate) fn arg(args: &[String], name: &str, default: usize) -> Result<usize, String> {
    match args.iter().position(|a| a == name) {
        None => Ok(default),
        Some(i) => args
            .get(i + 1)
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| format!("{name} takes a number")),
    }
}

fn rename_refs(v: &mut Value, suffix: &str) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get_mut("$ref") {
                r.push_str(suffix);
            }
            for x in m.values_mut() {
                rename_refs(x, suffix);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| rename_refs(x, suffix)),
        _ => {}
    }
}

fn write_contracts(root: &Path, dir: &Path, n: usize) -> Result<(), String> {
    let src = root.join("tests/exports/contracts");
    let read = |p: &Path| -> Result<Value, String> {
        let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", p.display()))
    };
    let schema = read(&src.join("EdgeCasesRecorded/v1.schema.json"))?;
    let _ = std::fs::remove_dir_all(dir);
    let mut messages = Vec::new();
    for i in 0..n {
        let name = format!("EdgeCase{i}Recorded");
        let suffix = format!("M{i}");
        let mut s = schema.clone();
        rename_refs(&mut s, &suffix);
        if let Some(Value::Object(defs)) = s.get_mut("$defs") {
            let renamed: serde_json::Map<String, Value> = std::mem::take(defs)
                .into_iter()
                .map(|(k, v)| (format!("{k}{suffix}"), v))
                .collect();
            *defs = renamed;
        }
        s["title"] = json!(name);
        let d = dir.join(&name);
        std::fs::create_dir_all(&d).map_err(|e| e.to_string())?;
        std::fs::write(d.join("v1.schema.json"), s.to_string()).map_err(|e| e.to_string())?;
        messages.push(json!({"name": name, "kind": "event", "version": 1, "schema": format!("{name}/v1.schema.json")}));
    }
    std::fs::copy(
        src.join("envelope.schema.json"),
        dir.join("envelope.schema.json"),
    )
    .map_err(|e| e.to_string())?;
    let manifest = json!({"format": "factum-contracts/1", "envelope": "envelope.schema.json", "messages": messages});
    std::fs::write(dir.join("manifest.json"), manifest.to_string()).map_err(|e| e.to_string())
}

/// Entry point.
pub fn run(args: &[String]) -> Result<(), String> {
    let n = arg(args, "--messages", 1000)?;
    let runs = arg(args, "--runs", 5)?.max(1);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("no workspace")?
        .to_path_buf();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(&cargo)
        .args(["build", "-q", "--release", "-p", "factum-cli"])
        .current_dir(&root)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("cargo build --release -p factum-cli failed".into());
    }
    let factum = root.join("target/release/factum");
    let contracts = root.join("target/bench-export/contracts");
    write_contracts(&root, &contracts, n)?;
    println!(
        "{n} message types ({} declarations each), median of {runs} runs, load average {}:",
        9,
        load_average()
    );
    let mut total = Duration::ZERO;
    for lang in ["ts", "python", "go", "java", "all"] {
        let out = root.join("target/bench-export/out").join(lang);
        let mut times = Vec::new();
        for _ in 0..runs {
            let _ = std::fs::remove_dir_all(&out);
            let start = Instant::now();
            let o = Command::new(&factum)
                .args(["export", "--lang", lang, "--out"])
                .arg(&out)
                .arg(&contracts)
                .output()
                .map_err(|e| format!("cannot run factum: {e}"))?;
            times.push(start.elapsed());
            if !o.status.success() {
                return Err(format!(
                    "factum export --lang {lang} failed: {}",
                    String::from_utf8_lossy(&o.stderr)
                ));
            }
        }
        times.sort();
        let median = times[times.len() / 2];
        if lang == "all" {
            println!(
                "  one run, --lang all {:>6.1} ms",
                median.as_secs_f64() * 1000.0
            );
        } else {
            total += median;
            let files = count_files(&out);
            println!(
                "  {lang:<7} {:>7.1} ms  ({files} files written)",
                median.as_secs_f64() * 1000.0
            );
        }
    }
    println!(
        "  four runs, one each {:>6.1} ms",
        total.as_secs_f64() * 1000.0
    );
    println!("  load average after: {}", load_average());
    if args.iter().any(|a| a == "--quicktype") {
        quicktype(&root, &contracts, n)?;
    }
    Ok(())
}

/// The files under `dir`, in every subfolder.
fn count_files(dir: &Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |entries| {
        entries
            .flatten()
            .map(|e| {
                if e.file_type().is_ok_and(|t| t.is_dir()) {
                    count_files(&e.path())
                } else {
                    1
                }
            })
            .sum()
    })
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg").map_or_else(
        |_| "unknown".to_owned(),
        |l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "),
    )
}

/// quicktype 26 (pinned in `tests/exports/compare`) on the same schema files: one run per
/// language, every schema given as a source of one invocation.
fn quicktype(root: &Path, contracts: &Path, n: usize) -> Result<(), String> {
    let compare = root.join("tests/exports/compare");
    crate::process::run(
        &compare,
        "npm",
        &["ci", "--no-audit", "--no-fund", "--loglevel=error"],
        &[],
    )?;
    let bin = compare.join("node_modules/.bin/quicktype");
    let mut schemas: Vec<_> = (0..n)
        .map(|i| contracts.join(format!("EdgeCase{i}Recorded/v1.schema.json")))
        .collect();
    schemas.sort();
    println!("quicktype 26.0.0 on the same {n} schema files, one run each:");
    let out = root.join("target/bench-export/quicktype");
    for (lang, ext) in [
        ("ts", "ts"),
        ("python", "py"),
        ("go", "go"),
        ("java", "java"),
    ] {
        let dir = out.join(format!("{lang}-out"));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let start = Instant::now();
        let o = Command::new(&bin)
            .args(["--src-lang", "schema", "--lang", lang, "-o"])
            .arg(dir.join(format!("Contracts.{ext}")))
            .args(&schemas)
            .output()
            .map_err(|e| format!("cannot run quicktype: {e}"))?;
        let took = start.elapsed();
        if !o.status.success() {
            return Err(format!(
                "quicktype --lang {lang} failed: {}",
                String::from_utf8_lossy(&o.stderr)
            ));
        }
        println!("  {lang:<7} {:>9.1} ms", took.as_secs_f64() * 1000.0);
    }
    println!("  load average after: {}", load_average());
    Ok(())
}

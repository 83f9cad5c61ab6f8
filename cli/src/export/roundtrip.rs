//! `factum export roundtrip`: for each language whose toolchain is present, generate
//! the types, compile them with a small driver, decode and re-encode every vector, and
//! compare with the input as JSON with exact numbers.

use std::path::{Path, PathBuf};

use clap::Args;
use factum_codegen::export::{self, Lang, Options};
use serde_json::Value;

use super::{json_eq, toolchain};

/// `factum export roundtrip ...`.
#[derive(Debug, Args)]
pub struct RoundtripArgs {
    /// The contracts folder.
    #[arg(long, value_name = "DIR")]
    contracts: PathBuf,
    /// The vectors: DIR/<Name>/v<N>/<case>.json (and, when re-encoding must differ from
    /// the input, as for left-out defaults, the expected output <case>.expected.json).
    #[arg(long, value_name = "DIR")]
    vectors: PathBuf,
    /// A language to check (repeatable); without it, every language whose toolchain is
    /// present.
    #[arg(long = "lang", value_name = "LANG")]
    langs: Vec<Lang>,
    /// Where to build (default: a folder under the system's temporary folder, removed after).
    #[arg(long, value_name = "DIR")]
    work: Option<PathBuf>,
}

fn vectors(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let read = |d: &Path| -> Result<Vec<PathBuf>, String> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(d)
            .map_err(|e| format!("cannot read {}: {e}", d.display()))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        v.sort();
        Ok(v)
    };
    for name in read(dir)?.into_iter().filter(|p| p.is_dir()) {
        for version in read(&name)?.into_iter().filter(|p| p.is_dir()) {
            out.extend(
                read(&version)?
                    .into_iter()
                    .filter(|p| p.extension().is_some_and(|e| e == "json"))
                    .filter(|p| !p.to_string_lossy().ends_with(".expected.json")),
            );
        }
    }
    if out.is_empty() {
        return Err(format!(
            "no vectors (<Name>/v<N>/<case>.json) under {}",
            dir.display()
        ));
    }
    Ok(out)
}

/// Runs the roundtrip.
pub fn run(args: &RoundtripArgs) -> Result<(), (u8, String)> {
    let vectors = vectors(&args.vectors).map_err(|e| (2, e))?;
    let vectors: Vec<PathBuf> = vectors
        .into_iter()
        .map(|v| std::path::absolute(&v).unwrap_or(v))
        .collect();
    let model = export::model(&args.contracts).map_err(|e| (2, e.to_string()))?;
    let options = Options::default();
    let explicit = !args.langs.is_empty();
    let langs = if explicit {
        args.langs.clone()
    } else {
        Lang::ALL.to_vec()
    };
    let base = args.work.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("factum-roundtrip-{}", std::process::id()))
    });
    let (mut passed, mut failed) = (0usize, 0usize);
    for lang in langs {
        if let Some(why) = toolchain::missing(lang) {
            if explicit {
                return Err((2, format!("{lang}: {why}")));
            }
            println!("skip {lang}: {why}");
            continue;
        }
        let dir = base.join(lang.name());
        let _ = std::fs::remove_dir_all(&dir);
        let result = export::emit(&model, lang, &options)
            .map_err(|e| e.to_string())
            .and_then(|files| toolchain::compile_and_run(lang, &files, &options, &dir, &vectors));
        let output = match result {
            Ok(o) => o,
            Err(e) => {
                println!("FAIL {lang}: {e}");
                failed += vectors.len();
                continue;
            }
        };
        for v in &vectors {
            let shown = v
                .strip_prefix(std::path::absolute(&args.vectors).unwrap_or_default())
                .unwrap_or(v);
            match check(v, &output) {
                Ok(()) => {
                    passed += 1;
                    println!("ok   {lang:<6} {}", shown.display());
                }
                Err(e) => {
                    failed += 1;
                    println!("FAIL {lang:<6} {}: {e}", shown.display());
                }
            }
        }
    }
    if args.work.is_none() && failed == 0 {
        let _ = std::fs::remove_dir_all(&base);
    }
    println!("{passed} passed, {failed} failed");
    if failed > 0 {
        Err((1, format!("{failed} roundtrip(s) differ or failed")))
    } else if passed == 0 {
        Err((2, "no language's toolchain is present".to_owned()))
    } else {
        Ok(())
    }
}

fn check(vector: &Path, output: &str) -> Result<(), String> {
    let key = vector.display().to_string();
    let line = output
        .lines()
        .find(|l| l.split('\t').nth(1) == Some(key.as_str()))
        .ok_or("the driver printed nothing for it")?;
    let mut parts = line.splitn(3, '\t');
    let (status, _, rest) = (parts.next(), parts.next(), parts.next().unwrap_or(""));
    if status != Some("OK") {
        return Err(format!("decoding failed: {rest}"));
    }
    // `<case>.expected.json`, when there, is what re-encoding must give (a vector that
    // leaves out defaulted fields re-encodes with their defaults).
    let expected_file = vector.with_extension("expected.json");
    let source = if expected_file.exists() {
        expected_file.as_path()
    } else {
        vector
    };
    let text = std::fs::read_to_string(source).map_err(|e| e.to_string())?;
    let expected: Value =
        serde_json::from_str(&text).map_err(|e| format!("vector is not JSON: {e}"))?;
    let got: Value = serde_json::from_str(rest).map_err(|e| format!("output is not JSON: {e}"))?;
    match json_eq::diff(&expected, &got) {
        None => Ok(()),
        Some(d) => Err(format!("re-encoded differs at {d}")),
    }
}

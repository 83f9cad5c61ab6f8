//! `factum export`: the contract files to TypeScript, Python, Go or
//! Java, and
//! `factum export roundtrip`, which proves the generated types with each language's own
//! toolchain (decode every vector, re-encode it, compare as JSON with exact numbers).

mod json_eq;
mod roundtrip;
mod toolchain;

use std::path::PathBuf;

use clap::{Args, Subcommand};
use factum_codegen::export::{self, Lang, Options};

/// `factum export ...`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ExportArgs {
    #[command(subcommand)]
    cmd: Option<ExportCmd>,
    /// The language: ts, python, go or java; repeat it (or say `all`) for several, each
    /// then written to OUT/<lang>.
    #[arg(long, value_name = "LANG", required = true, value_parser = parse_langs)]
    lang: Vec<Vec<Lang>>,
    /// The folder to write the files to.
    #[arg(long, value_name = "DIR", required = true)]
    out: Option<PathBuf>,
    /// The Python, Go or Java package of the generated code.
    #[arg(long, value_name = "NAME", default_value = "contracts")]
    package: String,
    /// The contracts folder (with manifest.json).
    #[arg(value_name = "CONTRACTS_DIR", required = true)]
    contracts: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum ExportCmd {
    /// Generate, compile and run each language's types over test vectors
    /// (DIR/<Name>/v<N>/<case>.json, structured-mode CloudEvents): decode, re-encode and
    /// compare as JSON with exact numbers. One line per language and vector; exit 1 on any
    /// difference, 2 when a language asked for with --lang has no toolchain.
    Roundtrip(roundtrip::RoundtripArgs),
}

fn parse_langs(s: &str) -> Result<Vec<Lang>, String> {
    if s.eq_ignore_ascii_case("all") {
        Ok(Lang::ALL.to_vec())
    } else {
        s.parse()
            .map(|l| vec![l])
            .map_err(|_| format!("unknown language `{s}` (ts, python, go, java or all)"))
    }
}

/// Runs `factum export`.
pub fn run(args: &ExportArgs) -> Result<(), (u8, String)> {
    if let Some(ExportCmd::Roundtrip(rt)) = &args.cmd {
        return roundtrip::run(rt);
    }
    let (Some(out), Some(contracts)) = (&args.out, &args.contracts) else {
        return Err((2, "export needs --lang, --out and CONTRACTS_DIR".to_owned()));
    };
    let mut langs: Vec<Lang> = args.lang.iter().flatten().copied().collect();
    langs.sort();
    langs.dedup();
    if langs.is_empty() {
        return Err((2, "export needs --lang, --out and CONTRACTS_DIR".to_owned()));
    }
    let options = Options {
        package: args.package.clone(),
    };
    let files = export::load::read(contracts).map_err(|e| (2, e.to_string()))?;
    let model = export::lower::lower(&files).map_err(|e| (2, e.to_string()))?;
    // The process ends soon: its memory goes back whole, not one schema node at a time.
    std::mem::forget(files);
    let one = langs.len() == 1;
    // The model is built once and shared; the languages are written side by side.
    let results: Vec<_> = std::thread::scope(|scope| {
        let handles: Vec<_> = langs
            .iter()
            .map(|&lang| {
                let (model, options) = (&model, &options);
                let dir = if one {
                    out.clone()
                } else {
                    out.join(lang.name())
                };
                scope.spawn(move || {
                    let files = export::emit(model, lang, options)?;
                    export::write_files(&dir, &files).map(|w| (lang, w.len(), dir))
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("an export thread panicked"))
            .collect()
    });
    for r in results {
        let (lang, files, dir) = r.map_err(|e| (2, e.to_string()))?;
        println!(
            "exported {} message version(s) to {lang}: {files} file(s) in {}",
            model.messages.len(),
            dir.display()
        );
    }
    std::mem::forget(model);
    Ok(())
}

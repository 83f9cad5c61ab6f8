//! The `factum` command-line tool.

use std::io::{self, BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use factum_naming::{Vocabulary, classify_with, explain};

/// factum: tools for event-driven message types.
#[derive(Debug, Parser)]
#[command(name = "factum", version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Classify message names as event, command, query or unknown.
    Names(NamesArgs),
}

#[derive(Debug, Args)]
struct NamesArgs {
    /// Explain how NAME reads and suggest a name for each kind, instead of reading stdin.
    #[arg(long, value_name = "NAME")]
    explain: Option<String>,
    /// A vocabulary file with domain verbs (format: see the factum-naming docs).
    #[arg(long, value_name = "FILE")]
    vocabulary: Option<PathBuf>,
}

fn names(args: &NamesArgs) -> Result<(), (u8, String)> {
    let vocab = match &args.vocabulary {
        None => Vocabulary::default(),
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                (
                    2,
                    format!("cannot read vocabulary file {}: {e}", path.display()),
                )
            })?;
            Vocabulary::parse(&text).map_err(|e| {
                (
                    2,
                    format!("invalid vocabulary file {}: {e}", path.display()),
                )
            })?
        }
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let io_err = |e: io::Error| (1, format!("cannot write output: {e}"));
    if let Some(name) = &args.explain {
        out.write_all(explain(name, &vocab).as_bytes())
            .map_err(io_err)?;
        return Ok(());
    }
    for line in io::stdin().lock().lines() {
        let line = line.map_err(|e| (1, format!("cannot read stdin: {e}")))?;
        let name = line.trim();
        if name.is_empty() {
            continue;
        }
        let a = classify_with(name, &vocab);
        writeln!(out, "{name}\t{}\t{}", a.verdict, a.explanation).map_err(io_err)?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.cmd {
        Cmd::Names(args) => names(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, message)) => {
            eprintln!("factum: {message}");
            ExitCode::from(code)
        }
    }
}

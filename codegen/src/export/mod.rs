//! Exports a contracts folder to TypeScript, Python, Go and Java: types for every message
//! version, the envelope generic over its data, wire names and versions as constants, and
//! a decode-by-version entry point. It reads only the contract files (`manifest.json`,
//! the schemas, `envelope.schema.json`), so a team without Rust can regenerate.
//!
//! From a build script or any Rust program:
//!
//! ```no_run
//! use factum_codegen::export::{Lang, Options, export};
//! export("contracts".as_ref(), Lang::TypeScript, "web/src/contracts".as_ref(), &Options::default())?;
//! # Ok::<(), factum_codegen::export::ExportError>(())
//! ```
//!
//! The pipeline: [`load`] reads the files, [`lower`] turns each schema into the
//! [`model`], and one emitter per language writes it.

// The emitters are templates: short names for the type/JSON/path/depth being written,
// long functions that read top to bottom as the file they write; "CloudEvents",
// "TypeScript" and the like are names in prose.
#![allow(
    clippy::many_single_char_names,
    clippy::too_many_lines,
    clippy::doc_markdown
)]

mod error;
pub mod go;
pub mod java;
pub mod load;
pub mod lower;
pub mod model;
pub mod names;
pub mod python;
pub mod ts;
mod view;

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

pub use error::ExportError;

/// A target language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Lang {
    /// TypeScript (`tsc --strict`).
    TypeScript,
    /// Python with pydantic v2 (`mypy --strict`).
    Python,
    /// Go, standard library only.
    Go,
    /// Java 17 with Jackson 2.
    Java,
}

impl Lang {
    /// Every language.
    pub const ALL: [Lang; 4] = [Lang::TypeScript, Lang::Python, Lang::Go, Lang::Java];

    /// Its short name: `ts`, `python`, `go`, `java`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Lang::TypeScript => "ts",
            Lang::Python => "python",
            Lang::Go => "go",
            Lang::Java => "java",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "ts" | "typescript" => Ok(Lang::TypeScript),
            "py" | "python" => Ok(Lang::Python),
            "go" => Ok(Lang::Go),
            "java" => Ok(Lang::Java),
            _ => Err(format!("unknown language `{s}` (ts, python, go or java)")),
        }
    }
}

/// How the generated code is packaged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The Python package, Go package or Java package (dotted) the code is in.
    pub package: String,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            package: "contracts".to_owned(),
        }
    }
}

/// One generated file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Its path, relative to the output folder.
    pub path: PathBuf,
    /// Its text.
    pub contents: String,
}

impl GeneratedFile {
    pub(crate) fn new(path: impl Into<PathBuf>, contents: String) -> Self {
        GeneratedFile {
            path: path.into(),
            contents,
        }
    }
}

/// Reads a contracts folder into the type model.
///
/// # Errors
/// Unreadable files, or schemas the exporters cannot represent.
pub fn model(contracts_dir: &Path) -> Result<model::Model, ExportError> {
    lower::lower(&load::read(contracts_dir)?)
}

/// The files of `lang` for a contracts folder, in memory.
///
/// # Errors
/// As [`model`], and language limits (named in the error).
pub fn generate(
    contracts_dir: &Path,
    lang: Lang,
    options: &Options,
) -> Result<Vec<GeneratedFile>, ExportError> {
    emit(&model(contracts_dir)?, lang, options)
}

/// The files of `lang` for a model.
///
/// # Errors
/// Language limits (named in the error).
pub fn emit(
    model: &model::Model,
    lang: Lang,
    options: &Options,
) -> Result<Vec<GeneratedFile>, ExportError> {
    match lang {
        Lang::TypeScript => ts::emit(model),
        Lang::Python => python::emit(model, &options.package),
        Lang::Go => go::emit(model, &options.package),
        Lang::Java => java::emit(model, &options.package),
    }
}

/// Writes the files of `lang` for `contracts_dir` under `out_dir` (created if missing;
/// files are written only when their text changes); returns the files' paths.
///
/// # Errors
/// As [`generate`], and files that cannot be written.
pub fn export(
    contracts_dir: &Path,
    lang: Lang,
    out_dir: &Path,
    options: &Options,
) -> Result<Vec<PathBuf>, ExportError> {
    let files = generate(contracts_dir, lang, options)?;
    write_files(out_dir, &files)
}

/// Writes `files` under `out_dir`, each only when its text changes. A folder that does not
/// exist yet is written whole beside it and then renamed into place, so it appears
/// complete or not at all.
///
/// # Errors
/// Files that cannot be written.
pub fn write_files(out_dir: &Path, files: &[GeneratedFile]) -> Result<Vec<PathBuf>, ExportError> {
    if out_dir.exists() {
        return update_files(out_dir, files);
    }
    let mut tmp = out_dir.as_os_str().to_owned();
    tmp.push(format!(".factum-tmp-{}", std::process::id()));
    let tmp = PathBuf::from(tmp);
    let _ = std::fs::remove_dir_all(&tmp);
    let written = write_fresh(&tmp, files)
        .and_then(|()| {
            std::fs::rename(&tmp, out_dir).map_err(|source| ExportError::Io {
                path: out_dir.to_owned(),
                source,
            })
        })
        .inspect_err(|_| {
            let _ = std::fs::remove_dir_all(&tmp);
        });
    written.map(|()| files.iter().map(|f| out_dir.join(&f.path)).collect())
}

/// Writes every file into a new folder: one `open`, `write` and `close` each.
fn write_fresh(dir: &Path, files: &[GeneratedFile]) -> Result<(), ExportError> {
    let mut made: Option<&Path> = None;
    for f in files {
        let path = dir.join(&f.path);
        let io = |source| ExportError::Io {
            path: path.clone(),
            source,
        };
        let parent = f.path.parent().unwrap_or(Path::new(""));
        if made != Some(parent) {
            std::fs::create_dir_all(dir.join(parent)).map_err(io)?;
            made = Some(parent);
        }
        std::fs::write(&path, &f.contents).map_err(io)?;
    }
    Ok(())
}

/// Rewrites the files of an existing folder whose text changed, each through a temporary
/// file renamed over it.
fn update_files(out_dir: &Path, files: &[GeneratedFile]) -> Result<Vec<PathBuf>, ExportError> {
    let mut written = Vec::with_capacity(files.len());
    let mut made: Option<&Path> = None;
    for f in files {
        let path = out_dir.join(&f.path);
        let io = |source| ExportError::Io {
            path: path.clone(),
            source,
        };
        if let Some(parent) = f.path.parent()
            && made != Some(parent)
        {
            std::fs::create_dir_all(out_dir.join(parent)).map_err(io)?;
            made = Some(parent);
        }
        if std::fs::read_to_string(&path).ok().as_deref() != Some(f.contents.as_str()) {
            let tmp = path.with_extension("factum-tmp");
            std::fs::write(&tmp, &f.contents).map_err(io)?;
            std::fs::rename(&tmp, &path).map_err(io)?;
        }
        written.push(path);
    }
    Ok(written)
}

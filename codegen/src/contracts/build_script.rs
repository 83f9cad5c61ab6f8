//! [`build`]: the one call a build script makes. It generates the contract files under
//! `OUT_DIR`, compares them with the committed folder, and fails on a breaking change.
//!
//! `FACTUM_CONTRACTS` chooses what happens to a compatible difference:
//!
//! | `FACTUM_CONTRACTS` | compatible difference | breaking change |
//! |---|---|---|
//! | unset | a `cargo:warning` naming the update command | error |
//! | `overwrite` | the committed folder is replaced as a whole | error |
//! | `verify` (CI) | error | error |

use std::path::{Path, PathBuf};

use super::fs::{self, Folder};
use super::{Contracts, ContractsError, Report, compare};

/// What `FACTUM_CONTRACTS` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Setting {
    Check,
    Overwrite,
    Verify,
}

impl Setting {
    fn from_env() -> Result<Self, ContractsError> {
        match std::env::var("FACTUM_CONTRACTS") {
            Err(_) => Ok(Setting::Check),
            Ok(v) => match v.trim() {
                "" => Ok(Setting::Check),
                "overwrite" => Ok(Setting::Overwrite),
                "verify" => Ok(Setting::Verify),
                _ => Err(ContractsError::InvalidSetting { value: v }),
            },
        }
    }
}

/// The build-script call: checks the contracts of every message linked into the build
/// script against the committed folder `dir` (relative to the package's manifest
/// directory).
///
/// ```no_run
/// // build.rs, with the crate that defines the messages under [build-dependencies]
/// use my_contracts as _; // links its messages into the build script
///
/// fn main() -> Result<(), factum_codegen::contracts::ContractsError> {
///     factum_codegen::contracts::build("contracts")?;
///     Ok(())
/// }
/// # mod my_contracts {}
/// ```
///
/// It writes every contract file under `OUT_DIR/contracts` (nothing else, unless
/// `FACTUM_CONTRACTS=overwrite`), and prints the `cargo::rerun-if-*` lines for the folder
/// and the setting.
///
/// # Errors
///
/// [`ContractsError::Breaking`] for a change that breaks readers (every one, with whom it
/// breaks and the ways forward), [`ContractsError::Outdated`] for any difference under
/// `FACTUM_CONTRACTS=verify`, [`ContractsError::NoMessages`] when no message type is
/// linked, and the file and name errors of [`Contracts::write`].
pub fn build(dir: impl AsRef<Path>) -> Result<Report, ContractsError> {
    build_with(&Contracts::load()?, dir)
}

/// [`build`] with configured [`Contracts`] (AsyncAPI info, per-contract compatibility).
///
/// # Errors
///
/// As [`build`].
pub fn build_with(contracts: &Contracts, dir: impl AsRef<Path>) -> Result<Report, ContractsError> {
    let out_dir = std::env::var_os("OUT_DIR").ok_or(ContractsError::NotInBuildScript)?;
    // Messages name the folder as the build script does.
    let shown = dir.as_ref().to_path_buf();
    let dir = match std::env::var_os("CARGO_MANIFEST_DIR") {
        Some(root) if dir.as_ref().is_relative() => PathBuf::from(root).join(dir),
        _ => dir.as_ref().to_path_buf(),
    };
    println!("cargo::rerun-if-env-changed=FACTUM_CONTRACTS");
    println!("cargo::rerun-if-changed={}", dir.display());
    let package = std::env::var("CARGO_PKG_NAME").unwrap_or_default();
    if contracts.messages().is_empty() {
        return Err(ContractsError::NoMessages { package });
    }
    let setting = Setting::from_env()?;
    let files = contracts.render()?;
    let generated = Path::new(&out_dir).join("contracts");
    fs::replace_folder(&generated, &files, &Folder::default())?;
    fs::recover(&dir)?;
    let committed = Folder::read(&dir)?;
    let comparison = compare::compare(contracts, &files, &committed, &dir)?;
    if !comparison.breaking.is_empty() {
        return Err(ContractsError::Breaking {
            dir: shown,
            changes: comparison.breaking,
        });
    }
    let mut report = Report::of(&files, &comparison.differences);
    report.generated = Some(generated);
    if comparison.differences.is_empty() {
        return Ok(report);
    }
    let update = format!("FACTUM_CONTRACTS=overwrite cargo build -p {package}");
    match setting {
        Setting::Verify => Err(ContractsError::Outdated {
            dir: shown,
            differences: comparison.differences,
            update,
        }),
        Setting::Overwrite => {
            fs::replace_folder(&dir, &files, &committed)?;
            report.updated = true;
            Ok(report)
        }
        Setting::Check => {
            if committed.files.is_empty() {
                println!(
                    "cargo::warning=no contracts committed in {} yet: write them with `{update}` and commit them",
                    shown.display()
                );
            } else {
                let listed: Vec<String> = comparison
                    .differences
                    .iter()
                    .map(ToString::to_string)
                    .collect();
                println!(
                    "cargo::warning=the contracts in {} differ from the code, compatibly ({}): update them with `{update}` and commit them",
                    shown.display(),
                    listed.join(", ")
                );
            }
            Ok(report)
        }
    }
}

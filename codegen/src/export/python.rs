//! python emitter (todo)
use super::{GeneratedFile, error::ExportError, model::Model};
/// Emits.
/// # Errors
/// Never yet.
pub fn emit(_model: &Model, _package: &str) -> Result<Vec<GeneratedFile>, ExportError> { Ok(vec![]) }
/// Driver.
#[must_use]
pub fn driver(_package: &str) -> GeneratedFile { GeneratedFile::new("x", String::new()) }

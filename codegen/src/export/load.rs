//! Reads a contracts folder: `manifest.json`, each message version's schema and the
//! envelope schema. Only these files are read; paths in the manifest must stay inside
//! the folder.

use std::path::{Component, Path, PathBuf};

use serde_json::Value;

use super::error::ExportError;

/// A contracts folder, read.
#[derive(Debug, Clone)]
pub struct Contracts {
    /// The folder.
    pub dir: PathBuf,
    /// The message versions, sorted by wire name then version.
    pub messages: Vec<MessageFile>,
    /// `envelope.schema.json`.
    pub envelope: Value,
}

/// One message version and its schema.
#[derive(Debug, Clone)]
pub struct MessageFile {
    /// The wire name.
    pub name: String,
    /// The contract version.
    pub version: u32,
    /// `event`, `command` or `query`.
    pub kind: String,
    /// The schema file.
    pub path: PathBuf,
    /// The schema.
    pub schema: Value,
}

fn read_json(path: &Path) -> Result<Value, ExportError> {
    let text = std::fs::read_to_string(path).map_err(|source| ExportError::Io {
        path: path.to_owned(),
        source,
    })?;
    serde_json::from_str(&text)
        .map_err(|e| ExportError::invalid(path, "", format!("not JSON: {e}")))
}

fn inside(dir: &Path, manifest: &Path, pointer: &str, rel: &str) -> Result<PathBuf, ExportError> {
    let p = Path::new(rel);
    if p.components().all(|c| matches!(c, Component::Normal(_))) {
        Ok(dir.join(p))
    } else {
        Err(ExportError::invalid(
            manifest,
            pointer,
            format!("`{rel}` is not a relative path inside the contracts folder"),
        ))
    }
}

/// Reads and parses the schema files, on every core the machine has (parsing is most of
/// the time of an export of many messages); the first error in manifest order wins.
fn read_schemas(
    listed: Vec<(String, u32, String, PathBuf)>,
) -> Result<Vec<MessageFile>, ExportError> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let chunk = listed.len().div_ceil(threads).max(64);
    let read = |part: Vec<(String, u32, String, PathBuf)>| {
        part.into_iter()
            .map(|(name, version, kind, path)| {
                let schema = read_json(&path)?;
                Ok(MessageFile {
                    name,
                    version,
                    kind,
                    path,
                    schema,
                })
            })
            .collect::<Result<Vec<_>, ExportError>>()
    };
    if listed.len() <= chunk {
        return read(listed);
    }
    let mut parts = Vec::new();
    let mut rest = listed;
    while rest.len() > chunk {
        let tail = rest.split_off(chunk);
        parts.push(rest);
        rest = tail;
    }
    parts.push(rest);
    let results: Vec<_> = std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .into_iter()
            .map(|part| scope.spawn(move || read(part)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a schema reading thread panicked"))
            .collect()
    });
    let mut messages = Vec::new();
    for r in results {
        messages.extend(r?);
    }
    Ok(messages)
}

/// Reads the contracts folder `dir`.
///
/// # Errors
/// A file that cannot be read, is not JSON, or a manifest that is not a factum manifest.
pub fn read(dir: &Path) -> Result<Contracts, ExportError> {
    let manifest_path = dir.join("manifest.json");
    let manifest = read_json(&manifest_path)?;
    let str_at = |v: &Value, key: &str, pointer: &str| -> Result<String, ExportError> {
        v.get(key)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| {
                ExportError::invalid(
                    &manifest_path,
                    format!("{pointer}/{key}"),
                    "expected a string",
                )
            })
    };
    let envelope_rel = str_at(&manifest, "envelope", "")?;
    let envelope = read_json(&inside(dir, &manifest_path, "/envelope", &envelope_rel)?)?;
    let entries = manifest
        .get("messages")
        .and_then(Value::as_array)
        .ok_or_else(|| ExportError::invalid(&manifest_path, "/messages", "expected an array"))?;
    let mut listed = Vec::with_capacity(entries.len());
    for (i, entry) in entries.iter().enumerate() {
        let pointer = format!("/messages/{i}");
        let name = str_at(entry, "name", &pointer)?;
        let kind = str_at(entry, "kind", &pointer)?;
        let version = entry
            .get("version")
            .and_then(Value::as_u64)
            .and_then(|v| u32::try_from(v).ok())
            .filter(|v| *v >= 1)
            .ok_or_else(|| {
                ExportError::invalid(
                    &manifest_path,
                    format!("{pointer}/version"),
                    "expected an integer from 1",
                )
            })?;
        let rel = str_at(entry, "schema", &pointer)?;
        let path = inside(dir, &manifest_path, &format!("{pointer}/schema"), &rel)?;
        listed.push((name, version, kind, path));
    }
    let mut messages = read_schemas(listed)?;
    messages.sort_by(|a, b| (&a.name, a.version).cmp(&(&b.name, b.version)));
    if let Some(w) = messages
        .windows(2)
        .find(|w| (&w[0].name, w[0].version) == (&w[1].name, w[1].version))
    {
        return Err(ExportError::invalid(
            &manifest_path,
            "/messages",
            format!("{} v{} is listed twice", w[0].name, w[0].version),
        ));
    }
    Ok(Contracts {
        dir: dir.to_owned(),
        messages,
        envelope,
    })
}

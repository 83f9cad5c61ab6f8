//! Path checks and atomic, only-if-changed writes.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::ContractsError;

/// The top-level files of a contracts folder; no message may be named like one.
pub(super) const RESERVED: [&str; 3] = ["envelope.schema.json", "manifest.json", "asyncapi.json"];

/// Refuses a wire name that could not be one directory name inside the folder:
/// `[A-Za-z][A-Za-z0-9_.-]*`, without `..`, and not a reserved file name.
pub(super) fn check_name(name: &str) -> Result<(), String> {
    let mut chars = name.chars();
    match chars.next() {
        None => return Err("the name is empty".to_owned()),
        Some(c) if !c.is_ascii_alphabetic() => {
            return Err(format!(
                "the name must start with a letter A-Z or a-z, not `{c}`"
            ));
        }
        Some(_) => {}
    }
    if let Some(c) = chars.find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))) {
        return Err(format!(
            "`{}` is not allowed in a file name (letters, digits, `_`, `.`, `-` only)",
            c.escape_default()
        ));
    }
    if name.contains("..") {
        return Err("the name contains `..`".to_owned());
    }
    if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(name)) {
        return Err(format!("`{name}` is the name of a contracts file"));
    }
    Ok(())
}

/// Writes `content` to `path` unless it already holds exactly that: through a temporary
/// file in the same directory and a rename, so readers never see a partial file.
/// Returns whether the file was written.
pub(super) fn write_if_changed(path: &Path, content: &[u8]) -> Result<bool, ContractsError> {
    let io = |reason: String| ContractsError::Io {
        path: path.to_path_buf(),
        reason,
    };
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err(io(
                "is a symbolic link; refusing to write through it".to_owned()
            ));
        }
        Ok(meta) if !meta.is_file() => return Err(io("exists and is not a file".to_owned())),
        Ok(_) => {
            if std::fs::read(path).map_err(|e| io(format!("cannot read: {e}")))? == content {
                return Ok(false);
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io(format!("cannot inspect: {e}"))),
    }
    let dir = path
        .parent()
        .ok_or_else(|| io("has no parent directory".to_owned()))?;
    let file_name = path
        .file_name()
        .ok_or_else(|| io("has no file name".to_owned()))?
        .to_string_lossy();
    let tmp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(content)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(format!("cannot write: {e}")));
    }
    Ok(true)
}

/// Creates `dir` (and its parents) if needed; refuses a symbolic link or a non-directory.
pub(super) fn ensure_dir(dir: &Path) -> Result<(), ContractsError> {
    let io = |reason: String| ContractsError::Io {
        path: dir.to_path_buf(),
        reason,
    };
    match std::fs::symlink_metadata(dir) {
        Ok(meta) if meta.file_type().is_symlink() => Err(io(
            "is a symbolic link; contract files are only written inside the chosen folder"
                .to_owned(),
        )),
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(io("exists and is not a directory".to_owned())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir).map_err(|e| io(format!("cannot create: {e}")))
        }
        Err(e) => Err(io(format!("cannot inspect: {e}"))),
    }
}

/// The committed versions of one message: `(version, path)` of every `v<N>.schema.json`
/// in `dir`, sorted by version. A missing directory has none.
pub(super) fn committed_versions(dir: &Path) -> Result<Vec<(u32, PathBuf)>, ContractsError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(ContractsError::Io {
                path: dir.to_path_buf(),
                reason: format!("cannot list: {e}"),
            });
        }
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| ContractsError::Io {
            path: dir.to_path_buf(),
            reason: format!("cannot list: {e}"),
        })?;
        let name = entry.file_name();
        let Some(version) = name
            .to_str()
            .and_then(|n| n.strip_prefix('v'))
            .and_then(|n| n.strip_suffix(".schema.json"))
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        found.push((version, entry.path()));
    }
    found.sort();
    Ok(found)
}

//! The contracts folder on disk: names that stay inside it, reading it whole, and
//! replacing it whole (a temporary folder renamed into place).

use std::collections::BTreeMap;
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

/// The `<name>/v<N>.schema.json` of a relative path, if it is one.
pub(super) fn schema_file(path: &Path) -> Option<(String, u32)> {
    let mut parts = path.iter();
    let (name, file) = (parts.next()?.to_str()?, parts.next()?.to_str()?);
    if parts.next().is_some() || check_name(name).is_err() {
        return None;
    }
    let version = file
        .strip_prefix('v')?
        .strip_suffix(".schema.json")?
        .parse::<u32>()
        .ok()?;
    Some((name.to_owned(), version))
}

/// Every file of a folder, by path relative to it.
#[derive(Debug, Default)]
pub(super) struct Folder {
    pub files: BTreeMap<PathBuf, Vec<u8>>,
}

impl Folder {
    /// Reads every file under `dir`; a missing folder is empty. Symbolic links are refused.
    pub fn read(dir: &Path) -> Result<Self, ContractsError> {
        let mut folder = Folder::default();
        match std::fs::symlink_metadata(dir) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(folder),
            Err(e) => return Err(io(dir, format!("cannot inspect: {e}"))),
            Ok(meta) if meta.file_type().is_symlink() => {
                return Err(io(
                    dir,
                    "is a symbolic link; contract files are only written inside the chosen folder"
                        .to_owned(),
                ));
            }
            Ok(meta) if !meta.is_dir() => {
                return Err(io(dir, "exists and is not a directory".to_owned()));
            }
            Ok(_) => {}
        }
        let mut stack = vec![dir.to_path_buf()];
        while let Some(current) = stack.pop() {
            let entries = std::fs::read_dir(&current)
                .map_err(|e| io(&current, format!("cannot list: {e}")))?;
            for entry in entries {
                let entry = entry.map_err(|e| io(&current, format!("cannot list: {e}")))?;
                let path = entry.path();
                let kind = entry
                    .file_type()
                    .map_err(|e| io(&path, format!("cannot inspect: {e}")))?;
                if kind.is_symlink() {
                    return Err(io(
                        &path,
                        "is a symbolic link; refusing to read or write through it".to_owned(),
                    ));
                } else if kind.is_dir() {
                    stack.push(path);
                } else {
                    let bytes =
                        std::fs::read(&path).map_err(|e| io(&path, format!("cannot read: {e}")))?;
                    let relative = path.strip_prefix(dir).unwrap_or(&path).to_path_buf();
                    folder.files.insert(relative, bytes);
                }
            }
        }
        Ok(folder)
    }

    /// The committed versions of one message, sorted.
    pub fn versions_of(&self, name: &str) -> Vec<u32> {
        self.files
            .keys()
            .filter_map(|p| schema_file(p))
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v)
            .collect()
    }

    /// The files factum writes (schemas and the top-level files); the others are the
    /// user's and are kept.
    pub fn factum_files(&self) -> Vec<PathBuf> {
        self.files
            .keys()
            .filter(|p| is_factums(p))
            .cloned()
            .collect()
    }
}

fn is_factums(path: &Path) -> bool {
    schema_file(path).is_some()
        || (path.components().count() == 1 && RESERVED.iter().any(|r| path.as_os_str() == *r))
}

fn io(path: &Path, reason: String) -> ContractsError {
    ContractsError::Io {
        path: path.to_path_buf(),
        reason,
    }
}

/// Replaces the folder `dir` as a whole with `files`, keeping the files of `old` that are
/// not factum's (a README, `.gitattributes`).
///
/// The new folder is written beside `dir` under a temporary name, each file synced, then
/// `dir` is renamed aside and the new folder renamed into place, and the old one removed.
/// Readers see the old folder or the new one, never a mix. A crash between the two
/// renames leaves no `dir` and the old one aside: the next call puts it back first.
pub(super) fn replace_folder(
    dir: &Path,
    files: &[(PathBuf, String)],
    old: &Folder,
) -> Result<(), ContractsError> {
    let (parent, name) = match (dir.parent(), dir.file_name()) {
        (Some(parent), Some(name)) => (parent, name.to_string_lossy().into_owned()),
        _ => return Err(io(dir, "is not a folder that can be replaced".to_owned())),
    };
    let parent = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    std::fs::create_dir_all(parent).map_err(|e| io(parent, format!("cannot create: {e}")))?;
    recover(dir)?;
    let pid = std::process::id();
    let fresh = parent.join(format!(".{name}.factum-new-{pid}"));
    let aside = parent.join(format!(".{name}.factum-old-{pid}"));
    let _ = std::fs::remove_dir_all(&fresh);
    let written = write_tree(&fresh, files, old);
    if let Err(e) = written {
        let _ = std::fs::remove_dir_all(&fresh);
        return Err(e);
    }
    let existed = dir.exists();
    if existed {
        std::fs::rename(dir, &aside).map_err(|e| {
            let _ = std::fs::remove_dir_all(&fresh);
            io(dir, format!("cannot move aside: {e}"))
        })?;
    }
    if let Err(e) = std::fs::rename(&fresh, dir) {
        if existed {
            let _ = std::fs::rename(&aside, dir);
        }
        let _ = std::fs::remove_dir_all(&fresh);
        return Err(io(
            dir,
            format!("cannot rename the new folder into place: {e}"),
        ));
    }
    if existed {
        std::fs::remove_dir_all(&aside)
            .map_err(|e| io(&aside, format!("cannot remove the old folder: {e}")))?;
    }
    Ok(())
}

/// Puts back a folder a crash left aside (`.<name>.factum-old-<pid>`) when `dir` is missing.
pub(super) fn recover(dir: &Path) -> Result<(), ContractsError> {
    let (Some(parent), Some(name)) = (dir.parent(), dir.file_name()) else {
        return Ok(());
    };
    let parent = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    let name = name.to_string_lossy();
    if dir.exists() {
        return Ok(());
    }
    let prefix = format!(".{name}.factum-old-");
    let Ok(entries) = std::fs::read_dir(parent) else {
        return Ok(());
    };
    let aside = entries
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with(&prefix));
    if let Some(aside) = aside {
        std::fs::rename(aside.path(), dir)
            .map_err(|e| io(dir, format!("cannot restore the folder left aside: {e}")))?;
    }
    Ok(())
}

fn write_tree(
    root: &Path,
    files: &[(PathBuf, String)],
    old: &Folder,
) -> Result<(), ContractsError> {
    std::fs::create_dir_all(root).map_err(|e| io(root, format!("cannot create: {e}")))?;
    let kept = old
        .files
        .iter()
        .filter(|(p, _)| !is_factums(p))
        .map(|(p, b)| (p.clone(), b.as_slice()));
    let ours = files.iter().map(|(p, t)| (p.clone(), t.as_bytes()));
    for (relative, bytes) in ours.chain(kept) {
        let path = root.join(&relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| io(parent, format!("cannot create: {e}")))?;
        }
        let mut file =
            std::fs::File::create(&path).map_err(|e| io(&path, format!("cannot write: {e}")))?;
        file.write_all(bytes)
            .and_then(|()| file.sync_all())
            .map_err(|e| io(&path, format!("cannot write: {e}")))?;
    }
    Ok(())
}

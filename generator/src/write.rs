//! Writing the generated crate so that nothing is lost: files go to a temporary directory
//! beside the target, which replaces the target only once everything is written.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, Result, Warnings};

/// The generated crate in memory: paths relative to the crate root, and their text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generated {
    pub files: BTreeMap<String, String>,
    pub warnings: Warnings,
}

impl Generated {
    /// Replaces `out` with the generated crate. On failure `out` is left as it was.
    pub fn write_to(&self, out: &Path) -> Result<()> {
        let io = |what: &str, path: &Path, e: std::io::Error| {
            Error::new(
                ErrorKind::Io,
                format!("cannot {what} {}: {e}", path.display()),
            )
        };
        let parent = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fs::create_dir_all(parent).map_err(|e| io("create", parent, e))?;
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "out".into());
        let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
        let backup = parent.join(format!(".{name}.previous-{}", std::process::id()));
        let _ = fs::remove_dir_all(&staging);
        let written = (|| {
            for (relative, text) in &self.files {
                let path = staging.join(relative);
                if let Some(dir) = path.parent() {
                    fs::create_dir_all(dir).map_err(|e| io("create", dir, e))?;
                }
                fs::write(&path, text).map_err(|e| io("write", &path, e))?;
            }
            Ok(())
        })();
        if let Err(e) = written {
            let _ = fs::remove_dir_all(&staging);
            return Err(e);
        }
        if out.exists() {
            fs::rename(out, &backup).map_err(|e| io("move aside", out, e))?;
        }
        if let Err(e) = fs::rename(&staging, out) {
            let _ = fs::rename(&backup, out);
            let _ = fs::remove_dir_all(&staging);
            return Err(io("move into place", out, e));
        }
        let _ = fs::remove_dir_all(&backup);
        Ok(())
    }

    /// The files under `out` that differ from the generated ones, are missing, or are extra.
    /// Line ends do not count: a checkout may have turned LF into CRLF.
    pub fn stale_files(&self, out: &Path) -> Vec<PathBuf> {
        let mut stale = BTreeSet::new();
        for (relative, text) in &self.files {
            match fs::read_to_string(out.join(relative)) {
                Ok(existing) if same_but_line_ends(&existing, text) => {}
                _ => {
                    stale.insert(PathBuf::from(relative));
                }
            }
        }
        for existing in list_files(out) {
            let relative = existing
                .strip_prefix(out)
                .unwrap_or(&existing)
                .to_path_buf();
            let key = relative.to_string_lossy().replace('\\', "/");
            if !self.files.contains_key(&key) {
                stale.insert(relative);
            }
        }
        stale.into_iter().collect()
    }
}

fn same_but_line_ends(a: &str, b: &str) -> bool {
    a == b || a.replace("\r\n", "\n") == b.replace("\r\n", "\n")
}

fn list_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_files_ignore_crlf_but_not_other_changes() -> Result<()> {
        let out = std::env::temp_dir().join(format!("stale-files-{}", std::process::id()));
        let generated = Generated {
            files: BTreeMap::from([
                ("a.rs".to_owned(), "fn a() {}\n// two\n".to_owned()),
                ("b.rs".to_owned(), "fn b() {}\n".to_owned()),
            ]),
            warnings: Warnings::default(),
        };
        generated.write_to(&out)?;
        let crlf = "fn a() {}\r\n// two\r\n";
        fs::write(out.join("a.rs"), crlf).map_err(|e| Error::new(ErrorKind::Io, e.to_string()))?;
        let clean = generated.stale_files(&out);
        fs::write(out.join("b.rs"), "fn b() { }\n")
            .map_err(|e| Error::new(ErrorKind::Io, e.to_string()))?;
        fs::write(out.join("extra.rs"), "")
            .map_err(|e| Error::new(ErrorKind::Io, e.to_string()))?;
        let stale = generated.stale_files(&out);
        let _ = fs::remove_dir_all(&out);
        assert_eq!(
            clean,
            Vec::<PathBuf>::new(),
            "CRLF line ends are not a change"
        );
        assert_eq!(
            stale,
            vec![PathBuf::from("b.rs"), PathBuf::from("extra.rs")]
        );
        Ok(())
    }
}

//! Writing the generated crate so that nothing is lost: files go to a temporary directory
//! beside the target, which replaces the target only once everything is written. Emission
//! hands its files on piece by piece ([`Sink`]): kept in memory ([`InMemory`], for
//! [`Generated`]) or written to that directory as they come ([`Staging`]), so that a large
//! crate (Microsoft Graph's is 150 MB of text) is never held whole.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, Result, Warnings};

/// The generated crate in memory: paths relative to the crate root, and their text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generated {
    pub files: BTreeMap<String, String>,
    pub warnings: Warnings,
}

/// What [`crate::generate_to`] wrote: the number of files, and the generator's warnings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    pub files: usize,
    pub warnings: Warnings,
}

/// Where emission puts the crate's files, piece by piece: the pieces of one file come in
/// their order, the files' pieces may interleave.
pub(crate) trait Sink: Send {
    fn piece(&mut self, path: &str, text: String) -> Result<()>;

    /// About how much of a file a piece should hold: a sink that writes files as they come
    /// takes them in pieces, one that keeps them whole gains nothing from pieces it joins.
    fn piece_bytes(&self) -> usize;
}

/// The files kept in memory, joined once all their pieces are in.
#[derive(Default)]
pub(crate) struct InMemory {
    pieces: BTreeMap<String, Vec<String>>,
}

impl Sink for InMemory {
    /// A file in one piece where its job can make it so: each piece is an allocation of its
    /// own (fresh pages the system maps), and joined they are copied once more.
    fn piece_bytes(&self) -> usize {
        usize::MAX
    }

    fn piece(&mut self, path: &str, text: String) -> Result<()> {
        match self.pieces.get_mut(path) {
            Some(pieces) => pieces.push(text),
            None => {
                self.pieces.insert(path.to_owned(), vec![text]);
            }
        }
        Ok(())
    }
}

impl InMemory {
    /// Each file sized once for its pieces (the types module is 4 MB for GitHub's document:
    /// grown piece by piece, it would be copied again at each doubling); a file of one piece
    /// is that piece, not a copy of it.
    pub fn into_files(self) -> BTreeMap<String, String> {
        let join = |mut pieces: Vec<String>| match pieces.len() {
            1 => pieces.pop().unwrap_or_default(),
            _ => {
                let mut text = String::with_capacity(pieces.iter().map(String::len).sum());
                for piece in pieces {
                    text.push_str(&piece);
                }
                text
            }
        };
        self.pieces
            .into_iter()
            .map(|(path, pieces)| (path, join(pieces)))
            .collect()
    }
}

/// The crate written into a directory beside `out` as it comes, which replaces `out` at
/// [`Staging::finish`]; dropped unfinished (an error on the way), it is removed and `out`
/// is left as it was.
pub(crate) struct Staging {
    out: PathBuf,
    dir: PathBuf,
    backup: PathBuf,
    /// The files begun, open for their next pieces.
    open: BTreeMap<String, File>,
    finished: bool,
}

fn io_error(what: &str, path: &Path, e: std::io::Error) -> Error {
    Error::new(
        ErrorKind::Io,
        format!("cannot {what} {}: {e}", path.display()),
    )
}

impl Staging {
    pub fn new(out: &Path) -> Result<Self> {
        let parent = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fs::create_dir_all(parent).map_err(|e| io_error("create", parent, e))?;
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "out".into());
        let dir = parent.join(format!(".{name}.staging-{}", std::process::id()));
        let backup = parent.join(format!(".{name}.previous-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        Ok(Staging {
            out: out.to_path_buf(),
            dir,
            backup,
            open: BTreeMap::new(),
            finished: false,
        })
    }

    fn write(&mut self, relative: &str, text: &str) -> Result<()> {
        let file = match self.open.get_mut(relative) {
            Some(file) => file,
            None => {
                let path = self.dir.join(relative);
                if let Some(dir) = path.parent() {
                    fs::create_dir_all(dir).map_err(|e| io_error("create", dir, e))?;
                }
                let file = File::create(&path).map_err(|e| io_error("write", &path, e))?;
                self.open.entry(relative.to_owned()).or_insert(file)
            }
        };
        file.write_all(text.as_bytes())
            .map_err(|e| io_error("write", &self.dir.join(relative), e))
    }

    /// Closes the files and puts the directory in the place of `out`; the number of files.
    pub fn finish(mut self) -> Result<usize> {
        let count = self.open.len();
        self.open.clear();
        let (out, dir, backup) = (&self.out, &self.dir, &self.backup);
        if out.exists() {
            fs::rename(out, backup).map_err(|e| io_error("move aside", out, e))?;
        }
        if let Err(e) = fs::rename(dir, out) {
            let _ = fs::rename(backup, out);
            return Err(io_error("move into place", out, e));
        }
        self.finished = true;
        let _ = fs::remove_dir_all(backup);
        Ok(count)
    }
}

impl Sink for Staging {
    fn piece(&mut self, path: &str, text: String) -> Result<()> {
        self.write(path, &text)
    }

    /// Written as they come, pieces bound what a job holds: Microsoft Graph's command line
    /// is 40 MB.
    fn piece_bytes(&self) -> usize {
        256 * 1024
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.finished {
            self.open.clear();
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

impl Generated {
    /// Replaces `out` with the generated crate. On failure `out` is left as it was.
    pub fn write_to(&self, out: &Path) -> Result<()> {
        let mut staging = Staging::new(out)?;
        for (relative, text) in &self.files {
            staging.write(relative, text)?;
        }
        staging.finish().map(drop)
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
    fn a_staging_dropped_unfinished_is_removed_and_the_output_kept() -> Result<()> {
        let parent = std::env::temp_dir().join(format!("staging-drop-{}", std::process::id()));
        let out = parent.join("out");
        let _ = fs::remove_dir_all(&parent);
        fs::create_dir_all(&out).map_err(|e| Error::new(ErrorKind::Io, e.to_string()))?;
        let mut staging = Staging::new(&out)?;
        staging.piece("src/types.rs", "pub struct A;\n".to_owned())?;
        staging.piece("src/lib.rs", "pub mod types;\n".to_owned())?;
        staging.piece("src/types.rs", "pub struct B;\n".to_owned())?;
        let staged = fs::read_to_string(staging.dir.join("src/types.rs"));
        drop(staging);
        let left: Vec<_> = fs::read_dir(&parent)
            .map_err(|e| Error::new(ErrorKind::Io, e.to_string()))?
            .flatten()
            .map(|entry| entry.file_name())
            .collect();
        let kept = fs::read_dir(&out).map(Iterator::count);
        let _ = fs::remove_dir_all(&parent);
        assert_eq!(
            staged.ok().as_deref(),
            Some("pub struct A;\npub struct B;\n")
        );
        assert_eq!(left, ["out"]);
        assert_eq!(kept.ok(), Some(0));
        Ok(())
    }

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

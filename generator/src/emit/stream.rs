//! A file handed on in pieces while its job makes it, spaced as [`super::spaced_file`]
//! spaces it whole. Why: the largest files were held two or three times over at the end of
//! their job (the parts, the text joined, the text spaced); Microsoft Graph's command line
//! is 40 MB, and those copies made emission the peak of a run's memory.
//!
//! Architecture Invariant: the pieces, joined, are byte for byte what `spaced_file` makes
//! of the parts joined (the test below holds it at every cut).

use super::push_spaced;

/// How a job hands a piece of a file on at once, under the job's index: for the jobs whose
/// files no other job writes to (every job before the types module's).
pub(super) struct HandOn<'a> {
    pub put: &'a (dyn Fn(usize, &str, String) + Sync + 'a),
    /// About how much text a piece holds before it is handed on: the sink's
    /// [`crate::write::Sink::piece_bytes`].
    pub piece_bytes: usize,
}

/// Where text is written: a `String`, or a file handed on in pieces.
pub(super) trait Out {
    fn push_text(&mut self, text: &str);
}

impl Out for String {
    fn push_text(&mut self, text: &str) {
        self.push_str(text);
    }
}

impl Out for FileStream<'_> {
    fn push_text(&mut self, text: &str) {
        self.push(text);
    }
}

/// One file of one job, its text pushed part by part.
pub(super) struct FileStream<'a> {
    path: &'static str,
    job: usize,
    hand_on: &'a HandOn<'a>,
    /// The header, until the first piece carries it.
    header: Option<&'a str>,
    /// Text pushed and not yet handed on.
    pending: String,
    /// The last line handed on: whether a blank line goes before the next depends on it.
    before: Option<String>,
}

impl<'a> FileStream<'a> {
    pub fn new(path: &'static str, job: usize, header: &'a str, hand_on: &'a HandOn<'a>) -> Self {
        FileStream {
            path,
            job,
            hand_on,
            header: Some(header),
            pending: String::new(),
            before: None,
        }
    }

    /// Adds `part` to the file's text; hands a piece on once enough whole lines are in.
    pub fn push(&mut self, part: &str) {
        self.pending.push_str(part);
        if self.pending.len() >= self.hand_on.piece_bytes {
            if let Some(cut) = self.pending.rfind('\n') {
                let piece = self.spaced(cut + 1);
                (self.hand_on.put)(self.job, self.path, piece);
            }
        }
    }

    /// Hands on the rest, ended by a line feed if it does not end one, as `spaced_file`
    /// ends a file (what was handed on before ends at a line feed). A file nothing was
    /// pushed to is not made.
    pub fn finish(mut self) {
        if self.header.is_some() && self.pending.is_empty() {
            return;
        }
        let owed = !self.pending.is_empty() && !self.pending.ends_with('\n');
        let mut piece = self.spaced(self.pending.len());
        if owed {
            piece.push('\n');
        }
        if !piece.is_empty() {
            (self.hand_on.put)(self.job, self.path, piece);
        }
    }

    /// `pending[..end]` spaced (after the header, in the first piece), taken out of it.
    fn spaced(&mut self, end: usize) -> String {
        let header = self.header.take().unwrap_or_default();
        let text = &self.pending[..end];
        let mut piece = String::with_capacity(header.len() + text.len() + text.len() / 16);
        piece.push_str(header);
        if let Some(last) = push_spaced(&mut piece, self.before.as_deref(), text) {
            self.before = Some(last.to_owned());
        }
        self.pending.drain(..end);
        piece
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    #[test]
    fn pieces_joined_are_the_file_spaced_whole_at_every_cut() {
        let parts = [
            "use a;\nuse b;\n",
            "pub struct A;\n",
            "impl A {\n    fn a() {}\n}\n",
            "/// Docs.\n#[derive(Debug)]\npub enum B {\n    X,\n}\r\n",
            "pub fn c() {}\n",
            "fn d() {}",
        ];
        let whole: String = parts.concat();
        for cut in 0..parts.len() {
            for ends_without_newline in [false, true] {
                let mut parts: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
                if !ends_without_newline {
                    parts.last_mut().into_iter().for_each(|p| p.push('\n'));
                }
                let whole: String = parts.concat();
                let pieces = Mutex::new(Vec::new());
                let put = |job: usize, path: &str, text: String| {
                    assert_eq!((job, path), (3, "src/x.rs"));
                    pieces.lock().expect("not poisoned").push(text);
                };
                let hand_on = HandOn {
                    put: &put,
                    piece_bytes: usize::MAX,
                };
                let mut stream = FileStream::new("src/x.rs", 3, "// head\n", &hand_on);
                for (index, part) in parts.iter().enumerate() {
                    stream.push(part);
                    if index == cut {
                        // A piece handed on here, as if the text had reached `PIECE_BYTES`.
                        if let Some(end) = stream.pending.rfind('\n') {
                            let piece = stream.spaced(end + 1);
                            put(3, "src/x.rs", piece);
                        }
                    }
                }
                stream.finish();
                let joined = pieces.into_inner().expect("not poisoned").concat();
                assert_eq!(
                    joined,
                    super::super::spaced_file("// head\n", &whole),
                    "{cut}"
                );
            }
        }
        assert!(whole.contains("\r\n"));
    }
}

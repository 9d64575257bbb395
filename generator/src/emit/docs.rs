//! Rustdoc from the spec's descriptions, with limits and defaults spelled out. The spec is
//! untrusted text: rustdoc must never find a code block in it to compile and run as a
//! doctest, and nothing in it may break the comment.

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::{Arc, Mutex, PoisonError};

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Constraints, Docs};

/// The Markdown descriptions checked during one emission (what [`markdown_text`] makes of
/// them), by their text, for the emission's threads to share: the same description is
/// written for a type, its fields' types, the builders' setters and the command line's
/// flags (GitHub's 1,831 Markdown descriptions written are 807 texts; Box's 2,381 are
/// 970), and checking one costs a hundred times a lookup.
#[derive(Default)]
pub struct CheckedMarkdown(Mutex<foldhash::HashMap<String, String>>);

impl CheckedMarkdown {
    /// What [`markdown_checked`] makes of `description`, made once.
    fn get_or_check(&self, description: &str) -> String {
        let lock = || self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(checked) = lock().get(description) {
            return checked.clone();
        }
        // Checked without the lock: another thread may check the same text meanwhile, and
        // make the same.
        let checked = markdown_checked(description);
        lock().insert(description.to_owned(), checked.clone());
        checked
    }
}

thread_local! {
    /// The memo of the emission this thread works for, if any (see [`with_checked`]).
    static CHECKED: RefCell<Option<Arc<CheckedMarkdown>>> = const { RefCell::new(None) };
}

/// Runs `work` with `memo` as the memo of the Markdown it checks on this thread (reached
/// from [`doc_text`] and the other writers of docs, which every emitter calls: an argument
/// would run through all of them), then puts back what was there before.
pub fn with_checked<T>(memo: &Arc<CheckedMarkdown>, work: impl FnOnce() -> T) -> T {
    let before = CHECKED.with(|checked| checked.replace(Some(memo.clone())));
    let result = work();
    CHECKED.with(|checked| checked.replace(before));
    result
}

/// `#[doc = "..."]` attributes, one per line, which prettyplease prints as `///` comments.
pub fn doc_attrs(
    docs: &Docs,
    constraints: Option<&Constraints>,
    default: Option<&serde_json::Value>,
) -> TokenStream {
    let parts = DocParts::of(docs, constraints, default);
    let lines: Vec<String> = parts
        .lines()
        .into_iter()
        .map(|line| match line.is_empty() {
            true => String::new(),
            false => format!(" {line}"),
        })
        .collect();
    attrs(&lines)
}

/// The lines of [`doc_attrs`] as `///` comments at `indent` spaces, as prettyplease prints
/// them (for the emitters that write text).
pub fn doc_text(
    docs: &Docs,
    constraints: Option<&Constraints>,
    default: Option<&serde_json::Value>,
    indent: usize,
) -> String {
    let mut text = String::new();
    doc_text_into(&mut text, docs, (constraints, default), indent);
    text
}

/// [`doc_text`], written at the end of `out` (a struct's fields' docs, written onto the
/// struct's text).
pub fn doc_text_into(
    out: &mut String,
    docs: &Docs,
    (constraints, default): (Option<&Constraints>, Option<&serde_json::Value>),
    indent: usize,
) {
    let parts = DocParts::of(docs, constraints, default);
    let pad = super::text::indentation(indent);
    let facts = parts.facts.as_deref();
    // About what the lines take, so that `out` grows once (most docs are a line or two).
    out.reserve(parts.markdown.len() + facts.map_or(0, str::len) + 4 * (pad.len() + 5));
    let mut any = false;
    for line in lines_of(&parts.markdown) {
        push_comment_line(out, &pad, ("///", " "), line);
        any = true;
    }
    if let Some(facts) = facts {
        if any {
            push_comment_line(out, &pad, ("///", " "), "");
        }
        push_comment_line(out, &pad, ("///", " "), facts);
    }
}

/// `#[doc = #line]` for each line.
fn attrs(lines: &[String]) -> TokenStream {
    quote!(#(#[doc = #lines])*)
}

/// Doc lines as prettyplease prints `#[doc = "..."]`: `///` and the line without its
/// trailing spaces. (A line that holds a line break or starts with `/` would print as an
/// attribute; every line here starts with a space or is empty, and none holds a break.)
pub fn comment_text<S: AsRef<str>>(lines: &[S], indent: usize) -> String {
    comment_lines(lines, indent, "")
}

/// A module's doc lines as prettyplease prints `#![doc = "..."]`: `//!` and the line
/// without its trailing spaces (as [`comment_text`]), at the start of the line.
pub fn inner_comment_text<S: AsRef<str>>(lines: &[S]) -> String {
    let mut text = String::new();
    comment_lines_into(&mut text, lines, 0, ("//!", ""));
    text
}

/// [`comment_text`] of lines that each get `lead` before them, unless nothing but spaces
/// is left of them.
fn comment_lines<S: AsRef<str>>(lines: &[S], indent: usize, lead: &str) -> String {
    let mut text = String::new();
    comment_lines_into(&mut text, lines, indent, ("///", lead));
    text
}

/// [`comment_lines`] after `marker` (`///`, or `//!` for a module's docs), written at the
/// end of `text`.
fn comment_lines_into<S: AsRef<str>>(
    text: &mut String,
    lines: &[S],
    indent: usize,
    (marker, lead): (&str, &str),
) {
    let pad = super::text::indentation(indent);
    let room: usize = lines
        .iter()
        .map(|line| pad.len() + marker.len() + "\n".len() + lead.len() + line.as_ref().len())
        .sum();
    text.reserve(room);
    for line in lines {
        push_comment_line(text, &pad, (marker, lead), line.as_ref());
    }
}

/// One line of [`comment_lines_into`]: `pad`, `marker`, `lead` unless nothing but spaces is
/// left of the line, and the line without its trailing spaces.
fn push_comment_line(text: &mut String, pad: &str, (marker, lead): (&str, &str), line: &str) {
    text.push_str(pad);
    text.push_str(marker);
    let line = line.trim_end_matches(' ');
    if !line.is_empty() {
        text.push_str(lead);
    }
    text.push_str(line);
    text.push('\n');
}

/// What a doc comment is made of: the description as Markdown (its lines joined by `\n`;
/// empty for none) and the line of facts after it (notes, limits, default).
struct DocParts<'d> {
    markdown: Cow<'d, str>,
    facts: Option<String>,
}

impl<'d> DocParts<'d> {
    fn of(
        docs: &'d Docs,
        constraints: Option<&Constraints>,
        default: Option<&serde_json::Value>,
    ) -> Self {
        let markdown = docs
            .description
            .as_deref()
            .map_or(Cow::Borrowed(""), markdown_text);
        let mut facts: Vec<String> = docs.notes.clone();
        if let Some(constraints) = constraints {
            facts.extend(constraint_notes(constraints));
        }
        if let Some(default) = default {
            facts.push(format!("Default: `{default}`."));
        }
        if docs.deprecated {
            facts.push("Deprecated.".into());
        }
        let facts = (!facts.is_empty()).then(|| doc_line(&facts.join(" ")));
        DocParts { markdown, facts }
    }

    /// The lines of the doc comment, without the space after `///` (an empty one for a
    /// blank line), borrowed from the parts.
    fn lines(&self) -> Vec<&str> {
        let mut lines: Vec<&str> = lines_of(&self.markdown).collect();
        if let Some(facts) = &self.facts {
            if !lines.is_empty() {
                lines.push("");
            }
            lines.push(facts);
        }
        lines
    }
}

/// The generator's own paragraphs after a type's docs (`docs`, already emitted), with a
/// blank doc line before each, except before the first when the type has no docs of its
/// own. Prose is wrapped to the width of the other comments; a paragraph that is a fenced
/// block (always ```` ```text ````, so that rustdoc compiles nothing) keeps its lines. The
/// paragraphs are the generator's text, never the spec's. The lines are written as
/// [`doc_text`] writes its own, `indent` spaces in, at the end of `out` (the type's docs).
pub fn push_paragraphs_after(out: &mut String, docs: &Docs, paragraphs: &[String], indent: usize) {
    let lines = paragraph_lines(docs, paragraphs);
    comment_lines_into(out, &lines, indent, ("///", " "));
}

/// The lines of [`push_paragraphs_after`], without the space after `///`; a line of
/// nothing but white space is empty.
fn paragraph_lines<'p>(docs: &Docs, paragraphs: &'p [String]) -> Vec<Cow<'p, str>> {
    let mut lines: Vec<Cow<'p, str>> = Vec::new();
    let has_docs = docs.description.is_some() || !docs.notes.is_empty() || docs.deprecated;
    for paragraph in paragraphs {
        if has_docs || !lines.is_empty() {
            lines.push(Cow::Borrowed(""));
        }
        match paragraph.starts_with("```") {
            true => lines.extend(paragraph.lines().map(|line| match line.trim().is_empty() {
                true => Cow::Borrowed(""),
                false => Cow::Borrowed(line),
            })),
            false => lines.extend(wrap(paragraph, 88)),
        }
    }
    lines
}

/// Words joined into lines of at most `width` characters (a longer word alone on its line):
/// slices of the text where it is single-spaced.
fn wrap(text: &str, width: usize) -> Vec<Cow<'_, str>> {
    match is_single_spaced(text) {
        true => wrap_single_spaced(text, width)
            .into_iter()
            .map(Cow::Borrowed)
            .collect(),
        false => wrap_words(text, width)
            .into_iter()
            .map(Cow::Owned)
            .collect(),
    }
}

/// Whether the text is ASCII words between single spaces (the generator's prose is), so
/// that its lines are slices of it.
fn is_single_spaced(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().all(|b| b.is_ascii_graphic() || *b == b' ')
        && bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ')
        && memchr::memmem::find(bytes, b"  ").is_none()
}

/// [`wrap`] of single-spaced text: each line up to the last space that leaves it at most
/// `width` long (or to the first space, for a longer word).
fn wrap_single_spaced(text: &str, width: usize) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut rest = text;
    while rest.len() > width {
        let bytes = rest.as_bytes();
        let end = match memchr::memrchr(b' ', &bytes[..=width]) {
            Some(space) => space,
            None => memchr::memchr(b' ', bytes).unwrap_or(bytes.len()),
        };
        lines.push(&rest[..end]);
        rest = rest.get(end + 1..).unwrap_or_default();
    }
    if !rest.is_empty() {
        lines.push(rest);
    }
    lines
}

/// [`wrap`] of any text, word by word.
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    // Room for a line of ASCII words, so that it does not grow word by word.
    let mut line = String::with_capacity(width);
    // The line's length in characters, kept as it grows (not counted again for every word).
    let mut length = 0;
    for word in text.split_whitespace() {
        let word_length = match word.is_ascii() {
            true => word.len(),
            false => word.chars().count(),
        };
        if !line.is_empty() && length + 1 + word_length > width {
            lines.push(std::mem::replace(&mut line, String::with_capacity(width)));
            length = 0;
        }
        if !line.is_empty() {
            line.push(' ');
            length += 1;
        }
        line.push_str(word);
        length += word_length;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Spec text made fit for one line of a doc comment: line breaks and other control
/// characters become spaces, and bidirectional controls (which rustc rejects in comments)
/// go. A line that would still open a code block (a fence, alone or after `>` or `-`) has
/// its backticks and tildes escaped and its spaces collapsed.
pub fn doc_line(text: &str) -> String {
    // Most lines are printable ASCII: nothing to replace or drop.
    let line: String = match text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        true => text.to_owned(),
        false => text
            .chars()
            .filter(|c| !is_bidi_control(*c))
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect(),
    };
    if compiles_no_code(&line) {
        line
    } else {
        defused(&line)
    }
}

/// One `///` line at `indent` spaces of the text of `pieces` made safe by [`doc_line`]: what
/// `comment_text(&[doc_line(&pieces.concat())], indent)` writes, without its copies.
pub fn push_doc_line(out: &mut String, indent: usize, pieces: &[&str]) {
    out.push_str(&super::text::indentation(indent));
    out.push_str("///");
    let start = out.len();
    pieces.iter().for_each(|piece| out.push_str(piece));
    doc_line_in_place(out, start);
    let kept = out[start..].trim_end_matches(' ').len();
    out.truncate(start + kept);
    out.push('\n');
}

/// [`doc_line`] of the text at the end of `out` (from `start`), made in place: most lines
/// are printable ASCII that opens no block, and stay as they are.
fn doc_line_in_place(out: &mut String, start: usize) {
    let text = &out[start..];
    if text.bytes().all(|b| (b' '..=b'~').contains(&b)) && compiles_no_code(text) {
        return;
    }
    let line = doc_line(text);
    out.truncate(start);
    out.push_str(&line);
}

/// The line with no fence character Markdown would read and no run of spaces that could
/// indent code.
fn defused(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for c in line.chars() {
        match c {
            '`' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_whitespace() => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// A description as Markdown lines that hold no code block rustdoc would compile (for the
/// README, which is held to the same rule as the docs).
pub fn markdown(description: &str) -> Vec<String> {
    let text = markdown_text(description);
    lines_of(&text).map(str::to_owned).collect()
}

/// The lines of a text [`markdown_text`] made: none for an empty one.
fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    (!text.is_empty())
        .then(|| text.split('\n'))
        .into_iter()
        .flatten()
}

/// Description lines made safe for rustdoc, which compiles every Rust code block it finds:
/// fenced blocks keep their language only when it is not Rust (`json`, `shell`), others say
/// `text`; text outside fences loses its indentation, which would start an indented (Rust)
/// block. The result is parsed as rustdoc parses it; when a block would still be compiled
/// (a fence in a quote or a list, an indented block in one), the whole description is shown
/// as one `text` block instead.
///
/// The lines are joined by `\n` (none is empty at either end: the text is trimmed), so that
/// they are made and copied once; an empty text has no line.
fn markdown_text(description: &str) -> Cow<'_, str> {
    if let Some(line) = plain_line(description) {
        return Cow::Borrowed(line);
    }
    let memo = CHECKED.with(|checked| checked.borrow().clone());
    Cow::Owned(match memo {
        Some(memo) => memo.get_or_check(description),
        None => markdown_checked(description),
    })
}

/// A description that is one line of prose with nothing Markdown or rustdoc would read
/// (most of them: "The unique identifier of the repository."), trimmed: the line the checks
/// of [`markdown_checked`] leave as it is, found in one pass.
fn plain_line(description: &str) -> Option<&str> {
    let line = description.trim();
    let bytes = line.as_bytes();
    let first = *bytes.first()?;
    // What could open a block (a list, a quote, a heading, a rule, a table), at the start.
    if first.is_ascii_digit() || b"-*+_=>#|".contains(&first) {
        return None;
    }
    // Anywhere: HTML, a link, a table, an escape, a fence, a URL. (Code spans and runs of
    // spaces may stay: one line, trimmed, is not indented.) Most lines hold none of the
    // bytes to look at, found by a table.
    let mut from = 0;
    while let Some(offset) = bytes[from..]
        .iter()
        .position(|b| LOOKED_AT[usize::from(*b)])
    {
        let at = from + offset;
        let plain = match bytes[at] {
            b':' => !bytes[at + 1..].starts_with(b"//"),
            b'`' => !bytes[at..].starts_with(b"```"),
            _ => false,
        };
        if !plain {
            return None;
        }
        from = at + 1;
    }
    Some(line)
}

/// The bytes [`plain_line`] looks at: those that mark a line anywhere (`~<>[]|\`), those
/// that may (`:` before `//`, a backtick that opens a fence), and all but printable ASCII.
const LOOKED_AT: [bool; 256] = {
    let mut looked_at = [true; 256];
    let mut byte = b' ';
    while byte <= b'~' {
        looked_at[byte as usize] = false;
        byte += 1;
    }
    let marks = b"~<>[]|\\:`";
    let mut at = 0;
    while at < marks.len() {
        looked_at[marks[at] as usize] = true;
        at += 1;
    }
    looked_at
};

/// [`markdown_text`] of any description.
fn markdown_checked(description: &str) -> String {
    let text = clean(description);
    let markdown = rewrite_fences(&text);
    if !compiles_no_code(&markdown) {
        return as_text_block(&text);
    }
    // What rustdoc would warn of, on the text as rustdoc will read it.
    use std::borrow::Cow::Borrowed;
    let html = balanced_html(&markdown);
    let brackets = unlinked_brackets(&html);
    let urls = linked_urls(&brackets);
    match (&html, &brackets, &urls) {
        (Borrowed(_), Borrowed(_), Borrowed(_)) => markdown,
        _ => urls.into_owned(),
    }
}

/// Line breaks made `\n` (a bare CR ends a line in Markdown but is not allowed in a `///`
/// comment), tabs four spaces (clippy's `tabs_in_doc_comments`), other control characters
/// and bidirectional controls dropped.
fn clean(text: &str) -> String {
    // Most descriptions are printable ASCII and line breaks: nothing to replace or drop.
    let plain = |b: &u8| (b' '..=b'~').contains(b) || *b == b'\n';
    if text.as_bytes().iter().all(plain) {
        return text.trim().to_owned();
    }
    clean_any(text)
}

/// [`clean`] of any text.
fn clean_any(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\t', "    ")
        .chars()
        .filter(|c| !is_bidi_control(*c) && (!c.is_control() || *c == '\n'))
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The characters that reorder text on display (the "Trojan Source" set and the marks).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// An open fence: its character (backtick or tilde) and length, which the closing fence
/// must match or exceed (CommonMark).
struct Fence {
    marker: char,
    length: usize,
}

impl Fence {
    fn text(&self) -> String {
        std::iter::repeat_n(self.marker, self.length).collect()
    }
}

/// A paragraph that a line with no marker of its own continues (CommonMark's "lazy"
/// continuation), which the line is given the marker or indentation of, as clippy's
/// `doc_lazy_continuation` asks: the text renders the same.
#[derive(Clone, Copy)]
enum Lazy {
    /// A block quote's: the line gets `> `.
    Quote,
    /// A list item's, whose text starts this many columns in: the line is indented so.
    ListItem(usize),
}

impl Lazy {
    /// What a line (trimmed, outside fences) opens or continues, and what is written before
    /// it (`> ` or a list item's indentation, for a lazy continuation).
    fn follow(context: Option<Lazy>, line: &str) -> (Option<Lazy>, Cow<'static, str>) {
        let rule = line
            .chars()
            .all(|c| matches!(c, '-' | '*' | '_' | '=' | ' '));
        if line.is_empty() || rule || line.starts_with(['#', '|']) || opens_html_block(line) {
            return (None, Cow::Borrowed(""));
        }
        if line.starts_with('>') {
            return (Some(Lazy::Quote), Cow::Borrowed(""));
        }
        if let Some(offset) = list_item_offset(line) {
            return (Some(Lazy::ListItem(offset)), Cow::Borrowed(""));
        }
        match context {
            Some(Lazy::Quote) => (context, Cow::Borrowed("> ")),
            Some(Lazy::ListItem(offset)) => (context, super::text::indentation(offset)),
            None => (None, Cow::Borrowed("")),
        }
    }
}

/// Whether the line starts an HTML block that may interrupt a paragraph (CommonMark's kinds
/// 1 to 6: a comment, a declaration, `<pre>`, `<div>`, `<table>`, `<p>`...). Other tags
/// (`<br />`, `<a>`, `<b>`) continue the paragraph they follow, a list item's too.
fn opens_html_block(line: &str) -> bool {
    const BLOCK_TAGS: &[&str] = &[
        "address",
        "article",
        "aside",
        "base",
        "basefont",
        "blockquote",
        "body",
        "caption",
        "center",
        "col",
        "colgroup",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "frame",
        "frameset",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hr",
        "html",
        "iframe",
        "legend",
        "li",
        "link",
        "main",
        "menu",
        "menuitem",
        "nav",
        "noframes",
        "ol",
        "optgroup",
        "option",
        "p",
        "param",
        "pre",
        "script",
        "search",
        "section",
        "style",
        "summary",
        "table",
        "tbody",
        "td",
        "textarea",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "track",
        "ul",
    ];
    let Some(rest) = line.strip_prefix('<') else {
        return false;
    };
    if rest.starts_with(['!', '?']) {
        return true;
    }
    let name_start = usize::from(rest.starts_with('/'));
    let name: String = rest[name_start..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    let after = rest[name_start + name.len()..].chars().next();
    BLOCK_TAGS.contains(&name.as_str())
        && after.is_none_or(|c| c.is_ascii_whitespace() || c == '>' || c == '/')
}

/// Where a list item's text starts: after `- `, `* `, `+ ` or `1. ` / `1) ` and the spaces
/// that follow.
fn list_item_offset(line: &str) -> Option<usize> {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let marker = match digits {
        0 => line
            .chars()
            .next()
            .filter(|c| matches!(c, '-' | '*' | '+'))?
            .len_utf8(),
        1..=9 => {
            digits
                + line[digits..]
                    .chars()
                    .next()
                    .filter(|c| matches!(c, '.' | ')'))?
                    .len_utf8()
        }
        _ => return None,
    };
    // The spaces after the marker are part of it, up to four (five or more: one, and the
    // text starts as an indented block).
    let spaces = line[marker..].chars().take_while(|c| *c == ' ').count();
    match spaces {
        0 => None,
        1..=4 => Some(marker + spaces),
        _ => Some(marker + 1),
    }
}

/// The text's lines, fences made safe (see [`markdown_text`]), joined by `\n`.
fn rewrite_fences(text: &str) -> String {
    // Each line written with its `\n`, the last one taken off at the end.
    let mut out = String::with_capacity(text.len() + 16);
    let mut open: Option<Fence> = None;
    let mut lazy: Option<Lazy> = None;
    for raw in text.lines() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        match &open {
            Some(fence) if closes(fence, line) => {
                out.extend([trimmed, "\n"]);
                open = None;
            }
            Some(_) => out.extend([line, "\n"]),
            None => match opening(trimmed) {
                Some((fence, info)) => {
                    out.extend([&*fence.text(), &safe_language(info), "\n"]);
                    open = Some(fence);
                    lazy = None;
                }
                None => {
                    // A table right after a list item or a quote would be read as more of
                    // its text (a table cannot interrupt a paragraph; Azure Face's model
                    // tables): a blank line first makes it the table it is.
                    if lazy.is_some() && trimmed.starts_with('|') {
                        out.push('\n');
                    }
                    let (context, lead) = Lazy::follow(lazy, trimmed);
                    lazy = context;
                    out.extend([&*lead, trimmed, "\n"]);
                }
            },
        }
    }
    if let Some(fence) = open {
        out.extend([&*fence.text(), "\n"]);
    }
    out.pop();
    out
}

/// A line that opens a fence, with its info string: three or more backticks or tildes (a
/// backtick fence's info has no backtick, or the line is inline code).
fn opening(line: &str) -> Option<(Fence, &str)> {
    let marker = line.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let length = line.chars().take_while(|c| *c == marker).count();
    let info = &line[length * marker.len_utf8()..];
    if length < 3 || (marker == '`' && info.contains('`')) {
        return None;
    }
    Some((Fence { marker, length }, info))
}

/// Whether a line closes the fence: at most three spaces, then at least as many markers,
/// then nothing.
fn closes(fence: &Fence, line: &str) -> bool {
    let trimmed = line.trim_start_matches(' ');
    line.len() - trimmed.len() <= 3
        && trimmed.chars().take_while(|c| *c == fence.marker).count() >= fence.length
        && trimmed.trim_start_matches(fence.marker).trim().is_empty()
}

/// The info string rustdoc will not compile: the block's language when it is a plain word
/// that is not Rust or one of rustdoc's test attributes, else `text`.
fn safe_language(info: &str) -> String {
    let word = info
        .split(|c: char| c == ',' || c.is_whitespace())
        .find(|w| !w.is_empty())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let plain = word.starts_with(|c: char| c.is_ascii_lowercase())
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '+' | '-'));
    if plain && !is_rust_like(&word) {
        word
    } else {
        "text".to_owned()
    }
}

/// Words rustdoc reads as Rust or as a test attribute (or warns are a misspelt one).
fn is_rust_like(word: &str) -> bool {
    const PREFIXES: &[&str] = &["rust", "ignore", "edition", "should", "no-run", "norun"];
    const WORDS: &[&str] = &[
        "compile-fail",
        "compilefail",
        "test-harness",
        "testharness",
        "allow-fail",
        "allowfail",
        "standalone-crate",
        "custom",
        "rs",
    ];
    PREFIXES.iter().any(|p| word.starts_with(p)) || WORDS.contains(&word)
}

/// Whether rustdoc would find no code block to compile in this Markdown: every block is
/// fenced, with an info string [`safe_language`] would keep. Most descriptions cannot hold
/// a block at all and are not parsed.
fn compiles_no_code(markdown: &str) -> bool {
    !may_hold_a_block(markdown) || fenced_safely(markdown)
}

/// The text with the `<` of each HTML tag that opens without closing, or closes without
/// opening, written `&lt;` (`name=<string>` in Docker's descriptions, `List<Item>`):
/// rustdoc warns of each (`invalid_html_tags`), and shows the text the same. Tags in code
/// spans and blocks are text to the Markdown parser already.
fn balanced_html(text: &str) -> std::borrow::Cow<'_, str> {
    use pulldown_cmark::{Event, Parser};
    // Parsed only when the tags of the whole text (code included) do not balance: most
    // descriptions with HTML balance it, and the parse is what tells code from HTML.
    if unbalanced_tags(html_tags(text)).is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let tags = Parser::new(text)
        .into_offset_iter()
        .filter(|(event, _)| matches!(event, Event::InlineHtml(_) | Event::Html(_)))
        .flat_map(|(_, range)| {
            let tags = html_tags(&text[range.clone()]);
            tags.into_iter()
                .map(move |(at, tag)| (range.start + at, tag))
        })
        .collect();
    let unbalanced = unbalanced_tags(tags);
    if unbalanced.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let edits = unbalanced.into_iter().map(|at| (at, 1, "&lt;")).collect();
    std::borrow::Cow::Owned(edited(text, edits))
}

/// The offsets of the tags that open without closing, close without opening, or close
/// themselves without being void.
fn unbalanced_tags(tags: Vec<(usize, HtmlTag)>) -> Vec<usize> {
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut unbalanced = Vec::new();
    for (at, tag) in tags {
        match tag {
            HtmlTag::Open(name) => open.push((name, at)),
            HtmlTag::Close(name) => match open.iter().rposition(|(n, _)| *n == name) {
                Some(index) => {
                    unbalanced.extend(open.drain(index + 1..).map(|(_, at)| at));
                    open.pop();
                }
                None => unbalanced.push(at),
            },
            HtmlTag::SelfClosing => unbalanced.push(at),
        }
    }
    unbalanced.extend(open.into_iter().map(|(_, at)| at));
    unbalanced
}

/// The text with the brackets of each reference that has no definition (`[RFC6901]`,
/// `[YYYY]-[MM]`) written `\[` and `\]`: rustdoc takes such a reference for a link to an
/// item of the crate and warns that it finds none (`broken_intra_doc_links`); escaped, it
/// shows the same brackets.
fn unlinked_brackets(text: &str) -> std::borrow::Cow<'_, str> {
    use pulldown_cmark::{BrokenLink, LinkType, Options, Parser};
    // Parsed only when some `[..]` is not a link's text (`[x](..)`, `[x]: ..`) and holds
    // what rustdoc would take for a path, or is followed by a reference (`[x][]`, `[x][y]`),
    // which rustdoc resolves whatever it holds (Alerter's `properties[{parent}][]`): most
    // descriptions with brackets have links.
    let candidate = |at: usize| {
        let rest = &text[at + 1..];
        let Some(end) = rest.find(']') else {
            return false;
        };
        let after = &rest[end + 1..];
        // A destination with a space or a line break in it is no link (Stripe's, cut by a
        // line break), and its text a reference.
        let link = match after.strip_prefix('(') {
            Some(target) => target
                .find(|c: char| c == ')' || c.is_whitespace())
                .is_some_and(|stop| target[stop..].starts_with(')')),
            None => after.starts_with(':'),
        };
        !link && (after.starts_with('[') || looks_like_a_path(&rest[..end]))
    };
    if !memchr::memchr_iter(b'[', text.as_bytes()).any(candidate) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut spans = Vec::new();
    // A reference with no definition shows as its text, brackets included, escaped or not;
    // rustdoc lets a shortcut one (`[x]`) pass unless it looks like a path.
    let mut note = |link: BrokenLink<'_>| {
        let shortcut = matches!(
            link.link_type,
            LinkType::Shortcut | LinkType::ShortcutUnknown
        );
        if !shortcut || looks_like_a_path(&link.reference) {
            spans.push(link.span);
        }
        None
    };
    Parser::new_with_broken_link_callback(text, Options::empty(), Some(&mut note)).for_each(drop);
    if spans.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let edits = spans
        .into_iter()
        .flat_map(|span| {
            let start = span.start;
            text[span]
                .char_indices()
                .map(move |(at, c)| (start + at, c))
        })
        .filter(|(at, c)| matches!(c, '[' | ']') && !text[..*at].ends_with('\\'))
        .map(|(at, _)| (at, 0, "\\"))
        .collect();
    std::borrow::Cow::Owned(edited(text, edits))
}

/// The text with each URL that is not in a link or code written as an autolink
/// (`<https://..>`): rustdoc warns of a bare one (`bare_urls`) and shows it as text.
fn linked_urls(text: &str) -> std::borrow::Cow<'_, str> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    // Most URLs in descriptions are a link's target or an autolink already: parsed only when
    // one stands after something else (a parse of every description with a URL cost GitHub's
    // generation 4 % more instructions).
    // Before a link's target `](`, in an autolink `<`, an HTML attribute `="`, a link's
    // text `[`; a URL in parentheses or quotes of prose is a bare one to rustdoc.
    let linked = |url: &std::ops::Range<usize>| {
        let before = &text[..url.start];
        before.ends_with("](")
            || before.ends_with(['<', '['])
            || before.ends_with("=\"")
            || before.ends_with("='")
    };
    if bare_urls(text).iter().all(linked) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut edits = Vec::new();
    // Inside a link, an image or a code block, a URL is no bare one.
    let mut in_link = 0usize;
    for (event, range) in Parser::new(text).into_offset_iter() {
        match event {
            Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::CodeBlock(_)) => in_link += 1,
            Event::End(TagEnd::Link | TagEnd::Image | TagEnd::CodeBlock) => {
                in_link = in_link.saturating_sub(1)
            }
            Event::Text(_) if in_link == 0 => {
                for url in bare_urls(&text[range.clone()]) {
                    edits.push((range.start + url.start, 0, "<"));
                    edits.push((range.start + url.end, 0, ">"));
                }
            }
            _ => {}
        }
    }
    match edits.is_empty() {
        true => std::borrow::Cow::Borrowed(text),
        false => std::borrow::Cow::Owned(edited(text, edits)),
    }
}

/// Where the `http://` and `https://` URLs of a piece of text are: to the first space or
/// character no URL holds unescaped, less the punctuation that ends a sentence.
fn bare_urls(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut urls = Vec::new();
    let mut from = 0;
    while let Some(found) = memchr::memmem::find(&bytes[from..], b"://") {
        let colon = from + found;
        from = colon + 3;
        let start = match &bytes[..colon] {
            [.., b'h', b't', b't', b'p', b's'] => colon - 5,
            [.., b'h', b't', b't', b'p'] => colon - 4,
            _ => continue,
        };
        // Bytes no URL holds unescaped (all ASCII, so the ends are character boundaries).
        let stop = |b: &u8| {
            matches!(
                b,
                b' ' | b'\t'
                    | b'\n'
                    | b'\r'
                    | b'<'
                    | b'>'
                    | b'"'
                    | b'\''
                    | b'`'
                    | b'('
                    | b')'
                    | b'['
                    | b']'
                    | b'{'
                    | b'}'
                    | b'|'
                    | b'\\'
                    | b'^'
            )
        };
        let length = bytes[start..]
            .iter()
            .position(stop)
            .unwrap_or(bytes.len() - start);
        let url =
            text[start..start + length].trim_end_matches(['.', ',', ':', ';', '!', '?', '*', '_']);
        let word_start = !text[..start].ends_with(|c: char| c.is_alphanumeric());
        if word_start && url.len() > colon + 3 - start {
            urls.push(start..start + url.len());
        }
        from = from.max(start + length);
    }
    urls
}

/// The text with each edit made: at a byte offset, so many bytes replaced by a text (the
/// edits in any order, none inside another).
fn edited(text: &str, mut edits: Vec<(usize, usize, &str)>) -> String {
    edits.sort_by_key(|(at, _, _)| *at);
    let added: usize = edits.iter().map(|(_, _, insert)| insert.len()).sum();
    let mut out = String::with_capacity(text.len() + added);
    let mut from = 0;
    for (at, removed, insert) in edits {
        out.push_str(&text[from..at]);
        out.push_str(insert);
        from = at + removed;
    }
    out.push_str(&text[from..]);
    out
}

/// Whether rustdoc would try a reference's text as a path to an item: only the characters
/// of paths (and of the generics and disambiguators it strips), as its own filter has it;
/// or an `@` anywhere, which it reads as a disambiguator before any filter (`[a-z@]`,
/// `[user@example.com]`: "unknown disambiguator"). Text with a backtick is left alone: it
/// is a link to an item, as the generator's own docs write them (`[`Client::create_run`]`),
/// which rustdoc resolves.
fn looks_like_a_path(reference: &str) -> bool {
    let path_characters = reference.chars().any(char::is_alphanumeric)
        && reference
            .chars()
            .all(|c| c.is_alphanumeric() || ":_<>, !*&;@()".contains(c));
    path_characters || (reference.contains('@') && !reference.contains('`'))
}

/// An HTML tag that must be balanced (void elements, `<br>`, need not), or one that closes
/// itself without being void, which is never right.
enum HtmlTag {
    Open(String),
    Close(String),
    SelfClosing,
}

/// The elements HTML never closes.
const VOID_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// The tags in a piece of HTML, each with the offset of its `<`.
fn html_tags(html: &str) -> Vec<(usize, HtmlTag)> {
    let mut tags = Vec::new();
    for at in memchr::memchr_iter(b'<', html.as_bytes()) {
        let rest = &html[at + 1..];
        let closing = rest.starts_with('/');
        let name_start = usize::from(closing);
        let name_length = rest[name_start..]
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
            .count();
        let name = rest[name_start..name_start + name_length].to_ascii_lowercase();
        if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let after = &rest[name_start + name_length..];
        if closing {
            // `</name>`, white space before the `>` allowed, as CommonMark reads a closing tag.
            if after.trim_start().starts_with('>') {
                tags.push((at, HtmlTag::Close(name)));
            }
            continue;
        }
        // Not a tag to the Markdown parser (`<a href="x"target="y">`: no space between the
        // attributes), so not one to rustdoc either: text, whose `</a>` closes nothing.
        let Some(self_closing) = opening_tag_end(after) else {
            continue;
        };
        match self_closing {
            _ if VOID_ELEMENTS.contains(&name.as_str()) => {}
            // `<p/>`: HTML has no self-closing form but for void elements (rustdoc warns).
            true => tags.push((at, HtmlTag::SelfClosing)),
            false => tags.push((at, HtmlTag::Open(name))),
        }
    }
    tags
}

/// What follows an opening tag's name, read as CommonMark reads the rest of one: attributes,
/// each after white space, with a value bare or quoted, then `>` or `/>`. `Some(true)` for
/// `/>`, `None` when it is no tag.
fn opening_tag_end(rest: &str) -> Option<bool> {
    let bytes = rest.as_bytes();
    let skip_space = |mut at: usize| {
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        at
    };
    let mut at = 0;
    loop {
        let spaced = skip_space(at);
        match *bytes.get(spaced)? {
            b'>' => return Some(false),
            b'/' => return (bytes.get(spaced + 1) == Some(&b'>')).then_some(true),
            first if spaced > at && (first.is_ascii_alphabetic() || b"_:".contains(&first)) => {
                at = spaced
                    + bytes[spaced..]
                        .iter()
                        .take_while(|b| b.is_ascii_alphanumeric() || b"_.:-".contains(b))
                        .count();
                let equals = skip_space(at);
                if bytes.get(equals) != Some(&b'=') {
                    continue;
                }
                let value = skip_space(equals + 1);
                at = match *bytes.get(value)? {
                    quote @ (b'"' | b'\'') => {
                        value + 2 + memchr::memchr(quote, bytes.get(value + 1..)?)?
                    }
                    _ => {
                        let length = bytes[value..]
                            .iter()
                            .take_while(|b| !b.is_ascii_whitespace() && !b"\"'=<>`".contains(b))
                            .count();
                        (length > 0).then_some(value + length)?
                    }
                };
            }
            _ => return None,
        }
    }
}

/// Whether the text has a fence or a run of four spaces or a tab, which every indented
/// block (in a list or a quote too) starts with.
fn may_hold_a_block(markdown: &str) -> bool {
    // Searchers made once: `str::contains` sets one up for every call, and every
    // description of a large document is checked (1.5 % of GitHub's generation).
    static STARTS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 3]> =
        std::sync::LazyLock::new(|| ["```", "~~~", "    "].map(memchr::memmem::Finder::new));
    let bytes = markdown.as_bytes();
    memchr::memchr(b'\t', bytes).is_some() || STARTS.iter().any(|start| start.find(bytes).is_some())
}

/// Whether every block the Markdown parser finds is fenced with a kept info string.
fn fenced_safely(markdown: &str) -> bool {
    use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag};
    Parser::new(markdown).all(|event| match event {
        Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
            !info.trim().is_empty() && safe_language(&info) == info.trim()
        }
        Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)) => false,
        _ => true,
    })
}

/// The whole text as one `text` block, fenced with more backticks than any run in it, so
/// nothing inside can close the fence.
fn as_text_block(text: &str) -> String {
    let longest = text
        .split(|c| c != '`')
        .map(str::len)
        .max()
        .unwrap_or_default();
    let fence = "`".repeat(longest.max(2) + 1);
    let mut block = String::with_capacity(text.len() + 2 * fence.len() + 8);
    block.extend([&*fence, "text\n"]);
    for line in text.lines() {
        block.extend([line.trim_end(), "\n"]);
    }
    block.push_str(&fence);
    block
}

fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

pub fn constraint_notes(c: &Constraints) -> Vec<String> {
    let mut notes = Vec::new();
    let lower = c.minimum.map(|min| {
        if c.exclusive_minimum {
            format!("greater than {}", number(min))
        } else {
            format!("at least {}", number(min))
        }
    });
    let upper = c.maximum.map(|max| {
        if c.exclusive_maximum {
            format!("less than {}", number(max))
        } else {
            format!("at most {}", number(max))
        }
    });
    match (lower, upper) {
        (Some(lower), Some(upper)) => notes.push(format!("Value: {lower}, {upper}.")),
        (Some(bound), None) | (None, Some(bound)) => notes.push(format!("Value: {bound}.")),
        (None, None) => {}
    }
    match (c.min_length, c.max_length) {
        (Some(min), Some(max)) => notes.push(format!("Length: {min} to {max} characters.")),
        (Some(min), None) => notes.push(format!("Length: at least {min} characters.")),
        (None, Some(max)) => notes.push(format!("Length: at most {max} characters.")),
        (None, None) => {}
    }
    match (c.min_items, c.max_items) {
        (Some(min), Some(max)) => notes.push(format!("Items: {min} to {max}.")),
        (Some(min), None) => notes.push(format!("Items: at least {min}.")),
        (None, Some(max)) => notes.push(format!("Items: at most {max}.")),
        (None, None) => {}
    }
    if let Some(max) = c.max_properties {
        notes.push(format!("Entries: at most {max}."));
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_descriptions_are_cleaned_as_any_text_is() {
        let texts = (0u8..=127)
            .map(|b| format!(" a{}b\n c ", b as char))
            .chain([" \t x \r\n y\r", "é \u{202E} z", ""].map(String::from));
        for text in texts {
            assert_eq!(clean(&text), clean_any(&text), "{text:?}");
        }
    }

    /// [`plain_line`] as it was first written, a byte at a time with no table: what the
    /// table must agree with.
    fn plain_line_byte_by_byte(description: &str) -> Option<&str> {
        let line = description.trim();
        let bytes = line.as_bytes();
        let first = *bytes.first()?;
        if first.is_ascii_digit() || b"-*+_=>#|".contains(&first) {
            return None;
        }
        let mut backticks = 0;
        for (at, byte) in bytes.iter().enumerate() {
            backticks = if *byte == b'`' { backticks + 1 } else { 0 };
            let marked = match byte {
                b'~' | b'<' | b'>' | b'[' | b']' | b'|' | b'\\' => true,
                b':' => bytes[at + 1..].starts_with(b"//"),
                b'`' => backticks == 3,
                _ => !(b' '..=b'~').contains(byte),
            };
            if marked {
                return None;
            }
        }
        Some(line)
    }

    #[test]
    fn a_plain_line_is_what_the_checks_leave_of_it() {
        // Pieces of prose and of everything the checks act on, joined up to three at a time.
        const PIECES: &[&str] = &[
            "Id",
            "a b",
            "1.",
            "2)",
            "-",
            "*",
            "+",
            "_",
            "=",
            ">",
            "#",
            "|",
            "<b>",
            "<div>",
            "[x]",
            "[y](z)",
            "(w)",
            "http://e.com",
            "https",
            "://",
            "`c`",
            "`",
            "``",
            "~",
            "```",
            "\\",
            "  ",
            "    ",
            " ",
            "\t",
            "\n",
            "\r",
            ".",
            "&amp;",
            "\u{A0}",
            "\u{200E}",
            "\u{0}",
            "é",
        ];
        let mut plain = 0;
        for a in PIECES {
            for b in PIECES {
                for c in PIECES {
                    let text = [*a, b, c].concat();
                    assert_eq!(
                        plain_line(&text),
                        plain_line_byte_by_byte(&text),
                        "{text:?}"
                    );
                    if let Some(line) = plain_line(&text) {
                        assert_eq!(markdown_checked(&text), line, "{text:?}");
                        plain += 1;
                    }
                }
            }
        }
        // Many texts took the quick path (`Id. a b`, `Id&amp;+`), so the check above ran.
        assert!(plain > 1_000, "{plain}");
    }

    #[test]
    fn single_spaced_text_is_wrapped_as_word_by_word() {
        // Words of 1 to 12 letters, so that lines break before, at and after the margin, and
        // a word longer than a narrow width stands alone.
        let words: Vec<String> = (0..400)
            .map(|i| "w".repeat(1 + (i * 7 + i / 3) % 12))
            .collect();
        for count in [0, 1, 2, 5, 40, 400] {
            for start in 0..5 {
                let text = words[start..(start + count).min(words.len())].join(" ");
                for width in [1, 5, 11, 12, 13, 30, 88] {
                    assert!(is_single_spaced(&text) || text.is_empty());
                    assert_eq!(
                        wrap_single_spaced(&text, width),
                        wrap_words(&text, width),
                        "{text:?} at {width}"
                    );
                }
            }
        }
        for text in [" a b", "a b ", "a  b", "a\tb", "a\nb", "é b"] {
            assert!(!is_single_spaced(text), "{text:?}");
        }
    }

    fn doc(description: &str) -> String {
        markdown_text(description).into_owned()
    }

    /// Through an emission's memo, a Markdown description reads as it reads without it,
    /// and is kept once however often it is written; a plain line is not kept; outside the
    /// memo's work nothing is kept.
    #[test]
    fn markdown_checked_through_the_memo_reads_as_without_it() {
        let markdown = "See [the guide](https://example.com/guide).\n\n```\nlet x = 1;\n```";
        let memo = Arc::new(CheckedMarkdown::default());
        let entries = || memo.0.lock().map(|map| map.len()).unwrap_or_default();
        let direct = markdown_checked(markdown);
        with_checked(&memo, || {
            assert_eq!(doc(markdown), direct);
            assert_eq!(doc(markdown), direct);
            assert_eq!(doc("A plain line."), "A plain line.");
        });
        assert_eq!(entries(), 1);
        assert_eq!(
            doc("Another [link](https://example.com/other)."),
            markdown_checked("Another [link](https://example.com/other).")
        );
        assert_eq!(entries(), 1);
        assert!(CHECKED.with(|checked| checked.borrow().is_none()));
    }

    #[test]
    fn bare_urls_become_autolinks() {
        // Adyen's `**https://www.domain.com/webhook-endpoint**.`
        assert_eq!(
            doc("for example **https://x.y/hook**. See https://x.y/a_b."),
            "for example **<https://x.y/hook>**. See <https://x.y/a_b>."
        );
        // Alerter's `(https://example.com)`; in quotes of prose too.
        assert_eq!(
            doc("the service (https://x.y) and \"https://x.y/a\""),
            "the service (<https://x.y>) and \"<https://x.y/a>\""
        );
        // In a link, an autolink, code or an HTML attribute, a URL stays as it is.
        for text in [
            "[x](https://x.y)",
            "<https://x.y>",
            "`https://x.y`",
            "[https://x.y](https://x.y)",
            "```shell\ncurl https://x.y\n```",
            "<a href=\"https://x.y\">x</a>",
            "[x](<https://x.y>)",
        ] {
            assert_eq!(doc(text), text);
        }
    }

    #[test]
    fn references_without_a_definition_have_their_brackets_escaped() {
        // eBay's `<code>[YYYY]-[MM]</code>`, Amadeus' `[RFC6901]`; a real link and code stay.
        assert_eq!(
            doc("a JSON Pointer [RFC6901]"),
            "a JSON Pointer \\[RFC6901\\]"
        );
        assert_eq!(doc("é [Ré]"), "é \\[Ré\\]");
        assert_eq!(
            doc("<code>[YYYY]-[MM]</code>"),
            "<code>\\[YYYY\\]-\\[MM\\]</code>"
        );
        assert_eq!(
            doc("[docs](https://x.y) and `[a]`"),
            "[docs](https://x.y) and `[a]`"
        );
        assert_eq!(doc("[a]\n\n[a]: https://x.y"), "[a]\n\n[a]: https://x.y");
        // A reference after the brackets, undefined: rustdoc resolves whatever they hold.
        assert_eq!(
            doc("properties[{parent}][]={child}"),
            "properties\\[{parent}\\][]={child}"
        );
        // Amazon Connect's `[a-zA-Z0-9_-.\@]+`: an `@` is a disambiguator to rustdoc.
        assert_eq!(doc("from [a-z_-.\\@]+"), "from \\[a-z_-.\\@\\]+");
        assert_eq!(doc("mail [a@b.c]"), "mail \\[a@b.c\\]");
        assert_eq!(doc("[x][0.5] and [a][]"), "\\[x\\]\\[0.5\\] and \\[a\\][]");
        assert_eq!(
            doc("[docs][d]\n\n[d]: https://x.y"),
            "[docs][d]\n\n[d]: https://x.y"
        );
        // What rustdoc does not take for a path stays: values, the generator's own links.
        assert_eq!(doc("limited to [0.6, 1.2]"), "limited to [0.6, 1.2]");
        assert_eq!(doc("set this to [\"text\"]"), "set this to [\"text\"]");
        assert_eq!(doc("Like [`Client::run`]."), "Like [`Client::run`].");
    }

    #[test]
    fn html_tags_that_do_not_balance_are_escaped() {
        // Docker's `plugin=<string>`; a balanced pair, a void element, code stay.
        assert_eq!(
            doc("- `plugin`=<string> name"),
            "- `plugin`=&lt;string> name"
        );
        assert_eq!(doc("a <b>bold</b> word<br>"), "a <b>bold</b> word<br>");
        assert_eq!(
            doc("`List<Item>` and List<Item>"),
            "`List<Item>` and List&lt;Item>"
        );
        assert_eq!(doc("stray </p> close"), "stray &lt;/p> close");
        // Qualpay's attributes without a space between them: no tag to the Markdown parser,
        // so its `</a>` closes nothing. Well-formed attributes, bare or quoted, stay.
        assert_eq!(
            doc("see <a href=\"/x\"target=\"_blank\">codes</a> here"),
            "see <a href=\"/x\"target=\"_blank\">codes&lt;/a> here"
        );
        for text in [
            "see <a href=\"/x\" target='_blank'>codes</a>",
            "see <a href=/x title = \"a>b\">codes</a >",
            "a <br/> b and <img src=\"x\"/>",
        ] {
            assert_eq!(doc(text), text);
        }
        assert_eq!(doc("<i>open <b>inner</i>"), "<i>open &lt;b>inner</i>");
        // AWS's `<p/>`; a void element may close itself.
        assert_eq!(doc("one<p/>two<br/>"), "one&lt;p/>two<br/>");
    }

    #[test]
    fn lazy_continuations_get_their_marker_or_indentation() {
        // Docker's list items continued at the margin; dracoon's quote over two lines.
        assert_eq!(
            doc("Filters:\n\n- `dangling` When set, prune only\nunused images.\n1. first\nsecond"),
            "Filters:\n\n- `dangling` When set, prune only\n  unused images.\n1. first\n   second"
        );
        assert_eq!(
            doc("> Note\nread this.\n\nAfter."),
            "> Note\n> read this.\n\nAfter."
        );
        // GitHub's `*   item` starts its text four columns in.
        assert_eq!(doc("*   an item\nGit Trees"), "*   an item\n    Git Trees");
        // A rule, a heading or a blank line ends the item; a plain paragraph is left alone.
        assert_eq!(doc("- a\n---\nb"), "- a\n---\nb");
        assert_eq!(doc("- a\n# H\nb"), "- a\n# H\nb");
        assert_eq!(doc("1.5 is\na number"), "1.5 is\na number");
        // A table after a list item: a blank line between, so that it is one.
        assert_eq!(
            doc("* item\n| a | b |\n| - | - |\n| 1 | 2 |"),
            "* item\n\n| a | b |\n| - | - |\n| 1 | 2 |"
        );
        assert_eq!(doc("text\n| a |\n| - |"), "text\n| a |\n| - |");
        // Azure Face's `<br />` after a list item continues it; a block tag ends it.
        assert_eq!(doc("* item\n<br />\nmore"), "* item\n  <br />\n  more");
        assert_eq!(doc("* item\n<p>x</p>\nmore"), "* item\n<p>x</p>\nmore");
    }

    #[test]
    fn rust_and_bare_fences_become_text_and_other_languages_stay() {
        assert_eq!(
            doc("a\n```rust\nfn main() {}\n```"),
            "a\n```text\nfn main() {}\n```"
        );
        assert_eq!(doc("~~~\nexit(3)\n~~~"), "~~~text\nexit(3)\n~~~");
        assert_eq!(doc("```no_run\nx\n```"), "```text\nx\n```");
        assert_eq!(doc("```json\n{}\n```"), "```json\n{}\n```");
        assert_eq!(doc("```Shell title=x\nls\n```"), "```shell\nls\n```");
        assert_eq!(doc("````\n```\n````"), "````text\n```\n````");
    }

    #[test]
    fn indentation_and_unclosed_fences_cannot_start_code() {
        assert_eq!(doc("Text\n\n    let x = 1;"), "Text\n\nlet x = 1;");
        assert_eq!(doc("```\nopen"), "```text\nopen\n```");
    }

    /// Every text of up to six pieces of Markdown's block syntax that the quick test says
    /// holds no block, the parser agrees.
    #[test]
    fn text_without_fences_or_four_spaces_holds_no_block() {
        const PIECES: [&str; 9] = ["-", ">", " ", "  ", "1.", "\n", "x", "`", "~"];
        let mut texts = vec![String::new()];
        for _ in 0..6 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|text| PIECES.iter().map(move |piece| format!("{text}{piece}")))
                .collect();
            for text in &longer {
                let contains = ["```", "~~~", "    ", "\t"]
                    .iter()
                    .any(|start| text.contains(start));
                assert_eq!(may_hold_a_block(text), contains, "{text:?}");
                if !may_hold_a_block(text) {
                    assert!(fenced_safely(text), "{text:?}");
                }
            }
            texts = longer;
        }
        assert!(may_hold_a_block("a\tb"), "a tab starts an indented block");
    }

    #[test]
    fn code_inside_quotes_and_lists_makes_the_whole_text_a_block() {
        assert_eq!(
            doc("> ```rust\n> x\n> ```"),
            "````text\n> ```rust\n> x\n> ```\n````"
        );
        assert_eq!(doc(">     x = 1"), "```text\n>     x = 1\n```");
        assert!(compiles_no_code(&doc(
            "-     indented\n\n1.  ````rust\n    x"
        )));
    }

    #[test]
    fn the_generators_paragraphs_are_wrapped_and_blocks_kept() {
        assert_eq!(wrap("a bb ccc dddd", 6), ["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("  ", 6), Vec::<String>::new());
        // Width in characters, not bytes.
        assert_eq!(wrap("éé é ab", 4), ["éé é", "ab"]);
        let docs = Docs::default();
        let paragraphs = ["one two".into(), "```text\n  x\n```".into()];
        let mut text = "    /// Docs.\n".to_owned();
        push_paragraphs_after(&mut text, &docs, &paragraphs, 4);
        assert_eq!(
            text,
            "    /// Docs.\n    /// one two\n    ///\n    /// ```text\n    ///   x\n    /// ```\n"
        );
    }

    #[test]
    fn control_characters_and_bidi_marks_go() {
        assert_eq!(doc("a\rb\r\nc\u{0}d\u{202E}e"), "a\nb\ncde");
        assert_eq!(doc("```\n\tx\ty\n```"), "```text\n    x    y\n```");
        assert_eq!(doc_line("a\nb\u{7}c\u{2066}"), "a b c");
        assert_eq!(doc_line(" ````"), " \\`\\`\\`\\`");
        assert_eq!(doc_line(" ```` x"), " ```` x");
        assert_eq!(doc_line("> ~~~rust"), "> \\~\\~\\~rust");
        assert_eq!(doc_line("-      x"), "- x");
    }
}

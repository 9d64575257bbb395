//! Items written as text, laid out as prettyplease lays them out, for the emitters whose
//! items are fixed text around names, literals and types (every item of the types module,
//! builders, request checks, the client's and the handles' methods, the command line's
//! structs, enums and run functions): quoting them into
//! tokens, parsing the tokens with `syn` and printing them again cost most of the
//! generator's time.
//!
//! Architecture Invariant: text written here is what `format_items` would make of it, byte
//! for byte (each layout below is checked against prettyplease over sweeps of lengths, and
//! every fixture's output against its own formatting); the generated files do not change
//! with the way their items were built.
//!
//! The layouts join their pieces with `concat` and `extend`, and borrow their indentation
//! (`indentation`), rather than `format!` and `" ".repeat`: a `format!` call cost 600–1,500
//! instructions, most of them its formatting machinery, and the layouts make hundreds of
//! thousands of lines for a large document (BENCHMARKS.md, "Fewer allocations").

use std::borrow::{Borrow, Cow};

use proc_macro2::Literal;

/// Columns a line may take before prettyplease breaks it (its `MARGIN`, counted in bytes).
pub const MARGIN: usize = 89;

/// One item: its doc comment apart from the rest, because a `#[cfg]` goes between them.
pub struct TextItem {
    /// The `///` lines, each ending in a line break (empty for none).
    pub docs: String,
    /// The attributes after the docs and the item itself, each line ending in a line break.
    pub code: String,
}

impl TextItem {
    /// An item without docs.
    pub fn code(code: String) -> Self {
        Self {
            docs: String::new(),
            code,
        }
    }
}

/// Statements written as text, a line at a time.
pub struct Lines {
    /// Spaces before the next line.
    pub indent: usize,
    text: String,
    /// False once a statement is written whose layout may not be prettyplease's.
    pub laid_out: bool,
}

impl Lines {
    pub fn new(indent: usize) -> Self {
        Self {
            indent,
            // About what a method's body takes, so that it is not copied as it grows.
            text: String::with_capacity(2048),
            laid_out: true,
        }
    }

    /// A line of code at the current indent.
    pub fn line(&mut self, code: &str) {
        self.text.push_str(&indentation(self.indent));
        self.text.push_str(code);
        self.text.push('\n');
    }

    /// `{head} {`, then the lines after it one level further in.
    pub fn open(&mut self, head: &str) {
        self.line(&[head, " {"].concat());
        self.indent_in();
    }

    /// `}{tail}`, one level out.
    pub fn close(&mut self, tail: &str) {
        self.indent_out();
        self.line(&["}", tail].concat());
    }

    /// The lines after this one level further in.
    pub fn indent_in(&mut self) {
        self.indent += 4;
    }

    /// The lines after this one level further out.
    pub fn indent_out(&mut self) {
        self.indent = self.indent.saturating_sub(4);
    }

    /// Lines already laid out at the current indent.
    pub fn push(&mut self, text: &str) {
        self.text.push_str(text);
    }

    /// The text, and whether it is laid out as prettyplease lays it out when its lines fit.
    pub fn finish(self) -> (String, bool) {
        (self.text, self.laid_out)
    }

    /// A line whose layout, should prettyplease break it or not, is not written here.
    pub fn unsettled(&mut self, code: &str) {
        self.laid_out = false;
        self.line(code);
    }
}

/// `width` spaces: an indentation, borrowed for any width code is written at (the many
/// lines of a large document would otherwise each allocate their own).
pub fn indentation(width: usize) -> std::borrow::Cow<'static, str> {
    const SPACES: &str = "                                                                ";
    match SPACES.get(..width) {
        Some(spaces) => std::borrow::Cow::Borrowed(spaces),
        None => std::borrow::Cow::Owned(" ".repeat(width)),
    }
}

/// A string literal as `quote!` writes it (the escapes of `proc_macro2`). Printable ASCII
/// other than `"` and `\` is written as it is, which is all most names and paths hold; the
/// rest is escaped by `proc_macro2` itself.
pub fn string_literal(value: &str) -> String {
    let mut literal = String::with_capacity(value.len() + 2);
    push_string_literal(&mut literal, value);
    literal
}

/// [`string_literal`], written at the end of `out`.
pub fn push_string_literal(out: &mut String, value: &str) {
    if !value.bytes().all(|b| PLAIN_IN_LITERAL[usize::from(b)]) {
        out.push_str(&Literal::string(value).to_string());
        return;
    }
    out.reserve(value.len() + 2);
    out.push('"');
    out.push_str(value);
    out.push('"');
}

/// The bytes a string literal holds as they are: printable ASCII but `"` and `\\` (a
/// table: names, wire names and features are written as literals some 14,000 times for
/// Box's document).
const PLAIN_IN_LITERAL: [bool; 256] = {
    let mut plain = [false; 256];
    let mut byte = b' ';
    while byte <= b'~' {
        plain[byte as usize] = byte != b'"' && byte != b'\\';
        byte += 1;
    }
    plain
};

/// The pieces joined, with room for `room` bytes more: for a line whose ending is added once
/// its length is known to fit (`concat` sizes its text exactly, so that `+ ",\n"` copied
/// the whole line again).
fn joined_with_room(pieces: &[&str], room: usize) -> String {
    let length: usize = pieces.iter().map(|piece| piece.len()).sum();
    let mut text = String::with_capacity(length + room);
    pieces.iter().for_each(|piece| text.push_str(piece));
    text
}

/// `{head} for {name} {` (`head` is `impl` and the trait), broken before `for` when the
/// line would pass the margin, as prettyplease breaks it.
pub fn impl_header(head: &str, name: &str) -> String {
    let one_line = [head, " for ", name, " {\n"].concat();
    // The line break does not count.
    match one_line.len() - 1 <= MARGIN {
        true => one_line,
        false => format!("{head}\nfor {name} {{\n"),
    }
}

/// `impl Deserialize for {name}` whose body calls `helper` (a generic function of the
/// crate's `support` or `fields` module) with the deserializer.
pub fn deserialize_impl(name: &str, helper: &str) -> String {
    format!(
        "{}    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {{
        {helper}(deserializer)
    }}
}}
",
        impl_header("impl<'de> serde::Deserialize<'de>", name)
    )
}

/// `impl FromJson for {name}`: read by `helper` (a generic function of the crate given the
/// reader), or, without one, decoded by serde_json from the value's text (the trait's
/// provided method, generic, so compiled only where it is used).
pub fn from_json_impl(name: &str, helper: Option<&str>) -> String {
    let header = impl_header("impl crate::json::FromJson", name);
    match helper {
        None => header.replace(" {\n", " {}\n"),
        // `#[inline]`: like the client's methods, compiled where an answer is decoded, not
        // for every type in the crate itself (which would build every decoder twice).
        Some(helper) => format!(
            "{header}    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {{
        {helper}(reader)
    }}
}}
"
        ),
    }
}

/// One arm of a `match` whose body is a single path or literal: on one line when it fits
/// (the trailing comma does not count), else its body in a block, as prettyplease writes it.
pub fn match_arm(indent: usize, pattern: &str, body: &str) -> String {
    let mut arm = String::new();
    match_arm_into(&mut arm, indent, pattern, body);
    arm
}

/// [`match_arm`], written at the end of `out`.
pub fn match_arm_into(out: &mut String, indent: usize, pattern: &str, body: &str) {
    let pad = indentation(indent);
    match pad.len() + pattern.len() + " => ".len() + body.len() <= MARGIN {
        true => out.extend([&*pad, pattern, " => ", body, ",\n"]),
        false => out.extend([
            &*pad, pattern, " => {\n", &pad, "    ", body, "\n", &pad, "}\n",
        ]),
    }
}

/// A parameter of a signature: `lead` (`value: `) and its type, laid out as a type; or,
/// without a type, the whole parameter in `lead` (`mut self`).
pub struct Param {
    pub lead: String,
    pub ty: Option<TypeText>,
}

impl Param {
    /// `{name}: {ty}`.
    pub fn typed(name: &str, ty: TypeText) -> Self {
        Self {
            lead: [name, ": "].concat(),
            ty: Some(ty),
        }
    }

    /// A parameter written whole (`mut self`).
    pub fn plain(text: &str) -> Self {
        Self {
            lead: text.to_owned(),
            ty: None,
        }
    }

    /// The parameter on one line, written at the end of `text`.
    fn write_flat(&self, text: &mut String) {
        text.push_str(&self.lead);
        if let Some(ty) = &self.ty {
            ty.write_flat(text);
        }
    }
}

/// A function's signature up to its `{` at `indent` spaces: on one line if it fits, else a
/// parameter a line (a long type broken as [`TypeText::layout`] breaks it; the last
/// parameter's comma, which only a broken list has, does not count), as prettyplease
/// breaks it. `head` is `pub fn name`, `output` what follows the parameters (`-> Self`).
pub fn signature(indent: usize, head: &str, params: &[Param], output: &TypeText) -> String {
    let pad = indentation(indent);
    let mut one_line = String::with_capacity(2 * MARGIN);
    one_line.extend([&*pad, head, "("]);
    for (index, param) in params.iter().enumerate() {
        if index > 0 {
            one_line.push_str(", ");
        }
        param.write_flat(&mut one_line);
    }
    one_line += ") -> ";
    output.write_flat(&mut one_line);
    one_line += " {";
    if one_line.len() <= MARGIN {
        return one_line + "\n";
    }
    // Room for the parameters a line each, as they are added.
    let room = one_line.len() + params.len() * (indent + 8) + 8;
    let mut text = joined_with_room(&[&pad, head, "(\n"], room);
    for (index, param) in params.iter().enumerate() {
        let counted = usize::from(index + 1 < params.len());
        match &param.ty {
            Some(ty) => ty.layout_counting_into(&mut text, indent + 4, &param.lead, (",", counted)),
            None => text.extend([&*pad, "    ", &param.lead, ",\n"]),
        }
    }
    output.layout_into(&mut text, indent, ") -> ", " {");
    text
}

/// A tuple variant `{name}({ty}),` at `indent` spaces: on one line if it fits, else its
/// type on a line of its own (broken as [`TypeText::layout`] breaks it).
pub fn tuple_variant(indent: usize, name: &str, ty: &TypeText) -> String {
    let pad = indentation(indent);
    let one_line = joined_with_room(&[&pad, name, "(", &ty.flat(), "),"], 1);
    if one_line.len() <= MARGIN {
        return one_line + "\n";
    }
    let mut text = [&*pad, name, "(\n"].concat();
    ty.layout_counting_into(&mut text, indent + 4, "", (",", 0));
    text.extend([&*pad, "),\n"]);
    text
}

/// `#[{name}({content})]` 4 spaces in (a field's), as [`attribute`] lays it out.
pub fn field_attribute(name: &str, content: &str) -> String {
    attribute(4, name, content)
}

/// `#[{name}({content})]` `indent` spaces in: on one line if it fits, else broken after
/// every comma of its tokens (the last piece without one), as prettyplease breaks an
/// attribute's tokens. A comma inside a string literal is not a place to break: such an
/// attribute is left to prettyplease (its line stays too long for the text to be taken as
/// it is).
pub fn attribute(indent: usize, name: &str, content: &str) -> String {
    let pad = indentation(indent);
    let line = [&pad, "#[", name, "(", content, ")]\n"].concat();
    if line.len() - 1 <= MARGIN {
        return line;
    }
    let pieces: Vec<&str> = content.split(", ").collect();
    let whole_literals = pieces
        .iter()
        .all(|piece| piece.matches('"').count() % 2 == 0);
    if !whole_literals {
        return line;
    }
    let inner = indentation(indent + 4);
    let separator = [",\n", &inner].concat();
    format!(
        "{pad}#[{name}(\n{inner}{}\n{pad})]\n",
        pieces.join(&separator)
    )
}

/// An arm of a `match` whose body is a method call: on one line when it fits (the comma
/// does not count), else the call in a block, laid out as [`method_call`].
pub fn match_arm_call<S: Borrow<str>>(
    indent: usize,
    pattern: &str,
    receiver: &str,
    call: (&str, &[S]),
) -> String {
    let mut text = String::new();
    match_arm_call_into(&mut text, (indent, pattern), receiver, call);
    text
}

/// `{prefix}{path} { a, b }{suffix}` at `indent` spaces: on one line when prettyplease keeps
/// it there (the path and the braces' content within 34 columns, its `max_width` for
/// struct literals, and the line within the margin), else a field a line: `broken`, the
/// fields already laid out at `indent + 4`, each ending in `,` and a line break.
pub fn struct_literal(
    indent: usize,
    (prefix, path): (&str, &str),
    fields: &[String],
    broken: &str,
    suffix: &str,
) -> String {
    let pad = indentation(indent);
    let joined = fields.join(", ");
    let one_line = joined_with_room(&[&pad, prefix, path, " { ", &joined, " }", suffix], 1);
    let braces = path.len() + " { ".len() + joined.len() + " ".len();
    if braces <= STRUCT_LITERAL_WIDTH && one_line.len() <= MARGIN {
        return one_line + "\n";
    }
    struct_literal_broken(indent, (prefix, path), broken, suffix)
}

/// [`struct_literal`] a field a line, as it is when its fields joined by `, ` are wider
/// than `STRUCT_LITERAL_WIDTH` allows (less the path and the braces).
pub fn struct_literal_broken(
    indent: usize,
    (prefix, path): (&str, &str),
    broken: &str,
    suffix: &str,
) -> String {
    let pad = indentation(indent);
    [&*pad, prefix, path, " {\n", broken, &pad, "}", suffix, "\n"].concat()
}

/// The widest a struct literal's braces may be and stay on one line (prettyplease).
pub const STRUCT_LITERAL_WIDTH: usize = 34;

/// Whether prettyplease would leave every line of `code` as it is: each within the margin,
/// or one it cannot break, or the last element of a broken list that passes the margin by
/// its comma alone. An item with another long line (a call whose arguments the layouts here
/// do not break) is formatted from its tokens instead.
pub fn fits(code: &str) -> bool {
    long_lines_are_doc_comments(code) || fits_line_by_line(code)
}

/// [`fits`], each line checked.
fn fits_line_by_line(code: &str) -> bool {
    let mut lines = lines(code).peekable();
    while let Some(line) = lines.next() {
        if line.len() <= MARGIN || unbreakable(line) {
            continue;
        }
        // The last element of a broken list (arguments, parameters, an array) ends with a
        // comma prettyplease prints only because the list is broken, and does not count.
        let closes_list = |next: &&str| next.trim_start().starts_with([')', ']']);
        let last_in_list = line.ends_with(',') && lines.peek().is_some_and(closes_list);
        if !(last_in_list && line.len() - 1 <= MARGIN) {
            return false;
        }
    }
    true
}

/// Whether every line of `text` past the margin is a doc comment, the long line most
/// code has (a `\r` before a `\n` counted in its line's length): [`fits`] of most code,
/// found without making its lines. A span of `MARGIN + 1` bytes with no line end holds the
/// start of a long line; the last line end in a span is where the next span starts, so
/// one search passes over several short lines.
fn long_lines_are_doc_comments(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut start = 0;
    while start + MARGIN < bytes.len() {
        if let Some(end) = memchr::memrchr(b'\n', &bytes[start..=start + MARGIN]) {
            start += end + 1;
            continue;
        }
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |end| start + end);
        if !bytes[start..end].trim_ascii_start().starts_with(b"///") {
            return false;
        }
        start = end + 1;
    }
    true
}

/// The lines of `text`, as `str::lines` gives them (without `\n` or `\r\n`, no empty line
/// after a final `\n`), found with `memchr`: checking every line of a large document's
/// code (`fits`, `space_items`) took 4 % of its generation through `str::lines`.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut ends = memchr::memchr_iter(b'\n', text.as_bytes());
    std::iter::from_fn(move || {
        let line = match ends.next() {
            Some(end) => &text[start..end],
            None if start < text.len() => &text[start..],
            None => return None,
        };
        start += line.len() + 1;
        Some(line.strip_suffix('\r').unwrap_or(line))
    })
}

/// Lines prettyplease leaves long: a doc comment, a lone string literal (an argument, an
/// arm's pattern or body), a `const` of one, the `for Type {` of a broken `impl` header,
/// the head of an item named at length, a path alone in a list (a unit variant, a generic
/// argument; borrowed too, or a slice of one borrowed: `&[Path],`), a parameter or field of
/// a path type (`name: &Path,`, `pub name: Path,`, `pub r#type: Path,`), a binding of a
/// path (`let x = a::B;`), a path alone (a macro's argument), a generic argument of a
/// broken type whose comma alone passes the margin, a `key = value` piece of a broken
/// attribute (it breaks an attribute's tokens at commas only), a call's path alone before
/// its broken arguments (`path(`, `.method(`, `pub fn name(`, `let x = path(`, `<Type as
/// Trait>::name(`), a call of a path without arguments (`let x = path();`); a `match` arm
/// on one line, whose comma does not count, and an arm's pattern before a block, whose `{`
/// does not count.
fn unbreakable(line: &str) -> bool {
    let trimmed = line.trim_start();
    // A doc comment, the most common long line, before the tests that search the line.
    if trimmed.starts_with("///") {
        return true;
    }
    let literal_alone = || {
        trimmed.starts_with('"')
            && (trimmed.ends_with('"') || trimmed.ends_with("\",") || trimmed.ends_with("\" => {"))
    };
    let item_head = || {
        ["pub enum ", "pub struct ", "enum ", "struct ", "impl "]
            .iter()
            .any(|head| {
                trimmed
                    .strip_prefix(head)
                    .and_then(|rest| rest.strip_suffix(" {"))
                    .is_some_and(|name| !name.contains(' '))
            })
    };
    let is_path = |text: &str| {
        !text.is_empty()
            && text
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
    };
    // A path borrowed, or a slice of one borrowed (`&types::A`, `&[types::A]`).
    let borrowed_path = |text: &str| {
        let text = text.strip_prefix('&').unwrap_or(text);
        let text = text
            .strip_prefix('[')
            .and_then(|inner| inner.strip_suffix(']'))
            .unwrap_or(text);
        is_path(text)
    };
    // A unit variant (prettyplease breaks a tuple variant's parentheses), a generic
    // argument, a parameter.
    let path_in_list = || {
        trimmed
            .strip_suffix(',')
            .map(|item| item.strip_prefix("pub ").unwrap_or(item))
            .is_some_and(|item| match item.split_once(": ") {
                Some((name, ty)) => {
                    let name = crate::naming::unraw(name);
                    is_path(name) && borrowed_path(ty)
                }
                None => borrowed_path(item),
            })
    };
    let arm = || trimmed.ends_with(',') && line.len() - 1 <= MARGIN && trimmed.contains(" => ");
    let arm_block = trimmed.ends_with(" => {") && line.len() - "{".len() <= MARGIN;
    // After a binding's `let name = `, which prettyplease does not break before a path.
    let bound = trimmed
        .strip_prefix("let ")
        .and_then(|rest| rest.split_once(" = "))
        .filter(|(name, _)| is_path(name.strip_prefix("mut ").unwrap_or(name)))
        .map_or(trimmed, |(_, value)| value);
    // `<Type as Trait>::function`: prettyplease breaks neither path.
    let qualified_path = |text: &str| {
        text.strip_prefix('<')
            .and_then(|rest| rest.split_once(" as "))
            .and_then(|(ty, rest)| Some((ty, rest.split_once(">::")?)))
            .is_some_and(|(ty, (to, name))| is_path(ty) && is_path(to) && is_path(name))
    };
    let call_head = || {
        bound.strip_suffix('(').is_some_and(|head| {
            let path = ["pub async fn ", "pub fn ", "async fn ", "fn ", "."]
                .iter()
                .find_map(|lead| head.strip_prefix(lead))
                .unwrap_or(head);
            is_path(path) || qualified_path(path)
        })
    };
    let empty_call = || bound.strip_suffix("();").is_some_and(is_path);
    let bound_path = || bound != trimmed && bound.strip_suffix(';').is_some_and(is_path);
    // A generic argument of a broken type (`Whole<Vec<types::A>>,`): the list's trailing
    // comma does not count (`TypeText::layout`).
    let generic_in_list = || {
        trimmed.strip_suffix(',').is_some_and(|ty| {
            ty.contains('<')
                && line.len() - 1 <= MARGIN
                && ty
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_:<>&".contains(c))
        })
    };
    let attribute_piece = || {
        trimmed.split_once(" = ").is_some_and(|(key, value)| {
            key.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                && !value.trim_end_matches(',').contains([' ', ';'])
        })
    };
    // The tests that search the line come last, each only if those before it failed.
    (trimmed.starts_with("const ") && trimmed.contains(": &'static str = \""))
        || literal_alone()
        || line.starts_with("for ")
        || arm_block
        || item_head()
        || path_in_list()
        || is_path(trimmed)
        || arm()
        || call_head()
        || empty_call()
        || bound_path()
        || attribute_piece()
        || generic_in_list()
}

/// The width of `args` joined by `, `, without joining them.
fn joined_len<S: Borrow<str>>(args: &[S]) -> usize {
    let commas = 2 * args.len().saturating_sub(1);
    args.iter().map(|arg| arg.borrow().len()).sum::<usize>() + commas
}

/// `args` joined by `, `, written at the end of `out`.
fn push_joined<S: Borrow<str>>(out: &mut String, args: &[S]) {
    for (index, arg) in args.iter().enumerate() {
        if index > 0 {
            out.push_str(", ");
        }
        out.push_str(arg.borrow());
    }
}

/// [`method_call`], written at the end of `out`: a call that fits on one line straight
/// (the calls of a struct's impls, one a property), without a text of its own to copy.
pub fn method_call_into<S: Borrow<str>>(
    out: &mut String,
    (indent, lead): (usize, &str),
    receiver: &str,
    call: (&str, &[S]),
    tail: &str,
) {
    let (method, args) = call;
    // The call's own punctuation: `.`, `(` and `)`.
    let width =
        indent + lead.len() + receiver.len() + method.len() + joined_len(args) + ".()".len();
    if width + tail.len() > MARGIN {
        return out.push_str(&broken_method_call((indent, lead), receiver, call, tail));
    }
    out.reserve(width + tail.len() + 1);
    out.extend([&*indentation(indent), lead, receiver, ".", method, "("]);
    push_joined(out, args);
    out.extend([")", tail, "\n"]);
}

/// [`match_arm_call`], written at the end of `out` (as [`method_call_into`]).
pub fn match_arm_call_into<S: Borrow<str>>(
    out: &mut String,
    (indent, pattern): (usize, &str),
    receiver: &str,
    call: (&str, &[S]),
) {
    let (method, args) = call;
    // The arm's and the call's punctuation (the comma after them does not count).
    let punctuation = " => .()".len();
    let width =
        indent + pattern.len() + receiver.len() + method.len() + joined_len(args) + punctuation;
    if width > MARGIN {
        let pad = indentation(indent);
        let call = method_call(indent + 4, "", receiver, call, "");
        return out.extend([&*pad, pattern, " => {\n", &call, &pad, "}\n"]);
    }
    out.reserve(width + 2);
    out.extend([
        &*indentation(indent),
        pattern,
        " => ",
        receiver,
        ".",
        method,
        "(",
    ]);
    push_joined(out, args);
    out.push_str("),\n");
}

/// A call `{receiver}.{method}({args})` at `indent` spaces, after `lead` (`name: ` in a
/// struct literal) and before `tail` (`,` or `;`, which counts for the margin): on one
/// line if it fits; else the method on a line of its own, its arguments on the same line
/// if they fit there or else one a line, as prettyplease breaks a method call (a short
/// receiver at the start of a line keeps its method, see below).
pub fn method_call<S: Borrow<str>>(
    indent: usize,
    lead: &str,
    receiver: &str,
    call: (&str, &[S]),
    tail: &str,
) -> String {
    let mut text = String::new();
    method_call_into(&mut text, (indent, lead), receiver, call, tail);
    text
}

/// [`method_call`] that does not fit on one line.
fn broken_method_call<S: Borrow<str>>(
    (indent, lead): (usize, &str),
    receiver: &str,
    (method, args): (&str, &[S]),
    tail: &str,
) -> String {
    let pad = indentation(indent);
    // A receiver of at most four characters at the start of a line stays before its
    // method, and the arguments go one a line under it.
    if lead.is_empty() && receiver.len() <= 4 {
        let mut text = [&*pad, receiver, ".", method, "(\n"].concat();
        for arg in args {
            text.extend([&*pad, "    ", arg.borrow(), ",\n"]);
        }
        text.extend([&*pad, ")", tail, "\n"]);
        return text;
    }
    let joined = args.join(", ");
    let method_line = [&*pad, "    .", method, "(", &joined, ")", tail].concat();
    // Empty parentheses are never broken.
    if method_line.len() <= MARGIN || args.is_empty() {
        return [&*pad, lead, receiver, "\n", &method_line, "\n"].concat();
    }
    let mut text = [&*pad, lead, receiver, "\n", &pad, "    .", method, "(\n"].concat();
    for arg in args {
        text.extend([&*pad, "        ", arg.borrow(), ",\n"]);
    }
    text.extend([&*pad, "    )", tail, "\n"]);
    text
}

/// `{receiver}.{method}({args}).await` at `indent` spaces: on one line if it fits; else
/// the receiver, the method (its arguments one a line if it does not fit) and `.await`
/// each on a line of their own, as prettyplease breaks the chain.
pub fn awaited_call(indent: usize, receiver: &str, (method, args): (&str, &[String])) -> String {
    let pad = indentation(indent);
    let joined = args.join(", ");
    let one_line = joined_with_room(&[&pad, receiver, ".", method, "(", &joined, ").await"], 1);
    if one_line.len() <= MARGIN {
        return one_line + "\n";
    }
    let method_line = format!("{pad}    .{method}({joined})");
    let mut text = format!("{pad}{receiver}\n");
    if method_line.len() <= MARGIN || args.is_empty() {
        text += &(method_line + "\n");
    } else {
        text += &format!("{pad}    .{method}(\n");
        for arg in args {
            text.extend([&*pad, "        ", arg, ",\n"]);
        }
        text += &format!("{pad}    )\n");
    }
    text + &format!("{pad}    .await\n")
}

/// A link of a chain after its receiver: a method call, a field, or `.await?` (text with
/// its leading `.`).
pub enum Segment {
    Call(String, Vec<String>),
    Field(String),
    Plain(&'static str),
}

impl Segment {
    /// The link's width on one line, without writing it.
    fn flat_len(&self) -> usize {
        match self {
            Segment::Call(name, args) => ".()".len() + name.len() + joined_len(args),
            Segment::Field(name) => ".".len() + name.len(),
            Segment::Plain(text) => text.len(),
        }
    }

    /// The link on one line, written at the end of `out`.
    fn write_flat(&self, out: &mut String) {
        match self {
            Segment::Call(name, args) => {
                out.extend([".", name, "("]);
                push_joined(out, args);
                out.push(')');
            }
            Segment::Field(name) => out.extend([".", name]),
            Segment::Plain(text) => out.push_str(text),
        }
    }

    /// A call whose one argument is a closure without parameters, at `indent` spaces before
    /// `tail`, the closure's body in a block: `None` for another link, or a body too long
    /// for its line.
    fn closure_in_block(&self, indent: usize, tail: &str) -> Option<String> {
        let Segment::Call(name, args) = self else {
            return None;
        };
        let body = match args.as_slice() {
            [closure] => closure.strip_prefix("|| ")?,
            _ => return None,
        };
        let pad = indentation(indent);
        let body_line = joined_with_room(&[&pad, "    ", body], 1);
        let body = match body_line.len() <= MARGIN {
            true => body_line + "\n",
            false => receiver_then_call(indent + 4, body)?,
        };
        Some([&*pad, ".", name, "(|| {\n", &body, &*pad, "})", tail, "\n"].concat())
    }

    /// On its own line at `indent` spaces before `tail` (`counted`: how much of it counts
    /// for the margin), written at the end of `out`: a call's arguments one a line when it
    /// does not fit (empty parentheses are never broken).
    fn line_into(&self, out: &mut String, indent: usize, (tail, counted): (&str, usize)) {
        let pad = indentation(indent);
        match self {
            Segment::Call(name, args)
                if indent + self.flat_len() + counted > MARGIN && !args.is_empty() =>
            {
                out.extend([&*pad, ".", name, "(\n"]);
                for arg in args {
                    out.extend([&*pad, "    ", arg, ",\n"]);
                }
                out.extend([&*pad, ")", tail, "\n"]);
            }
            _ => {
                out.push_str(&pad);
                self.write_flat(out);
                out.extend([tail, "\n"]);
            }
        }
    }
}

/// `{function}({receiver}{segments}).await` at `indent` spaces, its one argument a chain of
/// `segments` on `receiver`, laid out as [`chain`] lays it out.
pub fn awaited_function_call(
    indent: usize,
    function: &str,
    receiver: &str,
    segments: &[Segment],
) -> String {
    let argument = [Arg::Chain(receiver.into(), segments)];
    chain(
        indent,
        "",
        (function, &argument),
        &[Segment::Plain(".await")],
        "",
    )
}

/// An argument `{prefix}{receiver}{segments}{tail}` at `indent` spaces (`tail` is its comma,
/// `counted` how much of it counts for the margin): on one line if it fits, else the
/// receiver and then the segments one a line, 4 spaces further in.
pub fn chain_argument(
    indent: usize,
    receiver: &str,
    segments: &[Segment],
    (prefix, tail, counted): (&str, &str, usize),
) -> String {
    let pad = indentation(indent);
    let inner = links_len(segments);
    let width = indent + prefix.len() + receiver.len() + inner;
    let mut text = String::with_capacity(width + tail.len() + 1);
    text.extend([&*pad, prefix, receiver]);
    if width + counted <= MARGIN {
        write_links_flat(&mut text, segments);
        text.extend([tail, "\n"]);
        return text;
    }
    text.push('\n');
    for (index, segment) in segments.iter().enumerate() {
        let last = index + 1 == segments.len();
        let tail = if last { (tail, counted) } else { ("", 0) };
        segment.line_into(&mut text, indent + 4, tail);
    }
    text
}

/// A statement `{lead}{receiver}{segments};` at `indent` spaces (`built.x = args.x;`), laid
/// out as [`chain_argument`] lays it out, but that a link whose call does not fit its line
/// and whose one argument is a closure without parameters has the closure's body in a block
/// (`.or_else(|| {`, the body, `});`), as prettyplease writes it; `None` where a link's call
/// does not fit otherwise, or the body does not fit its line.
pub fn chain_statement(
    indent: usize,
    lead: &str,
    receiver: &str,
    segments: &[Segment],
) -> Option<String> {
    let pad = indentation(indent);
    let inner = links_len(segments);
    let width = indent + lead.len() + receiver.len() + inner;
    let mut text = String::with_capacity(width + ";\n".len());
    text.extend([&*pad, lead, receiver]);
    if width + ";".len() <= MARGIN {
        write_links_flat(&mut text, segments);
        text += ";\n";
        return Some(text);
    }
    text.push('\n');
    let link_pad = indentation(indent + 4);
    for (index, segment) in segments.iter().enumerate() {
        let (tail, counted) = match index + 1 == segments.len() {
            true => (";", 1),
            false => ("", 0),
        };
        match indent + 4 + segment.flat_len() + counted <= MARGIN {
            true => {
                text.push_str(&link_pad);
                segment.write_flat(&mut text);
                text.extend([tail, "\n"]);
            }
            false => text += &segment.closure_in_block(indent + 4, tail)?,
        }
    }
    Some(text)
}

/// An expression `(receiver).method(argument)` too long for its line at `indent` spaces (a
/// closure's body, a call's last argument): the receiver on one line, the call on the next,
/// 4 spaces further in, as prettyplease breaks it; `None` for another expression, or lines
/// still too long.
fn receiver_then_call(indent: usize, expression: &str) -> Option<String> {
    let split = expression.rfind(").")? + 1;
    let (receiver, call) = expression.split_at(split);
    let plain = receiver.starts_with('(') && !call.contains(").");
    let pad = indentation(indent);
    let first = [&*pad, receiver].concat();
    let second = [&*pad, "    ", call].concat();
    (plain && first.len() <= MARGIN && second.len() <= MARGIN)
        .then(|| [first.as_str(), "\n", &second, "\n"].concat())
}

/// A call `{function}({args}){suffix}` at `indent` spaces, after `lead` and before `tail`:
/// on one line if it fits, else its arguments one a line (the last, too long for its line,
/// broken as [`receiver_then_call`] breaks it where it can be; its comma does not count).
pub fn function_call<S: Borrow<str>>(
    indent: usize,
    lead: &str,
    function: &str,
    args: &[S],
    (suffix, tail): (&str, &str),
) -> String {
    let pad = indentation(indent);
    let joined = args.join(", ");
    let one_line = joined_with_room(&[&pad, lead, function, "(", &joined, ")", suffix, tail], 1);
    if one_line.len() <= MARGIN {
        return one_line + "\n";
    }
    let mut text = [&*pad, lead, function, "(\n"].concat();
    for (index, arg) in args.iter().enumerate() {
        let arg = arg.borrow();
        let last = index + 1 == args.len();
        let broken = (last && pad.len() + 4 + arg.len() > MARGIN)
            .then(|| receiver_then_call(indent + 4, arg))
            .flatten();
        match broken {
            Some(lines) => text.extend([lines.trim_end_matches('\n'), ",\n"]),
            None => text.extend([&*pad, "    ", arg, ",\n"]),
        }
    }
    text.extend([&*pad, ")", suffix, tail, "\n"]);
    text
}

/// An argument of a call: an expression on one line, a macro's call whose arguments
/// prettyplease fills into lines when it does not fit (it lays out a macro's tokens, not
/// its expressions), or a chain of calls (see [`chain_argument`]).
pub enum Arg<'a> {
    Plain(String),
    /// `{name}!({args})`.
    Macro(&'static str, Vec<String>),
    /// `{receiver}{segments}`.
    Chain(Cow<'a, str>, &'a [Segment]),
}

impl Arg<'_> {
    /// The width of the argument on one line, without writing it.
    fn flat_len(&self) -> usize {
        match self {
            Arg::Plain(text) => text.len(),
            Arg::Macro(name, args) => name.len() + "!()".len() + joined_len(args),
            Arg::Chain(receiver, segments) => receiver.len() + links_len(segments),
        }
    }

    /// The argument on one line, written at the end of `out`.
    fn write_flat(&self, out: &mut String) {
        match self {
            Arg::Plain(text) => out.push_str(text),
            Arg::Macro(name, args) => {
                out.extend([name, "!("]);
                push_joined(out, args);
                out.push(')');
            }
            Arg::Chain(receiver, segments) => {
                out.push_str(receiver);
                write_links_flat(out, segments);
            }
        }
    }

    /// On lines of its own at `indent` spaces, followed by a comma, which counts for the
    /// margin unless the argument is the last (a broken list's last comma does not).
    fn broken(&self, indent: usize, last: bool) -> String {
        let counted = usize::from(!last);
        match self {
            Arg::Plain(text) => [&indentation(indent), text.as_str(), ",\n"].concat(),
            Arg::Macro(name, args) => macro_call(indent, name, args, (",", counted)),
            Arg::Chain(receiver, segments) => {
                chain_argument(indent, receiver, segments, ("", ",", counted))
            }
        }
    }
}

/// `{name}!({args}){tail}` at `indent` spaces (`counted`: how much of `tail` counts for the
/// margin): on one line if it fits; else the arguments on the lines after it, 4 spaces
/// further in, as many to a line as fit (each with its comma), as prettyplease fills a
/// macro's tokens.
pub fn macro_call<S: Borrow<str>>(
    indent: usize,
    name: &str,
    args: &[S],
    (tail, counted): (&str, usize),
) -> String {
    let pad = indentation(indent);
    let joined = args.join(", ");
    let one_line = joined_with_room(&[&pad, name, "!(", &joined, ")", tail], 1);
    if one_line.len() - tail.len() + counted <= MARGIN {
        return one_line + "\n";
    }
    let mut text = [&*pad, name, "!(\n"].concat();
    let mut line = String::new();
    for (index, arg) in args.iter().enumerate() {
        let comma = if index + 1 < args.len() { "," } else { "" };
        let arg = [arg.borrow(), comma].concat();
        // prettyplease prints a macro's tokens with a space where two would run together
        // (`& id`), and may break the line at any such space; a literal is one token.
        let pieces = match arg.starts_with('"') {
            true => vec![arg.as_str()],
            false => arg.split(' ').collect(),
        };
        for piece in pieces {
            if !line.is_empty() && indent + 4 + line.len() + 1 + piece.len() > MARGIN {
                text.extend([&*pad, "    ", &line, "\n"]);
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line += piece;
        }
    }
    text.extend([&*pad, "    ", &line, "\n", &pad, ")", tail, "\n"]);
    text
}

/// An item that is a call of the macro at `path` with a type's name (the impls the crate's
/// runtime writes for it): on one line, or the name alone on the line after.
pub fn impls_macro(path: &str, name: &str) -> String {
    macro_call(0, path, &[name], (";", 1))
}

/// The width of links one after the other on one line, without writing them.
fn links_len(links: &[Segment]) -> usize {
    links.iter().map(Segment::flat_len).sum()
}

/// Links one after the other on one line, written at the end of `out`.
fn write_links_flat(out: &mut String, links: &[Segment]) {
    links.iter().for_each(|link| link.write_flat(out));
}

/// `{lead}{function}({args})` followed by `segments` (`.name(args)`, `.await`) and `tail`,
/// at `indent` spaces: on one line if it fits; else the first call on the first line (its
/// arguments one a line, 8 spaces further in, when it does not fit there) and each segment
/// on a line of its own, 4 spaces in (a call's arguments one a line when it does not fit),
/// as prettyplease breaks a chain.
pub fn chain(
    indent: usize,
    lead: &str,
    (function, args): (&str, &[Arg]),
    segments: &[Segment],
    tail: &str,
) -> String {
    let pad = indentation(indent);
    let methods = links_len(segments);
    let commas = ", ".len() * args.len().saturating_sub(1);
    let flat_args = args.iter().map(Arg::flat_len).sum::<usize>() + commas;
    let first = indent + lead.len() + function.len() + "()".len() + flat_args;
    let mut text = String::with_capacity(first + methods + tail.len() + 1);
    text.extend([&*pad, lead, function]);
    if first <= MARGIN {
        text.push('(');
        for (index, arg) in args.iter().enumerate() {
            if index > 0 {
                text.push_str(", ");
            }
            arg.write_flat(&mut text);
        }
        text.push(')');
        if first + methods + tail.len() <= MARGIN {
            write_links_flat(&mut text, segments);
            text.extend([tail, "\n"]);
            return text;
        }
        text.push('\n');
    } else {
        text.push_str("(\n");
        for (index, arg) in args.iter().enumerate() {
            text += &arg.broken(indent + 8, index + 1 == args.len());
        }
        text.extend([&*pad, "    )\n"]);
    }
    for (index, segment) in segments.iter().enumerate() {
        let last = index + 1 == segments.len();
        let tail = if last { (tail, tail.len()) } else { ("", 0) };
        segment.line_into(&mut text, indent + 4, tail);
    }
    text
}

/// A type for a field's line: a path and its generic arguments.
#[derive(Clone)]
pub struct TypeText {
    /// Borrowed for the fixed names (`Option`, `String`): most of a type's parts, made for
    /// every field, parameter and setter.
    pub path: Cow<'static, str>,
    pub args: Vec<TypeText>,
}

impl TypeText {
    pub fn new(path: impl Into<Cow<'static, str>>, args: Vec<TypeText>) -> Self {
        Self {
            path: path.into(),
            args,
        }
    }

    /// A type without generic arguments to break (`Self`, `i64`, `&str`).
    pub fn leaf(path: impl Into<Cow<'static, str>>) -> Self {
        Self::new(path, Vec::new())
    }

    /// On one line.
    pub fn flat(&self) -> String {
        let mut text = String::with_capacity(self.path.len() * 2);
        self.write_flat(&mut text);
        text
    }

    /// [`Self::flat`], written at the end of `text` (one buffer for a nested type).
    fn write_flat(&self, text: &mut String) {
        text.push_str(&self.path);
        if let Some((first, rest)) = self.args.split_first() {
            text.push('<');
            first.write_flat(text);
            for arg in rest {
                text.push_str(", ");
                arg.write_flat(text);
            }
            text.push('>');
        }
    }

    /// The length of [`Self::flat`], without writing it.
    fn flat_len(&self) -> usize {
        let args: usize = self.args.iter().map(Self::flat_len).sum();
        match self.args.len() {
            0 => self.path.len(),
            count => self.path.len() + 2 + args + 2 * (count - 1),
        }
    }

    /// After `lead` at `indent` spaces and before `tail`: on one line if it fits, else
    /// its arguments one a line (each laid out the same way), as prettyplease breaks a
    /// generic type.
    pub fn layout(&self, indent: usize, lead: &str, tail: &str) -> String {
        let mut text = String::new();
        self.layout_into(&mut text, indent, lead, tail);
        text
    }

    /// [`Self::layout`], written at the end of `text`.
    pub fn layout_into(&self, text: &mut String, indent: usize, lead: &str, tail: &str) {
        self.layout_counting_into(text, indent, lead, (tail, tail.len()));
    }

    /// [`Self::layout_into`] with `tail` and how much of it counts for the margin (a broken
    /// list's trailing comma does not), written at the end of `text` (one buffer for a nested
    /// type broken over lines, and for the text it goes into).
    fn layout_counting_into(
        &self,
        text: &mut String,
        indent: usize,
        lead: &str,
        (tail, counted): (&str, usize),
    ) {
        let pad = indentation(indent);
        if indent + lead.len() + self.flat_len() + counted <= MARGIN || self.args.is_empty() {
            text.reserve(indent + lead.len() + self.flat_len() + tail.len() + 1);
            text.push_str(&pad);
            text.push_str(lead);
            self.write_flat(text);
            text.push_str(tail);
            text.push('\n');
            return;
        }
        text.extend([&*pad, lead, &self.path, "<\n"]);
        for arg in &self.args {
            arg.layout_counting_into(text, indent + 4, "", (",", 0));
        }
        text.extend([&*pad, ">", tail, "\n"]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass check says a text fits only where the check of each line does: long
    /// lines of code or doc comments at the start, in the middle and at the end, with and
    /// without a final line end, `\r\n` endings, lines at the margin and one past it.
    #[test]
    fn the_one_pass_check_agrees_with_the_check_of_each_line() {
        let short = "let a = b;";
        let at_margin = format!("    let a = {};", "b".repeat(MARGIN - 13));
        let past_margin = format!("{at_margin}c");
        let doc_past = format!("    /// {}", "word ".repeat(MARGIN / 5 + 1));
        let pieces = [short, &at_margin, &past_margin, &doc_past, "", "}"];
        let mut texts = Vec::new();
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    let lines = [first, second, third];
                    texts.push(lines.join("\n"));
                    texts.push(lines.join("\r\n") + "\r\n");
                    texts.push(lines.join("\n") + "\n");
                }
            }
        }
        let mut fast = 0;
        for text in &texts {
            if long_lines_are_doc_comments(text) {
                fast += 1;
                assert!(fits_line_by_line(text), "{text:?}");
            }
            // A `\r` counted: a line at the margin before it takes the line-by-line check.
            let past = |line: &str| line.len() > MARGIN && !line.contains("///");
            let code_past = text.split('\n').any(past);
            assert_eq!(long_lines_are_doc_comments(text), !code_past, "{text:?}");
        }
        // Both ways are taken: the one pass, and past it the check of each line.
        assert!(fast > 0 && fast < texts.len(), "{fast} of {}", texts.len());
    }

    /// A broken list's last element may pass the margin by its comma, which prettyplease
    /// adds only because the list is broken; an element before it may not. `fits` holds a
    /// text as it is exactly when prettyplease leaves it so.
    #[test]
    fn only_the_last_elements_comma_passes_the_margin() {
        for width in 80..96 {
            let long = format!("{}(b)", "a".repeat(width - 8 - 4));
            // The other element long enough that the call is not on one line.
            let other = "an_argument_named_at_some_length";
            for (first, second) in [(other, long.as_str()), (long.as_str(), other)] {
                let text = format!(
                    "fn f() {{\n    call(\n        {first},\n        {second},\n    );\n}}\n"
                );
                let file = syn::parse_file(&text).expect("a function");
                let printed = prettyplease::unparse(&file);
                assert_eq!(fits(&text), text == printed, "{width}: {text}");
            }
        }
    }

    /// A macro item of a type's name reads as prettyplease prints it, for names on both
    /// sides of where the line breaks.
    #[test]
    fn impls_macros_break_where_prettyplease_breaks_them() {
        for path in [
            "crate::fields::impl_object_decoding",
            "crate::json::impl_string_traits",
        ] {
            // Names too long for a line of their own too.
            for length in 40..100 {
                let name = format!("N{}", "a".repeat(length));
                let text = impls_macro(path, &name);
                let file = syn::parse_file(&text).expect("an item");
                assert_eq!(text, prettyplease::unparse(&file), "{length}");
                assert!(fits(&text), "{length}");
            }
        }
    }

    /// A call and an arm are on one line exactly while that line fits (the arm's comma not
    /// counted), broken otherwise; written onto a text, they follow what was there.
    #[test]
    fn calls_and_arms_are_on_one_line_while_it_fits() {
        let (mut one_line, mut broken) = (0, 0);
        for length in 0..80 {
            let name = "n".repeat(length);
            let args = [name.as_str(), "&mut x"];
            let line = format!("        lead: object.read({name}, &mut x);");
            let call = method_call(8, "lead: ", "object", ("read", &args), ";");
            match line.len() <= MARGIN {
                true => assert_eq!(call, format!("{line}\n"), "a name of {length}"),
                false => assert!(call.lines().count() > 1, "a name of {length}"),
            }
            let arm_line = format!("                {name} => map.read(&mut x)");
            let arm = match_arm_call(16, &name, "map", ("read", &args[1..]));
            match arm_line.len() <= MARGIN {
                true => assert_eq!(arm, format!("{arm_line},\n"), "a pattern of {length}"),
                false => assert!(arm.starts_with(&format!("                {name} => {{\n"))),
            }
            let mut out = "head\n".to_owned();
            method_call_into(&mut out, (8, "lead: "), "object", ("read", &args), ";");
            match_arm_call_into(&mut out, (16, &name), "map", ("read", &args[1..]));
            assert_eq!(out, format!("head\n{call}{arm}"), "a name of {length}");
            one_line += usize::from(line.len() <= MARGIN) + usize::from(arm_line.len() <= MARGIN);
            broken += usize::from(line.len() > MARGIN) + usize::from(arm_line.len() > MARGIN);
        }
        assert!(
            one_line > 40 && broken > 40,
            "{one_line} on one line, {broken} broken"
        );
    }

    #[test]
    fn lines_are_those_of_str_lines() {
        let texts = [
            "",
            "\n",
            "\n\n",
            "a",
            "a\n",
            "a\nb",
            "a\n\nb\n",
            "a\r\nb\r\n",
            "\r\n",
            "a\rb\n",
            "é\nü",
        ];
        for text in texts {
            assert_eq!(
                lines(text).collect::<Vec<_>>(),
                text.lines().collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }

    /// 1 if `text` fits the margin and is prettyplease's own layout of it (else the test
    /// fails, naming `what`), 0 if it does not fit: a sweep counts the layouts it checked.
    fn own_formatting(text: &str, what: &dyn std::fmt::Display) -> usize {
        if !fits(text) {
            return 0;
        }
        assert_eq!(formatted(text), text, "{what}");
        1
    }

    /// prettyplease's own layout of `text`, item by item, as the types module is formatted.
    fn formatted(text: &str) -> String {
        let file: syn::File = syn::parse_str(text).expect("the text is a file of items");
        let mut out = String::new();
        for item in file.items {
            out.push_str(&format_item(item));
        }
        out
    }

    fn format_item(item: syn::Item) -> String {
        let single = syn::File {
            shebang: None,
            attrs: Vec::new(),
            items: vec![item],
        };
        super::super::space_items(&prettyplease::unparse(&single))
    }

    /// A generated `types.rs` formatted again from its syntax: the header (comments, which
    /// `syn` drops) as it is, the module's docs, then each item after a blank line.
    fn formatted_types_module(text: &str) -> String {
        let at = text.find("//!").expect("the module's docs");
        let (header, rest) = text.split_at(at);
        let file: syn::File = syn::parse_str(rest).expect("the types module is Rust");
        let module = syn::File {
            shebang: None,
            attrs: file.attrs,
            items: Vec::new(),
        };
        let mut out = format!("{header}{}", prettyplease::unparse(&module));
        for item in file.items {
            out.push('\n');
            out.push_str(&format_item(item));
        }
        out
    }

    #[test]
    fn struct_literals_break_where_prettyplease_breaks_them() {
        for length in 0..40 {
            let name = format!("a{}", "b".repeat(length));
            for fields in [
                vec!["extra".to_owned()],
                vec![format!("{name}: field_{name}"), "extra".to_owned()],
                vec!["id: field_id".to_owned(), name.clone(), "extra".to_owned()],
            ] {
                let broken: String = fields
                    .iter()
                    .map(|f| format!("            {f},\n"))
                    .collect();
                let literal = struct_literal(8, ("Ok(", "Self"), &fields, &broken, ")");
                let text = format!("impl X {{\n    fn f() -> Self {{\n{literal}    }}\n}}\n");
                assert_eq!(formatted(&text), text, "{fields:?}");
            }
        }
    }

    /// `impl X { fn f() { <body> } }` with the body at 8 spaces.
    fn in_function(body: &str) -> String {
        format!("impl X {{\n    fn f() {{\n{body}    }}\n}}\n")
    }

    fn names(length: usize) -> (String, String) {
        let name = format!("a{}", "b".repeat(length));
        (format!("field_{name}"), string_literal(&name))
    }

    #[test]
    fn generic_arguments_whose_comma_passes_the_margin_are_left_so() {
        let (mut checked, mut comma_past_margin) = (0, 0);
        for length in 40..110 {
            let leaf = TypeText::leaf(format!("types::T{}", "a".repeat(length)));
            let vec = TypeText::new("Vec", vec![leaf.clone()]);
            let whole = TypeText::new("Whole", vec![vec.clone()]);
            for ty in [vec, whole.clone(), TypeText::new("Option", vec![whole])] {
                let field = ty.layout(4, "field: ", ",");
                let text = format!("struct A {{\n{field}}}\n");
                let own = own_formatting(&text, &field);
                checked += own;
                if field
                    .lines()
                    .any(|line| line.len() == MARGIN + 1 && line.ends_with(">,"))
                {
                    comma_past_margin += own;
                }
            }
        }
        assert!(checked > 150, "{checked} layouts checked");
        assert!(
            comma_past_margin >= 3,
            "{comma_past_margin} with a comma past the margin"
        );
    }

    #[test]
    fn a_last_argument_too_long_breaks_where_prettyplease_breaks_it() {
        let (mut checked, mut broken) = (0, 0);
        for length in 1..60 {
            let item = format!("a{}", "b".repeat(length));
            // Both parities of length, so that the margin's edge is met.
            for list in [&item, &format!("{item}s")] {
                let value = format!("(!args.{list}.is_empty()).then_some(&args.{item})");
                let args = ["&mut object".to_owned(), "\"key\"".to_owned(), value];
                let call = function_call(8, "", "overlay", &args, ("?", ";"));
                let own = own_formatting(&in_function(&call), &call);
                checked += own;
                if call
                    .lines()
                    .any(|line| line.trim_start().starts_with(".then_some("))
                {
                    broken += own;
                }
            }
        }
        assert!(checked > 40, "{checked} layouts checked");
        assert!(broken > 10, "{broken} broken last arguments checked");
    }

    #[test]
    fn calls_break_where_prettyplease_breaks_them() {
        let mut checked = 0;
        for length in 10..90 {
            let (local, wire) = names(length);
            let args = [local.clone(), wire.clone()];
            let value = method_call(12, "name: ", "extra", ("required_or_default", &args), ",");
            let required = function_call(
                12,
                "name: ",
                "crate::fields::required",
                &[local.clone(), wire.clone(), "Self::NAME".to_owned()],
                ("?", ","),
            );
            let literal =
                format!("        Ok(Self {{\n{value}{required}            extra,\n        }})\n");
            let text = in_function(&literal);
            checked += own_formatting(&text, &format!("values of {length}"));
            let field = format!("&self.{local}");
            let statement = method_call(8, "", "object", ("optional", &[wire.clone(), field]), ";");
            let text = in_function(&statement);
            checked += own_formatting(&text, &format!("a statement of {length}"));
            let read = [format!("&mut {local}")];
            let arms = match_arm_call(16, &wire, "map", ("read", &read))
                + &match_arm_call(16, &wire, "payload", ("serialize", &read))
                + &match_arm_call(16, &wire, "TaggedRepr::Variant", ("serialize", &read))
                + &match_arm_call(
                    16,
                    "Self::A",
                    "serializer",
                    ("serialize_str", std::slice::from_ref(&wire)),
                )
                + "                _ => extra.keep(key, &mut map),\n";
            let body = format!("        while let Some(key) = map.next_key()? {{\n            match key.as_str() {{\n{arms}            }}?;\n        }}\n");
            let text = in_function(&body);
            checked += own_formatting(&text, &format!("an arm of {length}"));
        }
        // The lengths whose arguments alone stay within the margin, broken or not.
        assert!(checked > 120, "{checked} layouts checked");
    }

    #[test]
    fn chains_break_where_prettyplease_breaks_them() {
        let mut checked = 0;
        // Paths too long for their line too, which prettyplease breaks before `.to_owned()`.
        for length in 1..100 {
            let path = string_literal(&format!("/{}", "p".repeat(length)));
            let template = string_literal(&format!("/{}", "t".repeat(length / 2)));
            let segments: Vec<String> = (0..length % 5)
                .map(|i| {
                    let reference = if (length + i) % 2 == 0 { "& " } else { "" };
                    format!(
                        "path_segment({reference}{})",
                        "s".repeat(i * length / 4 + 1)
                    )
                })
                .collect();
            let path = match segments.is_empty() {
                true => Arg::Chain(path.into(), &[Segment::Plain(".to_owned()")]),
                false => Arg::Macro("format", [vec![path], segments].concat()),
            };
            let args = [Arg::Plain("reqwest::Method::GET".to_owned()), path];
            for headers in 0..3 {
                let operation = vec![string_literal("getIt"), template.clone()];
                let mut methods = vec![Segment::Call("operation".to_owned(), operation)];
                for _ in 0..headers {
                    let header = vec![string_literal("A-Header"), "value".to_owned()];
                    methods.push(Segment::Call("header".to_owned(), header));
                }
                // In a function's body, and in a closure's within a call's arguments.
                for indent in [8, 16] {
                    let statement = chain(
                        indent,
                        "let request = ",
                        ("Request::new", &args),
                        &methods,
                        ";",
                    );
                    let text = match indent {
                        8 => in_function(&statement),
                        _ => in_function(&format!(
                            "        f(\n            || {{\n{statement}                Ok(request)\n            }},\n            decode,\n        );\n"
                        )),
                    };
                    let what = format!("a chain of {length} at {indent} with {headers} headers");
                    checked += own_formatting(&text, &what);
                }
            }
        }
        assert!(checked > 300, "{checked} layouts checked");
    }

    #[test]
    fn delegating_calls_break_where_prettyplease_breaks_them() {
        let mut checked = 0;
        for length in 1..80 {
            let method = format!("m{}", "e".repeat(length));
            for count in 0..5 {
                let args: Vec<String> = (0..count)
                    .map(|i| format!("arg_{i}_{}", "a".repeat(length / 8)))
                    .collect();
                let texts = [
                    method_call(8, "", "self.client", (&method, &args), ""),
                    awaited_call(8, "self.client", (&method, &args)),
                    method_call(8, "let first = ", "self", (&method, &args), ";"),
                ];
                for text in texts {
                    checked += own_formatting(&in_function(&text), &text);
                }
            }
        }
        assert!(checked > 900, "{checked} layouts checked");
    }

    #[test]
    fn printed_calls_break_where_prettyplease_breaks_them() {
        let mut checked = 0;
        for length in 1..80 {
            let method = format!("m{}", "e".repeat(length));
            for count in 0..5 {
                let args: Vec<String> = (0..count)
                    .map(|i| format!("&args.a_{i}_{}", "b".repeat(length / 4)))
                    .collect();
                let call = || Segment::Call(method.clone(), args.clone());
                let items = [
                    call(),
                    Segment::Call("max_items".to_owned(), vec!["max".to_owned()]),
                    Segment::Call("items".to_owned(), Vec::new()),
                ];
                let events = [call(), Segment::Plain(".await?")];
                let answer = [call(), Segment::Plain(".await?")];
                let mut flat = String::new();
                write_links_flat(&mut flat, &answer);
                for indent in [4, 8] {
                    let mut texts = vec![
                        awaited_function_call(indent, "print_events", "client", &items),
                        awaited_function_call(indent, "print_events", "client", &events),
                    ];
                    let pad = indentation(indent);
                    let one_line = format!("{pad}print(&client{flat}, format, None)");
                    if one_line.len() > MARGIN {
                        let argument = chain_argument(indent + 4, "client", &answer, ("&", ",", 1));
                        texts.push(format!(
                            "{pad}print(\n{argument}{pad}    format,\n{pad}    None,\n{pad})\n"
                        ));
                    }
                    let one_line = format!("{pad}write_bytes(&client{flat})");
                    if one_line.len() > MARGIN {
                        let argument = chain_argument(indent + 4, "client", &answer, ("&", ",", 0));
                        texts.push(format!("{pad}write_bytes(\n{argument}{pad})\n"));
                    }
                    for text in texts {
                        let body = match indent {
                            4 => text.clone(),
                            // An `if` that does not fit on one line.
                            _ => format!(
                                "    if a {{\n{text}    }} else {{\n        {}\n    }}\n",
                                "b".repeat(80)
                            ),
                        };
                        let code = format!("async fn f() -> R {{\n{body}}}\n");
                        checked += own_formatting(&code, &text);
                    }
                }
            }
        }
        assert!(checked > 1000, "{checked} layouts checked");
    }

    #[test]
    fn field_types_break_where_prettyplease_breaks_them() {
        let mut checked = 0;
        let named = |length: usize| TypeText::new(format!("A{}", "b".repeat(length)), vec![]);
        for length in 10..90 {
            let types = [
                TypeText::new("Option", vec![named(length)]),
                TypeText::new(
                    "crate::fields::Nullable",
                    vec![TypeText::new("Vec", vec![named(length)])],
                ),
                TypeText::new(
                    "Option",
                    vec![TypeText::new(
                        "std::collections::BTreeMap",
                        vec![TypeText::new("String", vec![]), named(length)],
                    )],
                ),
            ];
            for ty in types {
                let field = ty.layout(4, "pub name_of_the_field: ", ",");
                let text = format!("pub struct S {{\n{field}}}\n");
                checked += own_formatting(&text, &format!("a type of {length}"));
            }
        }
        assert!(checked > 180, "{checked} layouts checked");
    }

    /// The long lines `fits` lets through are the ones prettyplease leaves long.
    #[test]
    fn the_lines_taken_as_unbreakable_are_left_long() {
        let name = "A".repeat(100);
        let literal = string_literal(&"b".repeat(100));
        let texts = [
            format!(
                "/// {}\npub enum {name} {{\n    {name},\n}}\n",
                "c".repeat(100)
            ),
            format!("pub struct {name} {{\n    pub a: i32,\n}}\n"),
            format!("impl {name} {{\n    const NAME: &'static str = {literal};\n}}\n"),
            format!("impl From<&str>\nfor {name} {{\n    fn f() {{}}\n}}\n"),
            as_str_impl("X", &[("Self::A", &literal), (&literal, "Self::A")]),
            format!("#[command(\n    name = {literal}\n)]\nstruct S;\n"),
            format!("#[arg(\n    long,\n    value_parser = text::<types::{name}>\n)]\nstruct S;\n"),
            format!("pub struct S {{\n    pub a: types::{name},\n}}\n"),
            format!("pub struct S {{\n    pub r#type: types::{name},\n}}\n"),
            format!("fn f(\n    body: Option<\n        &[types::{name}],\n    >,\n) {{}}\n"),
            format!("fn f(\n    body: Option<\n        &types::{name},\n    >,\n) {{}}\n"),
            format!(
                "fn f() {{\n    let mut c = crate::fields::{name};\n    let mut a = types::{name}::default();\n    let mut b = types::{name}::new(\n        c,\n    );\n}}\n"
            ),
            format!(
                "impl X {{\n    pub fn a{name}(\n        &self,\n        b: &types::{name},\n    ) -> Call<\n        types::{name},\n    > {{\n        self.client\n            .a{name}(\n                b,\n            )\n    }}\n}}\n"
            ),
        ];
        for text in texts {
            assert!(!text.lines().all(|line| line.len() <= MARGIN), "{text}");
            assert!(fits(&text), "{text}");
            assert_eq!(formatted(&text), text);
        }
        let long_call = format!("impl X {{\n    fn f() {{\n        g({literal});\n    }}\n}}\n");
        let tuple_variant = format!("pub enum X {{\n    {name}(String),\n}}\n");
        for text in [long_call, tuple_variant] {
            assert!(!fits(&text));
            assert_ne!(formatted(&text), text);
        }
    }

    #[test]
    fn cfg_attributes_break_where_prettyplease_breaks_them() {
        for count in 1..6 {
            for length in [3, 8, 12, 14, 20, 25, 30, 90] {
                let features: Vec<String> = (0..count)
                    .map(|i| format!("{i}{}", "a".repeat(length)))
                    .collect();
                let cfg = super::super::features::cfg_text(&features).expect("a cfg");
                let text = format!("{cfg}struct S;\n");
                assert_eq!(formatted(&text), text, "{count} features of {length}");
            }
        }
    }

    #[test]
    fn turbofish_conditions_break_where_prettyplease_breaks_them() {
        let mut checked = 0;
        for length in 1..90 {
            let name = format!("A{}", "b".repeat(length));
            let leaf = || TypeText::leaf(name.clone());
            let types = [
                leaf(),
                TypeText::new("Vec", vec![leaf()]),
                TypeText::new(
                    "std::collections::BTreeMap",
                    vec![TypeText::leaf("String"), leaf()],
                ),
            ];
            for ty in types {
                let try_decode = TypeText::new("crate::support::try_decode::", vec![ty]);
                let head = try_decode.layout(8, "if let Some(payload) = ", "(raw) {");
                let code = format!(
                    "impl X {{\n    fn f() -> R {{\n{head}            return Ok(Self::A(payload));\n        }}\n        r\n    }}\n}}\n"
                );
                checked += own_formatting(&code, &head);
            }
        }
        assert!(checked > 150, "{checked} layouts checked");
    }

    #[test]
    fn assignments_of_chains_break_where_prettyplease_breaks_them() {
        let (mut checked, mut in_blocks, mut broken) = (0, 0, 0);
        for length in 1..60 {
            let name = format!("a{}", "b".repeat(length));
            let item = format!("c{}", "d".repeat(length / 2));
            let or_else = format!("|| (!args.{item}.is_empty()).then_some(args.{item})");
            let chains = [
                vec![Segment::Field(name.clone())],
                vec![
                    Segment::Field(name.clone()),
                    Segment::Call("or_else".to_owned(), vec![or_else]),
                ],
            ];
            for (chain, indent) in chains.iter().flat_map(|c| [(c, 4), (c, 12)]) {
                let lead = format!("built.{name} = ");
                let Some(statement) = chain_statement(indent, &lead, "args", chain) else {
                    continue;
                };
                let body = match indent {
                    4 => statement.clone(),
                    _ => format!("    if a {{\n        if b {{\n{statement}        }}\n    }}\n"),
                };
                let code = format!("fn f() {{\n{body}}}\n");
                let own = own_formatting(&code, &statement);
                checked += own;
                if statement.contains("(|| {\n") {
                    in_blocks += own;
                }
                if statement.contains(")\n") && statement.contains(".then_some(") {
                    broken += own;
                }
            }
        }
        assert!(checked > 150, "{checked} layouts checked");
        assert!(in_blocks > 15, "{in_blocks} closures in blocks checked");
        assert!(broken > 5, "{broken} closures' bodies broken checked");
    }

    #[test]
    fn signatures_break_where_prettyplease_breaks_them() {
        let mut checked = 0;
        for length in 1..70 {
            let name = format!("a{}", "b".repeat(length));
            let into = |ty: TypeText| TypeText::new("impl Into", vec![ty]);
            let leaf = |path: &str| TypeText::new(path.to_owned(), Vec::new());
            let params = [
                vec![
                    Param::plain("mut self"),
                    Param::typed("value", into(leaf(&name))),
                ],
                vec![
                    Param::typed(&name, into(leaf("String"))),
                    Param::typed("b", into(TypeText::new("Vec", vec![leaf("B")]))),
                ],
                vec![
                    Param::typed("value", into(TypeText::new("Vec", vec![leaf(&name)]))),
                    Param::typed("b", into(leaf(&name))),
                ],
                // A borrowed map, broken within when too long (a request's body).
                vec![
                    Param::plain("&self"),
                    Param::typed(
                        "body",
                        TypeText::new(
                            "Option",
                            vec![TypeText::new(
                                "&std::collections::BTreeMap",
                                vec![leaf("String"), leaf(&name)],
                            )],
                        ),
                    ),
                ],
            ];
            let outputs = [
                leaf("Self"),
                TypeText::new("Call", vec![leaf(&name)]),
                TypeText::new("Result", vec![leaf(&name), leaf("Error")]),
                TypeText::new(
                    "crate::Paginator",
                    vec![TypeText::new("Vec", vec![leaf(&name)]), leaf(&name)],
                ),
            ];
            for (params, output) in params
                .iter()
                .flat_map(|p| outputs.iter().map(move |o| (p, o)))
            {
                let head = signature(4, "pub fn f", params, output);
                let text = format!("impl X {{\n{head}        self\n    }}\n}}\n");
                checked += own_formatting(&text, &head);
            }
        }
        assert!(checked > 760, "{checked} layouts checked");
    }

    #[test]
    fn tuple_variants_and_one_argument_calls_break_where_prettyplease_breaks_them() {
        let mut checked = 0;
        for length in 30..100 {
            let name = format!("A{}", "b".repeat(length));
            let variant = format!("V{}", "c".repeat(length / 2));
            let types = [
                TypeText::leaf(name.clone()),
                TypeText::new("Box", vec![TypeText::leaf(name.clone())]),
                TypeText::new(
                    "Vec",
                    vec![TypeText::new("Vec", vec![TypeText::leaf(name.clone())])],
                ),
            ];
            for ty in types {
                let code = format!(
                    "pub enum E {{\n{}}}\n{}{}{}    }}\n}}\n",
                    tuple_variant(4, &variant, &ty),
                    impl_header(&format!("impl From<{}>", ty.flat()), "E"),
                    signature(
                        4,
                        "fn from",
                        &[Param::typed("value", ty)],
                        &TypeText::leaf("Self")
                    ),
                    function_call(
                        8,
                        "",
                        &format!("Self::{variant}"),
                        &["value".to_owned()],
                        ("", "")
                    ),
                );
                checked += own_formatting(&code, &"a variant and its From impl");
            }
        }
        assert!(checked > 100, "{checked} layouts checked");
    }

    /// An item with a line past the margin is laid out by prettyplease from its tokens, its
    /// `#[cfg]` after its docs as on the items written as text.
    #[test]
    fn an_item_with_a_long_line_is_formatted_from_its_tokens() {
        let long_type = format!(
            "std::collections::BTreeMap<String, Vec<{}>>",
            "A".repeat(60)
        );
        let item = TextItem {
            docs: "/// Docs.\n".to_owned(),
            code: format!("pub struct S {{\n    pub field: {long_type},\n}}\n"),
        };
        assert!(!fits(&item.code));
        let written = format!("{}{}", item.docs, item.code);
        let features = ["a".to_owned()];
        let text = super::super::format_items(std::iter::once((
            vec![super::super::Piece::Text(item)],
            &features[..],
        )))
        .expect("formats");
        let expected =
            formatted(&written).replace("/// Docs.\n", "/// Docs.\n#[cfg(feature = \"a\")]\n");
        assert_eq!(text, format!("\n{expected}"));
        assert!(
            text.contains("pub field: std::collections::BTreeMap<\n"),
            "{text}"
        );
    }

    /// A generated file formatted whole again, as `format_file` formats one.
    fn formatted_file(text: &str) -> String {
        let at = text.find("//!").expect("the module's docs");
        let (header, rest) = text.split_at(at);
        let file: syn::File = syn::parse_str(rest).expect("the file is Rust");
        format!(
            "{header}{}",
            super::super::space_items(&prettyplease::unparse(&file))
        )
    }

    /// Every fixture's types (every schema), builders, checks, command line and methods, and
    /// the repository's, are laid out as prettyplease lays them out: what is written as text
    /// cannot drift from it.
    #[test]
    fn the_types_of_every_fixture_are_their_own_formatting() {
        let specs = crate::testing::specs();
        assert!(specs.len() > 20, "{specs:?}");
        let (mut enums, mut setters, mut checks, mut flags) = (0, 0, 0, 0);
        for spec in specs {
            let config = crate::testing::config(&spec);
            let generated = crate::generate(&config).expect("the fixture generates");
            let types = &generated.files["src/types.rs"];
            enums += types.matches("pub fn as_str(&self) -> &str {").count();
            assert!(
                formatted_types_module(types) == *types,
                "the types of {} are not laid out as prettyplease lays them out",
                spec.display()
            );
            if let Some(builders) = generated.files.get("src/builders.rs") {
                setters += builders.matches("(mut self, value: impl Into<").count();
            }
            if let Some(validation) = generated.files.get("src/validation.rs") {
                checks += validation.matches("push(").count();
            }
            if let Some(cli) = generated.files.get("src/cli.rs") {
                flags += cli.matches("    #[arg(long").count();
            }
            let files = [
                "src/builders.rs",
                "src/validation.rs",
                "src/cli.rs",
                "src/operations.rs",
                "src/resources.rs",
            ];
            for file in files {
                let Some(text) = generated.files.get(file) else {
                    continue;
                };
                assert!(
                    formatted_file(text) == *text,
                    "{file} of {} is not laid out as prettyplease lays it out",
                    spec.display()
                );
            }
        }
        assert!(enums > 100, "only {enums} string enums");
        assert!(setters > 100, "only {setters} setters");
        assert!(checks > 20, "only {checks} checks");
        assert!(flags > 100, "only {flags} flags");
    }

    fn as_str_impl(name: &str, arms: &[(&str, &str)]) -> String {
        let mut text =
            format!("impl {name} {{\n    fn as_str(&self) -> &str {{\n        match self {{\n");
        for (pattern, body) in arms {
            text.push_str(&match_arm(12, pattern, body));
        }
        text.push_str("        }\n    }\n}\n");
        text
    }

    #[test]
    fn string_literals_are_written_as_quote_writes_them() {
        let texts = (0u8..=127)
            .map(|b| format!("a{}b", b as char))
            .chain(["", "plain /path/{id}", "quo\"te", "é \u{200b}", "\0 7"].map(String::from));
        for text in texts {
            assert_eq!(
                string_literal(&text),
                Literal::string(&text).to_string(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn arms_break_where_prettyplease_breaks_them() {
        for length in 55..75 {
            let literal = string_literal(&"a".repeat(length));
            let text = as_str_impl("X", &[("Self::A", &literal), (&literal, "Self::A")]);
            assert_eq!(formatted(&text), text, "a literal of {length} characters");
        }
        let escaped = string_literal("quo\"te\\ é \u{200b} \t x");
        let text = as_str_impl("X", &[("Self::B", &escaped), (&escaped, "Self::B")]);
        assert_eq!(formatted(&text), text);
    }

    #[test]
    fn impl_headers_break_where_prettyplease_breaks_them() {
        for length in 50..80 {
            let name = format!("A{}", "b".repeat(length));
            for head in [
                "impl From<&str>",
                "impl std::fmt::Display",
                "impl<'de> serde::Deserialize<'de>",
            ] {
                let text = format!("{}    fn f() {{}}\n}}\n", impl_header(head, &name));
                assert_eq!(formatted(&text), text, "{head} for a name of {length}");
            }
        }
    }
}

//! Rust names for spec names: types in UpperCamelCase, fields in snake_case, enum variants
//! in UpperCamelCase; keywords, digits and collisions resolved the same way every time.

use std::borrow::Cow;

/// Whether `name` is one of Rust's 2021 prelude, which the emitted code uses unqualified
/// (`Option`, `Into`, `Default::default()`, `impl PartialEq`) and which a type of the same
/// name would shadow in its module and in every module that imports the types with a glob:
/// a spec type so named gets a suffix. A `match`, as the keywords are.
pub fn is_reserved_type_name(name: &str) -> bool {
    matches!(
        name,
        "AsMut"
            | "AsRef"
            | "Box"
            | "Clone"
            | "Copy"
            | "Default"
            | "DoubleEndedIterator"
            | "Drop"
            | "Eq"
            | "Err"
            | "ExactSizeIterator"
            | "Extend"
            | "Fn"
            | "FnMut"
            | "FnOnce"
            | "From"
            | "FromIterator"
            | "Into"
            | "IntoIterator"
            | "Iterator"
            | "None"
            | "Ok"
            | "Option"
            | "Ord"
            | "PartialEq"
            | "PartialOrd"
            | "Result"
            | "Send"
            | "Sized"
            | "Some"
            | "String"
            | "Sync"
            | "ToOwned"
            | "ToString"
            | "TryFrom"
            | "TryInto"
            | "Unpin"
            | "Vec"
    )
}

/// The keywords, as a list and as a `match` (whose comparisons with constant text compile
/// to a few loads, where a search of the list calls `memcmp` for each of its length).
macro_rules! keywords {
    ($($keyword:literal),* $(,)?) => {
        #[cfg(test)]
        const KEYWORDS: &[&str] = &[$($keyword),*];

        fn is_listed_keyword(name: &str) -> bool {
            matches!(name, $($keyword)|*)
        }
    };
}

keywords!(
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
);

/// The longest keyword: a longer name (as most are) is none, known without a search.
const LONGEST_KEYWORD: usize = 8;

/// Whether a name is a Rust keyword (strict, reserved or of an edition).
pub fn is_keyword(name: &str) -> bool {
    name.len() <= LONGEST_KEYWORD && (is_listed_keyword(name) || name == "_")
}

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// The UpperCamelCase name of a type.
pub fn type_name(raw: &str) -> String {
    let mut name = name_base(raw);
    if is_reserved_type_name(&name) {
        name.push_str("Schema");
    }
    name
}

/// The UpperCamelCase name of a type, whether or not a prelude name: the start of a name that
/// a suffix ends (`DefaultArgs`), or an enum's variant.
pub fn name_base(raw: &str) -> String {
    let mut name = shorten(upper_camel(&ascii_words(raw)), MAX_TYPE_NAME);
    if name.is_empty() {
        name = "Unnamed".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'T');
    }
    // The one keyword in UpperCamelCase, which no name may be.
    if name == "Self" {
        name.push_str("Schema");
    }
    name
}

/// Words for the symbols that carry meaning in numeric and symbolic enum values (`-1`,
/// `+1`, `2.5`, `*`), which case conversion would otherwise drop. Other values keep their
/// punctuation out (`gpt-3.5-turbo` is `Gpt35Turbo`).
fn spell_symbols(raw: &str) -> String {
    let numeric = raw.parse::<f64>().is_ok();
    if !numeric && raw.chars().any(char::is_alphanumeric) {
        return raw.to_owned();
    }
    let mut out = String::with_capacity(raw.len() + 8);
    for c in raw.chars() {
        match c {
            '-' => out.push_str(" minus "),
            '+' => out.push_str(" plus "),
            '.' => out.push_str(" point "),
            '*' => out.push_str(" star "),
            '/' => out.push_str(" slash "),
            _ => out.push(c),
        }
    }
    out
}

/// The UpperCamelCase name of an enum variant for a wire value.
pub fn variant_name(raw: &str) -> String {
    let mut name = shorten(upper_camel(&ascii_words(&spell_symbols(raw))), MAX_NAME);
    if name.is_empty() {
        name = match raw {
            "" => "Empty".into(),
            _ => "Symbol".into(),
        };
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    if name == "Self" {
        name.push('_');
    }
    name
}

/// The snake_case name of a field or parameter, raw if it is a keyword.
pub fn field_name(raw: &str) -> String {
    let mut name = shorten(snake(&ascii_words(raw)), MAX_NAME);
    if name.is_empty() {
        name = "field".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, "field_");
    }
    if name.len() > LONGEST_KEYWORD {
        return name;
    }
    if NOT_RAW.contains(&name.as_str()) {
        name.push('_');
    } else if is_listed_keyword(&name) {
        name.insert_str(0, "r#");
    }
    name
}

/// A field's, parameter's or method's name as it reads in text: without the `r#` of a raw
/// identifier. (`strip_prefix`, not `trim_start_matches`, which builds a substring searcher
/// at every call: 0.4 % of a large generation's instructions.)
pub fn unraw(name: &str) -> &str {
    name.strip_prefix("r#").unwrap_or(name)
}

/// The longest name made from a spec's text. Real specs stay under it (Stripe's longest is
/// 177); rustc needs gigabytes for identifiers thousands of characters long.
const MAX_NAME: usize = 200;
/// Type names may also be made from a method's name with its numeric suffix (`get_item_2`
/// gives the command line's `GetItem2`), which must not be cut off.
const MAX_TYPE_NAME: usize = MAX_NAME + 10;

/// The name cut to `max` characters (all ASCII by then), without a trailing underscore.
fn shorten(mut name: String, max: usize) -> String {
    if name.len() > max {
        name.truncate(max);
        name.truncate(name.trim_end_matches('_').len());
    }
    name
}

/// Where `upper_camel` is in a word: after no letter yet, a lowercase or an uppercase one.
#[derive(Clone, Copy, PartialEq)]
enum Case {
    None,
    Lower,
    Upper,
}

/// heck's UpperCamelCase of any text: on ASCII text (as good as every name in a spec) the
/// words are split here, without heck's formatting machinery.
pub fn upper_camel_case(text: &str) -> String {
    match text.is_ascii() {
        true => upper_camel(text),
        false => heck::ToUpperCamelCase::to_upper_camel_case(text),
    }
}

/// heck's snake_case of any text, as [`upper_camel_case`] makes heck's UpperCamelCase.
pub fn snake_case(text: &str) -> String {
    match text.is_ascii() {
        true => snake(text),
        false => heck::ToSnakeCase::to_snake_case(text),
    }
}

/// heck's UpperCamelCase of ASCII text (what `ascii_words` leaves): each word capitalized.
fn upper_camel(ascii: &str) -> String {
    if is_upper_camel(ascii) {
        return ascii.to_owned();
    }
    let mut out = String::with_capacity(ascii.len());
    for_each_word(ascii, |word| push_capitalized(&mut out, word));
    out
}

/// heck's snake_case of ASCII text: the words lowercase, joined by `_`.
fn snake(ascii: &str) -> String {
    if is_snake(ascii) {
        return ascii.to_owned();
    }
    let mut out = String::with_capacity(ascii.len() + 4);
    for_each_word(ascii, |word| {
        if !out.is_empty() {
            out.push('_');
        }
        push_lowercase(&mut out, word);
    });
    out
}

/// Whether text is its own UpperCamelCase (as most component names are), known in one pass
/// rather than split into words: letters and digits, an uppercase letter first, and each
/// uppercase letter followed by a lowercase one (so that every word is one capital and
/// lowercase letters or digits).
fn is_upper_camel(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.first().is_some_and(u8::is_ascii_uppercase)
        && bytes.iter().enumerate().all(|(index, byte)| match byte {
            b'A'..=b'Z' => bytes.get(index + 1).is_some_and(u8::is_ascii_lowercase),
            _ => byte.is_ascii_alphanumeric(),
        })
}

/// Whether text is its own snake_case (as most property names are): lowercase letters,
/// digits and single underscores between them.
fn is_snake(text: &str) -> bool {
    let bytes = text.as_bytes();
    !matches!(bytes.first(), None | Some(b'_'))
        && bytes.last() != Some(&b'_')
        && bytes.iter().enumerate().all(|(index, byte)| match byte {
            b'_' => bytes.get(index + 1) != Some(&b'_'),
            _ => matches!(byte, b'a'..=b'z' | b'0'..=b'9'),
        })
}

/// The words of ASCII text as heck splits them, without its formatting machinery (which
/// cost lowering, one name for each schema and property, more than the rest of naming):
/// words end at any character that is no letter or digit, after a lowercase letter that an
/// uppercase one follows, and before the last of several uppercase letters that a
/// lowercase one follows. Empty words are skipped.
fn for_each_word(ascii: &str, mut word: impl FnMut(&str)) {
    let mut emit = |text: &str| {
        if !text.is_empty() {
            word(text);
        }
    };
    for part in ascii.split(|c: char| !c.is_ascii_alphanumeric()) {
        let bytes = part.as_bytes();
        let (mut start, mut case) = (0, Case::None);
        for (index, &c) in bytes.iter().enumerate() {
            let Some(&next) = bytes.get(index + 1) else {
                emit(&part[start..]);
                break;
            };
            let case_after = match c {
                b'a'..=b'z' => Case::Lower,
                b'A'..=b'Z' => Case::Upper,
                _ => case,
            };
            if case_after == Case::Lower && next.is_ascii_uppercase() {
                emit(&part[start..=index]);
                (start, case) = (index + 1, Case::None);
            } else if case == Case::Upper && c.is_ascii_uppercase() && next.is_ascii_lowercase() {
                emit(&part[start..index]);
                (start, case) = (index, Case::None);
            } else {
                case = case_after;
            }
        }
    }
}

/// `word` with its first character uppercase and the others lowercase.
fn push_capitalized(out: &mut String, word: &str) {
    let start = out.len();
    push_lowercase(out, word);
    // The words are ASCII: the first character is one byte.
    if let Some(first) = out.get_mut(start..=start) {
        first.make_ascii_uppercase();
    }
}

/// `word` in lowercase, copied whole and lowered in place (not a `char` at a time).
fn push_lowercase(out: &mut String, word: &str) {
    let start = out.len();
    out.push_str(word);
    if let Some(pushed) = out.get_mut(start..) {
        pushed.make_ascii_lowercase();
    }
}

/// The text with every non-ASCII character made a word break. Case conversion keeps any
/// letter or digit, but identifiers are kept to ASCII so that none is invalid (`²`),
/// confusable or linted (`uncommon_codepoints`). Names that then collide are told apart
/// by [`Names`].
fn ascii_words(raw: &str) -> Cow<'_, str> {
    match raw.is_ascii() {
        // As good as every name of a spec: nothing to copy.
        true => Cow::Borrowed(raw),
        false => raw
            .chars()
            .map(|c| if c.is_ascii() { c } else { ' ' })
            .collect(),
    }
}

/// The part of `member` that says more than `union`: `MessageContentTextObject` in
/// `MessageContent` gives `TextObject`. Words are UpperCamelCase words.
pub fn strip_common_prefix(union: &str, member: &str) -> String {
    let union_words = words(union);
    let member_words = words(member);
    let common = union_words
        .iter()
        .zip(&member_words)
        .take_while(|(a, b)| a == b)
        .count();
    if common == 0 || common == member_words.len() {
        return member.to_owned();
    }
    member_words[common..].concat()
}

fn words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for c in name.chars() {
        match words.last_mut() {
            Some(word) if !c.is_uppercase() => word.push(c),
            _ => words.push(c.to_string()),
        }
    }
    words
}

/// A set of names in which every new name is made unique by a numeric suffix.
#[derive(Clone, Debug, Default)]
pub struct Names {
    /// Only asked whether it holds a name (never walked), so hashed: a struct's fields and
    /// a crate's types are claimed one at a time, each looked up first.
    taken: foldhash::HashSet<String>,
    /// Names taken from the start (a fixed list, looked up where it is).
    reserved: &'static [&'static str],
}

impl Names {
    /// An empty set with room for `names` claims, so that it does not grow (and rehash) a
    /// claim at a time: a struct's fields, an enum's variants.
    pub fn with_capacity(names: usize) -> Self {
        Names {
            taken: foldhash::HashSet::with_capacity_and_hasher(names, Default::default()),
            reserved: &[],
        }
    }

    /// A set in which `reserved` are taken.
    pub fn reserving(reserved: &'static [&'static str]) -> Self {
        Names {
            taken: foldhash::HashSet::default(),
            reserved,
        }
    }

    /// Returns `base`, or `base2`, `base3`, ... if it is taken, and takes it. (A `base` made
    /// for the call is given whole, and kept when it is free: one copy fewer.)
    pub fn claim(&mut self, base: impl AsRef<str> + Into<String>) -> String {
        self.claim_with(base, "")
    }

    /// Like [`Names::claim`], with an underscore before the suffix (for snake_case names;
    /// none is added after a name that already ends in one, such as `self_`).
    pub fn claim_snake(&mut self, base: impl AsRef<str> + Into<String>) -> String {
        let separator = if base.as_ref().ends_with('_') {
            ""
        } else {
            "_"
        };
        self.claim_with(base, separator)
    }

    /// `base`, or `base`, `separator` and the first number from 2 that is free; taken.
    fn claim_with(&mut self, base: impl AsRef<str> + Into<String>, separator: &str) -> String {
        let candidate = match self.contains(base.as_ref()) {
            false => base.into(),
            true => {
                let base = base.as_ref();
                let numbered = |n: usize| format!("{base}{separator}{n}");
                (2..)
                    .map(numbered)
                    .find(|name| !self.contains(name))
                    .unwrap_or_default()
            }
        };
        self.taken.insert(candidate.clone());
        candidate
    }

    pub fn contains(&self, name: &str) -> bool {
        self.reserved.contains(&name) || self.taken.contains(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A raw field name reads without its `r#`; any other name reads as it is.
    #[test]
    fn unraw_takes_off_the_raw_prefix_alone() {
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(unraw(&field_name("type")), "type");
        assert_eq!(unraw("type"), "type");
        assert_eq!(unraw("r_type"), "r_type");
        assert_eq!(unraw("r#"), "");
    }

    /// `field_name` and `is_keyword` look a name up only if it is that short.
    #[test]
    fn no_keyword_is_longer_than_the_longest_looked_up() {
        let longest = super::KEYWORDS
            .iter()
            .chain(super::NOT_RAW)
            .map(|k| k.len())
            .max();
        assert_eq!(longest, Some(super::LONGEST_KEYWORD));
        assert_eq!(super::field_name("continue"), "r#continue");
        assert_eq!(super::field_name("continued"), "continued");
        assert!(super::is_keyword("override") && !super::is_keyword("overrides"));
        assert!(super::KEYWORDS.iter().all(|k| super::is_listed_keyword(k)));
        assert!(!super::is_listed_keyword("types") && !super::is_listed_keyword("Type"));
    }

    /// The same names as heck on every ASCII text of up to five pieces of case, digits and
    /// separators.
    #[test]
    fn upper_camel_and_snake_are_hecks_on_ascii() {
        use heck::{ToSnakeCase, ToUpperCamelCase};
        const PIECES: [&str; 10] = ["a", "B", "cd", "EF", "Gh", "iJ", "7", "_", " ", "-x"];
        let mut texts = vec![String::new()];
        let mut quick = (0, 0);
        for _ in 0..5 {
            texts = texts
                .iter()
                .flat_map(|text| PIECES.iter().map(move |piece| format!("{text}{piece}")))
                .collect();
            for text in &texts {
                assert_eq!(
                    super::upper_camel(text),
                    text.to_upper_camel_case(),
                    "{text:?}"
                );
                assert_eq!(super::snake(text), text.to_snake_case(), "{text:?}");
                // A text the quick tests take as its own case is, by heck's rules.
                if super::is_upper_camel(text) {
                    assert_eq!(text.to_upper_camel_case(), *text, "{text:?}");
                    quick.0 += 1;
                }
                if super::is_snake(text) {
                    assert_eq!(text.to_snake_case(), *text, "{text:?}");
                    quick.1 += 1;
                }
            }
        }
        // Both quick tests took many texts (`Gh7Gh`, `cd_7`), so the checks above ran.
        assert!(quick.0 > 500 && quick.1 > 500, "{quick:?}");
    }

    /// `snake_case` is heck's on the texts it is given: type names, a method and a path
    /// (punctuation is a word's end, as `-` and ` ` above), and text that is not ASCII.
    #[test]
    fn snake_case_is_hecks() {
        use heck::ToSnakeCase;
        for text in [
            "ReposListForOrgParams",
            "Gh7GhParams",
            "get /repos/{owner}/{repo}/issues",
            "post /v1/items.json?x=1#frag",
            "Ünïcode Näme",
            "",
        ] {
            assert_eq!(snake_case(text), text.to_snake_case(), "{text:?}");
        }
    }

    #[test]
    fn names_follow_rust_conventions() {
        assert_eq!(type_name("RunObject"), "RunObject");
        assert_eq!(type_name("run_object"), "RunObject");
        assert_eq!(type_name("Option"), "OptionSchema");
        assert_eq!(type_name("default"), "DefaultSchema");
        assert_eq!(type_name("Into"), "IntoSchema");
        assert_eq!(type_name("eq"), "EqSchema");
        assert_eq!(type_name("Equal"), "Equal");
        assert_eq!(type_name("3d"), "T3d");
        assert_eq!(variant_name("gpt-4o-2024-08-06"), "Gpt4o20240806");
        assert_eq!(variant_name("thread.run.created"), "ThreadRunCreated");
        assert_eq!(variant_name("1024x1024"), "V1024x1024");
        assert_eq!(variant_name("[DONE]"), "Done");
        assert_eq!(variant_name("-1"), "Minus1");
        assert_eq!(variant_name("+1"), "Plus1");
        assert_eq!(variant_name("2.5"), "V2Point5");
        assert_eq!(variant_name("gpt-3.5-turbo"), "Gpt35Turbo");
        assert_eq!(variant_name("*"), "Star");
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("createdAt"), "created_at");
        assert_eq!(field_name("2fa"), "field_2fa");
        assert_eq!(field_name("é_x²"), "x");
        assert_eq!(field_name("_"), "field");
        assert_eq!(field_name(&"ab_".repeat(1000)).len(), 200);
        assert_eq!(
            field_name(&"a_".repeat(1000)),
            "a_".repeat(100).trim_end_matches('_')
        );
        assert_eq!(type_name(&"word".repeat(1000)).len(), 210);
        assert_eq!(type_name("Ünïcode\u{202E}"), "NCode");
        assert_eq!(variant_name("\u{200F}"), "Symbol");
    }

    #[test]
    fn common_prefixes_are_stripped_by_word() {
        assert_eq!(
            strip_common_prefix("MessageContent", "MessageContentTextObject"),
            "TextObject"
        );
        assert_eq!(strip_common_prefix("Tool", "ToolChoice"), "Choice");
        assert_eq!(strip_common_prefix("Abc", "Abc"), "Abc");
        assert_eq!(strip_common_prefix("Run", "Message"), "Message");
    }

    #[test]
    fn collisions_get_deterministic_suffixes() {
        let mut names = Names::default();
        assert_eq!(names.claim("Foo"), "Foo");
        assert_eq!(names.claim("Foo"), "Foo2");
        assert_eq!(names.claim("Foo"), "Foo3");
        assert_eq!(names.claim_snake("bar"), "bar");
        assert_eq!(names.claim_snake("bar"), "bar_2");
        assert_eq!(names.claim_snake("self_"), "self_");
        assert_eq!(names.claim_snake("self_"), "self_2");
    }
}

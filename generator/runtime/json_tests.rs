//! Unit tests of the JSON reader (`json.rs`), kept out of that file so that the crates the
//! generator writes, which carry it, carry no tests of the runtime's own.

use std::collections::BTreeMap;

use crate::json::{from_str, read, special_bytes, GaveUp, Reader};
use crate::tests::read_alone;

#[test]
fn integers_as_written_and_nothing_else() {
    assert_eq!(read_alone::<i64>(" -42 "), Some(-42));
    assert_eq!(read_alone::<i64>("9223372036854775807"), Some(i64::MAX));
    assert_eq!(read_alone::<i64>("9223372036854775808"), None);
    assert_eq!(read_alone::<i64>("12345678901234567890"), None);
    assert_eq!(read_alone::<i64>("-9223372036854775807"), Some(-i64::MAX));
    assert_eq!(read_alone::<i64>("0000000000000000000001"), None);
    assert_eq!(read_alone::<i32>("2147483648"), None);
    for text in ["01", "1.0", "1e3", "-", "", "+1", "1x", "-0"] {
        assert_eq!(read_alone::<i64>(text), None, "{text}");
    }
}

#[test]
fn strings_borrowed_when_plain_and_escaped_through_serde() {
    assert_eq!(
        read_alone::<String>(r#""plain text, longer than eight""#).as_deref(),
        Some("plain text, longer than eight")
    );
    assert_eq!(
        read_alone::<String>(r#""a \"quoted\" \u00e9 word""#).as_deref(),
        Some("a \"quoted\" é word")
    );
    assert_eq!(read_alone::<String>("\"tab\tinside\""), None);
    assert_eq!(read_alone::<String>(r#""unterminated"#), None);
    let mut reader = Reader::new(r#""a\nb""#);
    assert_eq!(reader.str(), Err(GaveUp));
}

#[test]
fn containers_and_nulls() {
    assert_eq!(read_alone::<Vec<i64>>(" [ 1 , 2,3 ] "), Some(vec![1, 2, 3]));
    assert_eq!(read_alone::<Vec<i64>>("[]"), Some(vec![]));
    assert_eq!(read_alone::<Vec<i64>>("[1,]"), None);
    assert_eq!(read_alone::<Vec<i64>>("[1 2]"), None);
    assert_eq!(read_alone::<Option<bool>>("null"), Some(None));
    assert_eq!(read_alone::<Option<bool>>("nul"), None);
    let map = read_alone::<BTreeMap<String, Option<String>>>(r#"{"a": "x", "b": null}"#);
    assert_eq!(map.map(|map| map.len()), Some(2));
    assert_eq!(read_alone::<BTreeMap<String, i64>>(r#"{"a": 1,}"#), None);
    assert_eq!(
        read_alone::<serde_json::Value>(r#"{"a": [1.5, {"b": "\u0041"}]}"#)
            .map(|v| v["a"][1]["b"].clone()),
        Some(serde_json::json!("A"))
    );
}

#[test]
fn skipping_checks_the_grammar() {
    for (text, whole) in [
        (
            r#"{"a": [1, -2.5e+3, true, null, "x\"y"]} tail"#,
            r#"{"a": [1, -2.5e+3, true, null, "x\"y"]}"#,
        ),
        ("[[]]", "[[]]"),
        ("-0.5", "-0.5"),
    ] {
        assert_eq!(Reader::new(text).skip(), Ok(whole));
    }
    for text in ["[1.]", "[.5]", "[1e]", "[tru]", "[1}", "}", "[\"a]"] {
        assert_eq!(Reader::new(text).skip(), Err(GaveUp), "{text}");
    }
    let deep = "[".repeat(200) + &"]".repeat(200);
    assert_eq!(Reader::new(&deep).skip(), Err(GaveUp));
}

#[test]
fn the_first_special_byte_of_a_word_is_found_wherever_it_is() {
    for special in [b'"', b'\\', 0, 0x1f] {
        for place in 0..8 {
            let mut word = *b"abcdefgh";
            word[place] = special;
            // A special byte after it, and one that borrows (0x01 before a zero byte).
            word[7] = b'"';
            if place > 0 {
                word[place - 1] = b'a';
            }
            let (flags, quotes) = special_bytes(u64::from_le_bytes(word));
            let first = flags & flags.wrapping_neg();
            assert_eq!(quotes & first != 0, word[place] == b'"', "{word:?}");
            assert_eq!(flags.trailing_zeros() / 8, place as u32, "{word:?}");
        }
    }
    assert_eq!(special_bytes(u64::from_le_bytes(*b" ~\x7f\xff!#[]")).0, 0);
    // A quote before `#` (one above it): the borrow may flag `#`, not a byte below.
    assert_eq!(
        special_bytes(u64::from_le_bytes(*b"ab\"#cdef"))
            .0
            .trailing_zeros()
            / 8,
        2
    );
}

/// Floats are read to the same bits as serde_json's (`-0.0` is not `0.0` here, though
/// `==` says it is).
#[test]
fn floats_are_read_to_serde_jsons_bits() {
    let mut rng = fastrand::Rng::with_seed(3);
    let digits = |rng: &mut fastrand::Rng, count: usize| -> String {
        (0..count)
            .map(|_| char::from(b'0' + rng.u8(..10)))
            .collect()
    };
    let mut texts: Vec<String> = [
        "0", "-0", "-0.0", "1", "1e400", "-1e400", "1e-400", "2.2250738585072011e-308",
        "4.9e-324", "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "18446744073709551616", "0.1", "0e99999", "9007199254740993",
    ]
    .map(String::from)
    .to_vec();
    for _ in 0..20_000 {
        let sign = if rng.bool() { "-" } else { "" };
        let int = match rng.u8(..4) {
            0 => "0".to_owned(),
            _ => {
                let count = rng.usize(..25);
                format!("{}{}", rng.u8(1..10), digits(&mut rng, count))
            }
        };
        let fraction = match rng.bool() {
            true => {
                let count = rng.usize(1..25);
                format!(".{}", digits(&mut rng, count))
            }
            false => String::new(),
        };
        let exponent = match rng.u8(..3) {
            0 => format!("e{}{}", ["", "+", "-"][rng.usize(..3)], rng.u16(..400)),
            _ => String::new(),
        };
        texts.push(format!("{sign}{int}{fraction}{exponent}"));
    }
    let mut alone = 0;
    for text in &texts {
        let serde = serde_json::from_str::<f64>(text).ok().map(f64::to_bits);
        if let Ok(ours) = read::<f64>(text) {
            assert_eq!(Some(ours.to_bits()), serde, "{text}");
            alone += 1;
        }
    }
    assert!(alone > 19_000, "{alone}");
}

#[test]
fn the_whole_object_is_given_only_before_its_entries() {
    let text = r#" {"a": {"b": 1}, "c": [2]} "#;
    let mut reader = Reader::new(text);
    let object = reader.object().unwrap();
    assert_eq!(object.whole(), Ok((r#"{"a": {"b": 1}, "c": [2]}"#, 2)));
    assert_eq!(reader.end(), Ok(()));
    let mut reader = Reader::new(text);
    let mut object = reader.object().unwrap();
    object.next_key().unwrap();
    assert_eq!(object.whole(), Err(GaveUp));
}

#[test]
fn from_str_falls_back_to_serde_for_its_error() {
    let error = from_str::<Vec<i64>>("[1, \"x\"]").unwrap_err();
    assert!(error.to_string().contains("invalid type"), "{error}");
    assert_eq!(from_str::<Vec<f64>>("[1.5, 2]").ok(), Some(vec![1.5, 2.0]));
    assert!(from_str::<Vec<i64>>("[1] x").is_err());
}

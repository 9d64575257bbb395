//! Rustdoc from the spec's descriptions, with limits and defaults spelled out.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Constraints, Docs};

/// `#[doc = "..."]` attributes, one per line, which prettyplease prints as `///` comments.
pub fn doc_attrs(
    docs: &Docs,
    constraints: Option<&Constraints>,
    default: Option<&serde_json::Value>,
) -> TokenStream {
    let mut lines = Vec::new();
    if let Some(description) = &docs.description {
        lines.extend(markdown_lines(description));
    }
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
    if !facts.is_empty() {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.push(facts.join(" "));
    }
    let attrs = lines.iter().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#attrs)*)
}

/// Description lines made safe for rustdoc: a bare code fence becomes `text` (so rustdoc
/// does not compile it as a doctest) and indentation that would start a code block goes.
fn markdown_lines(description: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut in_fence = false;
    for raw in description.trim().lines() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if let Some(language) = trimmed.strip_prefix("```") {
            in_fence = !in_fence;
            if in_fence && language.trim().is_empty() {
                lines.push("```text".to_owned());
            } else {
                lines.push(trimmed.to_owned());
            }
            continue;
        }
        if in_fence {
            lines.push(line.to_owned());
        } else {
            lines.push(trimmed.to_owned());
        }
    }
    if in_fence {
        lines.push("```".to_owned());
    }
    lines
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

//! References to a place in the document that is not a component: valid JSON references,
//! which public API descriptions use to share a response between operations
//! (`#/paths/~1jobs~1%7Bid%7D/get/responses/401`), a property between schemas
//! (`#/components/schemas/Disk/properties/filesystem`) or a schema nested in another's
//! `definitions`; and references to a component callback, which the 3.0 model cannot hold.
//! Each is replaced by a copy of what it points to, so that the rest of the
//! generator sees components and inline values only. A copy that holds such references has
//! them resolved in turn, a few levels deep; a reference that points to nothing or into
//! itself stays as it is, and is reported with its pointer where references are followed.

use serde_json::Value;

use crate::error::pointer_push;

/// The most levels of references inside copies that are followed.
const MAX_ROUNDS: usize = 8;

/// Copies made at most, in values, against the document's own count (or
/// [`MIN_COPY_BUDGET`]): references inside copies could otherwise grow the document
/// exponentially.
const COPY_BUDGET_FACTOR: usize = 4;

/// Copies allowed whatever the document's size: a document whose responses are all
/// references to one operation's (a conversion's output) is several times its own size
/// once they are copied.
const MIN_COPY_BUDGET: usize = 2_000_000;

/// Replaces every local reference that does not name a component by a copy of its target.
pub(super) fn inline_local_refs(doc: &mut Value) {
    let mut budget: Option<usize> = None;
    for _ in 0..MAX_ROUNDS {
        let mut sites = Vec::new();
        find_sites(doc, "", &mut sites);
        if sites.is_empty() {
            return;
        }
        let budget = budget
            .get_or_insert_with(|| (COPY_BUDGET_FACTOR * value_count(doc)).max(MIN_COPY_BUDGET));
        // A reference to a place that holds it would copy itself forever: a schema of the
        // components' becomes a component of its own first, which can refer to itself, and
        // every reference to it is then a copy of the reference to that component.
        let mut hoisted = false;
        sites.retain(|(site, target)| {
            let into_itself = site == target || site.starts_with(&format!("{target}/"));
            hoisted |= into_itself && hoist_schema(doc, target);
            !into_itself
        });
        if hoisted {
            continue;
        }
        let mut copies = Vec::with_capacity(sites.len());
        for (site, target) in sites {
            let Some(value) = doc.pointer(&target) else {
                continue;
            };
            let count = value_count(value);
            if count > *budget {
                return;
            }
            *budget -= count;
            copies.push((site, value.clone()));
        }
        if copies.is_empty() {
            return;
        }
        // The deepest first: a reference inside another's siblings is replaced before the
        // outer one, whose pointer its replacement does not move.
        for (site, copy) in copies.into_iter().rev() {
            if let Some(slot) = doc.pointer_mut(&site) {
                *slot = copy;
            }
        }
    }
}

/// Moves the schema at `target`, somewhere inside a component schema (a `definitions`
/// entry, a property), into a component of its own, named after its last key, and leaves a
/// reference to it in its place; false where `target` is not inside a component schema.
fn hoist_schema(doc: &mut Value, target: &str) -> bool {
    let Some(inside) = target.strip_prefix("/components/schemas/") else {
        return false;
    };
    let Some((_, last)) = inside.rsplit_once('/') else {
        return false;
    };
    // Hoisted already, for another reference in it.
    if doc
        .pointer(target)
        .is_some_and(|value| value.get("$ref").is_some())
    {
        return true;
    }
    let base = last.replace("~1", "/").replace("~0", "~");
    let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return false;
    };
    let name = (1..)
        .map(|n| match n {
            1 => base.clone(),
            n => format!("{base}_{n}"),
        })
        .find(|name| !schemas.contains_key(name))
        .unwrap_or(base);
    let reference = serde_json::json!({"$ref": pointer_push("#/components/schemas", &name)});
    let Some(slot) = doc.pointer_mut(target) else {
        return false;
    };
    let schema = std::mem::replace(slot, reference);
    if let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        schemas.insert(name, schema);
    }
    true
}

/// Whether the document's text (JSON or YAML, where a reference is quoted: `#` opens a
/// comment) holds a local reference that names no component, or a string that only looks
/// like one; found without parsing, so that documents without any skip the walk.
pub(super) fn mentions_local_refs(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, b"#/").any(|at| {
        let Some(&quote) = at.checked_sub(1).and_then(|before| bytes.get(before)) else {
            return false;
        };
        if quote != b'"' && quote != b'\'' {
            return false;
        }
        let rest = &bytes[at..];
        let end = memchr::memchr(quote, rest).unwrap_or(rest.len());
        // `at` and `at + end` are at ASCII bytes, so on character boundaries.
        !names_a_component(&text[at..at + end])
    })
}

/// The JSON pointer of the place a local reference that names no component points to.
fn local_target(reference: &str) -> Option<String> {
    let fragment = reference.strip_prefix('#')?;
    if !fragment.starts_with('/') || names_a_component(reference) {
        return None;
    }
    let decoded = percent_encoding::percent_decode_str(fragment)
        .decode_utf8()
        .ok()?;
    Some(decoded.into_owned())
}

/// `#/components/<section>/<name>`, the one form of reference the generator follows itself
/// (a path item's `$ref`, which the loader copies, aside), but for a callback: the 3.0
/// model has no reference in an operation's `callbacks`, so those are copied too.
fn names_a_component(reference: &str) -> bool {
    let Some(rest) = reference.strip_prefix("#/components/") else {
        return false;
    };
    matches!(rest.split_once('/'), Some((section, name))
        if !section.is_empty() && section != "callbacks" && !name.is_empty() && !name.contains('/'))
}

/// The pointers of every object whose `$ref` is a local reference naming no component, with
/// the pointer of its target, in the order of a walk that enters an object before its values.
fn find_sites(value: &Value, pointer: &str, sites: &mut Vec<(String, String)>) {
    let nested = |child: &&Value| child.is_object() || child.is_array();
    match value {
        Value::Object(map) => {
            if let Some(target) = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(local_target)
            {
                sites.push((pointer.to_owned(), target));
            }
            for (key, child) in map.iter().filter(|(_, child)| nested(child)) {
                find_sites(child, &pointer_push(pointer, key), sites);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate().filter(|(_, child)| nested(child)) {
                find_sites(child, &pointer_push(pointer, &index.to_string()), sites);
            }
        }
        _ => {}
    }
}

/// How many values a value holds, itself included.
fn value_count(value: &Value) -> usize {
    1 + match value {
        Value::Object(map) => map.values().map(value_count).sum(),
        Value::Array(items) => items.iter().map(value_count).sum(),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn references_into_paths_and_schemas_become_copies() {
        let mut doc = json!({
            "paths": {
                "/jobs/{id}": {"get": {"responses": {"401": {"description": "No key."}}}},
                "/jobs": {"get": {"responses": {
                    "401": {"$ref": "#/paths/~1jobs~1%7Bid%7D/get/responses/401"}
                }}}
            },
            "components": {"schemas": {
                "Disk": {"properties": {"filesystem": {"type": "string", "enum": ["ext4"]}}},
                "Backup": {"properties": {
                    "disk": {"$ref": "#/components/schemas/Disk"},
                    "filesystem": {"$ref": "#/components/schemas/Disk/properties/filesystem"}
                }}
            }}
        });
        inline_local_refs(&mut doc);
        assert_eq!(
            doc.pointer("/paths/~1jobs/get/responses/401"),
            Some(&json!({"description": "No key."}))
        );
        let backup = &doc["components"]["schemas"]["Backup"]["properties"];
        assert_eq!(
            backup["filesystem"],
            json!({"type": "string", "enum": ["ext4"]})
        );
        assert_eq!(backup["disk"], json!({"$ref": "#/components/schemas/Disk"}));
    }

    #[test]
    fn references_inside_copies_are_followed_and_cycles_left() {
        let mut doc = json!({
            "definitions": {
                "a": {"items": {"$ref": "#/definitions/b"}},
                "b": {"type": "integer"},
                "loop": {"items": {"$ref": "#/definitions/loop"}}
            },
            "use": {"$ref": "#/definitions/a"},
            "cycle": {"$ref": "#/definitions/loop"},
            "missing": {"$ref": "#/definitions/none"}
        });
        inline_local_refs(&mut doc);
        assert_eq!(doc["use"], json!({"items": {"type": "integer"}}));
        assert_eq!(doc["missing"], json!({"$ref": "#/definitions/none"}));
        // The self-reference stays a reference; the copies around it stop at the budget.
        assert_eq!(
            doc.pointer("/definitions/loop/items"),
            Some(&json!({"$ref": "#/definitions/loop"}))
        );
    }

    #[test]
    fn a_definition_that_refers_to_itself_becomes_a_component() {
        let mut doc = json!({"components": {"schemas": {
            "Report": {
                "properties": {"parts": {"items": {"$ref": "#/components/schemas/Report/definitions/part"}}},
                "definitions": {"part": {"properties": {
                    "parts": {"items": {"$ref": "#/components/schemas/Report/definitions/part"}}
                }}}
            },
            "part": {"type": "string"}
        }}});
        inline_local_refs(&mut doc);
        let schemas = &doc["components"]["schemas"];
        let reference = json!({"$ref": "#/components/schemas/part_2"});
        assert_eq!(schemas["Report"]["properties"]["parts"]["items"], reference);
        assert_eq!(schemas["part_2"]["properties"]["parts"]["items"], reference);
        assert_eq!(schemas["part"], json!({"type": "string"}));
    }

    #[test]
    fn the_text_scan_tells_component_references_from_others() {
        assert!(!mentions_local_refs(
            r##"{"$ref": "#/components/schemas/Pet"}"##
        ));
        assert!(mentions_local_refs(
            r##"{"$ref": "#/components/schemas/Pet/properties/id"}"##
        ));
        assert!(mentions_local_refs(
            r##"{"$ref": "#/paths/~1pets/get/responses/401"}"##
        ));
        assert!(!mentions_local_refs(r##"{"description": "see #/pets"}"##));
        assert!(mentions_local_refs(
            r##"{"$ref": "#/components/callbacks/searchIndex"}"##
        ));
        assert!(mentions_local_refs("$ref: '#/definitions/Pet'\n"));
        assert!(!mentions_local_refs(
            "$ref: '#/components/responses/NotFound'\n"
        ));
    }
}

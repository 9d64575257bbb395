//! The parts of path items written out alike, shared: an item's parameter or answer equal
//! to one of an earlier item's becomes that one (an `Arc` of the model). Microsoft Graph's
//! beta description writes 49,668 parameters 3,116 ways and 16,522 answers 4,107 ways.
//!
//! Not within an item: lowering takes a schema reached twice within one path item for one
//! type (a path-level parameter's, which each of its operations reaches), and forgets what
//! it named when the item is done. So equal parts of one item stay apart, as they are
//! written (each gets a different one of the pool's, or its own), and a shared one is
//! lowered again, under each item's names, as before.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use foldhash::{HashMap, HashMapExt};
use openapiv3::{Parameter, ReferenceOr, Response};

use crate::model::{ParameterRef, PathItem, ResponseRef};

/// The parts of the path items read so far.
#[derive(Default)]
pub(crate) struct PartPool {
    parameters: Pool<Parameter>,
    answers: Pool<Response>,
}

impl PartPool {
    /// Shares the item's parameters and answers (its own, its operations', their
    /// callbacks') with the items before it, then keeps them for the items after it.
    pub(crate) fn share(&mut self, item: &mut PathItem) {
        let mut parameters = Vec::new();
        let mut answers = Vec::new();
        parts_mut(item, &mut parameters, &mut answers);
        self.parameters.share(parameters, parameter_bucket);
        self.answers.share(answers, answer_bucket);
    }
}

/// Parts of one kind, by a hash of some of each (its `bucket`): equal parts, never only
/// equal hashes, are shared.
struct Pool<T> {
    by_bucket: HashMap<u64, Vec<Arc<T>>>,
}

impl<T> Default for Pool<T> {
    fn default() -> Self {
        Self {
            by_bucket: HashMap::new(),
        }
    }
}

/// The most parts kept under one bucket: a document of many parts alike in what the bucket
/// reads but unequal costs a few comparisons each, not one for every earlier part.
const BUCKET_SIZE: usize = 8;

impl<T: PartialEq> Pool<T> {
    fn share(&mut self, parts: Vec<&mut ReferenceOr<Arc<T>>>, bucket: fn(&T) -> u64) {
        let mut kept = Vec::new();
        // A pooled part goes to one part of the item: two equal ones (the same inline enum
        // on an item's `get` and `put`) stay two, as they are written.
        let mut taken: Vec<*const T> = Vec::new();
        for part in parts {
            let ReferenceOr::Item(part) = part else {
                continue;
            };
            let hash = bucket(part);
            let mut known = self.by_bucket.get(&hash).into_iter().flatten();
            let free = known.find(|known| !taken.contains(&Arc::as_ptr(known)) && known == &part);
            match free {
                Some(known) => {
                    taken.push(Arc::as_ptr(known));
                    *part = Arc::clone(known);
                }
                None => kept.push((hash, Arc::clone(part))),
            }
        }
        for (hash, part) in kept {
            let bucket = self.by_bucket.entry(hash).or_default();
            if bucket.len() < BUCKET_SIZE {
                bucket.push(part);
            }
        }
    }
}

/// Every parameter and answer of a path item: its own, its operations', their callbacks'
/// items'.
fn parts_mut<'i>(
    item: &'i mut PathItem,
    parameters: &mut Vec<&'i mut ParameterRef>,
    answers: &mut Vec<&'i mut ResponseRef>,
) {
    parameters.extend(item.parameters.iter_mut());
    for (_, operation) in &mut item.operations {
        parameters.extend(operation.parameters.iter_mut());
        answers.extend(operation.responses.default.iter_mut());
        answers.extend(operation.responses.responses.values_mut());
        for items in operation.callbacks.values_mut() {
            for item in items.values_mut() {
                parts_mut(item, parameters, answers);
            }
        }
    }
}

/// What tells most parameters apart: where and under which name they are sent, and their
/// description (cheaper than a hash of everything; equal parameters have equal ones).
fn parameter_bucket(parameter: &Parameter) -> u64 {
    let data = parameter.parameter_data_ref();
    let mut hasher = bucket_hasher();
    std::mem::discriminant(parameter).hash(&mut hasher);
    data.name.hash(&mut hasher);
    data.description.hash(&mut hasher);
    hasher.finish()
}

/// What tells most answers apart: their description, media types and schemas' references
/// or descriptions.
fn answer_bucket(answer: &Response) -> u64 {
    let mut hasher = bucket_hasher();
    answer.description.hash(&mut hasher);
    for (media_type, media) in &answer.content {
        media_type.hash(&mut hasher);
        match &media.schema {
            Some(ReferenceOr::Reference { reference }) => reference.hash(&mut hasher),
            Some(ReferenceOr::Item(schema)) => schema.schema_data.description.hash(&mut hasher),
            None => {}
        }
    }
    hasher.finish()
}

/// A hasher of the same seed for every part (a part's bucket is looked up by it), and
/// quicker than std's SipHash on the long descriptions hashed.
fn bucket_hasher() -> impl Hasher {
    use std::hash::BuildHasher;
    foldhash::fast::FixedState::default().build_hasher()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Operation, METHODS};

    /// A path item whose operations take these parameters, one each, and answer `answer`.
    fn item_taking(parameters: &[serde_json::Value], answer: &serde_json::Value) -> PathItem {
        let operations = parameters.iter().enumerate().map(|(index, parameter)| {
            let operation: openapiv3::Operation = serde_json::from_value(serde_json::json!({
                "parameters": [parameter], "responses": {"200": answer},
            }))
            .expect("an operation");
            (METHODS[index], Operation::from(operation))
        });
        PathItem {
            operations: operations.collect(),
            ..PathItem::default()
        }
    }

    fn parameter(item: &PathItem, operation: usize) -> &Arc<Parameter> {
        match &item.operations[operation].1.parameters[0] {
            ReferenceOr::Item(parameter) => parameter,
            ReferenceOr::Reference { .. } => panic!("written out"),
        }
    }

    fn answer(item: &PathItem, operation: usize) -> &Arc<Response> {
        match item.operations[operation]
            .1
            .responses
            .responses
            .values()
            .next()
        {
            Some(ReferenceOr::Item(answer)) => answer,
            _ => panic!("an answer written out"),
        }
    }

    fn mode(value: &str) -> serde_json::Value {
        serde_json::json!({"name": "mode", "in": "query", "schema": {"enum": [value]}})
    }

    #[test]
    fn equal_parts_are_shared_across_path_items_and_not_within_one() {
        let ok = serde_json::json!({"description": "ok"});
        let mut pool = PartPool::default();
        let mut first = item_taking(&[mode("x")], &ok);
        let mut second = item_taking(&[mode("x"), mode("x"), mode("y")], &ok);
        let mut third = item_taking(&[mode("x"), mode("x"), mode("y")], &ok);
        for item in [&mut first, &mut second, &mut third] {
            pool.share(item);
        }
        // Within the second item, one of its two equal parameters gets the first item's.
        assert!(Arc::ptr_eq(parameter(&first, 0), parameter(&second, 0)));
        assert!(!Arc::ptr_eq(parameter(&second, 0), parameter(&second, 1)));
        // The third item gets both of the second's, each once, and its other one.
        for operation in 0..3 {
            assert!(Arc::ptr_eq(
                parameter(&second, operation),
                parameter(&third, operation)
            ));
        }
        // Equal JSON, never only a bucket: the other value is not the first's.
        assert!(!Arc::ptr_eq(parameter(&second, 0), parameter(&second, 2)));
        assert_eq!(**parameter(&second, 1), **parameter(&first, 0));
        // Answers alike: the first item's goes to one operation of the second.
        assert!(Arc::ptr_eq(answer(&first, 0), answer(&second, 0)));
        assert!(!Arc::ptr_eq(answer(&second, 0), answer(&second, 1)));
        assert!(Arc::ptr_eq(answer(&second, 2), answer(&third, 2)));
    }

    #[test]
    fn a_bucket_of_parts_alike_but_unequal_is_bounded() {
        let mut pool = PartPool::default();
        let ok = serde_json::json!({"description": "ok"});
        for value in 0..3 * BUCKET_SIZE {
            pool.share(&mut item_taking(&[mode(&value.to_string())], &ok));
        }
        let buckets: Vec<usize> = pool.parameters.by_bucket.values().map(Vec::len).collect();
        assert_eq!(buckets, [BUCKET_SIZE]);
        // The ones kept are still shared.
        let mut again = item_taking(&[mode("1")], &ok);
        pool.share(&mut again);
        let kept = pool.parameters.by_bucket.values().flatten();
        assert!(kept
            .into_iter()
            .any(|p| Arc::ptr_eq(p, parameter(&again, 0))));
    }
}

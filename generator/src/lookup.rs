//! Lookups in the objects of a parsed document (`serde_json::Map`), for the steps that read
//! it (`normalize`, `model_reader`): each finds what `get`, `get_mut` and `contains_key`
//! find. Most objects of a document hold a few keys, and a look along them costs less than
//! hashing the key (serde_json's maps hash with SipHash: the readers' 57,000 lookups took
//! 1.4 % of GitHub's generation).

use serde_json::{Map, Value};

/// Up to this many keys, an object is looked along rather than hashed into.
const LOOKED_ALONG: usize = 16;

/// The value under `key`, as `object.get(key)` finds it.
pub fn value_of<'v>(object: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
    match object.len() <= LOOKED_ALONG {
        true => object
            .iter()
            .find_map(|(name, value)| (name == key).then_some(value)),
        false => object.get(key),
    }
}

/// The value under `key`, as `object.get_mut(key)` finds it.
pub fn value_of_mut<'v>(object: &'v mut Map<String, Value>, key: &str) -> Option<&'v mut Value> {
    match object.len() <= LOOKED_ALONG {
        true => object
            .iter_mut()
            .find_map(|(name, value)| (name == key).then_some(value)),
        false => object.get_mut(key),
    }
}

/// Whether `object` has `key`, as `object.contains_key(key)` tells.
pub fn has_key(object: &Map<String, Value>, key: &str) -> bool {
    value_of(object, key).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each lookup finds what serde_json's own finds, in objects below and above the
    /// number looked along, for keys present (first, last) and absent.
    #[test]
    fn lookups_find_what_the_maps_own_find() {
        for size in [0, 1, LOOKED_ALONG, LOOKED_ALONG + 1, 40] {
            let mut object: Map<String, Value> = (0..size)
                .map(|n| (format!("k{n}"), Value::from(n)))
                .collect();
            let last = format!("k{}", size.saturating_sub(1));
            for key in ["k0", last.as_str(), "k", "absent", ""] {
                assert_eq!(value_of(&object, key), object.get(key), "{key} of {size}");
                assert_eq!(
                    has_key(&object, key),
                    object.contains_key(key),
                    "{key} of {size}"
                );
                let expected = object.get(key).cloned();
                assert_eq!(
                    value_of_mut(&mut object, key).cloned(),
                    expected,
                    "{key} of {size}"
                );
            }
        }
    }
}

//! `Validate` for every type a request body reaches: the spec's limits (ranges, lengths,
//! item and entry counts, key lengths), checked before sending, each failure named by the
//! path of its field.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use super::types::ident;
use crate::ir::{Api, Constraints, Presence, TypeDef, TypeKind, TypeRef};

/// Types reachable from request bodies, by name.
pub fn request_types(api: &Api) -> BTreeSet<String> {
    let mut reached = BTreeSet::new();
    let mut stack: Vec<&TypeRef> = api
        .operations
        .iter()
        .filter_map(|op| op.request_body.as_ref().map(|b| &b.ty))
        .collect();
    while let Some(ty) = stack.pop() {
        match ty {
            TypeRef::Named(name) => {
                if !reached.insert(name.clone()) {
                    continue;
                }
                match api.types.get(name).map(|d| &d.kind) {
                    Some(TypeKind::Struct(s)) => stack.extend(s.fields.iter().map(|f| &f.ty)),
                    Some(TypeKind::Alias(ty)) => stack.push(ty),
                    Some(TypeKind::Union(u)) => {
                        stack.extend(u.variants.iter().filter_map(|v| v.matcher.payload()))
                    }
                    Some(TypeKind::Enum(_)) | None => {}
                }
            }
            TypeRef::Array(inner)
            | TypeRef::Map(inner)
            | TypeRef::Nullable(inner)
            | TypeRef::Boxed(inner) => stack.push(inner),
            _ => {}
        }
    }
    reached
}

pub fn emit_validation(api: &Api) -> TokenStream {
    let impls = request_types(api)
        .into_iter()
        .filter_map(|name| api.types.get(&name))
        .filter_map(|def| {
            // One `impl` block a type, under the type's own `#[cfg]`.
            let cfg = super::features::type_cfg(api, &def.name);
            let check = emit_impl(api, def)?;
            Some(quote!(#cfg #check))
        });
    quote! {
        #![doc = " Checks of request types against the spec's limits."]

        use crate::error::ValidationError;
        // Types by path, not by a glob: a schema may be named like the items imported here.
        use crate::types;
        #[allow(unused_imports)]
        use crate::validate::{field, index, key, push, Validate};

        #(#impls)*
    }
}

/// Whether a request body of this type is checked before sending: it is (or holds, in
/// lists, maps and options) a struct or union with its own `Validate` impl.
pub fn is_validated(api: &Api, ty: &TypeRef) -> bool {
    match api.resolve_alias(ty) {
        TypeRef::Named(name) => has_impl(api, name),
        other => other.inner().is_some_and(|inner| is_validated(api, inner)),
    }
}

/// Whether a named type has its own `Validate` impl (structs and unions do).
fn has_impl(api: &Api, name: &str) -> bool {
    matches!(
        api.types.get(name).map(|d| &d.kind),
        Some(TypeKind::Struct(_) | TypeKind::Union(_))
    )
}

fn emit_impl(api: &Api, def: &TypeDef) -> Option<TokenStream> {
    let name = ident(&def.name);
    let body = match &def.kind {
        TypeKind::Struct(s) => {
            let checks: Vec<_> = s
                .fields
                .iter()
                .filter_map(|f| {
                    let field_name = ident(&f.rust_name);
                    let wire = &f.wire_name;
                    let check = checks(api, quote!(value), &f.ty, &f.constraints, 0)?;
                    Some(match f.presence {
                        Presence::Required => quote! {
                            {
                                let value = &self.#field_name;
                                let path = &field(path, #wire);
                                #check
                            }
                        },
                        _ => quote! {
                            if let Some(value) = self.#field_name.as_ref() {
                                let path = &field(path, #wire);
                                #check
                            }
                        },
                    })
                })
                .collect();
            if checks.is_empty() {
                quote!(let _ = (path, errors);)
            } else {
                quote!(#(#checks)*)
            }
        }
        TypeKind::Union(u) => {
            let arms: Vec<_> = u
                .variants
                .iter()
                .filter_map(|v| {
                    let ty = v.matcher.payload()?;
                    let check = checks(api, quote!(value), ty, &Constraints::default(), 0)?;
                    let variant = ident(&v.rust_name);
                    Some((quote!(Self::#variant(value)), check))
                })
                .collect();
            match arms.as_slice() {
                [] => quote!(let _ = (path, errors);),
                [(pattern, check)] => quote! {
                    if let #pattern = self {
                        #check
                    }
                },
                _ => {
                    // A wildcard only where some variant has nothing to check.
                    let every_variant =
                        arms.len() == u.variants.len() + usize::from(u.fallback.is_some());
                    let rest = (!every_variant).then(|| quote!(_ => {}));
                    let arms = arms
                        .iter()
                        .map(|(pattern, check)| quote!(#pattern => { #check }));
                    quote! {
                        match self {
                            #(#arms)*
                            #rest
                        }
                    }
                }
            }
        }
        TypeKind::Enum(_) | TypeKind::Alias(_) => return None,
    };
    Some(quote! {
        impl Validate for types::#name {
            fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
                #body
            }
        }
    })
}

/// A bound as a literal of the value's own type, so no cast is needed.
fn bound(value: f64, integer: bool) -> TokenStream {
    if integer && value.fract() == 0.0 && value.abs() < 9.0e18 {
        let literal = proc_macro2::Literal::i64_unsuffixed(value as i64);
        quote!(#literal)
    } else {
        let literal = proc_macro2::Literal::f64_unsuffixed(value);
        quote!(#literal)
    }
}

/// Checks of `value` (a reference to a value of type `ty`) at `path` (a `&str`-like
/// binding named `path` in scope), or `None` when there is nothing to check.
fn count(value: usize) -> TokenStream {
    let literal = proc_macro2::Literal::usize_unsuffixed(value);
    quote!(#literal)
}

fn checks(
    api: &Api,
    value: TokenStream,
    ty: &TypeRef,
    c: &Constraints,
    depth: usize,
) -> Option<TokenStream> {
    if depth > 8 {
        return None;
    }
    let mut out = Vec::new();
    match ty {
        TypeRef::Integer(_) | TypeRef::Number => {
            let integer = matches!(ty, TypeRef::Integer(_));
            let exact = c
                .minimum
                .into_iter()
                .chain(c.maximum)
                .all(|b| b.fract() == 0.0);
            // An integer compared with a fractional bound is widened first.
            let as_f64 = if integer && !exact {
                quote!((*#value as f64))
            } else {
                quote!(*#value)
            };
            let integer = integer && exact;
            // A bound beyond what the Rust type holds cannot be broken (and would not compile).
            let representable = |b: f64| !integer || b.abs() < 9.0e18;
            if let Some(min) = c.minimum.filter(|b| representable(*b)) {
                let (test, word) = if c.exclusive_minimum {
                    (quote!(<=), "greater than")
                } else {
                    (quote!(<), "at least")
                };
                let bound = bound(min, integer);
                let message = format!("must be {word} {min}, is {{}}");
                out.push(quote! {
                    if #as_f64 #test #bound {
                        push(errors, path.to_string(), format!(#message, #value));
                    }
                });
            }
            if let Some(max) = c.maximum.filter(|b| representable(*b)) {
                let (test, word) = if c.exclusive_maximum {
                    (quote!(>=), "less than")
                } else {
                    (quote!(>), "at most")
                };
                let bound = bound(max, integer);
                let message = format!("must be {word} {max}, is {{}}");
                out.push(quote! {
                    if #as_f64 #test #bound {
                        push(errors, path.to_string(), format!(#message, #value));
                    }
                });
            }
        }
        TypeRef::String => {
            if c.min_length.is_some() || c.max_length.is_some() {
                let mut inner = Vec::new();
                if let Some(min) = c.min_length {
                    let message = format!("must have at least {min} characters, has {{}}");
                    let min = count(min);
                    inner.push(quote!(if length < #min { push(errors, path.to_string(), format!(#message, length)); }));
                }
                if let Some(max) = c.max_length {
                    let message = format!("must have at most {max} characters, has {{}}");
                    let max = count(max);
                    inner.push(quote!(if length > #max { push(errors, path.to_string(), format!(#message, length)); }));
                }
                out.push(quote!({ let length = #value.chars().count(); #(#inner)* }));
            }
        }
        TypeRef::Array(item) => {
            if let Some(min) = c.min_items {
                let message = format!("must have at least {min} items, has {{}}");
                let min = count(min);
                out.push(quote!(if #value.len() < #min { push(errors, path.to_string(), format!(#message, #value.len())); }));
            }
            if let Some(max) = c.max_items {
                let message = format!("must have at most {max} items, has {{}}");
                let max = count(max);
                out.push(quote!(if #value.len() > #max { push(errors, path.to_string(), format!(#message, #value.len())); }));
            }
            let item_constraints = c.items.as_deref().cloned().unwrap_or_default();
            if let Some(check) = checks(api, quote!(item), item, &item_constraints, depth + 1) {
                out.push(quote! {
                    for (position, item) in #value.iter().enumerate() {
                        let path = &index(path, position);
                        #check
                    }
                });
            }
        }
        TypeRef::Map(item) => {
            if let Some(max) = c.max_properties {
                let message = format!("must have at most {max} entries, has {{}}");
                let max = count(max);
                out.push(quote!(if #value.len() > #max { push(errors, path.to_string(), format!(#message, #value.len())); }));
            }
            let item_constraints = c.items.as_deref().cloned().unwrap_or_default();
            let key_check = c.max_key_length.map(|max| {
                let message = format!("keys must have at most {max} characters, has {{}}");
                let max = count(max);
                quote! {
                    let length = name.chars().count();
                    if length > #max {
                        push(errors, key(path, name), format!(#message, length));
                    }
                }
            });
            let value_check = checks(api, quote!(item), item, &item_constraints, depth + 1)
                .map(|check| quote!({ let path = &key(path, name); #check }));
            if key_check.is_some() || value_check.is_some() {
                out.push(quote! {
                    for (name, item) in #value.iter() {
                        #key_check
                        #value_check
                    }
                });
            }
        }
        TypeRef::Nullable(inner) | TypeRef::Boxed(inner) => {
            let check = checks(api, quote!(inner), inner, c, depth + 1);
            if let (TypeRef::Nullable(_), Some(check)) = (ty, &check) {
                out.push(quote!(if let Some(inner) = #value { #check }));
            } else if let Some(check) = check {
                out.push(quote!({ let inner = &**#value; #check }));
            }
        }
        TypeRef::Named(name) => match api.types.get(name).map(|d| &d.kind) {
            Some(TypeKind::Alias(target)) => {
                // An alias has no impl of its own: its limits apply here.
                let alias = &api.types[name].constraints;
                let merged = if c.is_empty() {
                    alias.clone()
                } else {
                    c.clone()
                };
                if let Some(check) = checks(api, value.clone(), target, &merged, depth + 1) {
                    out.push(check);
                }
            }
            _ if has_impl(api, name) => out.push(quote!(#value.validate_at(path, errors);)),
            _ => {}
        },
        TypeRef::Boolean | TypeRef::Json | TypeRef::Binary => {}
    }
    (!out.is_empty()).then(|| quote!(#(#out)*))
}

//! Pollers from the configuration file: a pass over the lowered operations that gives the
//! operations it names the poll helper `x-poll` would give them. A poller that names no
//! operation, or one a helper cannot call again, is refused at its line in the file.

use crate::config::{refused_at, Poller};
use crate::error::Result;
use crate::ir::{Api, Poll, TypeKind, TypeRef};

/// Sets `poll` on each operation a poller names (the configuration wins over `x-poll`).
pub fn apply_pollers(api: &mut Api, pollers: &[Poller]) -> Result<()> {
    for poller in pollers {
        let status_of_answer = answer_has_property(api, poller);
        let Some(op) = api
            .operations
            .iter_mut()
            .find(|op| op.operation_id == poller.operation)
        else {
            return Err(refused_at(
                poller.place.as_ref(),
                format!(
                    "no generated operation has the operationId `{}`",
                    poller.operation
                ),
                "name the operation that retrieves the object, as the spec's operationId \
                 spells it (and check the operation filter keeps it)",
            ));
        };
        if op.query_type.is_some() || op.request_body.is_some() {
            return Err(refused_at(
                poller.place.as_ref(),
                format!(
                    "`{}` takes a query or a body; a poller calls an operation again with its \
                     path and header parameters only",
                    poller.operation
                ),
                "name the operation that retrieves the object",
            ));
        }
        if poller.until.is_empty() || !status_of_answer {
            return Err(refused_at(
                poller.place.as_ref(),
                format!(
                    "the answer of `{}` has no property `{}`, or `until` is empty",
                    poller.operation, poller.status_property
                ),
                "give the answer's status property and the statuses that end polling",
            ));
        }
        // Each value once: they become the patterns of one `matches!`.
        let mut seen = std::collections::BTreeSet::new();
        let mut until = poller.until.clone();
        until.retain(|value| seen.insert(value.clone()));
        op.poll = Some(Poll {
            status_property: poller.status_property.clone(),
            until,
            interval_header: poller.interval_header.clone(),
        });
    }
    Ok(())
}

/// Whether the operation's answer is an object with the poller's status property.
fn answer_has_property(api: &Api, poller: &Poller) -> bool {
    let answer = api
        .operations
        .iter()
        .find(|op| op.operation_id == poller.operation)
        .and_then(|op| op.success.json());
    let Some(TypeRef::Named(name)) = answer else {
        return false;
    };
    api.types.get(name).is_some_and(|def| match &def.kind {
        TypeKind::Struct(s) => s
            .fields
            .iter()
            .any(|f| f.wire_name == poller.status_property),
        _ => false,
    })
}

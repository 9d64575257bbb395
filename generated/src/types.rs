// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Every schema the selected operations use, one Rust type each.
#![allow(clippy::large_enum_variant)]

/// One server-sent event of a streamed run. The SSE `event:` field gives `event` and the `data:` field, parsed as JSON (or the literal `[DONE]` for `done`), gives `data`.
///
/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum AssistantStreamEvent {
    /// A thread was created.
    ThreadCreated(AssistantStreamEventThreadCreated),
    /// The run was created.
    ThreadRunCreated(AssistantStreamEventThreadRunCreated),
    /// The run is waiting to start.
    ThreadRunQueued(AssistantStreamEventThreadRunQueued),
    /// The run is executing.
    ThreadRunInProgress(AssistantStreamEventThreadRunInProgress),
    /// The run is waiting for tool outputs.
    ThreadRunRequiresAction(AssistantStreamEventThreadRunRequiresAction),
    /// The run finished successfully.
    ThreadRunCompleted(AssistantStreamEventThreadRunCompleted),
    /// The run stopped early because a token budget ran out.
    ThreadRunIncomplete(AssistantStreamEventThreadRunIncomplete),
    /// The run failed.
    ThreadRunFailed(AssistantStreamEventThreadRunFailed),
    /// The run is being cancelled.
    ThreadRunCancelling(AssistantStreamEventThreadRunCancelling),
    /// The run was cancelled.
    ThreadRunCancelled(AssistantStreamEventThreadRunCancelled),
    /// The run expired before finishing.
    ThreadRunExpired(AssistantStreamEventThreadRunExpired),
    /// A step was created.
    ThreadRunStepCreated(AssistantStreamEventThreadRunStepCreated),
    /// A step is executing.
    ThreadRunStepInProgress(AssistantStreamEventThreadRunStepInProgress),
    /// Part of a step changed.
    ThreadRunStepDelta(AssistantStreamEventThreadRunStepDelta),
    /// A step finished.
    ThreadRunStepCompleted(AssistantStreamEventThreadRunStepCompleted),
    /// A step failed.
    ThreadRunStepFailed(AssistantStreamEventThreadRunStepFailed),
    /// A step was cancelled.
    ThreadRunStepCancelled(AssistantStreamEventThreadRunStepCancelled),
    /// A step expired.
    ThreadRunStepExpired(AssistantStreamEventThreadRunStepExpired),
    /// A message was created.
    ThreadMessageCreated(AssistantStreamEventThreadMessageCreated),
    /// A message is being written.
    ThreadMessageInProgress(AssistantStreamEventThreadMessageInProgress),
    /// Part of a message changed.
    ThreadMessageDelta(AssistantStreamEventThreadMessageDelta),
    /// A message was finished.
    ThreadMessageCompleted(AssistantStreamEventThreadMessageCompleted),
    /// A message ended before it was finished.
    ThreadMessageIncomplete(AssistantStreamEventThreadMessageIncomplete),
    /// An error occurred while streaming; the stream may end after it.
    Error(ErrorEvent),
    /// The last event of a stream.
    Done(DoneEvent),
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize for AssistantStreamEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ThreadCreated(payload) => payload.serialize(serializer),
            Self::ThreadRunCreated(payload) => payload.serialize(serializer),
            Self::ThreadRunQueued(payload) => payload.serialize(serializer),
            Self::ThreadRunInProgress(payload) => payload.serialize(serializer),
            Self::ThreadRunRequiresAction(payload) => payload.serialize(serializer),
            Self::ThreadRunCompleted(payload) => payload.serialize(serializer),
            Self::ThreadRunIncomplete(payload) => payload.serialize(serializer),
            Self::ThreadRunFailed(payload) => payload.serialize(serializer),
            Self::ThreadRunCancelling(payload) => payload.serialize(serializer),
            Self::ThreadRunCancelled(payload) => payload.serialize(serializer),
            Self::ThreadRunExpired(payload) => payload.serialize(serializer),
            Self::ThreadRunStepCreated(payload) => payload.serialize(serializer),
            Self::ThreadRunStepInProgress(payload) => payload.serialize(serializer),
            Self::ThreadRunStepDelta(payload) => payload.serialize(serializer),
            Self::ThreadRunStepCompleted(payload) => payload.serialize(serializer),
            Self::ThreadRunStepFailed(payload) => payload.serialize(serializer),
            Self::ThreadRunStepCancelled(payload) => payload.serialize(serializer),
            Self::ThreadRunStepExpired(payload) => payload.serialize(serializer),
            Self::ThreadMessageCreated(payload) => payload.serialize(serializer),
            Self::ThreadMessageInProgress(payload) => payload.serialize(serializer),
            Self::ThreadMessageDelta(payload) => payload.serialize(serializer),
            Self::ThreadMessageCompleted(payload) => payload.serialize(serializer),
            Self::ThreadMessageIncomplete(payload) => payload.serialize(serializer),
            Self::Error(payload) => payload.serialize(serializer),
            Self::Done(payload) => payload.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for AssistantStreamEvent {
    const TAG: &'static str = "event";

    const EXPECTING: &'static str = "a AssistantStreamEvent object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "thread.created" => {
                <AssistantStreamEventThreadCreated as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadCreated)
            }
            "thread.run.created" => {
                <AssistantStreamEventThreadRunCreated as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadRunCreated)
            }
            "thread.run.queued" => {
                <AssistantStreamEventThreadRunQueued as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadRunQueued)
            }
            "thread.run.in_progress" => {
                <AssistantStreamEventThreadRunInProgress as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadRunInProgress)
            }
            "thread.run.requires_action" => {
                <AssistantStreamEventThreadRunRequiresAction as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadRunRequiresAction)
            }
            "thread.run.completed" => {
                <AssistantStreamEventThreadRunCompleted as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadRunCompleted)
            }
            "thread.run.incomplete" => {
                <AssistantStreamEventThreadRunIncomplete as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadRunIncomplete)
            }
            "thread.run.failed" => {
                <AssistantStreamEventThreadRunFailed as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadRunFailed)
            }
            "thread.run.cancelling" => {
                <AssistantStreamEventThreadRunCancelling as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadRunCancelling)
            }
            "thread.run.cancelled" => {
                <AssistantStreamEventThreadRunCancelled as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadRunCancelled)
            }
            "thread.run.expired" => {
                <AssistantStreamEventThreadRunExpired as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadRunExpired)
            }
            "thread.run.step.created" => {
                <AssistantStreamEventThreadRunStepCreated as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadRunStepCreated)
            }
            "thread.run.step.in_progress" => {
                <AssistantStreamEventThreadRunStepInProgress as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadRunStepInProgress)
            }
            "thread.run.step.delta" => {
                <AssistantStreamEventThreadRunStepDelta as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadRunStepDelta)
            }
            "thread.run.step.completed" => {
                <AssistantStreamEventThreadRunStepCompleted as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadRunStepCompleted)
            }
            "thread.run.step.failed" => {
                <AssistantStreamEventThreadRunStepFailed as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadRunStepFailed)
            }
            "thread.run.step.cancelled" => {
                <AssistantStreamEventThreadRunStepCancelled as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadRunStepCancelled)
            }
            "thread.run.step.expired" => {
                <AssistantStreamEventThreadRunStepExpired as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadRunStepExpired)
            }
            "thread.message.created" => {
                <AssistantStreamEventThreadMessageCreated as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadMessageCreated)
            }
            "thread.message.in_progress" => {
                <AssistantStreamEventThreadMessageInProgress as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadMessageInProgress)
            }
            "thread.message.delta" => {
                <AssistantStreamEventThreadMessageDelta as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadMessageDelta)
            }
            "thread.message.completed" => {
                <AssistantStreamEventThreadMessageCompleted as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadMessageCompleted)
            }
            "thread.message.incomplete" => {
                <AssistantStreamEventThreadMessageIncomplete as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ThreadMessageIncomplete)
            }
            "error" => {
                <ErrorEvent as crate::fields::Object>::from_map(rest).map(Self::Error)
            }
            "done" => {
                <DoneEvent as crate::fields::Object>::from_map(rest).map(Self::Done)
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        match crate::support::tag_of(raw, "event").as_deref() {
            Some("thread.created") => {
                return crate::support::decode(raw).map(Self::ThreadCreated);
            }
            Some("thread.run.created") => {
                return crate::support::decode(raw).map(Self::ThreadRunCreated);
            }
            Some("thread.run.queued") => {
                return crate::support::decode(raw).map(Self::ThreadRunQueued);
            }
            Some("thread.run.in_progress") => {
                return crate::support::decode(raw).map(Self::ThreadRunInProgress);
            }
            Some("thread.run.requires_action") => {
                return crate::support::decode(raw).map(Self::ThreadRunRequiresAction);
            }
            Some("thread.run.completed") => {
                return crate::support::decode(raw).map(Self::ThreadRunCompleted);
            }
            Some("thread.run.incomplete") => {
                return crate::support::decode(raw).map(Self::ThreadRunIncomplete);
            }
            Some("thread.run.failed") => {
                return crate::support::decode(raw).map(Self::ThreadRunFailed);
            }
            Some("thread.run.cancelling") => {
                return crate::support::decode(raw).map(Self::ThreadRunCancelling);
            }
            Some("thread.run.cancelled") => {
                return crate::support::decode(raw).map(Self::ThreadRunCancelled);
            }
            Some("thread.run.expired") => {
                return crate::support::decode(raw).map(Self::ThreadRunExpired);
            }
            Some("thread.run.step.created") => {
                return crate::support::decode(raw).map(Self::ThreadRunStepCreated);
            }
            Some("thread.run.step.in_progress") => {
                return crate::support::decode(raw).map(Self::ThreadRunStepInProgress);
            }
            Some("thread.run.step.delta") => {
                return crate::support::decode(raw).map(Self::ThreadRunStepDelta);
            }
            Some("thread.run.step.completed") => {
                return crate::support::decode(raw).map(Self::ThreadRunStepCompleted);
            }
            Some("thread.run.step.failed") => {
                return crate::support::decode(raw).map(Self::ThreadRunStepFailed);
            }
            Some("thread.run.step.cancelled") => {
                return crate::support::decode(raw).map(Self::ThreadRunStepCancelled);
            }
            Some("thread.run.step.expired") => {
                return crate::support::decode(raw).map(Self::ThreadRunStepExpired);
            }
            Some("thread.message.created") => {
                return crate::support::decode(raw).map(Self::ThreadMessageCreated);
            }
            Some("thread.message.in_progress") => {
                return crate::support::decode(raw).map(Self::ThreadMessageInProgress);
            }
            Some("thread.message.delta") => {
                return crate::support::decode(raw).map(Self::ThreadMessageDelta);
            }
            Some("thread.message.completed") => {
                return crate::support::decode(raw).map(Self::ThreadMessageCompleted);
            }
            Some("thread.message.incomplete") => {
                return crate::support::decode(raw).map(Self::ThreadMessageIncomplete);
            }
            Some("error") => return crate::support::decode(raw).map(Self::Error),
            Some("done") => return crate::support::decode(raw).map(Self::Done),
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }
}

impl<'de> serde::Deserialize<'de> for AssistantStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for AssistantStreamEvent {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

impl From<AssistantStreamEventThreadCreated> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadCreated) -> Self {
        Self::ThreadCreated(value)
    }
}

impl From<AssistantStreamEventThreadRunCreated> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunCreated) -> Self {
        Self::ThreadRunCreated(value)
    }
}

impl From<AssistantStreamEventThreadRunQueued> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunQueued) -> Self {
        Self::ThreadRunQueued(value)
    }
}

impl From<AssistantStreamEventThreadRunInProgress> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunInProgress) -> Self {
        Self::ThreadRunInProgress(value)
    }
}

impl From<AssistantStreamEventThreadRunRequiresAction> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunRequiresAction) -> Self {
        Self::ThreadRunRequiresAction(value)
    }
}

impl From<AssistantStreamEventThreadRunCompleted> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunCompleted) -> Self {
        Self::ThreadRunCompleted(value)
    }
}

impl From<AssistantStreamEventThreadRunIncomplete> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunIncomplete) -> Self {
        Self::ThreadRunIncomplete(value)
    }
}

impl From<AssistantStreamEventThreadRunFailed> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunFailed) -> Self {
        Self::ThreadRunFailed(value)
    }
}

impl From<AssistantStreamEventThreadRunCancelling> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunCancelling) -> Self {
        Self::ThreadRunCancelling(value)
    }
}

impl From<AssistantStreamEventThreadRunCancelled> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunCancelled) -> Self {
        Self::ThreadRunCancelled(value)
    }
}

impl From<AssistantStreamEventThreadRunExpired> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunExpired) -> Self {
        Self::ThreadRunExpired(value)
    }
}

impl From<AssistantStreamEventThreadRunStepCreated> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunStepCreated) -> Self {
        Self::ThreadRunStepCreated(value)
    }
}

impl From<AssistantStreamEventThreadRunStepInProgress> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunStepInProgress) -> Self {
        Self::ThreadRunStepInProgress(value)
    }
}

impl From<AssistantStreamEventThreadRunStepDelta> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunStepDelta) -> Self {
        Self::ThreadRunStepDelta(value)
    }
}

impl From<AssistantStreamEventThreadRunStepCompleted> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunStepCompleted) -> Self {
        Self::ThreadRunStepCompleted(value)
    }
}

impl From<AssistantStreamEventThreadRunStepFailed> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunStepFailed) -> Self {
        Self::ThreadRunStepFailed(value)
    }
}

impl From<AssistantStreamEventThreadRunStepCancelled> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunStepCancelled) -> Self {
        Self::ThreadRunStepCancelled(value)
    }
}

impl From<AssistantStreamEventThreadRunStepExpired> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunStepExpired) -> Self {
        Self::ThreadRunStepExpired(value)
    }
}

impl From<AssistantStreamEventThreadMessageCreated> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadMessageCreated) -> Self {
        Self::ThreadMessageCreated(value)
    }
}

impl From<AssistantStreamEventThreadMessageInProgress> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadMessageInProgress) -> Self {
        Self::ThreadMessageInProgress(value)
    }
}

impl From<AssistantStreamEventThreadMessageDelta> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadMessageDelta) -> Self {
        Self::ThreadMessageDelta(value)
    }
}

impl From<AssistantStreamEventThreadMessageCompleted> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadMessageCompleted) -> Self {
        Self::ThreadMessageCompleted(value)
    }
}

impl From<AssistantStreamEventThreadMessageIncomplete> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadMessageIncomplete) -> Self {
        Self::ThreadMessageIncomplete(value)
    }
}

impl From<ErrorEvent> for AssistantStreamEvent {
    fn from(value: ErrorEvent) -> Self {
        Self::Error(value)
    }
}

impl From<DoneEvent> for AssistantStreamEvent {
    fn from(value: DoneEvent) -> Self {
        Self::Done(value)
    }
}

/// A thread was created.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantStreamEventThreadCreated::new(..)`, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AssistantStreamEventThreadCreated {
    /// Always `thread.created`.
    pub event: AssistantStreamEventThreadCreatedEvent,
    pub data: ThreadObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadCreated {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadCreated);

impl crate::fields::Object for AssistantStreamEventThreadCreated {
    const NAME: &'static str = "AssistantStreamEventThreadCreated";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: extra.required_or_default(field_data, "data"),
            extra,
        })
    }
}

/// Always `thread.created`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadCreatedEvent::ThreadCreated => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadCreatedEvent {
    /// `thread.created`
    #[default]
    ThreadCreated,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadCreatedEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadCreated => "thread.created",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadCreatedEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.created" => Self::ThreadCreated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadCreatedEvent);

/// A message was finished.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `AssistantStreamEventThreadMessageCompleted::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadMessageCompleted {
    /// Always `thread.message.completed`.
    pub event: AssistantStreamEventThreadMessageCompletedEvent,
    pub data: MessageObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadMessageCompleted {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadMessageCompleted);

impl crate::fields::Object for AssistantStreamEventThreadMessageCompleted {
    const NAME: &'static str = "AssistantStreamEventThreadMessageCompleted";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.message.completed`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadMessageCompletedEvent::ThreadMessageCompleted => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadMessageCompletedEvent {
    /// `thread.message.completed`
    #[default]
    ThreadMessageCompleted,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadMessageCompletedEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadMessageCompleted => "thread.message.completed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadMessageCompletedEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.message.completed" => Self::ThreadMessageCompleted,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadMessageCompletedEvent);

/// A message was created.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantStreamEventThreadMessageCreated::new(..)`,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadMessageCreated {
    /// Always `thread.message.created`.
    pub event: AssistantStreamEventThreadMessageCreatedEvent,
    pub data: MessageObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadMessageCreated {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadMessageCreated);

impl crate::fields::Object for AssistantStreamEventThreadMessageCreated {
    const NAME: &'static str = "AssistantStreamEventThreadMessageCreated";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.message.created`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadMessageCreatedEvent::ThreadMessageCreated => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadMessageCreatedEvent {
    /// `thread.message.created`
    #[default]
    ThreadMessageCreated,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadMessageCreatedEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadMessageCreated => "thread.message.created",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadMessageCreatedEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.message.created" => Self::ThreadMessageCreated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadMessageCreatedEvent);

/// Part of a message changed.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantStreamEventThreadMessageDelta::new(..)`,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AssistantStreamEventThreadMessageDelta {
    /// Always `thread.message.delta`.
    pub event: AssistantStreamEventThreadMessageDeltaEvent,
    pub data: MessageDeltaObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadMessageDelta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadMessageDelta);

impl crate::fields::Object for AssistantStreamEventThreadMessageDelta {
    const NAME: &'static str = "AssistantStreamEventThreadMessageDelta";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: extra.required_or_default(field_data, "data"),
            extra,
        })
    }
}

/// Always `thread.message.delta`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadMessageDeltaEvent::ThreadMessageDelta => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadMessageDeltaEvent {
    /// `thread.message.delta`
    #[default]
    ThreadMessageDelta,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadMessageDeltaEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadMessageDelta => "thread.message.delta",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadMessageDeltaEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.message.delta" => Self::ThreadMessageDelta,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadMessageDeltaEvent);

/// A message is being written.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `AssistantStreamEventThreadMessageInProgress::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadMessageInProgress {
    /// Always `thread.message.in_progress`.
    pub event: AssistantStreamEventThreadMessageInProgressEvent,
    pub data: MessageObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadMessageInProgress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadMessageInProgress);

impl crate::fields::Object for AssistantStreamEventThreadMessageInProgress {
    const NAME: &'static str = "AssistantStreamEventThreadMessageInProgress";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.message.in_progress`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadMessageInProgressEvent::ThreadMessageInProgress => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadMessageInProgressEvent {
    /// `thread.message.in_progress`
    #[default]
    ThreadMessageInProgress,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadMessageInProgressEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadMessageInProgress => "thread.message.in_progress",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadMessageInProgressEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.message.in_progress" => Self::ThreadMessageInProgress,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadMessageInProgressEvent);

/// A message ended before it was finished.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `AssistantStreamEventThreadMessageIncomplete::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadMessageIncomplete {
    /// Always `thread.message.incomplete`.
    pub event: AssistantStreamEventThreadMessageIncompleteEvent,
    pub data: MessageObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadMessageIncomplete {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadMessageIncomplete);

impl crate::fields::Object for AssistantStreamEventThreadMessageIncomplete {
    const NAME: &'static str = "AssistantStreamEventThreadMessageIncomplete";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.message.incomplete`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadMessageIncompleteEvent::ThreadMessageIncomplete => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadMessageIncompleteEvent {
    /// `thread.message.incomplete`
    #[default]
    ThreadMessageIncomplete,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadMessageIncompleteEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadMessageIncomplete => "thread.message.incomplete",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadMessageIncompleteEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.message.incomplete" => Self::ThreadMessageIncomplete,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadMessageIncompleteEvent);

/// The run was cancelled.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantStreamEventThreadRunCancelled::new(..)`,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadRunCancelled {
    /// Always `thread.run.cancelled`.
    pub event: AssistantStreamEventThreadRunCancelledEvent,
    pub data: RunObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadRunCancelled {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadRunCancelled);

impl crate::fields::Object for AssistantStreamEventThreadRunCancelled {
    const NAME: &'static str = "AssistantStreamEventThreadRunCancelled";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.run.cancelled`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadRunCancelledEvent::ThreadRunCancelled => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadRunCancelledEvent {
    /// `thread.run.cancelled`
    #[default]
    ThreadRunCancelled,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadRunCancelledEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunCancelled => "thread.run.cancelled",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadRunCancelledEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.cancelled" => Self::ThreadRunCancelled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadRunCancelledEvent);

/// The run is being cancelled.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantStreamEventThreadRunCancelling::new(..)`,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadRunCancelling {
    /// Always `thread.run.cancelling`.
    pub event: AssistantStreamEventThreadRunCancellingEvent,
    pub data: RunObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadRunCancelling {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadRunCancelling);

impl crate::fields::Object for AssistantStreamEventThreadRunCancelling {
    const NAME: &'static str = "AssistantStreamEventThreadRunCancelling";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.run.cancelling`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadRunCancellingEvent::ThreadRunCancelling => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadRunCancellingEvent {
    /// `thread.run.cancelling`
    #[default]
    ThreadRunCancelling,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadRunCancellingEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunCancelling => "thread.run.cancelling",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadRunCancellingEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.cancelling" => Self::ThreadRunCancelling,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadRunCancellingEvent);

/// The run finished successfully.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantStreamEventThreadRunCompleted::new(..)`,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadRunCompleted {
    /// Always `thread.run.completed`.
    pub event: AssistantStreamEventThreadRunCompletedEvent,
    pub data: RunObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadRunCompleted {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadRunCompleted);

impl crate::fields::Object for AssistantStreamEventThreadRunCompleted {
    const NAME: &'static str = "AssistantStreamEventThreadRunCompleted";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.run.completed`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadRunCompletedEvent::ThreadRunCompleted => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadRunCompletedEvent {
    /// `thread.run.completed`
    #[default]
    ThreadRunCompleted,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadRunCompletedEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunCompleted => "thread.run.completed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadRunCompletedEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.completed" => Self::ThreadRunCompleted,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadRunCompletedEvent);

/// The run was created.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantStreamEventThreadRunCreated::new(..)`, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadRunCreated {
    /// Always `thread.run.created`.
    pub event: AssistantStreamEventThreadRunCreatedEvent,
    pub data: RunObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadRunCreated {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadRunCreated);

impl crate::fields::Object for AssistantStreamEventThreadRunCreated {
    const NAME: &'static str = "AssistantStreamEventThreadRunCreated";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.run.created`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadRunCreatedEvent::ThreadRunCreated => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadRunCreatedEvent {
    /// `thread.run.created`
    #[default]
    ThreadRunCreated,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadRunCreatedEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunCreated => "thread.run.created",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadRunCreatedEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.created" => Self::ThreadRunCreated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadRunCreatedEvent);

/// The run expired before finishing.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantStreamEventThreadRunExpired::new(..)`, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadRunExpired {
    /// Always `thread.run.expired`.
    pub event: AssistantStreamEventThreadRunExpiredEvent,
    pub data: RunObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadRunExpired {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadRunExpired);

impl crate::fields::Object for AssistantStreamEventThreadRunExpired {
    const NAME: &'static str = "AssistantStreamEventThreadRunExpired";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.run.expired`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadRunExpiredEvent::ThreadRunExpired => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadRunExpiredEvent {
    /// `thread.run.expired`
    #[default]
    ThreadRunExpired,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadRunExpiredEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunExpired => "thread.run.expired",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadRunExpiredEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.expired" => Self::ThreadRunExpired,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadRunExpiredEvent);

/// The run failed.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantStreamEventThreadRunFailed::new(..)`, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadRunFailed {
    /// Always `thread.run.failed`.
    pub event: AssistantStreamEventThreadRunFailedEvent,
    pub data: RunObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadRunFailed {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadRunFailed);

impl crate::fields::Object for AssistantStreamEventThreadRunFailed {
    const NAME: &'static str = "AssistantStreamEventThreadRunFailed";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.run.failed`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadRunFailedEvent::ThreadRunFailed => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadRunFailedEvent {
    /// `thread.run.failed`
    #[default]
    ThreadRunFailed,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadRunFailedEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunFailed => "thread.run.failed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadRunFailedEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.failed" => Self::ThreadRunFailed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadRunFailedEvent);

/// The run is executing.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantStreamEventThreadRunInProgress::new(..)`,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadRunInProgress {
    /// Always `thread.run.in_progress`.
    pub event: AssistantStreamEventThreadRunInProgressEvent,
    pub data: RunObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadRunInProgress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadRunInProgress);

impl crate::fields::Object for AssistantStreamEventThreadRunInProgress {
    const NAME: &'static str = "AssistantStreamEventThreadRunInProgress";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.run.in_progress`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadRunInProgressEvent::ThreadRunInProgress => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadRunInProgressEvent {
    /// `thread.run.in_progress`
    #[default]
    ThreadRunInProgress,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadRunInProgressEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunInProgress => "thread.run.in_progress",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadRunInProgressEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.in_progress" => Self::ThreadRunInProgress,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadRunInProgressEvent);

/// The run stopped early because a token budget ran out.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantStreamEventThreadRunIncomplete::new(..)`,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadRunIncomplete {
    /// Always `thread.run.incomplete`.
    pub event: AssistantStreamEventThreadRunIncompleteEvent,
    pub data: RunObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadRunIncomplete {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadRunIncomplete);

impl crate::fields::Object for AssistantStreamEventThreadRunIncomplete {
    const NAME: &'static str = "AssistantStreamEventThreadRunIncomplete";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.run.incomplete`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadRunIncompleteEvent::ThreadRunIncomplete => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadRunIncompleteEvent {
    /// `thread.run.incomplete`
    #[default]
    ThreadRunIncomplete,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadRunIncompleteEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunIncomplete => "thread.run.incomplete",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadRunIncompleteEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.incomplete" => Self::ThreadRunIncomplete,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadRunIncompleteEvent);

/// The run is waiting to start.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantStreamEventThreadRunQueued::new(..)`, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadRunQueued {
    /// Always `thread.run.queued`.
    pub event: AssistantStreamEventThreadRunQueuedEvent,
    pub data: RunObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadRunQueued {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadRunQueued);

impl crate::fields::Object for AssistantStreamEventThreadRunQueued {
    const NAME: &'static str = "AssistantStreamEventThreadRunQueued";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.run.queued`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadRunQueuedEvent::ThreadRunQueued => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadRunQueuedEvent {
    /// `thread.run.queued`
    #[default]
    ThreadRunQueued,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadRunQueuedEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunQueued => "thread.run.queued",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadRunQueuedEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.queued" => Self::ThreadRunQueued,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadRunQueuedEvent);

/// The run is waiting for tool outputs.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `AssistantStreamEventThreadRunRequiresAction::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadRunRequiresAction {
    /// Always `thread.run.requires_action`.
    pub event: AssistantStreamEventThreadRunRequiresActionEvent,
    pub data: RunObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadRunRequiresAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadRunRequiresAction);

impl crate::fields::Object for AssistantStreamEventThreadRunRequiresAction {
    const NAME: &'static str = "AssistantStreamEventThreadRunRequiresAction";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.run.requires_action`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadRunRequiresActionEvent::ThreadRunRequiresAction => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadRunRequiresActionEvent {
    /// `thread.run.requires_action`
    #[default]
    ThreadRunRequiresAction,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadRunRequiresActionEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunRequiresAction => "thread.run.requires_action",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadRunRequiresActionEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.requires_action" => Self::ThreadRunRequiresAction,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadRunRequiresActionEvent);

/// A step was cancelled.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `AssistantStreamEventThreadRunStepCancelled::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadRunStepCancelled {
    /// Always `thread.run.step.cancelled`.
    pub event: AssistantStreamEventThreadRunStepCancelledEvent,
    pub data: RunStepObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadRunStepCancelled {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadRunStepCancelled);

impl crate::fields::Object for AssistantStreamEventThreadRunStepCancelled {
    const NAME: &'static str = "AssistantStreamEventThreadRunStepCancelled";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.run.step.cancelled`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadRunStepCancelledEvent::ThreadRunStepCancelled => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadRunStepCancelledEvent {
    /// `thread.run.step.cancelled`
    #[default]
    ThreadRunStepCancelled,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadRunStepCancelledEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunStepCancelled => "thread.run.step.cancelled",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadRunStepCancelledEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.step.cancelled" => Self::ThreadRunStepCancelled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadRunStepCancelledEvent);

/// A step finished.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `AssistantStreamEventThreadRunStepCompleted::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadRunStepCompleted {
    /// Always `thread.run.step.completed`.
    pub event: AssistantStreamEventThreadRunStepCompletedEvent,
    pub data: RunStepObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadRunStepCompleted {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadRunStepCompleted);

impl crate::fields::Object for AssistantStreamEventThreadRunStepCompleted {
    const NAME: &'static str = "AssistantStreamEventThreadRunStepCompleted";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.run.step.completed`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadRunStepCompletedEvent::ThreadRunStepCompleted => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadRunStepCompletedEvent {
    /// `thread.run.step.completed`
    #[default]
    ThreadRunStepCompleted,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadRunStepCompletedEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunStepCompleted => "thread.run.step.completed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadRunStepCompletedEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.step.completed" => Self::ThreadRunStepCompleted,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadRunStepCompletedEvent);

/// A step was created.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantStreamEventThreadRunStepCreated::new(..)`,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadRunStepCreated {
    /// Always `thread.run.step.created`.
    pub event: AssistantStreamEventThreadRunStepCreatedEvent,
    pub data: RunStepObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadRunStepCreated {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadRunStepCreated);

impl crate::fields::Object for AssistantStreamEventThreadRunStepCreated {
    const NAME: &'static str = "AssistantStreamEventThreadRunStepCreated";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.run.step.created`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadRunStepCreatedEvent::ThreadRunStepCreated => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadRunStepCreatedEvent {
    /// `thread.run.step.created`
    #[default]
    ThreadRunStepCreated,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadRunStepCreatedEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunStepCreated => "thread.run.step.created",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadRunStepCreatedEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.step.created" => Self::ThreadRunStepCreated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadRunStepCreatedEvent);

/// Part of a step changed.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantStreamEventThreadRunStepDelta::new(..)`,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AssistantStreamEventThreadRunStepDelta {
    /// Always `thread.run.step.delta`.
    pub event: AssistantStreamEventThreadRunStepDeltaEvent,
    pub data: RunStepDeltaObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadRunStepDelta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadRunStepDelta);

impl crate::fields::Object for AssistantStreamEventThreadRunStepDelta {
    const NAME: &'static str = "AssistantStreamEventThreadRunStepDelta";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: extra.required_or_default(field_data, "data"),
            extra,
        })
    }
}

/// Always `thread.run.step.delta`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadRunStepDeltaEvent::ThreadRunStepDelta => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadRunStepDeltaEvent {
    /// `thread.run.step.delta`
    #[default]
    ThreadRunStepDelta,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadRunStepDeltaEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunStepDelta => "thread.run.step.delta",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadRunStepDeltaEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.step.delta" => Self::ThreadRunStepDelta,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadRunStepDeltaEvent);

/// A step expired.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantStreamEventThreadRunStepExpired::new(..)`,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadRunStepExpired {
    /// Always `thread.run.step.expired`.
    pub event: AssistantStreamEventThreadRunStepExpiredEvent,
    pub data: RunStepObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadRunStepExpired {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadRunStepExpired);

impl crate::fields::Object for AssistantStreamEventThreadRunStepExpired {
    const NAME: &'static str = "AssistantStreamEventThreadRunStepExpired";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.run.step.expired`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadRunStepExpiredEvent::ThreadRunStepExpired => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadRunStepExpiredEvent {
    /// `thread.run.step.expired`
    #[default]
    ThreadRunStepExpired,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadRunStepExpiredEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunStepExpired => "thread.run.step.expired",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadRunStepExpiredEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.step.expired" => Self::ThreadRunStepExpired,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadRunStepExpiredEvent);

/// A step failed.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantStreamEventThreadRunStepFailed::new(..)`,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadRunStepFailed {
    /// Always `thread.run.step.failed`.
    pub event: AssistantStreamEventThreadRunStepFailedEvent,
    pub data: RunStepObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadRunStepFailed {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadRunStepFailed);

impl crate::fields::Object for AssistantStreamEventThreadRunStepFailed {
    const NAME: &'static str = "AssistantStreamEventThreadRunStepFailed";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.run.step.failed`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadRunStepFailedEvent::ThreadRunStepFailed => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadRunStepFailedEvent {
    /// `thread.run.step.failed`
    #[default]
    ThreadRunStepFailed,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadRunStepFailedEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunStepFailed => "thread.run.step.failed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadRunStepFailedEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.step.failed" => Self::ThreadRunStepFailed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadRunStepFailedEvent);

/// A step is executing.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `AssistantStreamEventThreadRunStepInProgress::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct AssistantStreamEventThreadRunStepInProgress {
    /// Always `thread.run.step.in_progress`.
    pub event: AssistantStreamEventThreadRunStepInProgressEvent,
    pub data: RunStepObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantStreamEventThreadRunStepInProgress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantStreamEventThreadRunStepInProgress);

impl crate::fields::Object for AssistantStreamEventThreadRunStepInProgress {
    const NAME: &'static str = "AssistantStreamEventThreadRunStepInProgress";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: crate::fields::required(field_data, "data", Self::NAME)?,
            extra,
        })
    }
}

/// Always `thread.run.step.in_progress`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantStreamEventThreadRunStepInProgressEvent::ThreadRunStepInProgress => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantStreamEventThreadRunStepInProgressEvent {
    /// `thread.run.step.in_progress`
    #[default]
    ThreadRunStepInProgress,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantStreamEventThreadRunStepInProgressEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunStepInProgress => "thread.run.step.in_progress",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantStreamEventThreadRunStepInProgressEvent {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.step.in_progress" => Self::ThreadRunStepInProgress,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantStreamEventThreadRunStepInProgressEvent);

/// One tool the assistant may use during a run.
///
/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum AssistantTools {
    /// The code interpreter tool.
    CodeInterpreter,
    /// The file search tool, with optional tuning.
    FileSearch(AssistantToolsFileSearch),
    /// A function defined by the caller that the model may ask to call.
    Function(AssistantToolsFunction),
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize for AssistantTools {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        #[serde(tag = "type")]
        enum TaggedRepr {
            #[serde(rename = "code_interpreter")]
            CodeInterpreter,
        }
        match self {
            Self::CodeInterpreter => TaggedRepr::CodeInterpreter.serialize(serializer),
            Self::FileSearch(payload) => payload.serialize(serializer),
            Self::Function(payload) => payload.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for AssistantTools {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a AssistantTools object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "code_interpreter" => {
                Ok(
                    match crate::support::tag_only(rest)? {
                        None => Self::CodeInterpreter,
                        Some(object) => Self::Unknown(object),
                    },
                )
            }
            "file_search" => {
                <AssistantToolsFileSearch as crate::fields::Object>::from_map(rest)
                    .map(Self::FileSearch)
            }
            "function" => {
                <AssistantToolsFunction as crate::fields::Object>::from_map(rest)
                    .map(Self::Function)
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        match crate::support::tag_of(raw, "type").as_deref() {
            Some("code_interpreter") => {
                return Ok(
                    match crate::support::entry_count(raw) {
                        0 | 1 => Self::CodeInterpreter,
                        _ => Self::Unknown(crate::support::decode(raw)?),
                    },
                );
            }
            Some("file_search") => {
                return crate::support::decode(raw).map(Self::FileSearch);
            }
            Some("function") => return crate::support::decode(raw).map(Self::Function),
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }
}

impl<'de> serde::Deserialize<'de> for AssistantTools {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for AssistantTools {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

impl From<AssistantToolsFileSearch> for AssistantTools {
    fn from(value: AssistantToolsFileSearch) -> Self {
        Self::FileSearch(value)
    }
}

impl From<AssistantToolsFunction> for AssistantTools {
    fn from(value: AssistantToolsFunction) -> Self {
        Self::Function(value)
    }
}

/// The file search tool, with optional tuning.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantToolsFileSearch::default()` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AssistantToolsFileSearch {
    /// Always `file_search`.
    pub r#type: AssistantToolsFileSearchType,
    /// Optional settings that override the file search defaults.
    pub file_search: Option<AssistantToolsFileSearchFileSearch>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantToolsFileSearch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.optional("file_search", &self.file_search);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantToolsFileSearch);

impl crate::fields::Object for AssistantToolsFileSearch {
    const NAME: &'static str = "AssistantToolsFileSearch";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_file_search = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "file_search" => map.read(&mut field_file_search),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            file_search: field_file_search,
            extra,
        })
    }
}

/// Optional settings that override the file search defaults.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantToolsFileSearchFileSearch::default()` and
/// the setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its
/// fields are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AssistantToolsFileSearchFileSearch {
    /// Upper bound on the results the tool returns (1 to 50; by default 20 for gpt-4* models and 5 for gpt-3.5-turbo). It may return fewer.
    ///
    /// Value: at least 1, at most 50.
    pub max_num_results: Option<i64>,
    pub ranking_options: Option<FileSearchRankingOptions>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantToolsFileSearchFileSearch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("max_num_results", &self.max_num_results);
        object.optional("ranking_options", &self.ranking_options);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantToolsFileSearchFileSearch);

impl crate::fields::Object for AssistantToolsFileSearchFileSearch {
    const NAME: &'static str = "AssistantToolsFileSearchFileSearch";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_max_num_results = None;
        let mut field_ranking_options = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "max_num_results" => map.read(&mut field_max_num_results),
                "ranking_options" => map.read(&mut field_ranking_options),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            max_num_results: field_max_num_results,
            ranking_options: field_ranking_options,
            extra,
        })
    }
}

/// Always `file_search`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantToolsFileSearchType::FileSearch => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantToolsFileSearchType {
    /// `file_search`
    #[default]
    FileSearch,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantToolsFileSearchType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileSearch => "file_search",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantToolsFileSearchType {
    fn from(value: &str) -> Self {
        match value {
            "file_search" => Self::FileSearch,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantToolsFileSearchType);

/// A function defined by the caller that the model may ask to call.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantToolsFunction::new(..)`, or decoded from
/// JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read and
/// to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AssistantToolsFunction {
    /// Always `function`.
    pub r#type: AssistantToolsFunctionType,
    pub function: FunctionObject,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantToolsFunction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.required("function", &self.function);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantToolsFunction);

impl crate::fields::Object for AssistantToolsFunction {
    const NAME: &'static str = "AssistantToolsFunction";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_function = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "function" => map.read_some(&mut field_function),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            function: extra.required_or_default(field_function, "function"),
            extra,
        })
    }
}

/// Always `function`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantToolsFunctionType::Function => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantToolsFunctionType {
    /// `function`
    #[default]
    Function,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantToolsFunctionType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Function => "function",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantToolsFunctionType {
    fn from(value: &str) -> Self {
        match value {
            "function" => Self::Function,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantToolsFunctionType);

/// Output format the model must produce: `auto` (the default), plain text, JSON mode, or Structured Outputs with a JSON schema. With JSON mode the prompt itself must also ask for JSON.
///
/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum AssistantsApiResponseFormatOption {
    /// The string `auto`.
    Auto,
    /// Plain text output (the default response format).
    Text,
    /// JSON mode: the output is a valid JSON object. Older than `json_schema`, which is preferred where supported.
    JsonObject,
    /// Structured Outputs - the output conforms to a supplied JSON schema.
    JsonSchema(ResponseFormatJsonSchema),
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize for AssistantsApiResponseFormatOption {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        #[serde(tag = "type")]
        enum TaggedRepr {
            #[serde(rename = "text")]
            Text,
            #[serde(rename = "json_object")]
            JsonObject,
        }
        match self {
            Self::Auto => serializer.serialize_str("auto"),
            Self::Text => TaggedRepr::Text.serialize(serializer),
            Self::JsonObject => TaggedRepr::JsonObject.serialize(serializer),
            Self::JsonSchema(payload) => payload.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for AssistantsApiResponseFormatOption {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a AssistantsApiResponseFormatOption object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "text" => {
                Ok(
                    match crate::support::tag_only(rest)? {
                        None => Self::Text,
                        Some(object) => Self::Unknown(object),
                    },
                )
            }
            "json_object" => {
                Ok(
                    match crate::support::tag_only(rest)? {
                        None => Self::JsonObject,
                        Some(object) => Self::Unknown(object),
                    },
                )
            }
            "json_schema" => {
                <ResponseFormatJsonSchema as crate::fields::Object>::from_map(rest)
                    .map(Self::JsonSchema)
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        if crate::support::string_of(raw).as_deref() == Some("auto") {
            return Ok(Self::Auto);
        }
        match crate::support::tag_of(raw, "type").as_deref() {
            Some("text") => {
                return Ok(
                    match crate::support::entry_count(raw) {
                        0 | 1 => Self::Text,
                        _ => Self::Unknown(crate::support::decode(raw)?),
                    },
                );
            }
            Some("json_object") => {
                return Ok(
                    match crate::support::entry_count(raw) {
                        0 | 1 => Self::JsonObject,
                        _ => Self::Unknown(crate::support::decode(raw)?),
                    },
                );
            }
            Some("json_schema") => {
                return crate::support::decode(raw).map(Self::JsonSchema);
            }
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }

    fn from_literal(text: &str) -> Option<Self> {
        match text {
            "auto" => Some(Self::Auto),
            _ => None,
        }
    }
}

impl<'de> serde::Deserialize<'de> for AssistantsApiResponseFormatOption {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for AssistantsApiResponseFormatOption {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

impl From<ResponseFormatJsonSchema> for AssistantsApiResponseFormatOption {
    fn from(value: ResponseFormatJsonSchema) -> Self {
        Self::JsonSchema(value)
    }
}

/// Which tool, if any, the model calls: `none` (never, answer with a message), `auto` (the model decides; the default), `required` (at least one tool call), or a named tool to force.
///
/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum AssistantsApiToolChoiceOption {
    /// The string `none`.
    None,
    /// The string `auto`.
    Auto,
    /// The string `required`.
    Required,
    /// Call the named function.
    Function(AssistantsNamedToolChoiceFunction),
    /// Call the code interpreter.
    CodeInterpreter,
    /// Call file search.
    FileSearch,
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize for AssistantsApiToolChoiceOption {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        #[serde(tag = "type")]
        enum TaggedRepr {
            #[serde(rename = "code_interpreter")]
            CodeInterpreter,
            #[serde(rename = "file_search")]
            FileSearch,
        }
        match self {
            Self::None => serializer.serialize_str("none"),
            Self::Auto => serializer.serialize_str("auto"),
            Self::Required => serializer.serialize_str("required"),
            Self::Function(payload) => payload.serialize(serializer),
            Self::CodeInterpreter => TaggedRepr::CodeInterpreter.serialize(serializer),
            Self::FileSearch => TaggedRepr::FileSearch.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for AssistantsApiToolChoiceOption {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a AssistantsApiToolChoiceOption object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "function" => {
                <AssistantsNamedToolChoiceFunction as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::Function)
            }
            "code_interpreter" => {
                Ok(
                    match crate::support::tag_only(rest)? {
                        None => Self::CodeInterpreter,
                        Some(object) => Self::Unknown(object),
                    },
                )
            }
            "file_search" => {
                Ok(
                    match crate::support::tag_only(rest)? {
                        None => Self::FileSearch,
                        Some(object) => Self::Unknown(object),
                    },
                )
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        match crate::support::string_of(raw).as_deref() {
            Some("none") => return Ok(Self::None),
            Some("auto") => return Ok(Self::Auto),
            Some("required") => return Ok(Self::Required),
            _ => {}
        }
        match crate::support::tag_of(raw, "type").as_deref() {
            Some("function") => return crate::support::decode(raw).map(Self::Function),
            Some("code_interpreter") => {
                return Ok(
                    match crate::support::entry_count(raw) {
                        0 | 1 => Self::CodeInterpreter,
                        _ => Self::Unknown(crate::support::decode(raw)?),
                    },
                );
            }
            Some("file_search") => {
                return Ok(
                    match crate::support::entry_count(raw) {
                        0 | 1 => Self::FileSearch,
                        _ => Self::Unknown(crate::support::decode(raw)?),
                    },
                );
            }
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }

    fn from_literal(text: &str) -> Option<Self> {
        match text {
            "none" => Some(Self::None),
            "auto" => Some(Self::Auto),
            "required" => Some(Self::Required),
            _ => None,
        }
    }
}

impl<'de> serde::Deserialize<'de> for AssistantsApiToolChoiceOption {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for AssistantsApiToolChoiceOption {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

impl From<AssistantsNamedToolChoiceFunction> for AssistantsApiToolChoiceOption {
    fn from(value: AssistantsNamedToolChoiceFunction) -> Self {
        Self::Function(value)
    }
}

/// Call the named function.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `AssistantsNamedToolChoiceFunction::new(..)`, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AssistantsNamedToolChoiceFunction {
    /// Always `function`.
    pub r#type: AssistantsNamedToolChoiceFunctionType,
    /// Which function to call.
    pub function: AssistantsNamedToolChoiceFunctionFunction,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantsNamedToolChoiceFunction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.required("function", &self.function);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantsNamedToolChoiceFunction);

impl crate::fields::Object for AssistantsNamedToolChoiceFunction {
    const NAME: &'static str = "AssistantsNamedToolChoiceFunction";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_function = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "function" => map.read_some(&mut field_function),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            function: extra.required_or_default(field_function, "function"),
            extra,
        })
    }
}

/// Which function to call.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `AssistantsNamedToolChoiceFunctionFunction::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AssistantsNamedToolChoiceFunctionFunction {
    /// Name of the function to call.
    pub name: String,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for AssistantsNamedToolChoiceFunctionFunction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("name", &self.name);
        object.end()
    }
}

crate::fields::impl_object_decoding!(AssistantsNamedToolChoiceFunctionFunction);

impl crate::fields::Object for AssistantsNamedToolChoiceFunctionFunction {
    const NAME: &'static str = "AssistantsNamedToolChoiceFunctionFunction";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_name = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "name" => map.read_some(&mut field_name),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            name: extra.required_or_default(field_name, "name"),
            extra,
        })
    }
}

/// Always `function`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     AssistantsNamedToolChoiceFunctionType::Function => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum AssistantsNamedToolChoiceFunctionType {
    /// `function`
    #[default]
    Function,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl AssistantsNamedToolChoiceFunctionType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Function => "function",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AssistantsNamedToolChoiceFunctionType {
    fn from(value: &str) -> Self {
        match value {
            "function" => Self::Function,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(AssistantsNamedToolChoiceFunctionType);

/// How a new vector store splits its files into chunks: `auto`, or `static` with explicit sizes.
///
/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum ChunkingStrategyRequestParam {
    /// Default chunking (currently 800-token chunks overlapping by 400 tokens).
    Auto,
    /// Chunking with explicit sizes.
    Static(StaticChunkingStrategyRequestParam),
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize for ChunkingStrategyRequestParam {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        #[serde(tag = "type")]
        enum TaggedRepr {
            #[serde(rename = "auto")]
            Auto,
        }
        match self {
            Self::Auto => TaggedRepr::Auto.serialize(serializer),
            Self::Static(payload) => payload.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for ChunkingStrategyRequestParam {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a ChunkingStrategyRequestParam object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "auto" => {
                Ok(
                    match crate::support::tag_only(rest)? {
                        None => Self::Auto,
                        Some(object) => Self::Unknown(object),
                    },
                )
            }
            "static" => {
                <StaticChunkingStrategyRequestParam as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::Static)
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        match crate::support::tag_of(raw, "type").as_deref() {
            Some("auto") => {
                return Ok(
                    match crate::support::entry_count(raw) {
                        0 | 1 => Self::Auto,
                        _ => Self::Unknown(crate::support::decode(raw)?),
                    },
                );
            }
            Some("static") => return crate::support::decode(raw).map(Self::Static),
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }
}

impl<'de> serde::Deserialize<'de> for ChunkingStrategyRequestParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for ChunkingStrategyRequestParam {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

impl From<StaticChunkingStrategyRequestParam> for ChunkingStrategyRequestParam {
    fn from(value: StaticChunkingStrategyRequestParam) -> Self {
        Self::Static(value)
    }
}

/// A message to add to a thread.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `CreateMessageRequest::new(..)` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct CreateMessageRequest {
    /// `user` for text written by the end user, `assistant` to insert text as if the assistant had written it.
    pub role: CreateMessageRequestRole,
    /// The message body, as plain text or as a list of text and image parts.
    pub content: CreateMessageRequestContent,
    /// Files attached to the message and the tools that should see them.
    pub attachments: crate::fields::Nullable<Vec<CreateMessageRequestAttachmentsItem>>,
    /// Tags to store on the message.
    pub metadata: crate::fields::Nullable<Metadata>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for CreateMessageRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("role", &self.role);
        object.required("content", &self.content);
        object.nullable("attachments", &self.attachments);
        object.nullable("metadata", &self.metadata);
        object.end()
    }
}

crate::fields::impl_object_decoding!(CreateMessageRequest);

impl crate::fields::Object for CreateMessageRequest {
    const NAME: &'static str = "CreateMessageRequest";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_role = None;
        let mut field_content = None;
        let mut field_attachments = crate::fields::Nullable::Absent;
        let mut field_metadata = crate::fields::Nullable::Absent;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "role" => map.read_some(&mut field_role),
                "content" => map.read_some(&mut field_content),
                "attachments" => map.read(&mut field_attachments),
                "metadata" => map.read(&mut field_metadata),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            role: crate::fields::required(field_role, "role", Self::NAME)?,
            content: crate::fields::required(field_content, "content", Self::NAME)?,
            attachments: field_attachments,
            metadata: field_metadata,
            extra,
        })
    }
}

/// One attached file.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `CreateMessageRequestAttachmentsItem::default()` and
/// the setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its
/// fields are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateMessageRequestAttachmentsItem {
    /// ID of the attached file.
    pub file_id: Option<String>,
    /// Tools the file is made available to.
    pub tools: Option<Vec<CreateMessageRequestAttachmentsItemToolsItem>>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for CreateMessageRequestAttachmentsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("file_id", &self.file_id);
        object.optional("tools", &self.tools);
        object.end()
    }
}

crate::fields::impl_object_decoding!(CreateMessageRequestAttachmentsItem);

impl crate::fields::Object for CreateMessageRequestAttachmentsItem {
    const NAME: &'static str = "CreateMessageRequestAttachmentsItem";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_file_id = None;
        let mut field_tools = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "file_id" => map.read(&mut field_file_id),
                "tools" => map.read(&mut field_tools),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            file_id: field_file_id,
            tools: field_tools,
            extra,
        })
    }
}

/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum CreateMessageRequestAttachmentsItemToolsItem {
    /// The code interpreter tool.
    CodeInterpreter,
    /// The file search tool, named without options (used in message attachments).
    FileSearch,
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize for CreateMessageRequestAttachmentsItemToolsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        #[serde(tag = "type")]
        enum TaggedRepr {
            #[serde(rename = "code_interpreter")]
            CodeInterpreter,
            #[serde(rename = "file_search")]
            FileSearch,
        }
        match self {
            Self::CodeInterpreter => TaggedRepr::CodeInterpreter.serialize(serializer),
            Self::FileSearch => TaggedRepr::FileSearch.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for CreateMessageRequestAttachmentsItemToolsItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a CreateMessageRequestAttachmentsItemToolsItem object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "code_interpreter" => {
                Ok(
                    match crate::support::tag_only(rest)? {
                        None => Self::CodeInterpreter,
                        Some(object) => Self::Unknown(object),
                    },
                )
            }
            "file_search" => {
                Ok(
                    match crate::support::tag_only(rest)? {
                        None => Self::FileSearch,
                        Some(object) => Self::Unknown(object),
                    },
                )
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        match crate::support::tag_of(raw, "type").as_deref() {
            Some("code_interpreter") => {
                return Ok(
                    match crate::support::entry_count(raw) {
                        0 | 1 => Self::CodeInterpreter,
                        _ => Self::Unknown(crate::support::decode(raw)?),
                    },
                );
            }
            Some("file_search") => {
                return Ok(
                    match crate::support::entry_count(raw) {
                        0 | 1 => Self::FileSearch,
                        _ => Self::Unknown(crate::support::decode(raw)?),
                    },
                );
            }
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CreateMessageRequestAttachmentsItemToolsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for CreateMessageRequestAttachmentsItemToolsItem {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

/// The message body, as plain text or as a list of text and image parts.
///
/// A later version of this crate may add variants (members the API adds), so the enum is
/// `#[non_exhaustive]`: end a `match` with a wildcard arm.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum CreateMessageRequestContent {
    /// Plain text.
    Text(String),
    /// Text and image parts (images need a vision-capable model).
    Parts(Vec<CreateMessageRequestContentPartsItem>),
}

impl serde::Serialize for CreateMessageRequestContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(payload) => payload.serialize(serializer),
            Self::Parts(payload) => payload.serialize(serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CreateMessageRequestContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let text: Box<serde_json::value::RawValue> = serde::Deserialize::deserialize(
            deserializer,
        )?;
        let raw = &*text;
        if crate::support::kind(raw) == crate::support::Kind::String {
            return crate::support::decode(raw).map(Self::Text);
        }
        if crate::support::kind(raw) == crate::support::Kind::Array {
            return crate::support::decode(raw).map(Self::Parts);
        }
        Err(
            serde::de::Error::custom(
                "the value matches no variant of CreateMessageRequestContent",
            ),
        )
    }
}

impl crate::json::FromJson for CreateMessageRequestContent {}

impl From<String> for CreateMessageRequestContent {
    fn from(value: String) -> Self {
        Self::Text(value)
    }
}

impl From<&str> for CreateMessageRequestContent {
    fn from(value: &str) -> Self {
        Self::Text(value.to_owned())
    }
}

impl From<Vec<CreateMessageRequestContentPartsItem>> for CreateMessageRequestContent {
    fn from(value: Vec<CreateMessageRequestContentPartsItem>) -> Self {
        Self::Parts(value)
    }
}

/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum CreateMessageRequestContentPartsItem {
    /// An image part that refers to an uploaded file.
    ImageFile(MessageContentImageFileObject),
    /// An image part that refers to an image on the web.
    ImageUrl(MessageContentImageUrlObject),
    /// A text part of a message being created.
    Text(MessageRequestContentTextObject),
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize for CreateMessageRequestContentPartsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ImageFile(payload) => payload.serialize(serializer),
            Self::ImageUrl(payload) => payload.serialize(serializer),
            Self::Text(payload) => payload.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for CreateMessageRequestContentPartsItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a CreateMessageRequestContentPartsItem object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "image_file" => {
                <MessageContentImageFileObject as crate::fields::Object>::from_map(rest)
                    .map(Self::ImageFile)
            }
            "image_url" => {
                <MessageContentImageUrlObject as crate::fields::Object>::from_map(rest)
                    .map(Self::ImageUrl)
            }
            "text" => {
                <MessageRequestContentTextObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::Text)
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        match crate::support::tag_of(raw, "type").as_deref() {
            Some("image_file") => return crate::support::decode(raw).map(Self::ImageFile),
            Some("image_url") => return crate::support::decode(raw).map(Self::ImageUrl),
            Some("text") => return crate::support::decode(raw).map(Self::Text),
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }
}

impl<'de> serde::Deserialize<'de> for CreateMessageRequestContentPartsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for CreateMessageRequestContentPartsItem {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

impl From<MessageContentImageFileObject> for CreateMessageRequestContentPartsItem {
    fn from(value: MessageContentImageFileObject) -> Self {
        Self::ImageFile(value)
    }
}

impl From<MessageContentImageUrlObject> for CreateMessageRequestContentPartsItem {
    fn from(value: MessageContentImageUrlObject) -> Self {
        Self::ImageUrl(value)
    }
}

impl From<MessageRequestContentTextObject> for CreateMessageRequestContentPartsItem {
    fn from(value: MessageRequestContentTextObject) -> Self {
        Self::Text(value)
    }
}

/// `user` for text written by the end user, `assistant` to insert text as if the assistant had written it.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     CreateMessageRequestRole::User => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum CreateMessageRequestRole {
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl CreateMessageRequestRole {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Assistant => "assistant",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateMessageRequestRole {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "assistant" => Self::Assistant,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(CreateMessageRequestRole);

/// Body of `createThreadAndRun`.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `CreateThreadAndRunRequest::new(..)` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateThreadAndRunRequest {
    /// ID of the assistant that executes the run.
    pub assistant_id: String,
    pub thread: Option<CreateThreadRequest>,
    /// Model to run with, overriding the assistant's model. Any model ID is accepted; the listed values are the known ones. Null or absent keeps the assistant's model.
    pub model: crate::fields::Nullable<CreateThreadAndRunRequestModel>,
    /// Replaces the assistant's system instructions for this run only.
    pub instructions: crate::fields::Nullable<String>,
    /// Replaces the assistant's tools for this run only (at most 20).
    ///
    /// Items: at most 20.
    pub tools: crate::fields::Nullable<Vec<AssistantTools>>,
    /// Files and vector stores the tools may use during this run, per tool type.
    pub tool_resources: crate::fields::Nullable<CreateThreadAndRunRequestToolResources>,
    /// Tags to store on the run.
    pub metadata: crate::fields::Nullable<Metadata>,
    /// Sampling temperature between 0 and 2; higher is more random, lower is more deterministic. Tune this or `top_p`, not both.
    ///
    /// Value: at least 0, at most 2. Default: `1`.
    pub temperature: crate::fields::Nullable<f64>,
    /// Nucleus sampling: only tokens within this cumulative probability mass are considered (0.1 means the top 10%). Tune this or `temperature`, not both.
    ///
    /// Value: at least 0, at most 1. Default: `1`.
    pub top_p: crate::fields::Nullable<f64>,
    /// When true the response is a server-sent event stream of the run's events, closed by a `done` event carrying `[DONE]`.
    pub stream: crate::fields::Nullable<bool>,
    /// Budget of prompt tokens for the whole run (at least 256). If it is exceeded the run ends as `incomplete`.
    ///
    /// Value: at least 256.
    pub max_prompt_tokens: crate::fields::Nullable<i64>,
    /// Budget of completion tokens for the whole run (at least 256). If it is exceeded the run ends as `incomplete`.
    ///
    /// Value: at least 256.
    pub max_completion_tokens: crate::fields::Nullable<i64>,
    /// How to truncate the thread before the run starts.
    pub truncation_strategy: crate::fields::Nullable<TruncationObject>,
    /// Which tool, if any, the model must call.
    pub tool_choice: crate::fields::Nullable<AssistantsApiToolChoiceOption>,
    /// Whether the model may request several function calls at once.
    ///
    /// Default: `true`.
    pub parallel_tool_calls: Option<bool>,
    /// Output format the model must produce.
    pub response_format: crate::fields::Nullable<AssistantsApiResponseFormatOption>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for CreateThreadAndRunRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("assistant_id", &self.assistant_id);
        object.optional("thread", &self.thread);
        object.nullable("model", &self.model);
        object.nullable("instructions", &self.instructions);
        object.nullable("tools", &self.tools);
        object.nullable("tool_resources", &self.tool_resources);
        object.nullable("metadata", &self.metadata);
        object.nullable("temperature", &self.temperature);
        object.nullable("top_p", &self.top_p);
        object.nullable("stream", &self.stream);
        object.nullable("max_prompt_tokens", &self.max_prompt_tokens);
        object.nullable("max_completion_tokens", &self.max_completion_tokens);
        object.nullable("truncation_strategy", &self.truncation_strategy);
        object.nullable("tool_choice", &self.tool_choice);
        object.optional("parallel_tool_calls", &self.parallel_tool_calls);
        object.nullable("response_format", &self.response_format);
        object.end()
    }
}

crate::fields::impl_object_decoding!(CreateThreadAndRunRequest);

impl crate::fields::Object for CreateThreadAndRunRequest {
    const NAME: &'static str = "CreateThreadAndRunRequest";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_assistant_id = None;
        let mut field_thread = None;
        let mut field_model = crate::fields::Nullable::Absent;
        let mut field_instructions = crate::fields::Nullable::Absent;
        let mut field_tools = crate::fields::Nullable::Absent;
        let mut field_tool_resources = crate::fields::Nullable::Absent;
        let mut field_metadata = crate::fields::Nullable::Absent;
        let mut field_temperature = crate::fields::Nullable::Absent;
        let mut field_top_p = crate::fields::Nullable::Absent;
        let mut field_stream = crate::fields::Nullable::Absent;
        let mut field_max_prompt_tokens = crate::fields::Nullable::Absent;
        let mut field_max_completion_tokens = crate::fields::Nullable::Absent;
        let mut field_truncation_strategy = crate::fields::Nullable::Absent;
        let mut field_tool_choice = crate::fields::Nullable::Absent;
        let mut field_parallel_tool_calls = None;
        let mut field_response_format = crate::fields::Nullable::Absent;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "assistant_id" => map.read_some(&mut field_assistant_id),
                "thread" => map.read(&mut field_thread),
                "model" => map.read(&mut field_model),
                "instructions" => map.read(&mut field_instructions),
                "tools" => map.read(&mut field_tools),
                "tool_resources" => map.read(&mut field_tool_resources),
                "metadata" => map.read(&mut field_metadata),
                "temperature" => map.read(&mut field_temperature),
                "top_p" => map.read(&mut field_top_p),
                "stream" => map.read(&mut field_stream),
                "max_prompt_tokens" => map.read(&mut field_max_prompt_tokens),
                "max_completion_tokens" => map.read(&mut field_max_completion_tokens),
                "truncation_strategy" => map.read(&mut field_truncation_strategy),
                "tool_choice" => map.read(&mut field_tool_choice),
                "parallel_tool_calls" => map.read(&mut field_parallel_tool_calls),
                "response_format" => map.read(&mut field_response_format),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            assistant_id: extra.required_or_default(field_assistant_id, "assistant_id"),
            thread: field_thread,
            model: field_model,
            instructions: field_instructions,
            tools: field_tools,
            tool_resources: field_tool_resources,
            metadata: field_metadata,
            temperature: field_temperature,
            top_p: field_top_p,
            stream: field_stream,
            max_prompt_tokens: field_max_prompt_tokens,
            max_completion_tokens: field_max_completion_tokens,
            truncation_strategy: field_truncation_strategy,
            tool_choice: field_tool_choice,
            parallel_tool_calls: field_parallel_tool_calls,
            response_format: field_response_format,
            extra,
        })
    }
}

/// Model to run with, overriding the assistant's model. Any model ID is accepted; the listed values are the known ones. Null or absent keeps the assistant's model.
///
/// Values other than these are `Other`; those the API names later may get variants of their
/// own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a `match`
/// with a wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     CreateThreadAndRunRequestModel::Gpt5 => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum CreateThreadAndRunRequestModel {
    /// `gpt-5`
    Gpt5,
    /// `gpt-5-mini`
    Gpt5Mini,
    /// `gpt-5-nano`
    Gpt5Nano,
    /// `gpt-5-2025-08-07`
    Gpt520250807,
    /// `gpt-5-mini-2025-08-07`
    Gpt5Mini20250807,
    /// `gpt-5-nano-2025-08-07`
    Gpt5Nano20250807,
    /// `gpt-4.1`
    Gpt41,
    /// `gpt-4.1-mini`
    Gpt41Mini,
    /// `gpt-4.1-nano`
    Gpt41Nano,
    /// `gpt-4.1-2025-04-14`
    Gpt4120250414,
    /// `gpt-4.1-mini-2025-04-14`
    Gpt41Mini20250414,
    /// `gpt-4.1-nano-2025-04-14`
    Gpt41Nano20250414,
    /// `gpt-4o`
    Gpt4o,
    /// `gpt-4o-2024-11-20`
    Gpt4o20241120,
    /// `gpt-4o-2024-08-06`
    Gpt4o20240806,
    /// `gpt-4o-2024-05-13`
    Gpt4o20240513,
    /// `gpt-4o-mini`
    Gpt4oMini,
    /// `gpt-4o-mini-2024-07-18`
    Gpt4oMini20240718,
    /// `gpt-4.5-preview`
    Gpt45Preview,
    /// `gpt-4.5-preview-2025-02-27`
    Gpt45Preview20250227,
    /// `gpt-4-turbo`
    Gpt4Turbo,
    /// `gpt-4-turbo-2024-04-09`
    Gpt4Turbo20240409,
    /// `gpt-4-0125-preview`
    Gpt40125Preview,
    /// `gpt-4-turbo-preview`
    Gpt4TurboPreview,
    /// `gpt-4-1106-preview`
    Gpt41106Preview,
    /// `gpt-4-vision-preview`
    Gpt4VisionPreview,
    /// `gpt-4`
    Gpt4,
    /// `gpt-4-0314`
    Gpt40314,
    /// `gpt-4-0613`
    Gpt40613,
    /// `gpt-4-32k`
    Gpt432k,
    /// `gpt-4-32k-0314`
    Gpt432k0314,
    /// `gpt-4-32k-0613`
    Gpt432k0613,
    /// `gpt-3.5-turbo`
    Gpt35Turbo,
    /// `gpt-3.5-turbo-16k`
    Gpt35Turbo16k,
    /// `gpt-3.5-turbo-0613`
    Gpt35Turbo0613,
    /// `gpt-3.5-turbo-1106`
    Gpt35Turbo1106,
    /// `gpt-3.5-turbo-0125`
    Gpt35Turbo0125,
    /// `gpt-3.5-turbo-16k-0613`
    Gpt35Turbo16k0613,
    /// Any other value, which the API accepts as well.
    Other(String),
}

impl CreateThreadAndRunRequestModel {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gpt5 => "gpt-5",
            Self::Gpt5Mini => "gpt-5-mini",
            Self::Gpt5Nano => "gpt-5-nano",
            Self::Gpt520250807 => "gpt-5-2025-08-07",
            Self::Gpt5Mini20250807 => "gpt-5-mini-2025-08-07",
            Self::Gpt5Nano20250807 => "gpt-5-nano-2025-08-07",
            Self::Gpt41 => "gpt-4.1",
            Self::Gpt41Mini => "gpt-4.1-mini",
            Self::Gpt41Nano => "gpt-4.1-nano",
            Self::Gpt4120250414 => "gpt-4.1-2025-04-14",
            Self::Gpt41Mini20250414 => "gpt-4.1-mini-2025-04-14",
            Self::Gpt41Nano20250414 => "gpt-4.1-nano-2025-04-14",
            Self::Gpt4o => "gpt-4o",
            Self::Gpt4o20241120 => "gpt-4o-2024-11-20",
            Self::Gpt4o20240806 => "gpt-4o-2024-08-06",
            Self::Gpt4o20240513 => "gpt-4o-2024-05-13",
            Self::Gpt4oMini => "gpt-4o-mini",
            Self::Gpt4oMini20240718 => "gpt-4o-mini-2024-07-18",
            Self::Gpt45Preview => "gpt-4.5-preview",
            Self::Gpt45Preview20250227 => "gpt-4.5-preview-2025-02-27",
            Self::Gpt4Turbo => "gpt-4-turbo",
            Self::Gpt4Turbo20240409 => "gpt-4-turbo-2024-04-09",
            Self::Gpt40125Preview => "gpt-4-0125-preview",
            Self::Gpt4TurboPreview => "gpt-4-turbo-preview",
            Self::Gpt41106Preview => "gpt-4-1106-preview",
            Self::Gpt4VisionPreview => "gpt-4-vision-preview",
            Self::Gpt4 => "gpt-4",
            Self::Gpt40314 => "gpt-4-0314",
            Self::Gpt40613 => "gpt-4-0613",
            Self::Gpt432k => "gpt-4-32k",
            Self::Gpt432k0314 => "gpt-4-32k-0314",
            Self::Gpt432k0613 => "gpt-4-32k-0613",
            Self::Gpt35Turbo => "gpt-3.5-turbo",
            Self::Gpt35Turbo16k => "gpt-3.5-turbo-16k",
            Self::Gpt35Turbo0613 => "gpt-3.5-turbo-0613",
            Self::Gpt35Turbo1106 => "gpt-3.5-turbo-1106",
            Self::Gpt35Turbo0125 => "gpt-3.5-turbo-0125",
            Self::Gpt35Turbo16k0613 => "gpt-3.5-turbo-16k-0613",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateThreadAndRunRequestModel {
    fn from(value: &str) -> Self {
        match value {
            "gpt-5" => Self::Gpt5,
            "gpt-5-mini" => Self::Gpt5Mini,
            "gpt-5-nano" => Self::Gpt5Nano,
            "gpt-5-2025-08-07" => Self::Gpt520250807,
            "gpt-5-mini-2025-08-07" => Self::Gpt5Mini20250807,
            "gpt-5-nano-2025-08-07" => Self::Gpt5Nano20250807,
            "gpt-4.1" => Self::Gpt41,
            "gpt-4.1-mini" => Self::Gpt41Mini,
            "gpt-4.1-nano" => Self::Gpt41Nano,
            "gpt-4.1-2025-04-14" => Self::Gpt4120250414,
            "gpt-4.1-mini-2025-04-14" => Self::Gpt41Mini20250414,
            "gpt-4.1-nano-2025-04-14" => Self::Gpt41Nano20250414,
            "gpt-4o" => Self::Gpt4o,
            "gpt-4o-2024-11-20" => Self::Gpt4o20241120,
            "gpt-4o-2024-08-06" => Self::Gpt4o20240806,
            "gpt-4o-2024-05-13" => Self::Gpt4o20240513,
            "gpt-4o-mini" => Self::Gpt4oMini,
            "gpt-4o-mini-2024-07-18" => Self::Gpt4oMini20240718,
            "gpt-4.5-preview" => Self::Gpt45Preview,
            "gpt-4.5-preview-2025-02-27" => Self::Gpt45Preview20250227,
            "gpt-4-turbo" => Self::Gpt4Turbo,
            "gpt-4-turbo-2024-04-09" => Self::Gpt4Turbo20240409,
            "gpt-4-0125-preview" => Self::Gpt40125Preview,
            "gpt-4-turbo-preview" => Self::Gpt4TurboPreview,
            "gpt-4-1106-preview" => Self::Gpt41106Preview,
            "gpt-4-vision-preview" => Self::Gpt4VisionPreview,
            "gpt-4" => Self::Gpt4,
            "gpt-4-0314" => Self::Gpt40314,
            "gpt-4-0613" => Self::Gpt40613,
            "gpt-4-32k" => Self::Gpt432k,
            "gpt-4-32k-0314" => Self::Gpt432k0314,
            "gpt-4-32k-0613" => Self::Gpt432k0613,
            "gpt-3.5-turbo" => Self::Gpt35Turbo,
            "gpt-3.5-turbo-16k" => Self::Gpt35Turbo16k,
            "gpt-3.5-turbo-0613" => Self::Gpt35Turbo0613,
            "gpt-3.5-turbo-1106" => Self::Gpt35Turbo1106,
            "gpt-3.5-turbo-0125" => Self::Gpt35Turbo0125,
            "gpt-3.5-turbo-16k-0613" => Self::Gpt35Turbo16k0613,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(CreateThreadAndRunRequestModel);

/// Files and vector stores the tools may use during this run, per tool type.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `CreateThreadAndRunRequestToolResources::default()`
/// and the setters, or decoded from JSON (`serde_json::from_value`), not with a literal.
/// Its fields are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateThreadAndRunRequestToolResources {
    /// Resources for the code interpreter tool.
    pub code_interpreter: Option<CreateThreadAndRunRequestToolResourcesCodeInterpreter>,
    /// Resources for the file search tool.
    pub file_search: Option<CreateThreadAndRunRequestToolResourcesFileSearch>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for CreateThreadAndRunRequestToolResources {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("code_interpreter", &self.code_interpreter);
        object.optional("file_search", &self.file_search);
        object.end()
    }
}

crate::fields::impl_object_decoding!(CreateThreadAndRunRequestToolResources);

impl crate::fields::Object for CreateThreadAndRunRequestToolResources {
    const NAME: &'static str = "CreateThreadAndRunRequestToolResources";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_code_interpreter = None;
        let mut field_file_search = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "code_interpreter" => map.read(&mut field_code_interpreter),
                "file_search" => map.read(&mut field_file_search),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            code_interpreter: field_code_interpreter,
            file_search: field_file_search,
            extra,
        })
    }
}

/// Resources for the code interpreter tool.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `CreateThreadAndRunRequestToolResourcesCodeInterpreter::default()` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateThreadAndRunRequestToolResourcesCodeInterpreter {
    /// IDs of files the code interpreter can read (at most 20).
    ///
    /// Items: at most 20. Default: `[]`.
    pub file_ids: Option<Vec<String>>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for CreateThreadAndRunRequestToolResourcesCodeInterpreter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("file_ids", &self.file_ids);
        object.end()
    }
}

crate::fields::impl_object_decoding!(
    CreateThreadAndRunRequestToolResourcesCodeInterpreter
);

impl crate::fields::Object for CreateThreadAndRunRequestToolResourcesCodeInterpreter {
    const NAME: &'static str = "CreateThreadAndRunRequestToolResourcesCodeInterpreter";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_file_ids = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "file_ids" => map.read(&mut field_file_ids),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            file_ids: field_file_ids,
            extra,
        })
    }
}

/// Resources for the file search tool.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `CreateThreadAndRunRequestToolResourcesFileSearch::default()` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateThreadAndRunRequestToolResourcesFileSearch {
    /// The vector store file search may use (at most one ID).
    ///
    /// Items: at most 1.
    pub vector_store_ids: Option<Vec<String>>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for CreateThreadAndRunRequestToolResourcesFileSearch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("vector_store_ids", &self.vector_store_ids);
        object.end()
    }
}

crate::fields::impl_object_decoding!(CreateThreadAndRunRequestToolResourcesFileSearch);

impl crate::fields::Object for CreateThreadAndRunRequestToolResourcesFileSearch {
    const NAME: &'static str = "CreateThreadAndRunRequestToolResourcesFileSearch";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_vector_store_ids = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "vector_store_ids" => map.read(&mut field_vector_store_ids),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            vector_store_ids: field_vector_store_ids,
            extra,
        })
    }
}

/// Contents of a thread to create. If it is left out of a run request, an empty thread is created.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `CreateThreadRequest::default()` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateThreadRequest {
    /// Messages to start the thread with.
    pub messages: Option<Vec<CreateMessageRequest>>,
    /// Files and vector stores the assistant's tools may use in this thread, per tool type.
    pub tool_resources: crate::fields::Nullable<CreateThreadRequestToolResources>,
    /// Tags to store on the thread.
    pub metadata: crate::fields::Nullable<Metadata>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for CreateThreadRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("messages", &self.messages);
        object.nullable("tool_resources", &self.tool_resources);
        object.nullable("metadata", &self.metadata);
        object.end()
    }
}

crate::fields::impl_object_decoding!(CreateThreadRequest);

impl crate::fields::Object for CreateThreadRequest {
    const NAME: &'static str = "CreateThreadRequest";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_messages = None;
        let mut field_tool_resources = crate::fields::Nullable::Absent;
        let mut field_metadata = crate::fields::Nullable::Absent;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "messages" => map.read(&mut field_messages),
                "tool_resources" => map.read(&mut field_tool_resources),
                "metadata" => map.read(&mut field_metadata),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            messages: field_messages,
            tool_resources: field_tool_resources,
            metadata: field_metadata,
            extra,
        })
    }
}

/// Files and vector stores the assistant's tools may use in this thread, per tool type.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `CreateThreadRequestToolResources::default()` and
/// the setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its
/// fields are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateThreadRequestToolResources {
    /// Resources for the code interpreter tool.
    pub code_interpreter: Option<CreateThreadRequestToolResourcesCodeInterpreter>,
    /// Resources for the file search tool: an existing vector store, or one to create on the fly.
    pub file_search: Option<CreateThreadRequestToolResourcesFileSearch>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for CreateThreadRequestToolResources {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("code_interpreter", &self.code_interpreter);
        object.optional("file_search", &self.file_search);
        object.end()
    }
}

crate::fields::impl_object_decoding!(CreateThreadRequestToolResources);

impl crate::fields::Object for CreateThreadRequestToolResources {
    const NAME: &'static str = "CreateThreadRequestToolResources";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_code_interpreter = None;
        let mut field_file_search = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "code_interpreter" => map.read(&mut field_code_interpreter),
                "file_search" => map.read(&mut field_file_search),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            code_interpreter: field_code_interpreter,
            file_search: field_file_search,
            extra,
        })
    }
}

/// Resources for the code interpreter tool.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `CreateThreadRequestToolResourcesCodeInterpreter::default()` and the setters, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateThreadRequestToolResourcesCodeInterpreter {
    /// IDs of files the code interpreter can read (at most 20).
    ///
    /// Items: at most 20. Default: `[]`.
    pub file_ids: Option<Vec<String>>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for CreateThreadRequestToolResourcesCodeInterpreter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("file_ids", &self.file_ids);
        object.end()
    }
}

crate::fields::impl_object_decoding!(CreateThreadRequestToolResourcesCodeInterpreter);

impl crate::fields::Object for CreateThreadRequestToolResourcesCodeInterpreter {
    const NAME: &'static str = "CreateThreadRequestToolResourcesCodeInterpreter";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_file_ids = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "file_ids" => map.read(&mut field_file_ids),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            file_ids: field_file_ids,
            extra,
        })
    }
}

/// Resources for the file search tool: an existing vector store, or one to create on the fly.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `CreateThreadRequestToolResourcesFileSearch::default()` and the setters, or decoded from
/// JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read and
/// to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateThreadRequestToolResourcesFileSearch {
    /// ID of an existing vector store to attach (at most one).
    ///
    /// Items: at most 1.
    pub vector_store_ids: Option<Vec<String>>,
    /// A vector store to create from files and attach (at most one).
    ///
    /// Items: at most 1.
    pub vector_stores: Option<
        Vec<CreateThreadRequestToolResourcesFileSearchVectorStoresItem>,
    >,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for CreateThreadRequestToolResourcesFileSearch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("vector_store_ids", &self.vector_store_ids);
        object.optional("vector_stores", &self.vector_stores);
        object.end()
    }
}

crate::fields::impl_object_decoding!(CreateThreadRequestToolResourcesFileSearch);

impl crate::fields::Object for CreateThreadRequestToolResourcesFileSearch {
    const NAME: &'static str = "CreateThreadRequestToolResourcesFileSearch";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_vector_store_ids = None;
        let mut field_vector_stores = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "vector_store_ids" => map.read(&mut field_vector_store_ids),
                "vector_stores" => map.read(&mut field_vector_stores),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            vector_store_ids: field_vector_store_ids,
            vector_stores: field_vector_stores,
            extra,
        })
    }
}

/// Recipe for a vector store created together with the thread.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `CreateThreadRequestToolResourcesFileSearchVectorStoresItem::default()` and the setters,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateThreadRequestToolResourcesFileSearchVectorStoresItem {
    /// IDs of the files to index (at most 10000).
    ///
    /// Items: at most 10000.
    pub file_ids: Option<Vec<String>>,
    /// How the files are split into chunks; `auto` when left out.
    pub chunking_strategy: Option<ChunkingStrategyRequestParam>,
    /// Tags to store on the new vector store.
    pub metadata: crate::fields::Nullable<Metadata>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for CreateThreadRequestToolResourcesFileSearchVectorStoresItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("file_ids", &self.file_ids);
        object.optional("chunking_strategy", &self.chunking_strategy);
        object.nullable("metadata", &self.metadata);
        object.end()
    }
}

crate::fields::impl_object_decoding!(
    CreateThreadRequestToolResourcesFileSearchVectorStoresItem
);

impl crate::fields::Object
for CreateThreadRequestToolResourcesFileSearchVectorStoresItem {
    const NAME: &'static str = "CreateThreadRequestToolResourcesFileSearchVectorStoresItem";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_file_ids = None;
        let mut field_chunking_strategy = None;
        let mut field_metadata = crate::fields::Nullable::Absent;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "file_ids" => map.read(&mut field_file_ids),
                "chunking_strategy" => map.read(&mut field_chunking_strategy),
                "metadata" => map.read(&mut field_metadata),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            file_ids: field_file_ids,
            chunking_strategy: field_chunking_strategy,
            metadata: field_metadata,
            extra,
        })
    }
}

/// The last event of a stream.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `DoneEvent::default()`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DoneEvent {
    /// Always `done`.
    pub event: DoneEventEvent,
    /// Always the literal text `[DONE]`, which is not JSON.
    pub data: DoneEventData,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for DoneEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(DoneEvent);

impl crate::fields::Object for DoneEvent {
    const NAME: &'static str = "DoneEvent";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: extra.required_or_default(field_data, "data"),
            extra,
        })
    }
}

/// Always the literal text `[DONE]`, which is not JSON.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     DoneEventData::Done => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum DoneEventData {
    /// `[DONE]`
    #[default]
    Done,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl DoneEventData {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Done => "[DONE]",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for DoneEventData {
    fn from(value: &str) -> Self {
        match value {
            "[DONE]" => Self::Done,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(DoneEventData);

/// Always `done`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     DoneEventEvent::Done => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum DoneEventEvent {
    /// `done`
    #[default]
    Done,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl DoneEventEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Done => "done",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for DoneEventEvent {
    fn from(value: &str) -> Self {
        match value {
            "done" => Self::Done,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(DoneEventEvent);

/// What went wrong with a request, or with a stream mid-way.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `Error::new(..)` and the setters, or decoded from
/// JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read and
/// to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Error {
    /// Human-readable explanation of the error.
    pub message: String,
    /// Broad category of the error, such as `invalid_request_error`.
    pub r#type: String,
    /// The request parameter the error refers to, or null if none.
    pub param: Option<String>,
    /// Machine-readable error code, or null if there is none.
    pub code: Option<String>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("message", &self.message);
        object.required("type", &self.r#type);
        object.required("param", &self.param);
        object.required("code", &self.code);
        object.end()
    }
}

crate::fields::impl_object_decoding!(Error);

impl crate::fields::Object for Error {
    const NAME: &'static str = "Error";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_message = None;
        let mut field_type = None;
        let mut field_param = None;
        let mut field_code = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "message" => map.read_some(&mut field_message),
                "type" => map.read_some(&mut field_type),
                "param" => map.read_some(&mut field_param),
                "code" => map.read_some(&mut field_code),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            message: extra.required_or_default(field_message, "message"),
            r#type: extra.required_or_default(field_type, "type"),
            param: extra.required_or_default(field_param, "param"),
            code: extra.required_or_default(field_code, "code"),
            extra,
        })
    }
}

/// An error occurred while streaming; the stream may end after it.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `ErrorEvent::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ErrorEvent {
    /// Always `error`.
    pub event: ErrorEventEvent,
    pub data: Error,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for ErrorEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("event", &self.event);
        object.required("data", &self.data);
        object.end()
    }
}

crate::fields::impl_object_decoding!(ErrorEvent);

impl crate::fields::Object for ErrorEvent {
    const NAME: &'static str = "ErrorEvent";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_event = None;
        let mut field_data = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "event" => map.read_tag(&mut field_event),
                "data" => map.read_some(&mut field_data),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            event: extra.required_or_default(field_event, "event"),
            data: extra.required_or_default(field_data, "data"),
            extra,
        })
    }
}

/// Always `error`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     ErrorEventEvent::Error => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum ErrorEventEvent {
    /// `error`
    #[default]
    Error,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl ErrorEventEvent {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error => "error",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ErrorEventEvent {
    fn from(value: &str) -> Self {
        match value {
            "error" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(ErrorEventEvent);

/// Body of every non-2xx response.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `ErrorResponse::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ErrorResponse {
    pub error: Error,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for ErrorResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("error", &self.error);
        object.end()
    }
}

crate::fields::impl_object_decoding!(ErrorResponse);

impl crate::fields::Object for ErrorResponse {
    const NAME: &'static str = "ErrorResponse";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_error = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "error" => map.read_some(&mut field_error),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            error: extra.required_or_default(field_error, "error"),
            extra,
        })
    }
}

/// Ranking algorithm for file search; `auto` when not given.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     FileSearchRanker::Auto => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum FileSearchRanker {
    /// `auto`
    Auto,
    /// `default_2024_08_21`
    Default20240821,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl FileSearchRanker {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Default20240821 => "default_2024_08_21",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for FileSearchRanker {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "default_2024_08_21" => Self::Default20240821,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(FileSearchRanker);

/// How file search ranks its results. Without it the `auto` ranker and a score threshold of 0 are used.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `FileSearchRankingOptions::new(..)` and the setters,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileSearchRankingOptions {
    pub ranker: Option<FileSearchRanker>,
    /// Results scoring below this value (between 0 and 1) are dropped.
    ///
    /// Value: at least 0, at most 1.
    pub score_threshold: f64,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for FileSearchRankingOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("ranker", &self.ranker);
        object.required("score_threshold", &self.score_threshold);
        object.end()
    }
}

crate::fields::impl_object_decoding!(FileSearchRankingOptions);

impl crate::fields::Object for FileSearchRankingOptions {
    const NAME: &'static str = "FileSearchRankingOptions";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_ranker = None;
        let mut field_score_threshold = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "ranker" => map.read(&mut field_ranker),
                "score_threshold" => map.read_some(&mut field_score_threshold),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            ranker: field_ranker,
            score_threshold: extra
                .required_or_default(field_score_threshold, "score_threshold"),
            extra,
        })
    }
}

/// Definition of a callable function (name, purpose and arguments).
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `FunctionObject::new(..)` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FunctionObject {
    /// Function name: letters, digits, underscores and dashes only, at most 64 characters.
    ///
    /// Length: at most 64 characters.
    pub name: String,
    /// What the function does; the model reads this to decide when to call it.
    pub description: Option<String>,
    pub parameters: Option<FunctionParameters>,
    /// When true, the model's arguments follow `parameters` exactly (only a subset of JSON Schema is then allowed).
    ///
    /// Default: `false`.
    pub strict: crate::fields::Nullable<bool>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for FunctionObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("name", &self.name);
        object.optional("description", &self.description);
        object.optional("parameters", &self.parameters);
        object.nullable("strict", &self.strict);
        object.end()
    }
}

crate::fields::impl_object_decoding!(FunctionObject);

impl crate::fields::Object for FunctionObject {
    const NAME: &'static str = "FunctionObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_name = None;
        let mut field_description = None;
        let mut field_parameters = None;
        let mut field_strict = crate::fields::Nullable::Absent;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "name" => map.read_some(&mut field_name),
                "description" => map.read(&mut field_description),
                "parameters" => map.read(&mut field_parameters),
                "strict" => map.read(&mut field_strict),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            name: extra.required_or_default(field_name, "name"),
            description: field_description,
            parameters: field_parameters,
            strict: field_strict,
            extra,
        })
    }
}

/// JSON Schema object describing the function's arguments. Leaving it out declares a function that takes no arguments.
pub type FunctionParameters = serde_json::Value;

/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     ListMessagesOrder::Asc => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum ListMessagesOrder {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl ListMessagesOrder {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListMessagesOrder {
    fn from(value: &str) -> Self {
        match value {
            "asc" => Self::Asc,
            "desc" => Self::Desc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(ListMessagesOrder);

/// The query parameters of `list_messages`.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `ListMessagesParams::default()` and the setters, not
/// with a literal. Its fields are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListMessagesParams {
    /// How many messages to return in this page (1 to 100).
    pub limit: Option<i64>,
    /// Sort direction by creation time: `asc` for oldest first, `desc` for newest first.
    pub order: Option<ListMessagesOrder>,
    /// Pagination cursor: a message ID; the page starts right after that message (pass the previous page's `last_id`).
    pub after: Option<String>,
    /// Pagination cursor: a message ID; the page ends right before that message (pass the previous page's `first_id` to go backwards).
    pub before: Option<String>,
    /// Only return messages produced by this run.
    pub run_id: Option<String>,
}

impl serde::Serialize for ListMessagesParams {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::without_extra(serializer)?;
        object.optional("limit", &self.limit);
        object.optional("order", &self.order);
        object.optional("after", &self.after);
        object.optional("before", &self.before);
        object.optional("run_id", &self.run_id);
        object.end()
    }
}

crate::fields::impl_object_decoding!(ListMessagesParams);

impl crate::fields::Object for ListMessagesParams {
    const NAME: &'static str = "ListMessagesParams";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_limit = None;
        let mut field_order = None;
        let mut field_after = None;
        let mut field_before = None;
        let mut field_run_id = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "limit" => map.read(&mut field_limit),
                "order" => map.read(&mut field_order),
                "after" => map.read(&mut field_after),
                "before" => map.read(&mut field_before),
                "run_id" => map.read(&mut field_run_id),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            limit: field_limit,
            order: field_order,
            after: field_after,
            before: field_before,
            run_id: field_run_id,
        })
    }
}

/// One page of messages of a thread.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `ListMessagesResponse::new(..)` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListMessagesResponse {
    /// Always `list`.
    pub object: ListMessagesResponseObject,
    /// The messages of this page.
    pub data: Vec<MessageObject>,
    /// ID of the first message of the page; null when the page is empty.
    pub first_id: Option<String>,
    /// ID of the last message of the page; null when the page is empty.
    pub last_id: Option<String>,
    /// Whether more messages exist beyond this page.
    pub has_more: bool,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for ListMessagesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("object", &self.object);
        object.required("data", &self.data);
        object.required("first_id", &self.first_id);
        object.required("last_id", &self.last_id);
        object.required("has_more", &self.has_more);
        object.end()
    }
}

crate::fields::impl_object_decoding!(ListMessagesResponse);

impl crate::fields::Object for ListMessagesResponse {
    const NAME: &'static str = "ListMessagesResponse";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_object = None;
        let mut field_data = None;
        let mut field_first_id = None;
        let mut field_last_id = None;
        let mut field_has_more = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "object" => map.read_some(&mut field_object),
                "data" => map.read_some(&mut field_data),
                "first_id" => map.read_some(&mut field_first_id),
                "last_id" => map.read_some(&mut field_last_id),
                "has_more" => map.read_some(&mut field_has_more),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            object: extra.required_or_default(field_object, "object"),
            data: extra.required_or_default(field_data, "data"),
            first_id: extra.required_or_default(field_first_id, "first_id"),
            last_id: extra.required_or_default(field_last_id, "last_id"),
            has_more: extra.required_or_default(field_has_more, "has_more"),
            extra,
        })
    }
}

/// Always `list`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     ListMessagesResponseObject::List => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum ListMessagesResponseObject {
    /// `list`
    #[default]
    List,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl ListMessagesResponseObject {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::List => "list",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListMessagesResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "list" => Self::List,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(ListMessagesResponseObject);

/// An image part that refers to an uploaded file.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageContentImageFileObject::new(..)`, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageContentImageFileObject {
    /// Always `image_file`.
    pub r#type: MessageContentImageFileObjectType,
    /// The referenced image.
    pub image_file: MessageContentImageFileObjectImageFile,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageContentImageFileObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.required("image_file", &self.image_file);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageContentImageFileObject);

impl crate::fields::Object for MessageContentImageFileObject {
    const NAME: &'static str = "MessageContentImageFileObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_image_file = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "image_file" => map.read_some(&mut field_image_file),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            image_file: extra.required_or_default(field_image_file, "image_file"),
            extra,
        })
    }
}

/// The referenced image.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageContentImageFileObjectImageFile::new(..)`
/// and the setters, or decoded from JSON (`serde_json::from_value`), not with a literal.
/// Its fields are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageContentImageFileObjectImageFile {
    /// ID of the image file (uploaded with purpose `vision`).
    pub file_id: String,
    /// Image resolution to use; `low` costs fewer tokens.
    ///
    /// Default: `"auto"`.
    pub detail: Option<MessageContentImageFileObjectImageFileDetail>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageContentImageFileObjectImageFile {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("file_id", &self.file_id);
        object.optional("detail", &self.detail);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageContentImageFileObjectImageFile);

impl crate::fields::Object for MessageContentImageFileObjectImageFile {
    const NAME: &'static str = "MessageContentImageFileObjectImageFile";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_file_id = None;
        let mut field_detail = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "file_id" => map.read_some(&mut field_file_id),
                "detail" => map.read(&mut field_detail),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            file_id: extra.required_or_default(field_file_id, "file_id"),
            detail: field_detail,
            extra,
        })
    }
}

/// Image resolution to use; `low` costs fewer tokens.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageContentImageFileObjectImageFileDetail::Auto => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum MessageContentImageFileObjectImageFileDetail {
    /// `auto`
    Auto,
    /// `low`
    Low,
    /// `high`
    High,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageContentImageFileObjectImageFileDetail {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Low => "low",
            Self::High => "high",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageContentImageFileObjectImageFileDetail {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "low" => Self::Low,
            "high" => Self::High,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageContentImageFileObjectImageFileDetail);

/// Always `image_file`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageContentImageFileObjectType::ImageFile => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum MessageContentImageFileObjectType {
    /// `image_file`
    #[default]
    ImageFile,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageContentImageFileObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ImageFile => "image_file",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageContentImageFileObjectType {
    fn from(value: &str) -> Self {
        match value {
            "image_file" => Self::ImageFile,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageContentImageFileObjectType);

/// An image part that refers to an image on the web.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageContentImageUrlObject::new(..)`, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageContentImageUrlObject {
    /// Always `image_url`.
    pub r#type: MessageContentImageUrlObjectType,
    /// The referenced image.
    pub image_url: MessageContentImageUrlObjectImageUrl,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageContentImageUrlObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.required("image_url", &self.image_url);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageContentImageUrlObject);

impl crate::fields::Object for MessageContentImageUrlObject {
    const NAME: &'static str = "MessageContentImageUrlObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_image_url = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "image_url" => map.read_some(&mut field_image_url),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            image_url: extra.required_or_default(field_image_url, "image_url"),
            extra,
        })
    }
}

/// The referenced image.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageContentImageUrlObjectImageUrl::new(..)` and
/// the setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its
/// fields are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageContentImageUrlObjectImageUrl {
    /// Public URL of the image (jpeg, jpg, png, gif or webp).
    pub url: String,
    /// Image resolution to use; `low` costs fewer tokens.
    ///
    /// Default: `"auto"`.
    pub detail: Option<MessageContentImageUrlObjectImageUrlDetail>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageContentImageUrlObjectImageUrl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("url", &self.url);
        object.optional("detail", &self.detail);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageContentImageUrlObjectImageUrl);

impl crate::fields::Object for MessageContentImageUrlObjectImageUrl {
    const NAME: &'static str = "MessageContentImageUrlObjectImageUrl";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_url = None;
        let mut field_detail = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "url" => map.read_some(&mut field_url),
                "detail" => map.read(&mut field_detail),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            url: extra.required_or_default(field_url, "url"),
            detail: field_detail,
            extra,
        })
    }
}

/// Image resolution to use; `low` costs fewer tokens.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageContentImageUrlObjectImageUrlDetail::Auto => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum MessageContentImageUrlObjectImageUrlDetail {
    /// `auto`
    Auto,
    /// `low`
    Low,
    /// `high`
    High,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageContentImageUrlObjectImageUrlDetail {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Low => "low",
            Self::High => "high",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageContentImageUrlObjectImageUrlDetail {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "low" => Self::Low,
            "high" => Self::High,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageContentImageUrlObjectImageUrlDetail);

/// Always `image_url`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageContentImageUrlObjectType::ImageUrl => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum MessageContentImageUrlObjectType {
    /// `image_url`
    #[default]
    ImageUrl,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageContentImageUrlObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ImageUrl => "image_url",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageContentImageUrlObjectType {
    fn from(value: &str) -> Self {
        match value {
            "image_url" => Self::ImageUrl,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageContentImageUrlObjectType);

/// A part in which the model declines to answer.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageContentRefusalObject::new(..)`, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageContentRefusalObject {
    /// Always `refusal`.
    pub r#type: MessageContentRefusalObjectType,
    /// The refusal text.
    pub refusal: String,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageContentRefusalObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.required("refusal", &self.refusal);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageContentRefusalObject);

impl crate::fields::Object for MessageContentRefusalObject {
    const NAME: &'static str = "MessageContentRefusalObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_refusal = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "refusal" => map.read_some(&mut field_refusal),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            refusal: extra.required_or_default(field_refusal, "refusal"),
            extra,
        })
    }
}

/// Always `refusal`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageContentRefusalObjectType::Refusal => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum MessageContentRefusalObjectType {
    /// `refusal`
    #[default]
    Refusal,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageContentRefusalObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Refusal => "refusal",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageContentRefusalObjectType {
    fn from(value: &str) -> Self {
        match value {
            "refusal" => Self::Refusal,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageContentRefusalObjectType);

/// Marks a span of the text that cites a file searched by the file search tool.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `MessageContentTextAnnotationsFileCitationObject::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageContentTextAnnotationsFileCitationObject {
    /// Always `file_citation`.
    pub r#type: MessageContentTextAnnotationsFileCitationObjectType,
    /// The marker in the text that is replaced by the citation.
    pub text: String,
    /// The cited file.
    pub file_citation: MessageContentTextAnnotationsFileCitationObjectFileCitation,
    /// Start offset of the marker in the text.
    ///
    /// Value: at least 0.
    pub start_index: i64,
    /// End offset of the marker in the text.
    ///
    /// Value: at least 0.
    pub end_index: i64,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageContentTextAnnotationsFileCitationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.required("text", &self.text);
        object.required("file_citation", &self.file_citation);
        object.required("start_index", &self.start_index);
        object.required("end_index", &self.end_index);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageContentTextAnnotationsFileCitationObject);

impl crate::fields::Object for MessageContentTextAnnotationsFileCitationObject {
    const NAME: &'static str = "MessageContentTextAnnotationsFileCitationObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_text = None;
        let mut field_file_citation = None;
        let mut field_start_index = None;
        let mut field_end_index = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "text" => map.read_some(&mut field_text),
                "file_citation" => map.read_some(&mut field_file_citation),
                "start_index" => map.read_some(&mut field_start_index),
                "end_index" => map.read_some(&mut field_end_index),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            text: extra.required_or_default(field_text, "text"),
            file_citation: extra
                .required_or_default(field_file_citation, "file_citation"),
            start_index: extra.required_or_default(field_start_index, "start_index"),
            end_index: extra.required_or_default(field_end_index, "end_index"),
            extra,
        })
    }
}

/// The cited file.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `MessageContentTextAnnotationsFileCitationObjectFileCitation::new(..)`, or decoded from
/// JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read and
/// to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageContentTextAnnotationsFileCitationObjectFileCitation {
    /// ID of the cited file.
    pub file_id: String,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageContentTextAnnotationsFileCitationObjectFileCitation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("file_id", &self.file_id);
        object.end()
    }
}

crate::fields::impl_object_decoding!(
    MessageContentTextAnnotationsFileCitationObjectFileCitation
);

impl crate::fields::Object
for MessageContentTextAnnotationsFileCitationObjectFileCitation {
    const NAME: &'static str = "MessageContentTextAnnotationsFileCitationObjectFileCitation";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_file_id = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "file_id" => map.read_some(&mut field_file_id),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            file_id: extra.required_or_default(field_file_id, "file_id"),
            extra,
        })
    }
}

/// Always `file_citation`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageContentTextAnnotationsFileCitationObjectType::FileCitation => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum MessageContentTextAnnotationsFileCitationObjectType {
    /// `file_citation`
    #[default]
    FileCitation,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageContentTextAnnotationsFileCitationObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileCitation => "file_citation",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageContentTextAnnotationsFileCitationObjectType {
    fn from(value: &str) -> Self {
        match value {
            "file_citation" => Self::FileCitation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageContentTextAnnotationsFileCitationObjectType);

/// Marks a span of the text that refers to a file produced by the code interpreter.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `MessageContentTextAnnotationsFilePathObject::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageContentTextAnnotationsFilePathObject {
    /// Always `file_path`.
    pub r#type: MessageContentTextAnnotationsFilePathObjectType,
    /// The marker in the text that is replaced by the file path.
    pub text: String,
    /// The generated file.
    pub file_path: MessageContentTextAnnotationsFilePathObjectFilePath,
    /// Start offset of the marker in the text.
    ///
    /// Value: at least 0.
    pub start_index: i64,
    /// End offset of the marker in the text.
    ///
    /// Value: at least 0.
    pub end_index: i64,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageContentTextAnnotationsFilePathObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.required("text", &self.text);
        object.required("file_path", &self.file_path);
        object.required("start_index", &self.start_index);
        object.required("end_index", &self.end_index);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageContentTextAnnotationsFilePathObject);

impl crate::fields::Object for MessageContentTextAnnotationsFilePathObject {
    const NAME: &'static str = "MessageContentTextAnnotationsFilePathObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_text = None;
        let mut field_file_path = None;
        let mut field_start_index = None;
        let mut field_end_index = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "text" => map.read_some(&mut field_text),
                "file_path" => map.read_some(&mut field_file_path),
                "start_index" => map.read_some(&mut field_start_index),
                "end_index" => map.read_some(&mut field_end_index),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            text: extra.required_or_default(field_text, "text"),
            file_path: extra.required_or_default(field_file_path, "file_path"),
            start_index: extra.required_or_default(field_start_index, "start_index"),
            end_index: extra.required_or_default(field_end_index, "end_index"),
            extra,
        })
    }
}

/// The generated file.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `MessageContentTextAnnotationsFilePathObjectFilePath::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageContentTextAnnotationsFilePathObjectFilePath {
    /// ID of the generated file.
    pub file_id: String,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageContentTextAnnotationsFilePathObjectFilePath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("file_id", &self.file_id);
        object.end()
    }
}

crate::fields::impl_object_decoding!(
    MessageContentTextAnnotationsFilePathObjectFilePath
);

impl crate::fields::Object for MessageContentTextAnnotationsFilePathObjectFilePath {
    const NAME: &'static str = "MessageContentTextAnnotationsFilePathObjectFilePath";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_file_id = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "file_id" => map.read_some(&mut field_file_id),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            file_id: extra.required_or_default(field_file_id, "file_id"),
            extra,
        })
    }
}

/// Always `file_path`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageContentTextAnnotationsFilePathObjectType::FilePath => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum MessageContentTextAnnotationsFilePathObjectType {
    /// `file_path`
    #[default]
    FilePath,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageContentTextAnnotationsFilePathObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FilePath => "file_path",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageContentTextAnnotationsFilePathObjectType {
    fn from(value: &str) -> Self {
        match value {
            "file_path" => Self::FilePath,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageContentTextAnnotationsFilePathObjectType);

/// A text part of a stored message, with its annotations.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageContentTextObject::new(..)`, or decoded from
/// JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read and
/// to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageContentTextObject {
    /// Always `text`.
    pub r#type: MessageContentTextObjectType,
    /// The text and the annotations that point into it.
    pub text: MessageContentTextObjectText,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageContentTextObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.required("text", &self.text);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageContentTextObject);

impl crate::fields::Object for MessageContentTextObject {
    const NAME: &'static str = "MessageContentTextObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_text = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "text" => map.read_some(&mut field_text),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            text: extra.required_or_default(field_text, "text"),
            extra,
        })
    }
}

/// The text and the annotations that point into it.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageContentTextObjectText::new(..)`, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageContentTextObjectText {
    /// The text itself.
    pub value: String,
    /// Citations and file references found in the text.
    pub annotations: Vec<MessageContentTextObjectTextAnnotationsItem>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageContentTextObjectText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("value", &self.value);
        object.required("annotations", &self.annotations);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageContentTextObjectText);

impl crate::fields::Object for MessageContentTextObjectText {
    const NAME: &'static str = "MessageContentTextObjectText";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_value = None;
        let mut field_annotations = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "value" => map.read_some(&mut field_value),
                "annotations" => map.read_some(&mut field_annotations),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            value: extra.required_or_default(field_value, "value"),
            annotations: extra.required_or_default(field_annotations, "annotations"),
            extra,
        })
    }
}

/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum MessageContentTextObjectTextAnnotationsItem {
    /// Marks a span of the text that cites a file searched by the file search tool.
    FileCitation(MessageContentTextAnnotationsFileCitationObject),
    /// Marks a span of the text that refers to a file produced by the code interpreter.
    FilePath(MessageContentTextAnnotationsFilePathObject),
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize for MessageContentTextObjectTextAnnotationsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::FileCitation(payload) => payload.serialize(serializer),
            Self::FilePath(payload) => payload.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for MessageContentTextObjectTextAnnotationsItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a MessageContentTextObjectTextAnnotationsItem object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "file_citation" => {
                <MessageContentTextAnnotationsFileCitationObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::FileCitation)
            }
            "file_path" => {
                <MessageContentTextAnnotationsFilePathObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::FilePath)
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        match crate::support::tag_of(raw, "type").as_deref() {
            Some("file_citation") => {
                return crate::support::decode(raw).map(Self::FileCitation);
            }
            Some("file_path") => return crate::support::decode(raw).map(Self::FilePath),
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }
}

impl<'de> serde::Deserialize<'de> for MessageContentTextObjectTextAnnotationsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for MessageContentTextObjectTextAnnotationsItem {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

impl From<MessageContentTextAnnotationsFileCitationObject>
for MessageContentTextObjectTextAnnotationsItem {
    fn from(value: MessageContentTextAnnotationsFileCitationObject) -> Self {
        Self::FileCitation(value)
    }
}

impl From<MessageContentTextAnnotationsFilePathObject>
for MessageContentTextObjectTextAnnotationsItem {
    fn from(value: MessageContentTextAnnotationsFilePathObject) -> Self {
        Self::FilePath(value)
    }
}

/// Always `text`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageContentTextObjectType::Text => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum MessageContentTextObjectType {
    /// `text`
    #[default]
    Text,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageContentTextObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageContentTextObjectType {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageContentTextObjectType);

/// Streamed fragment of an image-file part.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageDeltaContentImageFileObject::new(..)` and
/// the setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its
/// fields are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageDeltaContentImageFileObject {
    /// Position of the content part this fragment belongs to.
    pub index: i64,
    /// Always `image_file`.
    pub r#type: MessageDeltaContentImageFileObjectType,
    /// The referenced image, as far as known.
    pub image_file: Option<MessageDeltaContentImageFileObjectImageFile>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageDeltaContentImageFileObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("index", &self.index);
        object.required("type", &self.r#type);
        object.optional("image_file", &self.image_file);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageDeltaContentImageFileObject);

impl crate::fields::Object for MessageDeltaContentImageFileObject {
    const NAME: &'static str = "MessageDeltaContentImageFileObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_index = None;
        let mut field_type = None;
        let mut field_image_file = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "index" => map.read_some(&mut field_index),
                "type" => map.read_tag(&mut field_type),
                "image_file" => map.read(&mut field_image_file),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            index: extra.required_or_default(field_index, "index"),
            r#type: extra.required_or_default(field_type, "type"),
            image_file: field_image_file,
            extra,
        })
    }
}

/// The referenced image, as far as known.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `MessageDeltaContentImageFileObjectImageFile::default()` and the setters, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageDeltaContentImageFileObjectImageFile {
    /// ID of the image file.
    pub file_id: Option<String>,
    /// Image resolution used.
    ///
    /// Default: `"auto"`.
    pub detail: Option<MessageDeltaContentImageFileObjectImageFileDetail>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageDeltaContentImageFileObjectImageFile {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("file_id", &self.file_id);
        object.optional("detail", &self.detail);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageDeltaContentImageFileObjectImageFile);

impl crate::fields::Object for MessageDeltaContentImageFileObjectImageFile {
    const NAME: &'static str = "MessageDeltaContentImageFileObjectImageFile";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_file_id = None;
        let mut field_detail = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "file_id" => map.read(&mut field_file_id),
                "detail" => map.read(&mut field_detail),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            file_id: field_file_id,
            detail: field_detail,
            extra,
        })
    }
}

/// Image resolution used.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageDeltaContentImageFileObjectImageFileDetail::Auto => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum MessageDeltaContentImageFileObjectImageFileDetail {
    /// `auto`
    Auto,
    /// `low`
    Low,
    /// `high`
    High,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageDeltaContentImageFileObjectImageFileDetail {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Low => "low",
            Self::High => "high",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageDeltaContentImageFileObjectImageFileDetail {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "low" => Self::Low,
            "high" => Self::High,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageDeltaContentImageFileObjectImageFileDetail);

/// Always `image_file`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageDeltaContentImageFileObjectType::ImageFile => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum MessageDeltaContentImageFileObjectType {
    /// `image_file`
    #[default]
    ImageFile,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageDeltaContentImageFileObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ImageFile => "image_file",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageDeltaContentImageFileObjectType {
    fn from(value: &str) -> Self {
        match value {
            "image_file" => Self::ImageFile,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageDeltaContentImageFileObjectType);

/// Streamed fragment of an image-URL part.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageDeltaContentImageUrlObject::new(..)` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageDeltaContentImageUrlObject {
    /// Position of the content part this fragment belongs to.
    pub index: i64,
    /// Always `image_url`.
    pub r#type: MessageDeltaContentImageUrlObjectType,
    /// The referenced image, as far as known.
    pub image_url: Option<MessageDeltaContentImageUrlObjectImageUrl>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageDeltaContentImageUrlObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("index", &self.index);
        object.required("type", &self.r#type);
        object.optional("image_url", &self.image_url);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageDeltaContentImageUrlObject);

impl crate::fields::Object for MessageDeltaContentImageUrlObject {
    const NAME: &'static str = "MessageDeltaContentImageUrlObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_index = None;
        let mut field_type = None;
        let mut field_image_url = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "index" => map.read_some(&mut field_index),
                "type" => map.read_tag(&mut field_type),
                "image_url" => map.read(&mut field_image_url),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            index: extra.required_or_default(field_index, "index"),
            r#type: extra.required_or_default(field_type, "type"),
            image_url: field_image_url,
            extra,
        })
    }
}

/// The referenced image, as far as known.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `MessageDeltaContentImageUrlObjectImageUrl::default()` and the setters, or decoded from
/// JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read and
/// to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageDeltaContentImageUrlObjectImageUrl {
    /// URL of the image.
    pub url: Option<String>,
    /// Image resolution used.
    ///
    /// Default: `"auto"`.
    pub detail: Option<MessageDeltaContentImageUrlObjectImageUrlDetail>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageDeltaContentImageUrlObjectImageUrl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("url", &self.url);
        object.optional("detail", &self.detail);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageDeltaContentImageUrlObjectImageUrl);

impl crate::fields::Object for MessageDeltaContentImageUrlObjectImageUrl {
    const NAME: &'static str = "MessageDeltaContentImageUrlObjectImageUrl";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_url = None;
        let mut field_detail = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "url" => map.read(&mut field_url),
                "detail" => map.read(&mut field_detail),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            url: field_url,
            detail: field_detail,
            extra,
        })
    }
}

/// Image resolution used.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageDeltaContentImageUrlObjectImageUrlDetail::Auto => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum MessageDeltaContentImageUrlObjectImageUrlDetail {
    /// `auto`
    Auto,
    /// `low`
    Low,
    /// `high`
    High,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageDeltaContentImageUrlObjectImageUrlDetail {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Low => "low",
            Self::High => "high",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageDeltaContentImageUrlObjectImageUrlDetail {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "low" => Self::Low,
            "high" => Self::High,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageDeltaContentImageUrlObjectImageUrlDetail);

/// Always `image_url`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageDeltaContentImageUrlObjectType::ImageUrl => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum MessageDeltaContentImageUrlObjectType {
    /// `image_url`
    #[default]
    ImageUrl,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageDeltaContentImageUrlObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ImageUrl => "image_url",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageDeltaContentImageUrlObjectType {
    fn from(value: &str) -> Self {
        match value {
            "image_url" => Self::ImageUrl,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageDeltaContentImageUrlObjectType);

/// Streamed fragment of a refusal part.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageDeltaContentRefusalObject::new(..)` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageDeltaContentRefusalObject {
    /// Position of the content part this fragment belongs to.
    pub index: i64,
    /// Always `refusal`.
    pub r#type: MessageDeltaContentRefusalObjectType,
    /// Refusal text to append.
    pub refusal: Option<String>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageDeltaContentRefusalObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("index", &self.index);
        object.required("type", &self.r#type);
        object.optional("refusal", &self.refusal);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageDeltaContentRefusalObject);

impl crate::fields::Object for MessageDeltaContentRefusalObject {
    const NAME: &'static str = "MessageDeltaContentRefusalObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_index = None;
        let mut field_type = None;
        let mut field_refusal = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "index" => map.read_some(&mut field_index),
                "type" => map.read_tag(&mut field_type),
                "refusal" => map.read(&mut field_refusal),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            index: extra.required_or_default(field_index, "index"),
            r#type: extra.required_or_default(field_type, "type"),
            refusal: field_refusal,
            extra,
        })
    }
}

/// Always `refusal`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageDeltaContentRefusalObjectType::Refusal => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum MessageDeltaContentRefusalObjectType {
    /// `refusal`
    #[default]
    Refusal,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageDeltaContentRefusalObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Refusal => "refusal",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageDeltaContentRefusalObjectType {
    fn from(value: &str) -> Self {
        match value {
            "refusal" => Self::Refusal,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageDeltaContentRefusalObjectType);

/// Streamed file citation annotation.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `MessageDeltaContentTextAnnotationsFileCitationObject::new(..)` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageDeltaContentTextAnnotationsFileCitationObject {
    /// Position of the annotation in the part's annotation list.
    pub index: i64,
    /// Always `file_citation`.
    pub r#type: MessageDeltaContentTextAnnotationsFileCitationObjectType,
    /// The marker in the text that is replaced by the citation.
    pub text: Option<String>,
    /// The cited file.
    pub file_citation: Option<
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
    >,
    /// Start offset of the marker in the text.
    ///
    /// Value: at least 0.
    pub start_index: Option<i64>,
    /// End offset of the marker in the text.
    ///
    /// Value: at least 0.
    pub end_index: Option<i64>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageDeltaContentTextAnnotationsFileCitationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("index", &self.index);
        object.required("type", &self.r#type);
        object.optional("text", &self.text);
        object.optional("file_citation", &self.file_citation);
        object.optional("start_index", &self.start_index);
        object.optional("end_index", &self.end_index);
        object.end()
    }
}

crate::fields::impl_object_decoding!(
    MessageDeltaContentTextAnnotationsFileCitationObject
);

impl crate::fields::Object for MessageDeltaContentTextAnnotationsFileCitationObject {
    const NAME: &'static str = "MessageDeltaContentTextAnnotationsFileCitationObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_index = None;
        let mut field_type = None;
        let mut field_text = None;
        let mut field_file_citation = None;
        let mut field_start_index = None;
        let mut field_end_index = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "index" => map.read_some(&mut field_index),
                "type" => map.read_tag(&mut field_type),
                "text" => map.read(&mut field_text),
                "file_citation" => map.read(&mut field_file_citation),
                "start_index" => map.read(&mut field_start_index),
                "end_index" => map.read(&mut field_end_index),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            index: extra.required_or_default(field_index, "index"),
            r#type: extra.required_or_default(field_type, "type"),
            text: field_text,
            file_citation: field_file_citation,
            start_index: field_start_index,
            end_index: field_end_index,
            extra,
        })
    }
}

/// The cited file.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation::default()` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation {
    /// ID of the cited file.
    pub file_id: Option<String>,
    /// Quoted passage of the file, when provided.
    pub quote: Option<String>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize
for MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("file_id", &self.file_id);
        object.optional("quote", &self.quote);
        object.end()
    }
}

crate::fields::impl_object_decoding!(
    MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation
);

impl crate::fields::Object
for MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation {
    const NAME: &'static str = "MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_file_id = None;
        let mut field_quote = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "file_id" => map.read(&mut field_file_id),
                "quote" => map.read(&mut field_quote),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            file_id: field_file_id,
            quote: field_quote,
            extra,
        })
    }
}

/// Always `file_citation`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageDeltaContentTextAnnotationsFileCitationObjectType::FileCitation => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum MessageDeltaContentTextAnnotationsFileCitationObjectType {
    /// `file_citation`
    #[default]
    FileCitation,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageDeltaContentTextAnnotationsFileCitationObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileCitation => "file_citation",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageDeltaContentTextAnnotationsFileCitationObjectType {
    fn from(value: &str) -> Self {
        match value {
            "file_citation" => Self::FileCitation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(
    MessageDeltaContentTextAnnotationsFileCitationObjectType
);

/// Streamed file path annotation.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `MessageDeltaContentTextAnnotationsFilePathObject::new(..)` and the setters, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageDeltaContentTextAnnotationsFilePathObject {
    /// Position of the annotation in the part's annotation list.
    pub index: i64,
    /// Always `file_path`.
    pub r#type: MessageDeltaContentTextAnnotationsFilePathObjectType,
    /// The marker in the text that is replaced by the file path.
    pub text: Option<String>,
    /// The generated file.
    pub file_path: Option<MessageDeltaContentTextAnnotationsFilePathObjectFilePath>,
    /// Start offset of the marker in the text.
    ///
    /// Value: at least 0.
    pub start_index: Option<i64>,
    /// End offset of the marker in the text.
    ///
    /// Value: at least 0.
    pub end_index: Option<i64>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageDeltaContentTextAnnotationsFilePathObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("index", &self.index);
        object.required("type", &self.r#type);
        object.optional("text", &self.text);
        object.optional("file_path", &self.file_path);
        object.optional("start_index", &self.start_index);
        object.optional("end_index", &self.end_index);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageDeltaContentTextAnnotationsFilePathObject);

impl crate::fields::Object for MessageDeltaContentTextAnnotationsFilePathObject {
    const NAME: &'static str = "MessageDeltaContentTextAnnotationsFilePathObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_index = None;
        let mut field_type = None;
        let mut field_text = None;
        let mut field_file_path = None;
        let mut field_start_index = None;
        let mut field_end_index = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "index" => map.read_some(&mut field_index),
                "type" => map.read_tag(&mut field_type),
                "text" => map.read(&mut field_text),
                "file_path" => map.read(&mut field_file_path),
                "start_index" => map.read(&mut field_start_index),
                "end_index" => map.read(&mut field_end_index),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            index: extra.required_or_default(field_index, "index"),
            r#type: extra.required_or_default(field_type, "type"),
            text: field_text,
            file_path: field_file_path,
            start_index: field_start_index,
            end_index: field_end_index,
            extra,
        })
    }
}

/// The generated file.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `MessageDeltaContentTextAnnotationsFilePathObjectFilePath::default()` and the setters,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageDeltaContentTextAnnotationsFilePathObjectFilePath {
    /// ID of the generated file.
    pub file_id: Option<String>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageDeltaContentTextAnnotationsFilePathObjectFilePath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("file_id", &self.file_id);
        object.end()
    }
}

crate::fields::impl_object_decoding!(
    MessageDeltaContentTextAnnotationsFilePathObjectFilePath
);

impl crate::fields::Object for MessageDeltaContentTextAnnotationsFilePathObjectFilePath {
    const NAME: &'static str = "MessageDeltaContentTextAnnotationsFilePathObjectFilePath";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_file_id = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "file_id" => map.read(&mut field_file_id),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            file_id: field_file_id,
            extra,
        })
    }
}

/// Always `file_path`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageDeltaContentTextAnnotationsFilePathObjectType::FilePath => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum MessageDeltaContentTextAnnotationsFilePathObjectType {
    /// `file_path`
    #[default]
    FilePath,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageDeltaContentTextAnnotationsFilePathObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FilePath => "file_path",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageDeltaContentTextAnnotationsFilePathObjectType {
    fn from(value: &str) -> Self {
        match value {
            "file_path" => Self::FilePath,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageDeltaContentTextAnnotationsFilePathObjectType);

/// Streamed fragment of a text part.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageDeltaContentTextObject::new(..)` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageDeltaContentTextObject {
    /// Position of the content part this fragment belongs to.
    pub index: i64,
    /// Always `text`.
    pub r#type: MessageDeltaContentTextObjectType,
    /// Text and annotations added by this fragment.
    pub text: Option<MessageDeltaContentTextObjectText>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageDeltaContentTextObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("index", &self.index);
        object.required("type", &self.r#type);
        object.optional("text", &self.text);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageDeltaContentTextObject);

impl crate::fields::Object for MessageDeltaContentTextObject {
    const NAME: &'static str = "MessageDeltaContentTextObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_index = None;
        let mut field_type = None;
        let mut field_text = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "index" => map.read_some(&mut field_index),
                "type" => map.read_tag(&mut field_type),
                "text" => map.read(&mut field_text),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            index: extra.required_or_default(field_index, "index"),
            r#type: extra.required_or_default(field_type, "type"),
            text: field_text,
            extra,
        })
    }
}

/// Text and annotations added by this fragment.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageDeltaContentTextObjectText::default()` and
/// the setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its
/// fields are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageDeltaContentTextObjectText {
    /// Text to append to the part.
    pub value: Option<String>,
    /// Annotations added by this fragment.
    pub annotations: Option<Vec<MessageDeltaContentTextObjectTextAnnotationsItem>>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageDeltaContentTextObjectText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("value", &self.value);
        object.optional("annotations", &self.annotations);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageDeltaContentTextObjectText);

impl crate::fields::Object for MessageDeltaContentTextObjectText {
    const NAME: &'static str = "MessageDeltaContentTextObjectText";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_value = None;
        let mut field_annotations = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "value" => map.read(&mut field_value),
                "annotations" => map.read(&mut field_annotations),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            value: field_value,
            annotations: field_annotations,
            extra,
        })
    }
}

/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum MessageDeltaContentTextObjectTextAnnotationsItem {
    /// Streamed file citation annotation.
    FileCitation(MessageDeltaContentTextAnnotationsFileCitationObject),
    /// Streamed file path annotation.
    FilePath(MessageDeltaContentTextAnnotationsFilePathObject),
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize for MessageDeltaContentTextObjectTextAnnotationsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::FileCitation(payload) => payload.serialize(serializer),
            Self::FilePath(payload) => payload.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for MessageDeltaContentTextObjectTextAnnotationsItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a MessageDeltaContentTextObjectTextAnnotationsItem object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "file_citation" => {
                <MessageDeltaContentTextAnnotationsFileCitationObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::FileCitation)
            }
            "file_path" => {
                <MessageDeltaContentTextAnnotationsFilePathObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::FilePath)
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        match crate::support::tag_of(raw, "type").as_deref() {
            Some("file_citation") => {
                return crate::support::decode(raw).map(Self::FileCitation);
            }
            Some("file_path") => return crate::support::decode(raw).map(Self::FilePath),
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }
}

impl<'de> serde::Deserialize<'de> for MessageDeltaContentTextObjectTextAnnotationsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for MessageDeltaContentTextObjectTextAnnotationsItem {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

impl From<MessageDeltaContentTextAnnotationsFileCitationObject>
for MessageDeltaContentTextObjectTextAnnotationsItem {
    fn from(value: MessageDeltaContentTextAnnotationsFileCitationObject) -> Self {
        Self::FileCitation(value)
    }
}

impl From<MessageDeltaContentTextAnnotationsFilePathObject>
for MessageDeltaContentTextObjectTextAnnotationsItem {
    fn from(value: MessageDeltaContentTextAnnotationsFilePathObject) -> Self {
        Self::FilePath(value)
    }
}

/// Always `text`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageDeltaContentTextObjectType::Text => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum MessageDeltaContentTextObjectType {
    /// `text`
    #[default]
    Text,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageDeltaContentTextObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageDeltaContentTextObjectType {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageDeltaContentTextObjectType);

/// A change to a message being written, sent in `thread.message.delta` stream events.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageDeltaObject::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageDeltaObject {
    /// ID of the message being changed.
    pub id: String,
    /// Always `thread.message.delta`.
    pub object: MessageDeltaObjectObject,
    /// The fields of the message that changed.
    pub delta: MessageDeltaObjectDelta,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageDeltaObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("id", &self.id);
        object.required("object", &self.object);
        object.required("delta", &self.delta);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageDeltaObject);

impl crate::fields::Object for MessageDeltaObject {
    const NAME: &'static str = "MessageDeltaObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_id = None;
        let mut field_object = None;
        let mut field_delta = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "id" => map.read_some(&mut field_id),
                "object" => map.read_some(&mut field_object),
                "delta" => map.read_some(&mut field_delta),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            id: extra.required_or_default(field_id, "id"),
            object: extra.required_or_default(field_object, "object"),
            delta: extra.required_or_default(field_delta, "delta"),
            extra,
        })
    }
}

/// The fields of the message that changed.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageDeltaObjectDelta::default()` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageDeltaObjectDelta {
    /// Who the message is attributed to.
    pub role: Option<MessageDeltaObjectDeltaRole>,
    /// Content fragments to merge into the message, by `index`.
    pub content: Option<Vec<MessageDeltaObjectDeltaContentItem>>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageDeltaObjectDelta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("role", &self.role);
        object.optional("content", &self.content);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageDeltaObjectDelta);

impl crate::fields::Object for MessageDeltaObjectDelta {
    const NAME: &'static str = "MessageDeltaObjectDelta";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_role = None;
        let mut field_content = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "role" => map.read(&mut field_role),
                "content" => map.read(&mut field_content),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            role: field_role,
            content: field_content,
            extra,
        })
    }
}

/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum MessageDeltaObjectDeltaContentItem {
    /// Streamed fragment of an image-file part.
    ImageFile(MessageDeltaContentImageFileObject),
    /// Streamed fragment of a text part.
    Text(MessageDeltaContentTextObject),
    /// Streamed fragment of a refusal part.
    Refusal(MessageDeltaContentRefusalObject),
    /// Streamed fragment of an image-URL part.
    ImageUrl(MessageDeltaContentImageUrlObject),
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize for MessageDeltaObjectDeltaContentItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ImageFile(payload) => payload.serialize(serializer),
            Self::Text(payload) => payload.serialize(serializer),
            Self::Refusal(payload) => payload.serialize(serializer),
            Self::ImageUrl(payload) => payload.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for MessageDeltaObjectDeltaContentItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a MessageDeltaObjectDeltaContentItem object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "image_file" => {
                <MessageDeltaContentImageFileObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ImageFile)
            }
            "text" => {
                <MessageDeltaContentTextObject as crate::fields::Object>::from_map(rest)
                    .map(Self::Text)
            }
            "refusal" => {
                <MessageDeltaContentRefusalObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::Refusal)
            }
            "image_url" => {
                <MessageDeltaContentImageUrlObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ImageUrl)
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        match crate::support::tag_of(raw, "type").as_deref() {
            Some("image_file") => return crate::support::decode(raw).map(Self::ImageFile),
            Some("text") => return crate::support::decode(raw).map(Self::Text),
            Some("refusal") => return crate::support::decode(raw).map(Self::Refusal),
            Some("image_url") => return crate::support::decode(raw).map(Self::ImageUrl),
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }
}

impl<'de> serde::Deserialize<'de> for MessageDeltaObjectDeltaContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for MessageDeltaObjectDeltaContentItem {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

impl From<MessageDeltaContentImageFileObject> for MessageDeltaObjectDeltaContentItem {
    fn from(value: MessageDeltaContentImageFileObject) -> Self {
        Self::ImageFile(value)
    }
}

impl From<MessageDeltaContentTextObject> for MessageDeltaObjectDeltaContentItem {
    fn from(value: MessageDeltaContentTextObject) -> Self {
        Self::Text(value)
    }
}

impl From<MessageDeltaContentRefusalObject> for MessageDeltaObjectDeltaContentItem {
    fn from(value: MessageDeltaContentRefusalObject) -> Self {
        Self::Refusal(value)
    }
}

impl From<MessageDeltaContentImageUrlObject> for MessageDeltaObjectDeltaContentItem {
    fn from(value: MessageDeltaContentImageUrlObject) -> Self {
        Self::ImageUrl(value)
    }
}

/// Who the message is attributed to.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageDeltaObjectDeltaRole::User => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum MessageDeltaObjectDeltaRole {
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageDeltaObjectDeltaRole {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Assistant => "assistant",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageDeltaObjectDeltaRole {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "assistant" => Self::Assistant,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageDeltaObjectDeltaRole);

/// Always `thread.message.delta`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageDeltaObjectObject::ThreadMessageDelta => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum MessageDeltaObjectObject {
    /// `thread.message.delta`
    #[default]
    ThreadMessageDelta,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageDeltaObjectObject {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadMessageDelta => "thread.message.delta",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageDeltaObjectObject {
    fn from(value: &str) -> Self {
        match value {
            "thread.message.delta" => Self::ThreadMessageDelta,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageDeltaObjectObject);

/// A message in a thread.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageObject::new(..)` and the setters, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct MessageObject {
    /// Identifier of the message.
    pub id: String,
    /// Always `thread.message`.
    pub object: MessageObjectObject,
    /// Creation time, in Unix seconds.
    pub created_at: i64,
    /// ID of the thread the message belongs to.
    pub thread_id: String,
    /// Progress of the message. Not always sent.
    pub status: Option<MessageObjectStatus>,
    /// Why the message is `incomplete`; null otherwise.
    pub incomplete_details: crate::fields::Nullable<MessageObjectIncompleteDetails>,
    /// When the message was completed, in Unix seconds.
    pub completed_at: crate::fields::Nullable<i64>,
    /// When the message was marked incomplete, in Unix seconds.
    pub incomplete_at: crate::fields::Nullable<i64>,
    /// Who the message is attributed to.
    pub role: MessageObjectRole,
    /// The message body, as text, image and refusal parts.
    pub content: Vec<MessageObjectContentItem>,
    /// ID of the assistant that wrote the message, if any.
    pub assistant_id: Option<String>,
    /// ID of the run that produced the message, if any.
    pub run_id: Option<String>,
    /// Files attached to the message and the tools that see them.
    pub attachments: crate::fields::Nullable<Vec<MessageObjectAttachmentsItem>>,
    /// Tags stored on the message.
    pub metadata: Option<Metadata>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("id", &self.id);
        object.required("object", &self.object);
        object.required("created_at", &self.created_at);
        object.required("thread_id", &self.thread_id);
        object.optional("status", &self.status);
        object.nullable("incomplete_details", &self.incomplete_details);
        object.nullable("completed_at", &self.completed_at);
        object.nullable("incomplete_at", &self.incomplete_at);
        object.required("role", &self.role);
        object.required("content", &self.content);
        object.required("assistant_id", &self.assistant_id);
        object.required("run_id", &self.run_id);
        object.nullable("attachments", &self.attachments);
        object.required("metadata", &self.metadata);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageObject);

impl crate::fields::Object for MessageObject {
    const NAME: &'static str = "MessageObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_id = None;
        let mut field_object = None;
        let mut field_created_at = None;
        let mut field_thread_id = None;
        let mut field_status = None;
        let mut field_incomplete_details = crate::fields::Nullable::Absent;
        let mut field_completed_at = crate::fields::Nullable::Absent;
        let mut field_incomplete_at = crate::fields::Nullable::Absent;
        let mut field_role = None;
        let mut field_content = None;
        let mut field_assistant_id = None;
        let mut field_run_id = None;
        let mut field_attachments = crate::fields::Nullable::Absent;
        let mut field_metadata = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "id" => map.read_some(&mut field_id),
                "object" => map.read_some(&mut field_object),
                "created_at" => map.read_some(&mut field_created_at),
                "thread_id" => map.read_some(&mut field_thread_id),
                "status" => map.read(&mut field_status),
                "incomplete_details" => map.read(&mut field_incomplete_details),
                "completed_at" => map.read(&mut field_completed_at),
                "incomplete_at" => map.read(&mut field_incomplete_at),
                "role" => map.read_some(&mut field_role),
                "content" => map.read_some(&mut field_content),
                "assistant_id" => map.read_some(&mut field_assistant_id),
                "run_id" => map.read_some(&mut field_run_id),
                "attachments" => map.read(&mut field_attachments),
                "metadata" => map.read_some(&mut field_metadata),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            id: extra.required_or_default(field_id, "id"),
            object: extra.required_or_default(field_object, "object"),
            created_at: extra.required_or_default(field_created_at, "created_at"),
            thread_id: extra.required_or_default(field_thread_id, "thread_id"),
            status: field_status,
            incomplete_details: field_incomplete_details,
            completed_at: field_completed_at,
            incomplete_at: field_incomplete_at,
            role: crate::fields::required(field_role, "role", Self::NAME)?,
            content: extra.required_or_default(field_content, "content"),
            assistant_id: extra.required_or_default(field_assistant_id, "assistant_id"),
            run_id: extra.required_or_default(field_run_id, "run_id"),
            attachments: field_attachments,
            metadata: extra.required_or_default(field_metadata, "metadata"),
            extra,
        })
    }
}

/// One attached file.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageObjectAttachmentsItem::default()` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageObjectAttachmentsItem {
    /// ID of the attached file.
    pub file_id: Option<String>,
    /// Tools the file is made available to.
    pub tools: Option<Vec<MessageObjectAttachmentsItemToolsItem>>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageObjectAttachmentsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("file_id", &self.file_id);
        object.optional("tools", &self.tools);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageObjectAttachmentsItem);

impl crate::fields::Object for MessageObjectAttachmentsItem {
    const NAME: &'static str = "MessageObjectAttachmentsItem";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_file_id = None;
        let mut field_tools = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "file_id" => map.read(&mut field_file_id),
                "tools" => map.read(&mut field_tools),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            file_id: field_file_id,
            tools: field_tools,
            extra,
        })
    }
}

/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum MessageObjectAttachmentsItemToolsItem {
    /// The code interpreter tool.
    CodeInterpreter,
    /// The file search tool, named without options (used in message attachments).
    FileSearch,
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize for MessageObjectAttachmentsItemToolsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        #[serde(tag = "type")]
        enum TaggedRepr {
            #[serde(rename = "code_interpreter")]
            CodeInterpreter,
            #[serde(rename = "file_search")]
            FileSearch,
        }
        match self {
            Self::CodeInterpreter => TaggedRepr::CodeInterpreter.serialize(serializer),
            Self::FileSearch => TaggedRepr::FileSearch.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for MessageObjectAttachmentsItemToolsItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a MessageObjectAttachmentsItemToolsItem object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "code_interpreter" => {
                Ok(
                    match crate::support::tag_only(rest)? {
                        None => Self::CodeInterpreter,
                        Some(object) => Self::Unknown(object),
                    },
                )
            }
            "file_search" => {
                Ok(
                    match crate::support::tag_only(rest)? {
                        None => Self::FileSearch,
                        Some(object) => Self::Unknown(object),
                    },
                )
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        match crate::support::tag_of(raw, "type").as_deref() {
            Some("code_interpreter") => {
                return Ok(
                    match crate::support::entry_count(raw) {
                        0 | 1 => Self::CodeInterpreter,
                        _ => Self::Unknown(crate::support::decode(raw)?),
                    },
                );
            }
            Some("file_search") => {
                return Ok(
                    match crate::support::entry_count(raw) {
                        0 | 1 => Self::FileSearch,
                        _ => Self::Unknown(crate::support::decode(raw)?),
                    },
                );
            }
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }
}

impl<'de> serde::Deserialize<'de> for MessageObjectAttachmentsItemToolsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for MessageObjectAttachmentsItemToolsItem {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum MessageObjectContentItem {
    /// An image part that refers to an uploaded file.
    ImageFile(MessageContentImageFileObject),
    /// An image part that refers to an image on the web.
    ImageUrl(MessageContentImageUrlObject),
    /// A text part of a stored message, with its annotations.
    Text(MessageContentTextObject),
    /// A part in which the model declines to answer.
    Refusal(MessageContentRefusalObject),
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize for MessageObjectContentItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ImageFile(payload) => payload.serialize(serializer),
            Self::ImageUrl(payload) => payload.serialize(serializer),
            Self::Text(payload) => payload.serialize(serializer),
            Self::Refusal(payload) => payload.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for MessageObjectContentItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a MessageObjectContentItem object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "image_file" => {
                <MessageContentImageFileObject as crate::fields::Object>::from_map(rest)
                    .map(Self::ImageFile)
            }
            "image_url" => {
                <MessageContentImageUrlObject as crate::fields::Object>::from_map(rest)
                    .map(Self::ImageUrl)
            }
            "text" => {
                <MessageContentTextObject as crate::fields::Object>::from_map(rest)
                    .map(Self::Text)
            }
            "refusal" => {
                <MessageContentRefusalObject as crate::fields::Object>::from_map(rest)
                    .map(Self::Refusal)
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        match crate::support::tag_of(raw, "type").as_deref() {
            Some("image_file") => return crate::support::decode(raw).map(Self::ImageFile),
            Some("image_url") => return crate::support::decode(raw).map(Self::ImageUrl),
            Some("text") => return crate::support::decode(raw).map(Self::Text),
            Some("refusal") => return crate::support::decode(raw).map(Self::Refusal),
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }
}

impl<'de> serde::Deserialize<'de> for MessageObjectContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for MessageObjectContentItem {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

impl From<MessageContentImageFileObject> for MessageObjectContentItem {
    fn from(value: MessageContentImageFileObject) -> Self {
        Self::ImageFile(value)
    }
}

impl From<MessageContentImageUrlObject> for MessageObjectContentItem {
    fn from(value: MessageContentImageUrlObject) -> Self {
        Self::ImageUrl(value)
    }
}

impl From<MessageContentTextObject> for MessageObjectContentItem {
    fn from(value: MessageContentTextObject) -> Self {
        Self::Text(value)
    }
}

impl From<MessageContentRefusalObject> for MessageObjectContentItem {
    fn from(value: MessageContentRefusalObject) -> Self {
        Self::Refusal(value)
    }
}

/// Why the message is `incomplete`; null otherwise.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageObjectIncompleteDetails::new(..)`, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct MessageObjectIncompleteDetails {
    /// What stopped the message.
    pub reason: MessageObjectIncompleteDetailsReason,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageObjectIncompleteDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("reason", &self.reason);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageObjectIncompleteDetails);

impl crate::fields::Object for MessageObjectIncompleteDetails {
    const NAME: &'static str = "MessageObjectIncompleteDetails";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_reason = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "reason" => map.read_some(&mut field_reason),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            reason: crate::fields::required(field_reason, "reason", Self::NAME)?,
            extra,
        })
    }
}

/// What stopped the message.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageObjectIncompleteDetailsReason::ContentFilter => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum MessageObjectIncompleteDetailsReason {
    /// `content_filter`
    ContentFilter,
    /// `max_tokens`
    MaxTokens,
    /// `run_cancelled`
    RunCancelled,
    /// `run_expired`
    RunExpired,
    /// `run_failed`
    RunFailed,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageObjectIncompleteDetailsReason {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ContentFilter => "content_filter",
            Self::MaxTokens => "max_tokens",
            Self::RunCancelled => "run_cancelled",
            Self::RunExpired => "run_expired",
            Self::RunFailed => "run_failed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageObjectIncompleteDetailsReason {
    fn from(value: &str) -> Self {
        match value {
            "content_filter" => Self::ContentFilter,
            "max_tokens" => Self::MaxTokens,
            "run_cancelled" => Self::RunCancelled,
            "run_expired" => Self::RunExpired,
            "run_failed" => Self::RunFailed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageObjectIncompleteDetailsReason);

/// Always `thread.message`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageObjectObject::ThreadMessage => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum MessageObjectObject {
    /// `thread.message`
    #[default]
    ThreadMessage,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageObjectObject {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadMessage => "thread.message",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageObjectObject {
    fn from(value: &str) -> Self {
        match value {
            "thread.message" => Self::ThreadMessage,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageObjectObject);

/// Who the message is attributed to.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageObjectRole::User => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum MessageObjectRole {
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageObjectRole {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Assistant => "assistant",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageObjectRole {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "assistant" => Self::Assistant,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageObjectRole);

/// Progress of the message. Not always sent.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageObjectStatus::InProgress => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum MessageObjectStatus {
    /// `in_progress`
    InProgress,
    /// `incomplete`
    Incomplete,
    /// `completed`
    Completed,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageObjectStatus {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Incomplete => "incomplete",
            Self::Completed => "completed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageObjectStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "incomplete" => Self::Incomplete,
            "completed" => Self::Completed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageObjectStatus);

/// A text part of a message being created.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `MessageRequestContentTextObject::new(..)`, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageRequestContentTextObject {
    /// Always `text`.
    pub r#type: MessageRequestContentTextObjectType,
    /// The text.
    pub text: String,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for MessageRequestContentTextObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.required("text", &self.text);
        object.end()
    }
}

crate::fields::impl_object_decoding!(MessageRequestContentTextObject);

impl crate::fields::Object for MessageRequestContentTextObject {
    const NAME: &'static str = "MessageRequestContentTextObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_text = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "text" => map.read_some(&mut field_text),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            text: extra.required_or_default(field_text, "text"),
            extra,
        })
    }
}

/// Always `text`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     MessageRequestContentTextObjectType::Text => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum MessageRequestContentTextObjectType {
    /// `text`
    #[default]
    Text,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl MessageRequestContentTextObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MessageRequestContentTextObjectType {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(MessageRequestContentTextObjectType);

/// Free-form string tags attached to an object: at most 16 pairs, keys up to 64 characters, values up to 512 characters.
///
/// Entries: at most 16.
pub type Metadata = std::collections::BTreeMap<String, String>;

/// Structured Outputs - the output conforms to a supplied JSON schema.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `ResponseFormatJsonSchema::new(..)`, or decoded from
/// JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read and
/// to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResponseFormatJsonSchema {
    /// Always `json_schema`.
    pub r#type: ResponseFormatJsonSchemaType,
    /// The schema the output must follow, and how strictly.
    pub json_schema: ResponseFormatJsonSchemaJsonSchema,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for ResponseFormatJsonSchema {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.required("json_schema", &self.json_schema);
        object.end()
    }
}

crate::fields::impl_object_decoding!(ResponseFormatJsonSchema);

impl crate::fields::Object for ResponseFormatJsonSchema {
    const NAME: &'static str = "ResponseFormatJsonSchema";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_json_schema = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "json_schema" => map.read_some(&mut field_json_schema),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            json_schema: extra.required_or_default(field_json_schema, "json_schema"),
            extra,
        })
    }
}

/// The schema the output must follow, and how strictly.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `ResponseFormatJsonSchemaJsonSchema::new(..)` and
/// the setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its
/// fields are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResponseFormatJsonSchemaJsonSchema {
    /// Name of the format: letters, digits, underscores and dashes, at most 64 characters.
    ///
    /// Length: at most 64 characters.
    pub name: String,
    /// What the format is for; helps the model decide how to answer.
    pub description: Option<String>,
    pub schema: Option<ResponseFormatJsonSchemaSchema>,
    /// When true, the output follows `schema` exactly (only a subset of JSON Schema is then allowed).
    ///
    /// Default: `false`.
    pub strict: crate::fields::Nullable<bool>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for ResponseFormatJsonSchemaJsonSchema {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("name", &self.name);
        object.optional("description", &self.description);
        object.optional("schema", &self.schema);
        object.nullable("strict", &self.strict);
        object.end()
    }
}

crate::fields::impl_object_decoding!(ResponseFormatJsonSchemaJsonSchema);

impl crate::fields::Object for ResponseFormatJsonSchemaJsonSchema {
    const NAME: &'static str = "ResponseFormatJsonSchemaJsonSchema";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_name = None;
        let mut field_description = None;
        let mut field_schema = None;
        let mut field_strict = crate::fields::Nullable::Absent;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "name" => map.read_some(&mut field_name),
                "description" => map.read(&mut field_description),
                "schema" => map.read(&mut field_schema),
                "strict" => map.read(&mut field_strict),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            name: extra.required_or_default(field_name, "name"),
            description: field_description,
            schema: field_schema,
            strict: field_strict,
            extra,
        })
    }
}

/// A JSON Schema document describing the expected output.
pub type ResponseFormatJsonSchemaSchema = serde_json::Value;

/// Always `json_schema`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     ResponseFormatJsonSchemaType::JsonSchema => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum ResponseFormatJsonSchemaType {
    /// `json_schema`
    #[default]
    JsonSchema,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl ResponseFormatJsonSchemaType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::JsonSchema => "json_schema",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ResponseFormatJsonSchemaType {
    fn from(value: &str) -> Self {
        match value {
            "json_schema" => Self::JsonSchema,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(ResponseFormatJsonSchemaType);

/// Token counts of a finished run.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunCompletionUsage::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunCompletionUsage {
    /// Tokens generated over the whole run.
    pub completion_tokens: i64,
    /// Prompt tokens consumed over the whole run.
    pub prompt_tokens: i64,
    /// Sum of prompt and completion tokens.
    pub total_tokens: i64,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunCompletionUsage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("completion_tokens", &self.completion_tokens);
        object.required("prompt_tokens", &self.prompt_tokens);
        object.required("total_tokens", &self.total_tokens);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunCompletionUsage);

impl crate::fields::Object for RunCompletionUsage {
    const NAME: &'static str = "RunCompletionUsage";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_completion_tokens = None;
        let mut field_prompt_tokens = None;
        let mut field_total_tokens = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "completion_tokens" => map.read_some(&mut field_completion_tokens),
                "prompt_tokens" => map.read_some(&mut field_prompt_tokens),
                "total_tokens" => map.read_some(&mut field_total_tokens),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            completion_tokens: extra
                .required_or_default(field_completion_tokens, "completion_tokens"),
            prompt_tokens: extra
                .required_or_default(field_prompt_tokens, "prompt_tokens"),
            total_tokens: extra.required_or_default(field_total_tokens, "total_tokens"),
            extra,
        })
    }
}

/// One execution of an assistant on a thread.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunObject::new(..)` and the setters, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct RunObject {
    /// Identifier of the run.
    pub id: String,
    /// Always `thread.run`.
    pub object: RunObjectObject,
    /// Creation time, in Unix seconds.
    pub created_at: i64,
    /// ID of the thread the run executes on.
    pub thread_id: String,
    /// ID of the assistant executing the run.
    pub assistant_id: String,
    /// Where the run is in its lifecycle.
    pub status: RunObjectStatus,
    /// What the caller must do for the run to continue; null (or absent) unless the status is `requires_action`.
    pub required_action: crate::fields::Nullable<RunObjectRequiredAction>,
    /// The most recent error of the run, or null if there was none.
    pub last_error: Option<RunObjectLastError>,
    /// When the run will expire, in Unix seconds; null once it has ended.
    pub expires_at: Option<i64>,
    /// When the run started, in Unix seconds; null if not yet.
    pub started_at: Option<i64>,
    /// When the run was cancelled, in Unix seconds; null if it was not.
    pub cancelled_at: Option<i64>,
    /// When the run failed, in Unix seconds; null if it did not.
    pub failed_at: Option<i64>,
    /// When the run completed, in Unix seconds; null if not yet.
    pub completed_at: Option<i64>,
    /// Why the run ended as `incomplete`; null (or absent) otherwise.
    pub incomplete_details: crate::fields::Nullable<RunObjectIncompleteDetails>,
    /// The model used for the run.
    pub model: String,
    /// The instructions used for the run; may be null.
    pub instructions: Option<String>,
    /// The tools available to the run.
    ///
    /// Items: at most 20. Default: `[]`.
    pub tools: Vec<AssistantTools>,
    /// Tags stored on the run.
    pub metadata: Option<Metadata>,
    /// Token counts; null until the run reaches a terminal state.
    pub usage: Option<RunCompletionUsage>,
    /// Sampling temperature used; 1 when not set.
    ///
    /// Value: at least 0, at most 2.
    pub temperature: crate::fields::Nullable<f64>,
    /// Nucleus sampling value used; 1 when not set.
    ///
    /// Value: at least 0, at most 1.
    pub top_p: crate::fields::Nullable<f64>,
    /// Prompt token budget of the run, or null if unlimited.
    ///
    /// Value: at least 256.
    pub max_prompt_tokens: crate::fields::Nullable<i64>,
    /// Completion token budget of the run, or null if unlimited.
    ///
    /// Value: at least 256.
    pub max_completion_tokens: crate::fields::Nullable<i64>,
    /// How the thread was truncated before the run.
    pub truncation_strategy: crate::fields::Nullable<TruncationObject>,
    /// The tool-calling mode or forced tool of the run.
    pub tool_choice: Option<AssistantsApiToolChoiceOption>,
    /// Files and vector stores the tools may use during this run. The API sends it (see its own examples and captured traffic) though the run reference does not list it.
    pub tool_resources: crate::fields::Nullable<ToolResources>,
    /// Whether the model may request several function calls at once. Not sent by older API versions.
    ///
    /// Default: `true`.
    pub parallel_tool_calls: Option<bool>,
    /// The output format of the run.
    pub response_format: Option<AssistantsApiResponseFormatOption>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("id", &self.id);
        object.required("object", &self.object);
        object.required("created_at", &self.created_at);
        object.required("thread_id", &self.thread_id);
        object.required("assistant_id", &self.assistant_id);
        object.required("status", &self.status);
        object.nullable("required_action", &self.required_action);
        object.required("last_error", &self.last_error);
        object.required("expires_at", &self.expires_at);
        object.required("started_at", &self.started_at);
        object.required("cancelled_at", &self.cancelled_at);
        object.required("failed_at", &self.failed_at);
        object.required("completed_at", &self.completed_at);
        object.nullable("incomplete_details", &self.incomplete_details);
        object.required("model", &self.model);
        object.required("instructions", &self.instructions);
        object.required("tools", &self.tools);
        object.required("metadata", &self.metadata);
        object.required("usage", &self.usage);
        object.nullable("temperature", &self.temperature);
        object.nullable("top_p", &self.top_p);
        object.nullable("max_prompt_tokens", &self.max_prompt_tokens);
        object.nullable("max_completion_tokens", &self.max_completion_tokens);
        object.nullable("truncation_strategy", &self.truncation_strategy);
        object.required("tool_choice", &self.tool_choice);
        object.nullable("tool_resources", &self.tool_resources);
        object.optional("parallel_tool_calls", &self.parallel_tool_calls);
        object.required("response_format", &self.response_format);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunObject);

impl crate::fields::Object for RunObject {
    const NAME: &'static str = "RunObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_id = None;
        let mut field_object = None;
        let mut field_created_at = None;
        let mut field_thread_id = None;
        let mut field_assistant_id = None;
        let mut field_status = None;
        let mut field_required_action = crate::fields::Nullable::Absent;
        let mut field_last_error = None;
        let mut field_expires_at = None;
        let mut field_started_at = None;
        let mut field_cancelled_at = None;
        let mut field_failed_at = None;
        let mut field_completed_at = None;
        let mut field_incomplete_details = crate::fields::Nullable::Absent;
        let mut field_model = None;
        let mut field_instructions = None;
        let mut field_tools = None;
        let mut field_metadata = None;
        let mut field_usage = None;
        let mut field_temperature = crate::fields::Nullable::Absent;
        let mut field_top_p = crate::fields::Nullable::Absent;
        let mut field_max_prompt_tokens = crate::fields::Nullable::Absent;
        let mut field_max_completion_tokens = crate::fields::Nullable::Absent;
        let mut field_truncation_strategy = crate::fields::Nullable::Absent;
        let mut field_tool_choice = None;
        let mut field_tool_resources = crate::fields::Nullable::Absent;
        let mut field_parallel_tool_calls = None;
        let mut field_response_format = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "id" => map.read_some(&mut field_id),
                "object" => map.read_some(&mut field_object),
                "created_at" => map.read_some(&mut field_created_at),
                "thread_id" => map.read_some(&mut field_thread_id),
                "assistant_id" => map.read_some(&mut field_assistant_id),
                "status" => map.read_some(&mut field_status),
                "required_action" => map.read(&mut field_required_action),
                "last_error" => map.read_some(&mut field_last_error),
                "expires_at" => map.read_some(&mut field_expires_at),
                "started_at" => map.read_some(&mut field_started_at),
                "cancelled_at" => map.read_some(&mut field_cancelled_at),
                "failed_at" => map.read_some(&mut field_failed_at),
                "completed_at" => map.read_some(&mut field_completed_at),
                "incomplete_details" => map.read(&mut field_incomplete_details),
                "model" => map.read_some(&mut field_model),
                "instructions" => map.read_some(&mut field_instructions),
                "tools" => map.read_some(&mut field_tools),
                "metadata" => map.read_some(&mut field_metadata),
                "usage" => map.read_some(&mut field_usage),
                "temperature" => map.read(&mut field_temperature),
                "top_p" => map.read(&mut field_top_p),
                "max_prompt_tokens" => map.read(&mut field_max_prompt_tokens),
                "max_completion_tokens" => map.read(&mut field_max_completion_tokens),
                "truncation_strategy" => map.read(&mut field_truncation_strategy),
                "tool_choice" => map.read_some(&mut field_tool_choice),
                "tool_resources" => map.read(&mut field_tool_resources),
                "parallel_tool_calls" => map.read(&mut field_parallel_tool_calls),
                "response_format" => map.read_some(&mut field_response_format),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            id: extra.required_or_default(field_id, "id"),
            object: extra.required_or_default(field_object, "object"),
            created_at: extra.required_or_default(field_created_at, "created_at"),
            thread_id: extra.required_or_default(field_thread_id, "thread_id"),
            assistant_id: extra.required_or_default(field_assistant_id, "assistant_id"),
            status: crate::fields::required(field_status, "status", Self::NAME)?,
            required_action: field_required_action,
            last_error: extra.required_or_default(field_last_error, "last_error"),
            expires_at: extra.required_or_default(field_expires_at, "expires_at"),
            started_at: extra.required_or_default(field_started_at, "started_at"),
            cancelled_at: extra.required_or_default(field_cancelled_at, "cancelled_at"),
            failed_at: extra.required_or_default(field_failed_at, "failed_at"),
            completed_at: extra.required_or_default(field_completed_at, "completed_at"),
            incomplete_details: field_incomplete_details,
            model: extra.required_or_default(field_model, "model"),
            instructions: extra.required_or_default(field_instructions, "instructions"),
            tools: extra.required_or_default(field_tools, "tools"),
            metadata: extra.required_or_default(field_metadata, "metadata"),
            usage: extra.required_or_default(field_usage, "usage"),
            temperature: field_temperature,
            top_p: field_top_p,
            max_prompt_tokens: field_max_prompt_tokens,
            max_completion_tokens: field_max_completion_tokens,
            truncation_strategy: field_truncation_strategy,
            tool_choice: extra.required_or_default(field_tool_choice, "tool_choice"),
            tool_resources: field_tool_resources,
            parallel_tool_calls: field_parallel_tool_calls,
            response_format: extra
                .required_or_default(field_response_format, "response_format"),
            extra,
        })
    }
}

/// Why the run ended as `incomplete`; null (or absent) otherwise.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunObjectIncompleteDetails::default()` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunObjectIncompleteDetails {
    /// Which token budget ran out.
    pub reason: Option<RunObjectIncompleteDetailsReason>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunObjectIncompleteDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("reason", &self.reason);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunObjectIncompleteDetails);

impl crate::fields::Object for RunObjectIncompleteDetails {
    const NAME: &'static str = "RunObjectIncompleteDetails";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_reason = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "reason" => map.read(&mut field_reason),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            reason: field_reason,
            extra,
        })
    }
}

/// Which token budget ran out.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunObjectIncompleteDetailsReason::MaxCompletionTokens => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum RunObjectIncompleteDetailsReason {
    /// `max_completion_tokens`
    MaxCompletionTokens,
    /// `max_prompt_tokens`
    MaxPromptTokens,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunObjectIncompleteDetailsReason {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MaxCompletionTokens => "max_completion_tokens",
            Self::MaxPromptTokens => "max_prompt_tokens",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunObjectIncompleteDetailsReason {
    fn from(value: &str) -> Self {
        match value {
            "max_completion_tokens" => Self::MaxCompletionTokens,
            "max_prompt_tokens" => Self::MaxPromptTokens,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunObjectIncompleteDetailsReason);

/// The most recent error of the run, or null if there was none.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunObjectLastError::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct RunObjectLastError {
    /// Category of the error.
    pub code: RunObjectLastErrorCode,
    /// Human-readable explanation.
    pub message: String,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunObjectLastError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("code", &self.code);
        object.required("message", &self.message);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunObjectLastError);

impl crate::fields::Object for RunObjectLastError {
    const NAME: &'static str = "RunObjectLastError";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_code = None;
        let mut field_message = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "code" => map.read_some(&mut field_code),
                "message" => map.read_some(&mut field_message),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            code: crate::fields::required(field_code, "code", Self::NAME)?,
            message: extra.required_or_default(field_message, "message"),
            extra,
        })
    }
}

/// Category of the error.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunObjectLastErrorCode::ServerError => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum RunObjectLastErrorCode {
    /// `server_error`
    ServerError,
    /// `rate_limit_exceeded`
    RateLimitExceeded,
    /// `invalid_prompt`
    InvalidPrompt,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunObjectLastErrorCode {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServerError => "server_error",
            Self::RateLimitExceeded => "rate_limit_exceeded",
            Self::InvalidPrompt => "invalid_prompt",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunObjectLastErrorCode {
    fn from(value: &str) -> Self {
        match value {
            "server_error" => Self::ServerError,
            "rate_limit_exceeded" => Self::RateLimitExceeded,
            "invalid_prompt" => Self::InvalidPrompt,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunObjectLastErrorCode);

/// Always `thread.run`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunObjectObject::ThreadRun => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunObjectObject {
    /// `thread.run`
    #[default]
    ThreadRun,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunObjectObject {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRun => "thread.run",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunObjectObject {
    fn from(value: &str) -> Self {
        match value {
            "thread.run" => Self::ThreadRun,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunObjectObject);

/// What the caller must do for the run to continue; null (or absent) unless the status is `requires_action`.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunObjectRequiredAction::new(..)`, or decoded from
/// JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read and
/// to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunObjectRequiredAction {
    /// Always `submit_tool_outputs`.
    pub r#type: RunObjectRequiredActionType,
    /// The tool calls whose outputs are awaited.
    pub submit_tool_outputs: RunObjectRequiredActionSubmitToolOutputs,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunObjectRequiredAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.required("submit_tool_outputs", &self.submit_tool_outputs);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunObjectRequiredAction);

impl crate::fields::Object for RunObjectRequiredAction {
    const NAME: &'static str = "RunObjectRequiredAction";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_submit_tool_outputs = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_some(&mut field_type),
                "submit_tool_outputs" => map.read_some(&mut field_submit_tool_outputs),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            submit_tool_outputs: extra
                .required_or_default(field_submit_tool_outputs, "submit_tool_outputs"),
            extra,
        })
    }
}

/// The tool calls whose outputs are awaited.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunObjectRequiredActionSubmitToolOutputs::new(..)`,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunObjectRequiredActionSubmitToolOutputs {
    /// The pending tool calls.
    pub tool_calls: Vec<RunToolCallObject>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunObjectRequiredActionSubmitToolOutputs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("tool_calls", &self.tool_calls);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunObjectRequiredActionSubmitToolOutputs);

impl crate::fields::Object for RunObjectRequiredActionSubmitToolOutputs {
    const NAME: &'static str = "RunObjectRequiredActionSubmitToolOutputs";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_tool_calls = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "tool_calls" => map.read_some(&mut field_tool_calls),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            tool_calls: extra.required_or_default(field_tool_calls, "tool_calls"),
            extra,
        })
    }
}

/// Always `submit_tool_outputs`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunObjectRequiredActionType::SubmitToolOutputs => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunObjectRequiredActionType {
    /// `submit_tool_outputs`
    #[default]
    SubmitToolOutputs,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunObjectRequiredActionType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SubmitToolOutputs => "submit_tool_outputs",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunObjectRequiredActionType {
    fn from(value: &str) -> Self {
        match value {
            "submit_tool_outputs" => Self::SubmitToolOutputs,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunObjectRequiredActionType);

/// Where the run is in its lifecycle.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunObjectStatus::Queued => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum RunObjectStatus {
    /// `queued`
    Queued,
    /// `in_progress`
    InProgress,
    /// `requires_action`
    RequiresAction,
    /// `cancelling`
    Cancelling,
    /// `cancelled`
    Cancelled,
    /// `failed`
    Failed,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `expired`
    Expired,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunObjectStatus {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "queued",
            Self::InProgress => "in_progress",
            Self::RequiresAction => "requires_action",
            Self::Cancelling => "cancelling",
            Self::Cancelled => "cancelled",
            Self::Failed => "failed",
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::Expired => "expired",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunObjectStatus {
    fn from(value: &str) -> Self {
        match value {
            "queued" => Self::Queued,
            "in_progress" => Self::InProgress,
            "requires_action" => Self::RequiresAction,
            "cancelling" => Self::Cancelling,
            "cancelled" => Self::Cancelled,
            "failed" => Self::Failed,
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            "expired" => Self::Expired,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunObjectStatus);

/// Token counts of a finished run step.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunStepCompletionUsage::new(..)`, or decoded from
/// JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read and
/// to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepCompletionUsage {
    /// Tokens generated during the step.
    pub completion_tokens: i64,
    /// Prompt tokens consumed during the step.
    pub prompt_tokens: i64,
    /// Sum of prompt and completion tokens.
    pub total_tokens: i64,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepCompletionUsage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("completion_tokens", &self.completion_tokens);
        object.required("prompt_tokens", &self.prompt_tokens);
        object.required("total_tokens", &self.total_tokens);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepCompletionUsage);

impl crate::fields::Object for RunStepCompletionUsage {
    const NAME: &'static str = "RunStepCompletionUsage";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_completion_tokens = None;
        let mut field_prompt_tokens = None;
        let mut field_total_tokens = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "completion_tokens" => map.read_some(&mut field_completion_tokens),
                "prompt_tokens" => map.read_some(&mut field_prompt_tokens),
                "total_tokens" => map.read_some(&mut field_total_tokens),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            completion_tokens: extra
                .required_or_default(field_completion_tokens, "completion_tokens"),
            prompt_tokens: extra
                .required_or_default(field_prompt_tokens, "prompt_tokens"),
            total_tokens: extra.required_or_default(field_total_tokens, "total_tokens"),
            extra,
        })
    }
}

/// A change to a run step in progress, sent in `thread.run.step.delta` stream events.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunStepDeltaObject::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDeltaObject {
    /// ID of the step being changed.
    pub id: String,
    /// Always `thread.run.step.delta`.
    pub object: RunStepDeltaObjectObject,
    /// The fields of the step that changed.
    pub delta: RunStepDeltaObjectDelta,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDeltaObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("id", &self.id);
        object.required("object", &self.object);
        object.required("delta", &self.delta);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDeltaObject);

impl crate::fields::Object for RunStepDeltaObject {
    const NAME: &'static str = "RunStepDeltaObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_id = None;
        let mut field_object = None;
        let mut field_delta = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "id" => map.read_some(&mut field_id),
                "object" => map.read_some(&mut field_object),
                "delta" => map.read_some(&mut field_delta),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            id: extra.required_or_default(field_id, "id"),
            object: extra.required_or_default(field_object, "object"),
            delta: extra.required_or_default(field_delta, "delta"),
            extra,
        })
    }
}

/// The fields of the step that changed.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunStepDeltaObjectDelta::default()` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDeltaObjectDelta {
    /// Changes to the step details.
    pub step_details: Option<RunStepDeltaObjectDeltaStepDetails>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDeltaObjectDelta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("step_details", &self.step_details);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDeltaObjectDelta);

impl crate::fields::Object for RunStepDeltaObjectDelta {
    const NAME: &'static str = "RunStepDeltaObjectDelta";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_step_details = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "step_details" => map.read(&mut field_step_details),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            step_details: field_step_details,
            extra,
        })
    }
}

/// Changes to the step details.
///
/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum RunStepDeltaObjectDeltaStepDetails {
    /// Streamed change to a message-creation step.
    MessageCreation(RunStepDeltaStepDetailsMessageCreationObject),
    /// Streamed change to a tool-calls step.
    ToolCalls(RunStepDeltaStepDetailsToolCallsObject),
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize for RunStepDeltaObjectDeltaStepDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::MessageCreation(payload) => payload.serialize(serializer),
            Self::ToolCalls(payload) => payload.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for RunStepDeltaObjectDeltaStepDetails {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a RunStepDeltaObjectDeltaStepDetails object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "message_creation" => {
                <RunStepDeltaStepDetailsMessageCreationObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::MessageCreation)
            }
            "tool_calls" => {
                <RunStepDeltaStepDetailsToolCallsObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::ToolCalls)
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        match crate::support::tag_of(raw, "type").as_deref() {
            Some("message_creation") => {
                return crate::support::decode(raw).map(Self::MessageCreation);
            }
            Some("tool_calls") => return crate::support::decode(raw).map(Self::ToolCalls),
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }
}

impl<'de> serde::Deserialize<'de> for RunStepDeltaObjectDeltaStepDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for RunStepDeltaObjectDeltaStepDetails {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

impl From<RunStepDeltaStepDetailsMessageCreationObject>
for RunStepDeltaObjectDeltaStepDetails {
    fn from(value: RunStepDeltaStepDetailsMessageCreationObject) -> Self {
        Self::MessageCreation(value)
    }
}

impl From<RunStepDeltaStepDetailsToolCallsObject>
for RunStepDeltaObjectDeltaStepDetails {
    fn from(value: RunStepDeltaStepDetailsToolCallsObject) -> Self {
        Self::ToolCalls(value)
    }
}

/// Always `thread.run.step.delta`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepDeltaObjectObject::ThreadRunStepDelta => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunStepDeltaObjectObject {
    /// `thread.run.step.delta`
    #[default]
    ThreadRunStepDelta,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepDeltaObjectObject {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunStepDelta => "thread.run.step.delta",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepDeltaObjectObject {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.step.delta" => Self::ThreadRunStepDelta,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunStepDeltaObjectObject);

/// Streamed change to a message-creation step.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDeltaStepDetailsMessageCreationObject::default()` and the setters, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDeltaStepDetailsMessageCreationObject {
    /// Always `message_creation`.
    pub r#type: RunStepDeltaStepDetailsMessageCreationObjectType,
    /// The message being written.
    pub message_creation: Option<
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    >,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDeltaStepDetailsMessageCreationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.optional("message_creation", &self.message_creation);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDeltaStepDetailsMessageCreationObject);

impl crate::fields::Object for RunStepDeltaStepDetailsMessageCreationObject {
    const NAME: &'static str = "RunStepDeltaStepDetailsMessageCreationObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_message_creation = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "message_creation" => map.read(&mut field_message_creation),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            message_creation: field_message_creation,
            extra,
        })
    }
}

/// The message being written.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDeltaStepDetailsMessageCreationObjectMessageCreation::default()` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDeltaStepDetailsMessageCreationObjectMessageCreation {
    /// ID of the message created by the step.
    pub message_id: Option<String>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDeltaStepDetailsMessageCreationObjectMessageCreation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("message_id", &self.message_id);
        object.end()
    }
}

crate::fields::impl_object_decoding!(
    RunStepDeltaStepDetailsMessageCreationObjectMessageCreation
);

impl crate::fields::Object
for RunStepDeltaStepDetailsMessageCreationObjectMessageCreation {
    const NAME: &'static str = "RunStepDeltaStepDetailsMessageCreationObjectMessageCreation";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_message_id = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "message_id" => map.read(&mut field_message_id),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            message_id: field_message_id,
            extra,
        })
    }
}

/// Always `message_creation`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepDeltaStepDetailsMessageCreationObjectType::MessageCreation => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunStepDeltaStepDetailsMessageCreationObjectType {
    /// `message_creation`
    #[default]
    MessageCreation,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepDeltaStepDetailsMessageCreationObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MessageCreation => "message_creation",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepDeltaStepDetailsMessageCreationObjectType {
    fn from(value: &str) -> Self {
        match value {
            "message_creation" => Self::MessageCreation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunStepDeltaStepDetailsMessageCreationObjectType);

/// Streamed fragment of a code interpreter call.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDeltaStepDetailsToolCallsCodeObject::new(..)` and the setters, or decoded from
/// JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read and
/// to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDeltaStepDetailsToolCallsCodeObject {
    /// Position of the tool call in the step.
    pub index: i64,
    /// ID of the tool call.
    pub id: Option<String>,
    /// Always `code_interpreter`.
    pub r#type: RunStepDeltaStepDetailsToolCallsCodeObjectType,
    /// Code and outputs added by this fragment.
    pub code_interpreter: Option<
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
    >,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDeltaStepDetailsToolCallsCodeObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("index", &self.index);
        object.optional("id", &self.id);
        object.required("type", &self.r#type);
        object.optional("code_interpreter", &self.code_interpreter);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDeltaStepDetailsToolCallsCodeObject);

impl crate::fields::Object for RunStepDeltaStepDetailsToolCallsCodeObject {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsCodeObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_index = None;
        let mut field_id = None;
        let mut field_type = None;
        let mut field_code_interpreter = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "index" => map.read_some(&mut field_index),
                "id" => map.read(&mut field_id),
                "type" => map.read_tag(&mut field_type),
                "code_interpreter" => map.read(&mut field_code_interpreter),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            index: extra.required_or_default(field_index, "index"),
            id: field_id,
            r#type: extra.required_or_default(field_type, "type"),
            code_interpreter: field_code_interpreter,
            extra,
        })
    }
}

/// Code and outputs added by this fragment.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter::default()` and the setters,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter {
    /// Code to append to the input.
    pub input: Option<String>,
    /// Outputs added by this fragment.
    pub outputs: Option<
        Vec<RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem>,
    >,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("input", &self.input);
        object.optional("outputs", &self.outputs);
        object.end()
    }
}

crate::fields::impl_object_decoding!(
    RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter
);

impl crate::fields::Object
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_input = None;
        let mut field_outputs = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "input" => map.read(&mut field_input),
                "outputs" => map.read(&mut field_outputs),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            input: field_input,
            outputs: field_outputs,
            extra,
        })
    }
}

/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    /// Streamed text output of the code interpreter.
    Logs(RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject),
    /// Streamed image output of the code interpreter.
    Image(RunStepDeltaStepDetailsToolCallsCodeOutputImageObject),
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Logs(payload) => payload.serialize(serializer),
            Self::Image(payload) => payload.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "logs" => {
                <RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::Logs)
            }
            "image" => {
                <RunStepDeltaStepDetailsToolCallsCodeOutputImageObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::Image)
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        match crate::support::tag_of(raw, "type").as_deref() {
            Some("logs") => return crate::support::decode(raw).map(Self::Logs),
            Some("image") => return crate::support::decode(raw).map(Self::Image),
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }
}

impl<'de> serde::Deserialize<'de>
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

impl From<RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject>
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    fn from(value: RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject) -> Self {
        Self::Logs(value)
    }
}

impl From<RunStepDeltaStepDetailsToolCallsCodeOutputImageObject>
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    fn from(value: RunStepDeltaStepDetailsToolCallsCodeOutputImageObject) -> Self {
        Self::Image(value)
    }
}

/// Always `code_interpreter`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepDeltaStepDetailsToolCallsCodeObjectType::CodeInterpreter => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunStepDeltaStepDetailsToolCallsCodeObjectType {
    /// `code_interpreter`
    #[default]
    CodeInterpreter,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepDeltaStepDetailsToolCallsCodeObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CodeInterpreter => "code_interpreter",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepDeltaStepDetailsToolCallsCodeObjectType {
    fn from(value: &str) -> Self {
        match value {
            "code_interpreter" => Self::CodeInterpreter,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunStepDeltaStepDetailsToolCallsCodeObjectType);

/// Streamed image output of the code interpreter.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDeltaStepDetailsToolCallsCodeOutputImageObject::new(..)` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
    /// Position of the output in the call's output list.
    pub index: i64,
    /// Always `image`.
    pub r#type: RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectType,
    /// The produced image.
    pub image: Option<RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("index", &self.index);
        object.required("type", &self.r#type);
        object.optional("image", &self.image);
        object.end()
    }
}

crate::fields::impl_object_decoding!(
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
);

impl crate::fields::Object for RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_index = None;
        let mut field_type = None;
        let mut field_image = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "index" => map.read_some(&mut field_index),
                "type" => map.read_tag(&mut field_type),
                "image" => map.read(&mut field_image),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            index: extra.required_or_default(field_index, "index"),
            r#type: extra.required_or_default(field_type, "type"),
            image: field_image,
            extra,
        })
    }
}

/// The produced image.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage::default()` and the setters,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage {
    /// ID of the file holding the image.
    pub file_id: Option<String>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("file_id", &self.file_id);
        object.end()
    }
}

crate::fields::impl_object_decoding!(
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage
);

impl crate::fields::Object
for RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_file_id = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "file_id" => map.read(&mut field_file_id),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            file_id: field_file_id,
            extra,
        })
    }
}

/// Always `image`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectType::Image => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectType {
    /// `image`
    #[default]
    Image,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Image => "image",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectType {
    fn from(value: &str) -> Self {
        match value {
            "image" => Self::Image,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectType
);

/// Streamed text output of the code interpreter.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject::new(..)` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
    /// Position of the output in the call's output list.
    pub index: i64,
    /// Always `logs`.
    pub r#type: RunStepDeltaStepDetailsToolCallsCodeOutputLogsObjectType,
    /// The text output.
    pub logs: Option<String>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("index", &self.index);
        object.required("type", &self.r#type);
        object.optional("logs", &self.logs);
        object.end()
    }
}

crate::fields::impl_object_decoding!(
    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
);

impl crate::fields::Object for RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_index = None;
        let mut field_type = None;
        let mut field_logs = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "index" => map.read_some(&mut field_index),
                "type" => map.read_tag(&mut field_type),
                "logs" => map.read(&mut field_logs),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            index: extra.required_or_default(field_index, "index"),
            r#type: extra.required_or_default(field_type, "type"),
            logs: field_logs,
            extra,
        })
    }
}

/// Always `logs`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepDeltaStepDetailsToolCallsCodeOutputLogsObjectType::Logs => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunStepDeltaStepDetailsToolCallsCodeOutputLogsObjectType {
    /// `logs`
    #[default]
    Logs,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepDeltaStepDetailsToolCallsCodeOutputLogsObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Logs => "logs",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepDeltaStepDetailsToolCallsCodeOutputLogsObjectType {
    fn from(value: &str) -> Self {
        match value {
            "logs" => Self::Logs,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(
    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObjectType
);

/// Streamed fragment of a file search call.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDeltaStepDetailsToolCallsFileSearchObject::new(..)` and the setters, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDeltaStepDetailsToolCallsFileSearchObject {
    /// Position of the tool call in the step.
    pub index: i64,
    /// ID of the tool call.
    pub id: Option<String>,
    /// Always `file_search`.
    pub r#type: RunStepDeltaStepDetailsToolCallsFileSearchObjectType,
    /// Search settings and results known so far; often empty. Other keys may appear.
    pub file_search: RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDeltaStepDetailsToolCallsFileSearchObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("index", &self.index);
        object.optional("id", &self.id);
        object.required("type", &self.r#type);
        object.required("file_search", &self.file_search);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDeltaStepDetailsToolCallsFileSearchObject);

impl crate::fields::Object for RunStepDeltaStepDetailsToolCallsFileSearchObject {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsFileSearchObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_index = None;
        let mut field_id = None;
        let mut field_type = None;
        let mut field_file_search = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "index" => map.read_some(&mut field_index),
                "id" => map.read(&mut field_id),
                "type" => map.read_tag(&mut field_type),
                "file_search" => map.read_some(&mut field_file_search),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            index: extra.required_or_default(field_index, "index"),
            id: field_id,
            r#type: extra.required_or_default(field_type, "type"),
            file_search: extra.required_or_default(field_file_search, "file_search"),
            extra,
        })
    }
}

/// Search settings and results known so far; often empty. Other keys may appear.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch::default()` and the setters,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch {
    pub ranking_options: Option<RunStepDetailsToolCallsFileSearchRankingOptionsObject>,
    /// The matching chunks.
    pub results: Option<Vec<RunStepDetailsToolCallsFileSearchResultObject>>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("ranking_options", &self.ranking_options);
        object.optional("results", &self.results);
        object.end()
    }
}

crate::fields::impl_object_decoding!(
    RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch
);

impl crate::fields::Object
for RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_ranking_options = None;
        let mut field_results = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "ranking_options" => map.read(&mut field_ranking_options),
                "results" => map.read(&mut field_results),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            ranking_options: field_ranking_options,
            results: field_results,
            extra,
        })
    }
}

/// Always `file_search`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepDeltaStepDetailsToolCallsFileSearchObjectType::FileSearch => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunStepDeltaStepDetailsToolCallsFileSearchObjectType {
    /// `file_search`
    #[default]
    FileSearch,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepDeltaStepDetailsToolCallsFileSearchObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileSearch => "file_search",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepDeltaStepDetailsToolCallsFileSearchObjectType {
    fn from(value: &str) -> Self {
        match value {
            "file_search" => Self::FileSearch,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunStepDeltaStepDetailsToolCallsFileSearchObjectType);

/// Streamed fragment of a function call.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDeltaStepDetailsToolCallsFunctionObject::new(..)` and the setters, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDeltaStepDetailsToolCallsFunctionObject {
    /// Position of the tool call in the step.
    pub index: i64,
    /// ID of the tool call.
    pub id: Option<String>,
    /// Always `function`.
    pub r#type: RunStepDeltaStepDetailsToolCallsFunctionObjectType,
    /// Name, argument text and output added by this fragment.
    pub function: Option<RunStepDeltaStepDetailsToolCallsFunctionObjectFunction>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDeltaStepDetailsToolCallsFunctionObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("index", &self.index);
        object.optional("id", &self.id);
        object.required("type", &self.r#type);
        object.optional("function", &self.function);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDeltaStepDetailsToolCallsFunctionObject);

impl crate::fields::Object for RunStepDeltaStepDetailsToolCallsFunctionObject {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsFunctionObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_index = None;
        let mut field_id = None;
        let mut field_type = None;
        let mut field_function = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "index" => map.read_some(&mut field_index),
                "id" => map.read(&mut field_id),
                "type" => map.read_tag(&mut field_type),
                "function" => map.read(&mut field_function),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            index: extra.required_or_default(field_index, "index"),
            id: field_id,
            r#type: extra.required_or_default(field_type, "type"),
            function: field_function,
            extra,
        })
    }
}

/// Name, argument text and output added by this fragment.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDeltaStepDetailsToolCallsFunctionObjectFunction::default()` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDeltaStepDetailsToolCallsFunctionObjectFunction {
    /// Name of the function.
    pub name: Option<String>,
    /// Argument text to append.
    pub arguments: Option<String>,
    /// Output submitted for the call; null until it has been submitted.
    pub output: crate::fields::Nullable<String>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDeltaStepDetailsToolCallsFunctionObjectFunction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("name", &self.name);
        object.optional("arguments", &self.arguments);
        object.nullable("output", &self.output);
        object.end()
    }
}

crate::fields::impl_object_decoding!(
    RunStepDeltaStepDetailsToolCallsFunctionObjectFunction
);

impl crate::fields::Object for RunStepDeltaStepDetailsToolCallsFunctionObjectFunction {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsFunctionObjectFunction";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_name = None;
        let mut field_arguments = None;
        let mut field_output = crate::fields::Nullable::Absent;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "name" => map.read(&mut field_name),
                "arguments" => map.read(&mut field_arguments),
                "output" => map.read(&mut field_output),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            name: field_name,
            arguments: field_arguments,
            output: field_output,
            extra,
        })
    }
}

/// Always `function`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepDeltaStepDetailsToolCallsFunctionObjectType::Function => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunStepDeltaStepDetailsToolCallsFunctionObjectType {
    /// `function`
    #[default]
    Function,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepDeltaStepDetailsToolCallsFunctionObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Function => "function",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepDeltaStepDetailsToolCallsFunctionObjectType {
    fn from(value: &str) -> Self {
        match value {
            "function" => Self::Function,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunStepDeltaStepDetailsToolCallsFunctionObjectType);

/// Streamed change to a tool-calls step.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunStepDeltaStepDetailsToolCallsObject::default()`
/// and the setters, or decoded from JSON (`serde_json::from_value`), not with a literal.
/// Its fields are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDeltaStepDetailsToolCallsObject {
    /// Always `tool_calls`.
    pub r#type: RunStepDeltaStepDetailsToolCallsObjectType,
    /// Tool call fragments to merge, by `index`.
    pub tool_calls: Option<Vec<RunStepDeltaStepDetailsToolCallsObjectToolCallsItem>>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDeltaStepDetailsToolCallsObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.optional("tool_calls", &self.tool_calls);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDeltaStepDetailsToolCallsObject);

impl crate::fields::Object for RunStepDeltaStepDetailsToolCallsObject {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_tool_calls = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "tool_calls" => map.read(&mut field_tool_calls),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            tool_calls: field_tool_calls,
            extra,
        })
    }
}

/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum RunStepDeltaStepDetailsToolCallsObjectToolCallsItem {
    /// Streamed fragment of a code interpreter call.
    CodeInterpreter(RunStepDeltaStepDetailsToolCallsCodeObject),
    /// Streamed fragment of a file search call.
    FileSearch(RunStepDeltaStepDetailsToolCallsFileSearchObject),
    /// Streamed fragment of a function call.
    Function(RunStepDeltaStepDetailsToolCallsFunctionObject),
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize for RunStepDeltaStepDetailsToolCallsObjectToolCallsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::CodeInterpreter(payload) => payload.serialize(serializer),
            Self::FileSearch(payload) => payload.serialize(serializer),
            Self::Function(payload) => payload.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion
for RunStepDeltaStepDetailsToolCallsObjectToolCallsItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a RunStepDeltaStepDetailsToolCallsObjectToolCallsItem object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "code_interpreter" => {
                <RunStepDeltaStepDetailsToolCallsCodeObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::CodeInterpreter)
            }
            "file_search" => {
                <RunStepDeltaStepDetailsToolCallsFileSearchObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::FileSearch)
            }
            "function" => {
                <RunStepDeltaStepDetailsToolCallsFunctionObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::Function)
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        match crate::support::tag_of(raw, "type").as_deref() {
            Some("code_interpreter") => {
                return crate::support::decode(raw).map(Self::CodeInterpreter);
            }
            Some("file_search") => {
                return crate::support::decode(raw).map(Self::FileSearch);
            }
            Some("function") => return crate::support::decode(raw).map(Self::Function),
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }
}

impl<'de> serde::Deserialize<'de>
for RunStepDeltaStepDetailsToolCallsObjectToolCallsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for RunStepDeltaStepDetailsToolCallsObjectToolCallsItem {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

impl From<RunStepDeltaStepDetailsToolCallsCodeObject>
for RunStepDeltaStepDetailsToolCallsObjectToolCallsItem {
    fn from(value: RunStepDeltaStepDetailsToolCallsCodeObject) -> Self {
        Self::CodeInterpreter(value)
    }
}

impl From<RunStepDeltaStepDetailsToolCallsFileSearchObject>
for RunStepDeltaStepDetailsToolCallsObjectToolCallsItem {
    fn from(value: RunStepDeltaStepDetailsToolCallsFileSearchObject) -> Self {
        Self::FileSearch(value)
    }
}

impl From<RunStepDeltaStepDetailsToolCallsFunctionObject>
for RunStepDeltaStepDetailsToolCallsObjectToolCallsItem {
    fn from(value: RunStepDeltaStepDetailsToolCallsFunctionObject) -> Self {
        Self::Function(value)
    }
}

/// Always `tool_calls`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepDeltaStepDetailsToolCallsObjectType::ToolCalls => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunStepDeltaStepDetailsToolCallsObjectType {
    /// `tool_calls`
    #[default]
    ToolCalls,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepDeltaStepDetailsToolCallsObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ToolCalls => "tool_calls",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepDeltaStepDetailsToolCallsObjectType {
    fn from(value: &str) -> Self {
        match value {
            "tool_calls" => Self::ToolCalls,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunStepDeltaStepDetailsToolCallsObjectType);

/// Step details of a step that writes a message.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunStepDetailsMessageCreationObject::new(..)`, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDetailsMessageCreationObject {
    /// Always `message_creation`.
    pub r#type: RunStepDetailsMessageCreationObjectType,
    /// The message being written.
    pub message_creation: RunStepDetailsMessageCreationObjectMessageCreation,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDetailsMessageCreationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.required("message_creation", &self.message_creation);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDetailsMessageCreationObject);

impl crate::fields::Object for RunStepDetailsMessageCreationObject {
    const NAME: &'static str = "RunStepDetailsMessageCreationObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_message_creation = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "message_creation" => map.read_some(&mut field_message_creation),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            message_creation: extra
                .required_or_default(field_message_creation, "message_creation"),
            extra,
        })
    }
}

/// The message being written.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDetailsMessageCreationObjectMessageCreation::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDetailsMessageCreationObjectMessageCreation {
    /// ID of the message created by the step.
    pub message_id: String,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDetailsMessageCreationObjectMessageCreation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("message_id", &self.message_id);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDetailsMessageCreationObjectMessageCreation);

impl crate::fields::Object for RunStepDetailsMessageCreationObjectMessageCreation {
    const NAME: &'static str = "RunStepDetailsMessageCreationObjectMessageCreation";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_message_id = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "message_id" => map.read_some(&mut field_message_id),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            message_id: extra.required_or_default(field_message_id, "message_id"),
            extra,
        })
    }
}

/// Always `message_creation`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepDetailsMessageCreationObjectType::MessageCreation => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunStepDetailsMessageCreationObjectType {
    /// `message_creation`
    #[default]
    MessageCreation,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepDetailsMessageCreationObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MessageCreation => "message_creation",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepDetailsMessageCreationObjectType {
    fn from(value: &str) -> Self {
        match value {
            "message_creation" => Self::MessageCreation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunStepDetailsMessageCreationObjectType);

/// A call to the code interpreter.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunStepDetailsToolCallsCodeObject::new(..)`, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDetailsToolCallsCodeObject {
    /// ID of the tool call.
    pub id: String,
    /// Always `code_interpreter`.
    pub r#type: RunStepDetailsToolCallsCodeObjectType,
    /// The code that was run and what it produced.
    pub code_interpreter: RunStepDetailsToolCallsCodeObjectCodeInterpreter,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDetailsToolCallsCodeObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("id", &self.id);
        object.required("type", &self.r#type);
        object.required("code_interpreter", &self.code_interpreter);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDetailsToolCallsCodeObject);

impl crate::fields::Object for RunStepDetailsToolCallsCodeObject {
    const NAME: &'static str = "RunStepDetailsToolCallsCodeObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_id = None;
        let mut field_type = None;
        let mut field_code_interpreter = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "id" => map.read_some(&mut field_id),
                "type" => map.read_tag(&mut field_type),
                "code_interpreter" => map.read_some(&mut field_code_interpreter),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            id: extra.required_or_default(field_id, "id"),
            r#type: extra.required_or_default(field_type, "type"),
            code_interpreter: extra
                .required_or_default(field_code_interpreter, "code_interpreter"),
            extra,
        })
    }
}

/// The code that was run and what it produced.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDetailsToolCallsCodeObjectCodeInterpreter::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDetailsToolCallsCodeObjectCodeInterpreter {
    /// The code submitted to the interpreter.
    pub input: String,
    /// Log text and images produced by the code.
    pub outputs: Vec<RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDetailsToolCallsCodeObjectCodeInterpreter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("input", &self.input);
        object.required("outputs", &self.outputs);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDetailsToolCallsCodeObjectCodeInterpreter);

impl crate::fields::Object for RunStepDetailsToolCallsCodeObjectCodeInterpreter {
    const NAME: &'static str = "RunStepDetailsToolCallsCodeObjectCodeInterpreter";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_input = None;
        let mut field_outputs = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "input" => map.read_some(&mut field_input),
                "outputs" => map.read_some(&mut field_outputs),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            input: extra.required_or_default(field_input, "input"),
            outputs: extra.required_or_default(field_outputs, "outputs"),
            extra,
        })
    }
}

/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    /// Text output of the code interpreter.
    Logs(RunStepDetailsToolCallsCodeOutputLogsObject),
    /// Image output of the code interpreter.
    Image(RunStepDetailsToolCallsCodeOutputImageObject),
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize for RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Logs(payload) => payload.serialize(serializer),
            Self::Image(payload) => payload.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion
for RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "logs" => {
                <RunStepDetailsToolCallsCodeOutputLogsObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::Logs)
            }
            "image" => {
                <RunStepDetailsToolCallsCodeOutputImageObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::Image)
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        match crate::support::tag_of(raw, "type").as_deref() {
            Some("logs") => return crate::support::decode(raw).map(Self::Logs),
            Some("image") => return crate::support::decode(raw).map(Self::Image),
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }
}

impl<'de> serde::Deserialize<'de>
for RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson
for RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

impl From<RunStepDetailsToolCallsCodeOutputLogsObject>
for RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    fn from(value: RunStepDetailsToolCallsCodeOutputLogsObject) -> Self {
        Self::Logs(value)
    }
}

impl From<RunStepDetailsToolCallsCodeOutputImageObject>
for RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    fn from(value: RunStepDetailsToolCallsCodeOutputImageObject) -> Self {
        Self::Image(value)
    }
}

/// Always `code_interpreter`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepDetailsToolCallsCodeObjectType::CodeInterpreter => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunStepDetailsToolCallsCodeObjectType {
    /// `code_interpreter`
    #[default]
    CodeInterpreter,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepDetailsToolCallsCodeObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CodeInterpreter => "code_interpreter",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepDetailsToolCallsCodeObjectType {
    fn from(value: &str) -> Self {
        match value {
            "code_interpreter" => Self::CodeInterpreter,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunStepDetailsToolCallsCodeObjectType);

/// Image output of the code interpreter.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDetailsToolCallsCodeOutputImageObject::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDetailsToolCallsCodeOutputImageObject {
    /// Always `image`.
    pub r#type: RunStepDetailsToolCallsCodeOutputImageObjectType,
    /// The produced image.
    pub image: RunStepDetailsToolCallsCodeOutputImageObjectImage,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDetailsToolCallsCodeOutputImageObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.required("image", &self.image);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDetailsToolCallsCodeOutputImageObject);

impl crate::fields::Object for RunStepDetailsToolCallsCodeOutputImageObject {
    const NAME: &'static str = "RunStepDetailsToolCallsCodeOutputImageObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_image = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "image" => map.read_some(&mut field_image),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            image: extra.required_or_default(field_image, "image"),
            extra,
        })
    }
}

/// The produced image.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDetailsToolCallsCodeOutputImageObjectImage::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDetailsToolCallsCodeOutputImageObjectImage {
    /// ID of the file holding the image.
    pub file_id: String,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDetailsToolCallsCodeOutputImageObjectImage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("file_id", &self.file_id);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDetailsToolCallsCodeOutputImageObjectImage);

impl crate::fields::Object for RunStepDetailsToolCallsCodeOutputImageObjectImage {
    const NAME: &'static str = "RunStepDetailsToolCallsCodeOutputImageObjectImage";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_file_id = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "file_id" => map.read_some(&mut field_file_id),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            file_id: extra.required_or_default(field_file_id, "file_id"),
            extra,
        })
    }
}

/// Always `image`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepDetailsToolCallsCodeOutputImageObjectType::Image => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunStepDetailsToolCallsCodeOutputImageObjectType {
    /// `image`
    #[default]
    Image,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepDetailsToolCallsCodeOutputImageObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Image => "image",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepDetailsToolCallsCodeOutputImageObjectType {
    fn from(value: &str) -> Self {
        match value {
            "image" => Self::Image,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunStepDetailsToolCallsCodeOutputImageObjectType);

/// Text output of the code interpreter.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDetailsToolCallsCodeOutputLogsObject::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDetailsToolCallsCodeOutputLogsObject {
    /// Always `logs`.
    pub r#type: RunStepDetailsToolCallsCodeOutputLogsObjectType,
    /// The text output.
    pub logs: String,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDetailsToolCallsCodeOutputLogsObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.required("logs", &self.logs);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDetailsToolCallsCodeOutputLogsObject);

impl crate::fields::Object for RunStepDetailsToolCallsCodeOutputLogsObject {
    const NAME: &'static str = "RunStepDetailsToolCallsCodeOutputLogsObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_logs = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "logs" => map.read_some(&mut field_logs),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            logs: extra.required_or_default(field_logs, "logs"),
            extra,
        })
    }
}

/// Always `logs`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepDetailsToolCallsCodeOutputLogsObjectType::Logs => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunStepDetailsToolCallsCodeOutputLogsObjectType {
    /// `logs`
    #[default]
    Logs,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepDetailsToolCallsCodeOutputLogsObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Logs => "logs",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepDetailsToolCallsCodeOutputLogsObjectType {
    fn from(value: &str) -> Self {
        match value {
            "logs" => Self::Logs,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunStepDetailsToolCallsCodeOutputLogsObjectType);

/// A call to the file search tool.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunStepDetailsToolCallsFileSearchObject::new(..)`,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDetailsToolCallsFileSearchObject {
    /// ID of the tool call.
    pub id: String,
    /// Always `file_search`.
    pub r#type: RunStepDetailsToolCallsFileSearchObjectType,
    /// Settings and results of the search (results only when requested).
    pub file_search: RunStepDetailsToolCallsFileSearchObjectFileSearch,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDetailsToolCallsFileSearchObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("id", &self.id);
        object.required("type", &self.r#type);
        object.required("file_search", &self.file_search);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDetailsToolCallsFileSearchObject);

impl crate::fields::Object for RunStepDetailsToolCallsFileSearchObject {
    const NAME: &'static str = "RunStepDetailsToolCallsFileSearchObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_id = None;
        let mut field_type = None;
        let mut field_file_search = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "id" => map.read_some(&mut field_id),
                "type" => map.read_tag(&mut field_type),
                "file_search" => map.read_some(&mut field_file_search),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            id: extra.required_or_default(field_id, "id"),
            r#type: extra.required_or_default(field_type, "type"),
            file_search: extra.required_or_default(field_file_search, "file_search"),
            extra,
        })
    }
}

/// Settings and results of the search (results only when requested).
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDetailsToolCallsFileSearchObjectFileSearch::default()` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDetailsToolCallsFileSearchObjectFileSearch {
    pub ranking_options: Option<RunStepDetailsToolCallsFileSearchRankingOptionsObject>,
    /// The matching chunks.
    pub results: Option<Vec<RunStepDetailsToolCallsFileSearchResultObject>>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDetailsToolCallsFileSearchObjectFileSearch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("ranking_options", &self.ranking_options);
        object.optional("results", &self.results);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDetailsToolCallsFileSearchObjectFileSearch);

impl crate::fields::Object for RunStepDetailsToolCallsFileSearchObjectFileSearch {
    const NAME: &'static str = "RunStepDetailsToolCallsFileSearchObjectFileSearch";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_ranking_options = None;
        let mut field_results = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "ranking_options" => map.read(&mut field_ranking_options),
                "results" => map.read(&mut field_results),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            ranking_options: field_ranking_options,
            results: field_results,
            extra,
        })
    }
}

/// Always `file_search`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepDetailsToolCallsFileSearchObjectType::FileSearch => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunStepDetailsToolCallsFileSearchObjectType {
    /// `file_search`
    #[default]
    FileSearch,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepDetailsToolCallsFileSearchObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileSearch => "file_search",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepDetailsToolCallsFileSearchObjectType {
    fn from(value: &str) -> Self {
        match value {
            "file_search" => Self::FileSearch,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunStepDetailsToolCallsFileSearchObjectType);

/// Ranking settings used by a file search call.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDetailsToolCallsFileSearchRankingOptionsObject::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct RunStepDetailsToolCallsFileSearchRankingOptionsObject {
    pub ranker: FileSearchRanker,
    /// Minimum score a result needed (between 0 and 1).
    ///
    /// Value: at least 0, at most 1.
    pub score_threshold: f64,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDetailsToolCallsFileSearchRankingOptionsObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("ranker", &self.ranker);
        object.required("score_threshold", &self.score_threshold);
        object.end()
    }
}

crate::fields::impl_object_decoding!(
    RunStepDetailsToolCallsFileSearchRankingOptionsObject
);

impl crate::fields::Object for RunStepDetailsToolCallsFileSearchRankingOptionsObject {
    const NAME: &'static str = "RunStepDetailsToolCallsFileSearchRankingOptionsObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_ranker = None;
        let mut field_score_threshold = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "ranker" => map.read_some(&mut field_ranker),
                "score_threshold" => map.read_some(&mut field_score_threshold),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            ranker: crate::fields::required(field_ranker, "ranker", Self::NAME)?,
            score_threshold: extra
                .required_or_default(field_score_threshold, "score_threshold"),
            extra,
        })
    }
}

/// One result of a file search call.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDetailsToolCallsFileSearchResultObject::new(..)` and the setters, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDetailsToolCallsFileSearchResultObject {
    /// ID of the file the result comes from.
    pub file_id: String,
    /// Name of that file.
    pub file_name: String,
    /// Relevance score between 0 and 1.
    ///
    /// Value: at least 0, at most 1.
    pub score: f64,
    /// Text of the matching chunk (only when requested).
    pub content: Option<Vec<RunStepDetailsToolCallsFileSearchResultObjectContentItem>>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDetailsToolCallsFileSearchResultObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("file_id", &self.file_id);
        object.required("file_name", &self.file_name);
        object.required("score", &self.score);
        object.optional("content", &self.content);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDetailsToolCallsFileSearchResultObject);

impl crate::fields::Object for RunStepDetailsToolCallsFileSearchResultObject {
    const NAME: &'static str = "RunStepDetailsToolCallsFileSearchResultObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_file_id = None;
        let mut field_file_name = None;
        let mut field_score = None;
        let mut field_content = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "file_id" => map.read_some(&mut field_file_id),
                "file_name" => map.read_some(&mut field_file_name),
                "score" => map.read_some(&mut field_score),
                "content" => map.read(&mut field_content),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            file_id: extra.required_or_default(field_file_id, "file_id"),
            file_name: extra.required_or_default(field_file_name, "file_name"),
            score: extra.required_or_default(field_score, "score"),
            content: field_content,
            extra,
        })
    }
}

/// One piece of result content.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDetailsToolCallsFileSearchResultObjectContentItem::default()` and the setters,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDetailsToolCallsFileSearchResultObjectContentItem {
    /// Always `text`.
    pub r#type: Option<RunStepDetailsToolCallsFileSearchResultObjectContentItemType>,
    /// The text.
    pub text: Option<String>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDetailsToolCallsFileSearchResultObjectContentItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("type", &self.r#type);
        object.optional("text", &self.text);
        object.end()
    }
}

crate::fields::impl_object_decoding!(
    RunStepDetailsToolCallsFileSearchResultObjectContentItem
);

impl crate::fields::Object for RunStepDetailsToolCallsFileSearchResultObjectContentItem {
    const NAME: &'static str = "RunStepDetailsToolCallsFileSearchResultObjectContentItem";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_text = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read(&mut field_type),
                "text" => map.read(&mut field_text),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: field_type,
            text: field_text,
            extra,
        })
    }
}

/// Always `text`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepDetailsToolCallsFileSearchResultObjectContentItemType::Text => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunStepDetailsToolCallsFileSearchResultObjectContentItemType {
    /// `text`
    #[default]
    Text,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepDetailsToolCallsFileSearchResultObjectContentItemType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepDetailsToolCallsFileSearchResultObjectContentItemType {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(
    RunStepDetailsToolCallsFileSearchResultObjectContentItemType
);

/// A call to a caller-defined function.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunStepDetailsToolCallsFunctionObject::new(..)`, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDetailsToolCallsFunctionObject {
    /// ID of the tool call.
    pub id: String,
    /// Always `function`.
    pub r#type: RunStepDetailsToolCallsFunctionObjectType,
    /// The function, its arguments and its output.
    pub function: RunStepDetailsToolCallsFunctionObjectFunction,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDetailsToolCallsFunctionObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("id", &self.id);
        object.required("type", &self.r#type);
        object.required("function", &self.function);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDetailsToolCallsFunctionObject);

impl crate::fields::Object for RunStepDetailsToolCallsFunctionObject {
    const NAME: &'static str = "RunStepDetailsToolCallsFunctionObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_id = None;
        let mut field_type = None;
        let mut field_function = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "id" => map.read_some(&mut field_id),
                "type" => map.read_tag(&mut field_type),
                "function" => map.read_some(&mut field_function),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            id: extra.required_or_default(field_id, "id"),
            r#type: extra.required_or_default(field_type, "type"),
            function: extra.required_or_default(field_function, "function"),
            extra,
        })
    }
}

/// The function, its arguments and its output.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `RunStepDetailsToolCallsFunctionObjectFunction::new(..)` and the setters, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDetailsToolCallsFunctionObjectFunction {
    /// Name of the function.
    pub name: String,
    /// Arguments chosen by the model, as a JSON-encoded string.
    pub arguments: String,
    /// Output submitted for the call; null until it has been submitted.
    pub output: Option<String>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDetailsToolCallsFunctionObjectFunction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("name", &self.name);
        object.required("arguments", &self.arguments);
        object.required("output", &self.output);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDetailsToolCallsFunctionObjectFunction);

impl crate::fields::Object for RunStepDetailsToolCallsFunctionObjectFunction {
    const NAME: &'static str = "RunStepDetailsToolCallsFunctionObjectFunction";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_name = None;
        let mut field_arguments = None;
        let mut field_output = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "name" => map.read_some(&mut field_name),
                "arguments" => map.read_some(&mut field_arguments),
                "output" => map.read_some(&mut field_output),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            name: extra.required_or_default(field_name, "name"),
            arguments: extra.required_or_default(field_arguments, "arguments"),
            output: extra.required_or_default(field_output, "output"),
            extra,
        })
    }
}

/// Always `function`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepDetailsToolCallsFunctionObjectType::Function => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunStepDetailsToolCallsFunctionObjectType {
    /// `function`
    #[default]
    Function,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepDetailsToolCallsFunctionObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Function => "function",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepDetailsToolCallsFunctionObjectType {
    fn from(value: &str) -> Self {
        match value {
            "function" => Self::Function,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunStepDetailsToolCallsFunctionObjectType);

/// Step details of a step that calls tools.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunStepDetailsToolCallsObject::new(..)`, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStepDetailsToolCallsObject {
    /// Always `tool_calls`.
    pub r#type: RunStepDetailsToolCallsObjectType,
    /// The tool calls made in the step.
    pub tool_calls: Vec<RunStepDetailsToolCallsObjectToolCallsItem>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepDetailsToolCallsObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.required("tool_calls", &self.tool_calls);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepDetailsToolCallsObject);

impl crate::fields::Object for RunStepDetailsToolCallsObject {
    const NAME: &'static str = "RunStepDetailsToolCallsObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_tool_calls = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "tool_calls" => map.read_some(&mut field_tool_calls),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            tool_calls: extra.required_or_default(field_tool_calls, "tool_calls"),
            extra,
        })
    }
}

/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum RunStepDetailsToolCallsObjectToolCallsItem {
    /// A call to the code interpreter.
    CodeInterpreter(RunStepDetailsToolCallsCodeObject),
    /// A call to the file search tool.
    FileSearch(RunStepDetailsToolCallsFileSearchObject),
    /// A call to a caller-defined function.
    Function(RunStepDetailsToolCallsFunctionObject),
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize for RunStepDetailsToolCallsObjectToolCallsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::CodeInterpreter(payload) => payload.serialize(serializer),
            Self::FileSearch(payload) => payload.serialize(serializer),
            Self::Function(payload) => payload.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for RunStepDetailsToolCallsObjectToolCallsItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a RunStepDetailsToolCallsObjectToolCallsItem object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "code_interpreter" => {
                <RunStepDetailsToolCallsCodeObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::CodeInterpreter)
            }
            "file_search" => {
                <RunStepDetailsToolCallsFileSearchObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::FileSearch)
            }
            "function" => {
                <RunStepDetailsToolCallsFunctionObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::Function)
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        match crate::support::tag_of(raw, "type").as_deref() {
            Some("code_interpreter") => {
                return crate::support::decode(raw).map(Self::CodeInterpreter);
            }
            Some("file_search") => {
                return crate::support::decode(raw).map(Self::FileSearch);
            }
            Some("function") => return crate::support::decode(raw).map(Self::Function),
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }
}

impl<'de> serde::Deserialize<'de> for RunStepDetailsToolCallsObjectToolCallsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for RunStepDetailsToolCallsObjectToolCallsItem {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

impl From<RunStepDetailsToolCallsCodeObject>
for RunStepDetailsToolCallsObjectToolCallsItem {
    fn from(value: RunStepDetailsToolCallsCodeObject) -> Self {
        Self::CodeInterpreter(value)
    }
}

impl From<RunStepDetailsToolCallsFileSearchObject>
for RunStepDetailsToolCallsObjectToolCallsItem {
    fn from(value: RunStepDetailsToolCallsFileSearchObject) -> Self {
        Self::FileSearch(value)
    }
}

impl From<RunStepDetailsToolCallsFunctionObject>
for RunStepDetailsToolCallsObjectToolCallsItem {
    fn from(value: RunStepDetailsToolCallsFunctionObject) -> Self {
        Self::Function(value)
    }
}

/// Always `tool_calls`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepDetailsToolCallsObjectType::ToolCalls => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunStepDetailsToolCallsObjectType {
    /// `tool_calls`
    #[default]
    ToolCalls,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepDetailsToolCallsObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ToolCalls => "tool_calls",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepDetailsToolCallsObjectType {
    fn from(value: &str) -> Self {
        match value {
            "tool_calls" => Self::ToolCalls,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunStepDetailsToolCallsObjectType);

/// One step of a run, either writing a message or calling tools.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunStepObject::new(..)` and the setters, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct RunStepObject {
    /// Identifier of the step.
    pub id: String,
    /// Always `thread.run.step`.
    pub object: RunStepObjectObject,
    /// Creation time, in Unix seconds.
    pub created_at: i64,
    /// ID of the assistant executing the step.
    pub assistant_id: String,
    /// ID of the thread of the run.
    pub thread_id: String,
    /// ID of the run the step belongs to.
    pub run_id: String,
    /// Kind of step.
    pub r#type: RunStepObjectType,
    /// Where the step is in its lifecycle.
    pub status: RunStepObjectStatus,
    /// What the step does.
    pub step_details: RunStepObjectStepDetails,
    /// The error of the step, or null if there was none.
    pub last_error: Option<RunStepObjectLastError>,
    /// When the step expired (because its run did), in Unix seconds. Named so in the published schema; the API has been seen sending `expires_at` instead.
    pub expired_at: crate::fields::Nullable<i64>,
    /// Expiry time of the step, in Unix seconds, as sent by the live API.
    pub expires_at: crate::fields::Nullable<i64>,
    /// When the step was cancelled, in Unix seconds.
    pub cancelled_at: Option<i64>,
    /// When the step failed, in Unix seconds.
    pub failed_at: Option<i64>,
    /// When the step completed, in Unix seconds.
    pub completed_at: Option<i64>,
    /// Tags stored on the step. Not always sent.
    pub metadata: crate::fields::Nullable<Metadata>,
    /// Token counts; null while the step is in progress.
    pub usage: Option<RunStepCompletionUsage>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("id", &self.id);
        object.required("object", &self.object);
        object.required("created_at", &self.created_at);
        object.required("assistant_id", &self.assistant_id);
        object.required("thread_id", &self.thread_id);
        object.required("run_id", &self.run_id);
        object.required("type", &self.r#type);
        object.required("status", &self.status);
        object.required("step_details", &self.step_details);
        object.required("last_error", &self.last_error);
        object.nullable("expired_at", &self.expired_at);
        object.nullable("expires_at", &self.expires_at);
        object.required("cancelled_at", &self.cancelled_at);
        object.required("failed_at", &self.failed_at);
        object.required("completed_at", &self.completed_at);
        object.nullable("metadata", &self.metadata);
        object.required("usage", &self.usage);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepObject);

impl crate::fields::Object for RunStepObject {
    const NAME: &'static str = "RunStepObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_id = None;
        let mut field_object = None;
        let mut field_created_at = None;
        let mut field_assistant_id = None;
        let mut field_thread_id = None;
        let mut field_run_id = None;
        let mut field_type = None;
        let mut field_status = None;
        let mut field_step_details = None;
        let mut field_last_error = None;
        let mut field_expired_at = crate::fields::Nullable::Absent;
        let mut field_expires_at = crate::fields::Nullable::Absent;
        let mut field_cancelled_at = None;
        let mut field_failed_at = None;
        let mut field_completed_at = None;
        let mut field_metadata = crate::fields::Nullable::Absent;
        let mut field_usage = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "id" => map.read_some(&mut field_id),
                "object" => map.read_some(&mut field_object),
                "created_at" => map.read_some(&mut field_created_at),
                "assistant_id" => map.read_some(&mut field_assistant_id),
                "thread_id" => map.read_some(&mut field_thread_id),
                "run_id" => map.read_some(&mut field_run_id),
                "type" => map.read_some(&mut field_type),
                "status" => map.read_some(&mut field_status),
                "step_details" => map.read_some(&mut field_step_details),
                "last_error" => map.read_some(&mut field_last_error),
                "expired_at" => map.read(&mut field_expired_at),
                "expires_at" => map.read(&mut field_expires_at),
                "cancelled_at" => map.read_some(&mut field_cancelled_at),
                "failed_at" => map.read_some(&mut field_failed_at),
                "completed_at" => map.read_some(&mut field_completed_at),
                "metadata" => map.read(&mut field_metadata),
                "usage" => map.read_some(&mut field_usage),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            id: extra.required_or_default(field_id, "id"),
            object: extra.required_or_default(field_object, "object"),
            created_at: extra.required_or_default(field_created_at, "created_at"),
            assistant_id: extra.required_or_default(field_assistant_id, "assistant_id"),
            thread_id: extra.required_or_default(field_thread_id, "thread_id"),
            run_id: extra.required_or_default(field_run_id, "run_id"),
            r#type: crate::fields::required(field_type, "type", Self::NAME)?,
            status: crate::fields::required(field_status, "status", Self::NAME)?,
            step_details: crate::fields::required(
                field_step_details,
                "step_details",
                Self::NAME,
            )?,
            last_error: extra.required_or_default(field_last_error, "last_error"),
            expired_at: field_expired_at,
            expires_at: field_expires_at,
            cancelled_at: extra.required_or_default(field_cancelled_at, "cancelled_at"),
            failed_at: extra.required_or_default(field_failed_at, "failed_at"),
            completed_at: extra.required_or_default(field_completed_at, "completed_at"),
            metadata: field_metadata,
            usage: extra.required_or_default(field_usage, "usage"),
            extra,
        })
    }
}

/// The error of the step, or null if there was none.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunStepObjectLastError::new(..)`, or decoded from
/// JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read and
/// to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct RunStepObjectLastError {
    /// Category of the error.
    pub code: RunStepObjectLastErrorCode,
    /// Human-readable explanation.
    pub message: String,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunStepObjectLastError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("code", &self.code);
        object.required("message", &self.message);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunStepObjectLastError);

impl crate::fields::Object for RunStepObjectLastError {
    const NAME: &'static str = "RunStepObjectLastError";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_code = None;
        let mut field_message = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "code" => map.read_some(&mut field_code),
                "message" => map.read_some(&mut field_message),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            code: crate::fields::required(field_code, "code", Self::NAME)?,
            message: extra.required_or_default(field_message, "message"),
            extra,
        })
    }
}

/// Category of the error.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepObjectLastErrorCode::ServerError => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum RunStepObjectLastErrorCode {
    /// `server_error`
    ServerError,
    /// `rate_limit_exceeded`
    RateLimitExceeded,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepObjectLastErrorCode {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServerError => "server_error",
            Self::RateLimitExceeded => "rate_limit_exceeded",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepObjectLastErrorCode {
    fn from(value: &str) -> Self {
        match value {
            "server_error" => Self::ServerError,
            "rate_limit_exceeded" => Self::RateLimitExceeded,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunStepObjectLastErrorCode);

/// Always `thread.run.step`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepObjectObject::ThreadRunStep => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunStepObjectObject {
    /// `thread.run.step`
    #[default]
    ThreadRunStep,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepObjectObject {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ThreadRunStep => "thread.run.step",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepObjectObject {
    fn from(value: &str) -> Self {
        match value {
            "thread.run.step" => Self::ThreadRunStep,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunStepObjectObject);

/// Where the step is in its lifecycle.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepObjectStatus::InProgress => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum RunStepObjectStatus {
    /// `in_progress`
    InProgress,
    /// `cancelled`
    Cancelled,
    /// `failed`
    Failed,
    /// `completed`
    Completed,
    /// `expired`
    Expired,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepObjectStatus {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Cancelled => "cancelled",
            Self::Failed => "failed",
            Self::Completed => "completed",
            Self::Expired => "expired",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepObjectStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "cancelled" => Self::Cancelled,
            "failed" => Self::Failed,
            "completed" => Self::Completed,
            "expired" => Self::Expired,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunStepObjectStatus);

/// What the step does.
///
/// Members the API adds later arrive as `Unknown` (the JSON as sent) and may get variants
/// of their own in a later version of this crate, so the enum is `#[non_exhaustive]`: end a
/// `match` with a wildcard arm, which covers both.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum RunStepObjectStepDetails {
    /// Step details of a step that writes a message.
    MessageCreation(RunStepDetailsMessageCreationObject),
    /// Step details of a step that calls tools.
    ToolCalls(RunStepDetailsToolCallsObject),
    /// A member this crate does not know yet, kept as sent and written back unchanged.
    Unknown(serde_json::Value),
}

impl serde::Serialize for RunStepObjectStepDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::MessageCreation(payload) => payload.serialize(serializer),
            Self::ToolCalls(payload) => payload.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for RunStepObjectStepDetails {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a RunStepObjectStepDetails object";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "message_creation" => {
                <RunStepDetailsMessageCreationObject as crate::fields::Object>::from_map(
                        rest,
                    )
                    .map(Self::MessageCreation)
            }
            "tool_calls" => {
                <RunStepDetailsToolCallsObject as crate::fields::Object>::from_map(rest)
                    .map(Self::ToolCalls)
            }
            _ => crate::support::unknown_member(rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {
        match crate::support::tag_of(raw, "type").as_deref() {
            Some("message_creation") => {
                return crate::support::decode(raw).map(Self::MessageCreation);
            }
            Some("tool_calls") => return crate::support::decode(raw).map(Self::ToolCalls),
            _ => {}
        }
        crate::support::decode(raw).map(Self::Unknown)
    }
}

impl<'de> serde::Deserialize<'de> for RunStepObjectStepDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for RunStepObjectStepDetails {
    #[inline]
    fn read_json(
        reader: &mut crate::json::Reader<'_>,
    ) -> Result<Self, crate::json::GaveUp> {
        crate::support::read_tagged(reader)
    }
}

impl From<RunStepDetailsMessageCreationObject> for RunStepObjectStepDetails {
    fn from(value: RunStepDetailsMessageCreationObject) -> Self {
        Self::MessageCreation(value)
    }
}

impl From<RunStepDetailsToolCallsObject> for RunStepObjectStepDetails {
    fn from(value: RunStepDetailsToolCallsObject) -> Self {
        Self::ToolCalls(value)
    }
}

/// Kind of step.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunStepObjectType::MessageCreation => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum RunStepObjectType {
    /// `message_creation`
    MessageCreation,
    /// `tool_calls`
    ToolCalls,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunStepObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MessageCreation => "message_creation",
            Self::ToolCalls => "tool_calls",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunStepObjectType {
    fn from(value: &str) -> Self {
        match value {
            "message_creation" => Self::MessageCreation,
            "tool_calls" => Self::ToolCalls,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunStepObjectType);

/// A function call the run needs the caller to execute.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunToolCallObject::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunToolCallObject {
    /// ID of the call; quote it as `tool_call_id` when submitting the output.
    pub id: String,
    /// Always `function`.
    pub r#type: RunToolCallObjectType,
    /// The function to call and its arguments.
    pub function: RunToolCallObjectFunction,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunToolCallObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("id", &self.id);
        object.required("type", &self.r#type);
        object.required("function", &self.function);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunToolCallObject);

impl crate::fields::Object for RunToolCallObject {
    const NAME: &'static str = "RunToolCallObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_id = None;
        let mut field_type = None;
        let mut field_function = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "id" => map.read_some(&mut field_id),
                "type" => map.read_some(&mut field_type),
                "function" => map.read_some(&mut field_function),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            id: extra.required_or_default(field_id, "id"),
            r#type: extra.required_or_default(field_type, "type"),
            function: extra.required_or_default(field_function, "function"),
            extra,
        })
    }
}

/// The function to call and its arguments.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RunToolCallObjectFunction::new(..)`, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunToolCallObjectFunction {
    /// Name of the function.
    pub name: String,
    /// Arguments chosen by the model, as a JSON-encoded string.
    pub arguments: String,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RunToolCallObjectFunction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("name", &self.name);
        object.required("arguments", &self.arguments);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RunToolCallObjectFunction);

impl crate::fields::Object for RunToolCallObjectFunction {
    const NAME: &'static str = "RunToolCallObjectFunction";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_name = None;
        let mut field_arguments = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "name" => map.read_some(&mut field_name),
                "arguments" => map.read_some(&mut field_arguments),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            name: extra.required_or_default(field_name, "name"),
            arguments: extra.required_or_default(field_arguments, "arguments"),
            extra,
        })
    }
}

/// Always `function`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     RunToolCallObjectType::Function => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum RunToolCallObjectType {
    /// `function`
    #[default]
    Function,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl RunToolCallObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Function => "function",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RunToolCallObjectType {
    fn from(value: &str) -> Self {
        match value {
            "function" => Self::Function,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(RunToolCallObjectType);

/// Chunk size and overlap.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `StaticChunkingStrategy::new(..)`, or decoded from
/// JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read and
/// to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StaticChunkingStrategy {
    /// Largest chunk, in tokens (100 to 4096).
    ///
    /// Value: at least 100, at most 4096.
    pub max_chunk_size_tokens: i64,
    /// Tokens shared by consecutive chunks; at most half of `max_chunk_size_tokens`.
    ///
    /// Value: at least 0.
    pub chunk_overlap_tokens: i64,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for StaticChunkingStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("max_chunk_size_tokens", &self.max_chunk_size_tokens);
        object.required("chunk_overlap_tokens", &self.chunk_overlap_tokens);
        object.end()
    }
}

crate::fields::impl_object_decoding!(StaticChunkingStrategy);

impl crate::fields::Object for StaticChunkingStrategy {
    const NAME: &'static str = "StaticChunkingStrategy";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_max_chunk_size_tokens = None;
        let mut field_chunk_overlap_tokens = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "max_chunk_size_tokens" => {
                    map.read_some(&mut field_max_chunk_size_tokens)
                }
                "chunk_overlap_tokens" => map.read_some(&mut field_chunk_overlap_tokens),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            max_chunk_size_tokens: extra
                .required_or_default(
                    field_max_chunk_size_tokens,
                    "max_chunk_size_tokens",
                ),
            chunk_overlap_tokens: extra
                .required_or_default(field_chunk_overlap_tokens, "chunk_overlap_tokens"),
            extra,
        })
    }
}

/// Chunking with explicit sizes.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `StaticChunkingStrategyRequestParam::new(..)`, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StaticChunkingStrategyRequestParam {
    /// Always `static`.
    pub r#type: StaticChunkingStrategyRequestParamType,
    pub r#static: StaticChunkingStrategy,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for StaticChunkingStrategyRequestParam {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.required("static", &self.r#static);
        object.end()
    }
}

crate::fields::impl_object_decoding!(StaticChunkingStrategyRequestParam);

impl crate::fields::Object for StaticChunkingStrategyRequestParam {
    const NAME: &'static str = "StaticChunkingStrategyRequestParam";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_static = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_tag(&mut field_type),
                "static" => map.read_some(&mut field_static),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: extra.required_or_default(field_type, "type"),
            r#static: extra.required_or_default(field_static, "static"),
            extra,
        })
    }
}

/// Always `static`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     StaticChunkingStrategyRequestParamType::Static => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum StaticChunkingStrategyRequestParamType {
    /// `static`
    #[default]
    Static,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl StaticChunkingStrategyRequestParamType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Static => "static",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for StaticChunkingStrategyRequestParamType {
    fn from(value: &str) -> Self {
        match value {
            "static" => Self::Static,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(StaticChunkingStrategyRequestParamType);

/// Body of `submitToolOuputsToRun`.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `SubmitToolOutputsRunRequest::new(..)` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SubmitToolOutputsRunRequest {
    /// One output per pending tool call.
    pub tool_outputs: Vec<SubmitToolOutputsRunRequestToolOutputsItem>,
    /// When true the response is a server-sent event stream of the run's events, closed by a `done` event carrying `[DONE]`.
    pub stream: crate::fields::Nullable<bool>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for SubmitToolOutputsRunRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("tool_outputs", &self.tool_outputs);
        object.nullable("stream", &self.stream);
        object.end()
    }
}

crate::fields::impl_object_decoding!(SubmitToolOutputsRunRequest);

impl crate::fields::Object for SubmitToolOutputsRunRequest {
    const NAME: &'static str = "SubmitToolOutputsRunRequest";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_tool_outputs = None;
        let mut field_stream = crate::fields::Nullable::Absent;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "tool_outputs" => map.read_some(&mut field_tool_outputs),
                "stream" => map.read(&mut field_stream),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            tool_outputs: extra.required_or_default(field_tool_outputs, "tool_outputs"),
            stream: field_stream,
            extra,
        })
    }
}

/// The result of one tool call.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with
/// `SubmitToolOutputsRunRequestToolOutputsItem::default()` and the setters, or decoded from
/// JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read and
/// to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SubmitToolOutputsRunRequestToolOutputsItem {
    /// ID of the tool call (from `required_action`) this output answers.
    pub tool_call_id: Option<String>,
    /// The tool's result, passed back to the model as text.
    pub output: Option<String>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for SubmitToolOutputsRunRequestToolOutputsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("tool_call_id", &self.tool_call_id);
        object.optional("output", &self.output);
        object.end()
    }
}

crate::fields::impl_object_decoding!(SubmitToolOutputsRunRequestToolOutputsItem);

impl crate::fields::Object for SubmitToolOutputsRunRequestToolOutputsItem {
    const NAME: &'static str = "SubmitToolOutputsRunRequestToolOutputsItem";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_tool_call_id = None;
        let mut field_output = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "tool_call_id" => map.read(&mut field_tool_call_id),
                "output" => map.read(&mut field_output),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            tool_call_id: field_tool_call_id,
            output: field_output,
            extra,
        })
    }
}

/// A conversation between a user and assistants; holds messages.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `ThreadObject::new(..)` and the setters, or decoded
/// from JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read
/// and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ThreadObject {
    /// Identifier of the thread.
    pub id: String,
    /// Always `thread`.
    pub object: ThreadObjectObject,
    /// Creation time, in Unix seconds.
    pub created_at: i64,
    /// Files and vector stores the tools may use; not always sent.
    pub tool_resources: crate::fields::Nullable<ToolResources>,
    /// Tags stored on the thread.
    pub metadata: Option<Metadata>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for ThreadObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("id", &self.id);
        object.required("object", &self.object);
        object.required("created_at", &self.created_at);
        object.nullable("tool_resources", &self.tool_resources);
        object.required("metadata", &self.metadata);
        object.end()
    }
}

crate::fields::impl_object_decoding!(ThreadObject);

impl crate::fields::Object for ThreadObject {
    const NAME: &'static str = "ThreadObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_id = None;
        let mut field_object = None;
        let mut field_created_at = None;
        let mut field_tool_resources = crate::fields::Nullable::Absent;
        let mut field_metadata = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "id" => map.read_some(&mut field_id),
                "object" => map.read_some(&mut field_object),
                "created_at" => map.read_some(&mut field_created_at),
                "tool_resources" => map.read(&mut field_tool_resources),
                "metadata" => map.read_some(&mut field_metadata),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            id: extra.required_or_default(field_id, "id"),
            object: extra.required_or_default(field_object, "object"),
            created_at: extra.required_or_default(field_created_at, "created_at"),
            tool_resources: field_tool_resources,
            metadata: extra.required_or_default(field_metadata, "metadata"),
            extra,
        })
    }
}

/// Always `thread`.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     ThreadObjectObject::Thread => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum ThreadObjectObject {
    /// `thread`
    #[default]
    Thread,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl ThreadObjectObject {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Thread => "thread",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ThreadObjectObject {
    fn from(value: &str) -> Self {
        match value {
            "thread" => Self::Thread,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(ThreadObjectObject);

/// Files and vector stores the assistant's tools may use in this thread or run.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `ToolResources::default()` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ToolResources {
    /// Resources for the code interpreter tool.
    pub code_interpreter: Option<ToolResourcesCodeInterpreter>,
    /// Resources for the file search tool.
    pub file_search: Option<ToolResourcesFileSearch>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for ToolResources {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("code_interpreter", &self.code_interpreter);
        object.optional("file_search", &self.file_search);
        object.end()
    }
}

crate::fields::impl_object_decoding!(ToolResources);

impl crate::fields::Object for ToolResources {
    const NAME: &'static str = "ToolResources";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_code_interpreter = None;
        let mut field_file_search = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "code_interpreter" => map.read(&mut field_code_interpreter),
                "file_search" => map.read(&mut field_file_search),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            code_interpreter: field_code_interpreter,
            file_search: field_file_search,
            extra,
        })
    }
}

/// Resources for the code interpreter tool.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `ToolResourcesCodeInterpreter::default()` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ToolResourcesCodeInterpreter {
    /// IDs of files the code interpreter can read (at most 20).
    ///
    /// Items: at most 20. Default: `[]`.
    pub file_ids: Option<Vec<String>>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for ToolResourcesCodeInterpreter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("file_ids", &self.file_ids);
        object.end()
    }
}

crate::fields::impl_object_decoding!(ToolResourcesCodeInterpreter);

impl crate::fields::Object for ToolResourcesCodeInterpreter {
    const NAME: &'static str = "ToolResourcesCodeInterpreter";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_file_ids = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "file_ids" => map.read(&mut field_file_ids),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            file_ids: field_file_ids,
            extra,
        })
    }
}

/// Resources for the file search tool.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `ToolResourcesFileSearch::default()` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ToolResourcesFileSearch {
    /// The vector store bound to the thread (at most one ID).
    ///
    /// Items: at most 1.
    pub vector_store_ids: Option<Vec<String>>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for ToolResourcesFileSearch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("vector_store_ids", &self.vector_store_ids);
        object.end()
    }
}

crate::fields::impl_object_decoding!(ToolResourcesFileSearch);

impl crate::fields::Object for ToolResourcesFileSearch {
    const NAME: &'static str = "ToolResourcesFileSearch";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_vector_store_ids = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "vector_store_ids" => map.read(&mut field_vector_store_ids),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            vector_store_ids: field_vector_store_ids,
            extra,
        })
    }
}

/// How the thread is cut down to fit the run's initial context window.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `TruncationObject::new(..)` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct TruncationObject {
    /// `auto` drops messages from the middle of the thread as needed; `last_messages` keeps only the most recent `last_messages` messages.
    pub r#type: TruncationObjectType,
    /// Number of most recent messages to keep when `type` is `last_messages`.
    ///
    /// Value: at least 1.
    pub last_messages: crate::fields::Nullable<i64>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for TruncationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("type", &self.r#type);
        object.nullable("last_messages", &self.last_messages);
        object.end()
    }
}

crate::fields::impl_object_decoding!(TruncationObject);

impl crate::fields::Object for TruncationObject {
    const NAME: &'static str = "TruncationObject";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_type = None;
        let mut field_last_messages = crate::fields::Nullable::Absent;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "type" => map.read_some(&mut field_type),
                "last_messages" => map.read(&mut field_last_messages),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#type: crate::fields::required(field_type, "type", Self::NAME)?,
            last_messages: field_last_messages,
            extra,
        })
    }
}

/// `auto` drops messages from the middle of the thread as needed; `last_messages` keeps only the most recent `last_messages` messages.
///
/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     TruncationObjectType::Auto => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum TruncationObjectType {
    /// `auto`
    Auto,
    /// `last_messages`
    LastMessages,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl TruncationObjectType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::LastMessages => "last_messages",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for TruncationObjectType {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "last_messages" => Self::LastMessages,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(TruncationObjectType);

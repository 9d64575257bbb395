// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Every schema the selected operations use, one Rust type each.

/// One server-sent event of a streamed run. The SSE `event:` field gives `event` and the `data:` field, parsed as JSON (or the literal `[DONE]` for `done`), gives `data`.
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
        #[derive(serde::Serialize)]
        #[serde(tag = "event")]
        enum TaggedRepr<'a> {
            #[serde(rename = "thread.created")]
            ThreadCreated(&'a AssistantStreamEventThreadCreated),
            #[serde(rename = "thread.run.created")]
            ThreadRunCreated(&'a AssistantStreamEventThreadRunCreated),
            #[serde(rename = "thread.run.queued")]
            ThreadRunQueued(&'a AssistantStreamEventThreadRunQueued),
            #[serde(rename = "thread.run.in_progress")]
            ThreadRunInProgress(&'a AssistantStreamEventThreadRunInProgress),
            #[serde(rename = "thread.run.requires_action")]
            ThreadRunRequiresAction(&'a AssistantStreamEventThreadRunRequiresAction),
            #[serde(rename = "thread.run.completed")]
            ThreadRunCompleted(&'a AssistantStreamEventThreadRunCompleted),
            #[serde(rename = "thread.run.incomplete")]
            ThreadRunIncomplete(&'a AssistantStreamEventThreadRunIncomplete),
            #[serde(rename = "thread.run.failed")]
            ThreadRunFailed(&'a AssistantStreamEventThreadRunFailed),
            #[serde(rename = "thread.run.cancelling")]
            ThreadRunCancelling(&'a AssistantStreamEventThreadRunCancelling),
            #[serde(rename = "thread.run.cancelled")]
            ThreadRunCancelled(&'a AssistantStreamEventThreadRunCancelled),
            #[serde(rename = "thread.run.expired")]
            ThreadRunExpired(&'a AssistantStreamEventThreadRunExpired),
            #[serde(rename = "thread.run.step.created")]
            ThreadRunStepCreated(&'a AssistantStreamEventThreadRunStepCreated),
            #[serde(rename = "thread.run.step.in_progress")]
            ThreadRunStepInProgress(&'a AssistantStreamEventThreadRunStepInProgress),
            #[serde(rename = "thread.run.step.delta")]
            ThreadRunStepDelta(&'a AssistantStreamEventThreadRunStepDelta),
            #[serde(rename = "thread.run.step.completed")]
            ThreadRunStepCompleted(&'a AssistantStreamEventThreadRunStepCompleted),
            #[serde(rename = "thread.run.step.failed")]
            ThreadRunStepFailed(&'a AssistantStreamEventThreadRunStepFailed),
            #[serde(rename = "thread.run.step.cancelled")]
            ThreadRunStepCancelled(&'a AssistantStreamEventThreadRunStepCancelled),
            #[serde(rename = "thread.run.step.expired")]
            ThreadRunStepExpired(&'a AssistantStreamEventThreadRunStepExpired),
            #[serde(rename = "thread.message.created")]
            ThreadMessageCreated(&'a AssistantStreamEventThreadMessageCreated),
            #[serde(rename = "thread.message.in_progress")]
            ThreadMessageInProgress(&'a AssistantStreamEventThreadMessageInProgress),
            #[serde(rename = "thread.message.delta")]
            ThreadMessageDelta(&'a AssistantStreamEventThreadMessageDelta),
            #[serde(rename = "thread.message.completed")]
            ThreadMessageCompleted(&'a AssistantStreamEventThreadMessageCompleted),
            #[serde(rename = "thread.message.incomplete")]
            ThreadMessageIncomplete(&'a AssistantStreamEventThreadMessageIncomplete),
            #[serde(rename = "error")]
            Error(&'a ErrorEvent),
            #[serde(rename = "done")]
            Done(&'a DoneEvent),
        }
        match self {
            Self::ThreadCreated(payload) => {
                TaggedRepr::ThreadCreated(payload).serialize(serializer)
            }
            Self::ThreadRunCreated(payload) => {
                TaggedRepr::ThreadRunCreated(payload).serialize(serializer)
            }
            Self::ThreadRunQueued(payload) => {
                TaggedRepr::ThreadRunQueued(payload).serialize(serializer)
            }
            Self::ThreadRunInProgress(payload) => {
                TaggedRepr::ThreadRunInProgress(payload).serialize(serializer)
            }
            Self::ThreadRunRequiresAction(payload) => {
                TaggedRepr::ThreadRunRequiresAction(payload).serialize(serializer)
            }
            Self::ThreadRunCompleted(payload) => {
                TaggedRepr::ThreadRunCompleted(payload).serialize(serializer)
            }
            Self::ThreadRunIncomplete(payload) => {
                TaggedRepr::ThreadRunIncomplete(payload).serialize(serializer)
            }
            Self::ThreadRunFailed(payload) => {
                TaggedRepr::ThreadRunFailed(payload).serialize(serializer)
            }
            Self::ThreadRunCancelling(payload) => {
                TaggedRepr::ThreadRunCancelling(payload).serialize(serializer)
            }
            Self::ThreadRunCancelled(payload) => {
                TaggedRepr::ThreadRunCancelled(payload).serialize(serializer)
            }
            Self::ThreadRunExpired(payload) => {
                TaggedRepr::ThreadRunExpired(payload).serialize(serializer)
            }
            Self::ThreadRunStepCreated(payload) => {
                TaggedRepr::ThreadRunStepCreated(payload).serialize(serializer)
            }
            Self::ThreadRunStepInProgress(payload) => {
                TaggedRepr::ThreadRunStepInProgress(payload).serialize(serializer)
            }
            Self::ThreadRunStepDelta(payload) => {
                TaggedRepr::ThreadRunStepDelta(payload).serialize(serializer)
            }
            Self::ThreadRunStepCompleted(payload) => {
                TaggedRepr::ThreadRunStepCompleted(payload).serialize(serializer)
            }
            Self::ThreadRunStepFailed(payload) => {
                TaggedRepr::ThreadRunStepFailed(payload).serialize(serializer)
            }
            Self::ThreadRunStepCancelled(payload) => {
                TaggedRepr::ThreadRunStepCancelled(payload).serialize(serializer)
            }
            Self::ThreadRunStepExpired(payload) => {
                TaggedRepr::ThreadRunStepExpired(payload).serialize(serializer)
            }
            Self::ThreadMessageCreated(payload) => {
                TaggedRepr::ThreadMessageCreated(payload).serialize(serializer)
            }
            Self::ThreadMessageInProgress(payload) => {
                TaggedRepr::ThreadMessageInProgress(payload).serialize(serializer)
            }
            Self::ThreadMessageDelta(payload) => {
                TaggedRepr::ThreadMessageDelta(payload).serialize(serializer)
            }
            Self::ThreadMessageCompleted(payload) => {
                TaggedRepr::ThreadMessageCompleted(payload).serialize(serializer)
            }
            Self::ThreadMessageIncomplete(payload) => {
                TaggedRepr::ThreadMessageIncomplete(payload).serialize(serializer)
            }
            Self::Error(payload) => TaggedRepr::Error(payload).serialize(serializer),
            Self::Done(payload) => TaggedRepr::Done(payload).serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for AssistantStreamEvent {
    const TAG: &'static str = "event";

    const EXPECTING: &'static str = "a AssistantStreamEvent object";

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "thread.created" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadCreated)
            }
            "thread.run.created" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadRunCreated)
            }
            "thread.run.queued" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadRunQueued)
            }
            "thread.run.in_progress" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadRunInProgress)
            }
            "thread.run.requires_action" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadRunRequiresAction)
            }
            "thread.run.completed" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadRunCompleted)
            }
            "thread.run.incomplete" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadRunIncomplete)
            }
            "thread.run.failed" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadRunFailed)
            }
            "thread.run.cancelling" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadRunCancelling)
            }
            "thread.run.cancelled" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadRunCancelled)
            }
            "thread.run.expired" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadRunExpired)
            }
            "thread.run.step.created" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadRunStepCreated)
            }
            "thread.run.step.in_progress" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadRunStepInProgress)
            }
            "thread.run.step.delta" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadRunStepDelta)
            }
            "thread.run.step.completed" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadRunStepCompleted)
            }
            "thread.run.step.failed" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadRunStepFailed)
            }
            "thread.run.step.cancelled" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadRunStepCancelled)
            }
            "thread.run.step.expired" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadRunStepExpired)
            }
            "thread.message.created" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadMessageCreated)
            }
            "thread.message.in_progress" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadMessageInProgress)
            }
            "thread.message.delta" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadMessageDelta)
            }
            "thread.message.completed" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadMessageCompleted)
            }
            "thread.message.incomplete" => {
                serde::Deserialize::deserialize(rest).map(Self::ThreadMessageIncomplete)
            }
            "error" => serde::Deserialize::deserialize(rest).map(Self::Error),
            "done" => serde::Deserialize::deserialize(rest).map(Self::Done),
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        match value.get("event").and_then(serde_json::Value::as_str) {
            Some("thread.created") => {
                return crate::support::decode(value).map(Self::ThreadCreated);
            }
            Some("thread.run.created") => {
                return crate::support::decode(value).map(Self::ThreadRunCreated);
            }
            Some("thread.run.queued") => {
                return crate::support::decode(value).map(Self::ThreadRunQueued);
            }
            Some("thread.run.in_progress") => {
                return crate::support::decode(value).map(Self::ThreadRunInProgress);
            }
            Some("thread.run.requires_action") => {
                return crate::support::decode(value).map(Self::ThreadRunRequiresAction);
            }
            Some("thread.run.completed") => {
                return crate::support::decode(value).map(Self::ThreadRunCompleted);
            }
            Some("thread.run.incomplete") => {
                return crate::support::decode(value).map(Self::ThreadRunIncomplete);
            }
            Some("thread.run.failed") => {
                return crate::support::decode(value).map(Self::ThreadRunFailed);
            }
            Some("thread.run.cancelling") => {
                return crate::support::decode(value).map(Self::ThreadRunCancelling);
            }
            Some("thread.run.cancelled") => {
                return crate::support::decode(value).map(Self::ThreadRunCancelled);
            }
            Some("thread.run.expired") => {
                return crate::support::decode(value).map(Self::ThreadRunExpired);
            }
            Some("thread.run.step.created") => {
                return crate::support::decode(value).map(Self::ThreadRunStepCreated);
            }
            Some("thread.run.step.in_progress") => {
                return crate::support::decode(value).map(Self::ThreadRunStepInProgress);
            }
            Some("thread.run.step.delta") => {
                return crate::support::decode(value).map(Self::ThreadRunStepDelta);
            }
            Some("thread.run.step.completed") => {
                return crate::support::decode(value).map(Self::ThreadRunStepCompleted);
            }
            Some("thread.run.step.failed") => {
                return crate::support::decode(value).map(Self::ThreadRunStepFailed);
            }
            Some("thread.run.step.cancelled") => {
                return crate::support::decode(value).map(Self::ThreadRunStepCancelled);
            }
            Some("thread.run.step.expired") => {
                return crate::support::decode(value).map(Self::ThreadRunStepExpired);
            }
            Some("thread.message.created") => {
                return crate::support::decode(value).map(Self::ThreadMessageCreated);
            }
            Some("thread.message.in_progress") => {
                return crate::support::decode(value).map(Self::ThreadMessageInProgress);
            }
            Some("thread.message.delta") => {
                return crate::support::decode(value).map(Self::ThreadMessageDelta);
            }
            Some("thread.message.completed") => {
                return crate::support::decode(value).map(Self::ThreadMessageCompleted);
            }
            Some("thread.message.incomplete") => {
                return crate::support::decode(value).map(Self::ThreadMessageIncomplete);
            }
            Some("error") => return crate::support::decode(value).map(Self::Error),
            Some("done") => return crate::support::decode(value).map(Self::Done),
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

impl<'de> serde::Deserialize<'de> for AssistantStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadCreated {
    pub data: ThreadObject,
}

/// A message was finished.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadMessageCompleted {
    pub data: MessageObject,
}

/// A message was created.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadMessageCreated {
    pub data: MessageObject,
}

/// Part of a message changed.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadMessageDelta {
    pub data: MessageDeltaObject,
}

/// A message is being written.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadMessageInProgress {
    pub data: MessageObject,
}

/// A message ended before it was finished.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadMessageIncomplete {
    pub data: MessageObject,
}

/// The run was cancelled.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadRunCancelled {
    pub data: RunObject,
}

/// The run is being cancelled.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadRunCancelling {
    pub data: RunObject,
}

/// The run finished successfully.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadRunCompleted {
    pub data: RunObject,
}

/// The run was created.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadRunCreated {
    pub data: RunObject,
}

/// The run expired before finishing.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadRunExpired {
    pub data: RunObject,
}

/// The run failed.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadRunFailed {
    pub data: RunObject,
}

/// The run is executing.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadRunInProgress {
    pub data: RunObject,
}

/// The run stopped early because a token budget ran out.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadRunIncomplete {
    pub data: RunObject,
}

/// The run is waiting to start.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadRunQueued {
    pub data: RunObject,
}

/// The run is waiting for tool outputs.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadRunRequiresAction {
    pub data: RunObject,
}

/// A step was cancelled.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadRunStepCancelled {
    pub data: RunStepObject,
}

/// A step finished.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadRunStepCompleted {
    pub data: RunStepObject,
}

/// A step was created.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadRunStepCreated {
    pub data: RunStepObject,
}

/// Part of a step changed.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadRunStepDelta {
    pub data: RunStepDeltaObject,
}

/// A step expired.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadRunStepExpired {
    pub data: RunStepObject,
}

/// A step failed.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadRunStepFailed {
    pub data: RunStepObject,
}

/// A step is executing.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantStreamEventThreadRunStepInProgress {
    pub data: RunStepObject,
}

/// One tool the assistant may use during a run.
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
        enum TaggedRepr<'a> {
            #[serde(rename = "code_interpreter")]
            CodeInterpreter,
            #[serde(rename = "file_search")]
            FileSearch(&'a AssistantToolsFileSearch),
            #[serde(rename = "function")]
            Function(&'a AssistantToolsFunction),
        }
        match self {
            Self::CodeInterpreter => TaggedRepr::CodeInterpreter.serialize(serializer),
            Self::FileSearch(payload) => {
                TaggedRepr::FileSearch(payload).serialize(serializer)
            }
            Self::Function(payload) => {
                TaggedRepr::Function(payload).serialize(serializer)
            }
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for AssistantTools {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a AssistantTools object";

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "code_interpreter" => {
                <serde::de::IgnoredAny as serde::Deserialize>::deserialize(rest)?;
                Ok(Self::CodeInterpreter)
            }
            "file_search" => serde::Deserialize::deserialize(rest).map(Self::FileSearch),
            "function" => serde::Deserialize::deserialize(rest).map(Self::Function),
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("code_interpreter") => return Ok(Self::CodeInterpreter),
            Some("file_search") => {
                return crate::support::decode(value).map(Self::FileSearch);
            }
            Some("function") => return crate::support::decode(value).map(Self::Function),
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

impl<'de> serde::Deserialize<'de> for AssistantTools {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
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
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantToolsFileSearch {
    /// Optional settings that override the file search defaults.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_search: Option<AssistantToolsFileSearchFileSearch>,
}

/// Optional settings that override the file search defaults.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantToolsFileSearchFileSearch {
    /// Upper bound on the results the tool returns (1 to 50; by default 20 for gpt-4* models and 5 for gpt-3.5-turbo). It may return fewer.
    ///
    /// Value: at least 1, at most 50.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_num_results: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ranking_options: Option<FileSearchRankingOptions>,
}

/// A function defined by the caller that the model may ask to call.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantToolsFunction {
    pub function: FunctionObject,
}

/// Output format the model must produce: `auto` (the default), plain text, JSON mode, or Structured Outputs with a JSON schema. With JSON mode the prompt itself must also ask for JSON.
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
        enum TaggedRepr<'a> {
            #[serde(rename = "text")]
            Text,
            #[serde(rename = "json_object")]
            JsonObject,
            #[serde(rename = "json_schema")]
            JsonSchema(&'a ResponseFormatJsonSchema),
        }
        match self {
            Self::Auto => serializer.serialize_str("auto"),
            Self::Text => TaggedRepr::Text.serialize(serializer),
            Self::JsonObject => TaggedRepr::JsonObject.serialize(serializer),
            Self::JsonSchema(payload) => {
                TaggedRepr::JsonSchema(payload).serialize(serializer)
            }
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for AssistantsApiResponseFormatOption {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a AssistantsApiResponseFormatOption object";

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "text" => {
                <serde::de::IgnoredAny as serde::Deserialize>::deserialize(rest)?;
                Ok(Self::Text)
            }
            "json_object" => {
                <serde::de::IgnoredAny as serde::Deserialize>::deserialize(rest)?;
                Ok(Self::JsonObject)
            }
            "json_schema" => serde::Deserialize::deserialize(rest).map(Self::JsonSchema),
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        if value.as_str() == Some("auto") {
            return Ok(Self::Auto);
        }
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("text") => return Ok(Self::Text),
            Some("json_object") => return Ok(Self::JsonObject),
            Some("json_schema") => {
                return crate::support::decode(value).map(Self::JsonSchema);
            }
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

impl<'de> serde::Deserialize<'de> for AssistantsApiResponseFormatOption {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl From<ResponseFormatJsonSchema> for AssistantsApiResponseFormatOption {
    fn from(value: ResponseFormatJsonSchema) -> Self {
        Self::JsonSchema(value)
    }
}

/// Which tool, if any, the model calls: `none` (never, answer with a message), `auto` (the model decides; the default), `required` (at least one tool call), or a named tool to force.
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
        enum TaggedRepr<'a> {
            #[serde(rename = "function")]
            Function(&'a AssistantsNamedToolChoiceFunction),
            #[serde(rename = "code_interpreter")]
            CodeInterpreter,
            #[serde(rename = "file_search")]
            FileSearch,
        }
        match self {
            Self::None => serializer.serialize_str("none"),
            Self::Auto => serializer.serialize_str("auto"),
            Self::Required => serializer.serialize_str("required"),
            Self::Function(payload) => {
                TaggedRepr::Function(payload).serialize(serializer)
            }
            Self::CodeInterpreter => TaggedRepr::CodeInterpreter.serialize(serializer),
            Self::FileSearch => TaggedRepr::FileSearch.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for AssistantsApiToolChoiceOption {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a AssistantsApiToolChoiceOption object";

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "function" => serde::Deserialize::deserialize(rest).map(Self::Function),
            "code_interpreter" => {
                <serde::de::IgnoredAny as serde::Deserialize>::deserialize(rest)?;
                Ok(Self::CodeInterpreter)
            }
            "file_search" => {
                <serde::de::IgnoredAny as serde::Deserialize>::deserialize(rest)?;
                Ok(Self::FileSearch)
            }
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        match value.as_str() {
            Some("none") => return Ok(Self::None),
            Some("auto") => return Ok(Self::Auto),
            Some("required") => return Ok(Self::Required),
            _ => {}
        }
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("function") => return crate::support::decode(value).map(Self::Function),
            Some("code_interpreter") => return Ok(Self::CodeInterpreter),
            Some("file_search") => return Ok(Self::FileSearch),
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

impl<'de> serde::Deserialize<'de> for AssistantsApiToolChoiceOption {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl From<AssistantsNamedToolChoiceFunction> for AssistantsApiToolChoiceOption {
    fn from(value: AssistantsNamedToolChoiceFunction) -> Self {
        Self::Function(value)
    }
}

/// Call the named function.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantsNamedToolChoiceFunction {
    /// Which function to call.
    pub function: AssistantsNamedToolChoiceFunctionFunction,
}

/// Which function to call.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AssistantsNamedToolChoiceFunctionFunction {
    /// Name of the function to call.
    pub name: String,
}

/// How a new vector store splits its files into chunks: `auto`, or `static` with explicit sizes.
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
        enum TaggedRepr<'a> {
            #[serde(rename = "auto")]
            Auto,
            #[serde(rename = "static")]
            Static(&'a StaticChunkingStrategyRequestParam),
        }
        match self {
            Self::Auto => TaggedRepr::Auto.serialize(serializer),
            Self::Static(payload) => TaggedRepr::Static(payload).serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for ChunkingStrategyRequestParam {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a ChunkingStrategyRequestParam object";

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "auto" => {
                <serde::de::IgnoredAny as serde::Deserialize>::deserialize(rest)?;
                Ok(Self::Auto)
            }
            "static" => serde::Deserialize::deserialize(rest).map(Self::Static),
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("auto") => return Ok(Self::Auto),
            Some("static") => return crate::support::decode(value).map(Self::Static),
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

impl<'de> serde::Deserialize<'de> for ChunkingStrategyRequestParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

impl From<StaticChunkingStrategyRequestParam> for ChunkingStrategyRequestParam {
    fn from(value: StaticChunkingStrategyRequestParam) -> Self {
        Self::Static(value)
    }
}

/// A message to add to a thread.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateMessageRequest {
    /// `user` for text written by the end user, `assistant` to insert text as if the assistant had written it.
    pub role: CreateMessageRequestRole,
    /// The message body, as plain text or as a list of text and image parts.
    pub content: CreateMessageRequestContent,
    /// Files attached to the message and the tools that should see them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<CreateMessageRequestAttachmentsItem>>,
    /// Tags to store on the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}

/// One attached file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateMessageRequestAttachmentsItem {
    /// ID of the attached file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// Tools the file is made available to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<CreateMessageRequestAttachmentsItemToolsItem>>,
}

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

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "code_interpreter" => {
                <serde::de::IgnoredAny as serde::Deserialize>::deserialize(rest)?;
                Ok(Self::CodeInterpreter)
            }
            "file_search" => {
                <serde::de::IgnoredAny as serde::Deserialize>::deserialize(rest)?;
                Ok(Self::FileSearch)
            }
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("code_interpreter") => return Ok(Self::CodeInterpreter),
            Some("file_search") => return Ok(Self::FileSearch),
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

impl<'de> serde::Deserialize<'de> for CreateMessageRequestAttachmentsItemToolsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

/// The message body, as plain text or as a list of text and image parts.
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
        let value = serde_json::Value::deserialize(deserializer)?;
        if value.is_string() {
            return crate::support::decode(value).map(Self::Text);
        }
        if value.is_array() {
            return crate::support::decode(value).map(Self::Parts);
        }
        Err(
            serde::de::Error::custom(
                "the value matches no variant of CreateMessageRequestContent",
            ),
        )
    }
}

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
        #[derive(serde::Serialize)]
        #[serde(tag = "type")]
        enum TaggedRepr<'a> {
            #[serde(rename = "image_file")]
            ImageFile(&'a MessageContentImageFileObject),
            #[serde(rename = "image_url")]
            ImageUrl(&'a MessageContentImageUrlObject),
            #[serde(rename = "text")]
            Text(&'a MessageRequestContentTextObject),
        }
        match self {
            Self::ImageFile(payload) => {
                TaggedRepr::ImageFile(payload).serialize(serializer)
            }
            Self::ImageUrl(payload) => {
                TaggedRepr::ImageUrl(payload).serialize(serializer)
            }
            Self::Text(payload) => TaggedRepr::Text(payload).serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for CreateMessageRequestContentPartsItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a CreateMessageRequestContentPartsItem object";

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "image_file" => serde::Deserialize::deserialize(rest).map(Self::ImageFile),
            "image_url" => serde::Deserialize::deserialize(rest).map(Self::ImageUrl),
            "text" => serde::Deserialize::deserialize(rest).map(Self::Text),
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("image_file") => {
                return crate::support::decode(value).map(Self::ImageFile);
            }
            Some("image_url") => return crate::support::decode(value).map(Self::ImageUrl),
            Some("text") => return crate::support::decode(value).map(Self::Text),
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

impl<'de> serde::Deserialize<'de> for CreateMessageRequestContentPartsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
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
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for CreateMessageRequestRole {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CreateMessageRequestRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateMessageRequestRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CreateMessageRequestRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// Body of `createThreadAndRun`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateThreadAndRunRequest {
    /// ID of the assistant that executes the run.
    pub assistant_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thread: Option<CreateThreadRequest>,
    /// Model to run with, overriding the assistant's model. Any model ID is accepted; the listed values are the known ones. Null or absent keeps the assistant's model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<CreateThreadAndRunRequestModel>,
    /// Replaces the assistant's system instructions for this run only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// Replaces the assistant's tools for this run only (at most 20).
    ///
    /// Items: at most 20.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<AssistantTools>>,
    /// Files and vector stores the tools may use during this run, per tool type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_resources: Option<CreateThreadAndRunRequestToolResources>,
    /// Tags to store on the run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// Sampling temperature between 0 and 2; higher is more random, lower is more deterministic. Tune this or `top_p`, not both.
    ///
    /// Value: at least 0, at most 2. Default: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// Nucleus sampling: only tokens within this cumulative probability mass are considered (0.1 means the top 10%). Tune this or `temperature`, not both.
    ///
    /// Value: at least 0, at most 1. Default: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// When true the response is a server-sent event stream of the run's events, closed by a `done` event carrying `[DONE]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    /// Budget of prompt tokens for the whole run (at least 256). If it is exceeded the run ends as `incomplete`.
    ///
    /// Value: at least 256.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_prompt_tokens: Option<i64>,
    /// Budget of completion tokens for the whole run (at least 256). If it is exceeded the run ends as `incomplete`.
    ///
    /// Value: at least 256.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_completion_tokens: Option<i64>,
    /// How to truncate the thread before the run starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truncation_strategy: Option<TruncationObject>,
    /// Which tool, if any, the model must call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<AssistantsApiToolChoiceOption>,
    /// Whether the model may request several function calls at once.
    ///
    /// Default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parallel_tool_calls: Option<bool>,
    /// Output format the model must produce.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_format: Option<AssistantsApiResponseFormatOption>,
}

/// Model to run with, overriding the assistant's model. Any model ID is accepted; the listed values are the known ones. Null or absent keeps the assistant's model.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for CreateThreadAndRunRequestModel {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CreateThreadAndRunRequestModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateThreadAndRunRequestModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CreateThreadAndRunRequestModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// Files and vector stores the tools may use during this run, per tool type.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateThreadAndRunRequestToolResources {
    /// Resources for the code interpreter tool.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_interpreter: Option<CreateThreadAndRunRequestToolResourcesCodeInterpreter>,
    /// Resources for the file search tool.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_search: Option<CreateThreadAndRunRequestToolResourcesFileSearch>,
}

/// Resources for the code interpreter tool.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateThreadAndRunRequestToolResourcesCodeInterpreter {
    /// IDs of files the code interpreter can read (at most 20).
    ///
    /// Items: at most 20. Default: `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<String>>,
}

/// Resources for the file search tool.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateThreadAndRunRequestToolResourcesFileSearch {
    /// The vector store file search may use (at most one ID).
    ///
    /// Items: at most 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vector_store_ids: Option<Vec<String>>,
}

/// Contents of a thread to create. If it is left out of a run request, an empty thread is created.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateThreadRequest {
    /// Messages to start the thread with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<CreateMessageRequest>>,
    /// Files and vector stores the assistant's tools may use in this thread, per tool type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_resources: Option<CreateThreadRequestToolResources>,
    /// Tags to store on the thread.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}

/// Files and vector stores the assistant's tools may use in this thread, per tool type.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateThreadRequestToolResources {
    /// Resources for the code interpreter tool.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_interpreter: Option<CreateThreadRequestToolResourcesCodeInterpreter>,
    /// Resources for the file search tool: an existing vector store, or one to create on the fly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_search: Option<CreateThreadRequestToolResourcesFileSearch>,
}

/// Resources for the code interpreter tool.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateThreadRequestToolResourcesCodeInterpreter {
    /// IDs of files the code interpreter can read (at most 20).
    ///
    /// Items: at most 20. Default: `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<String>>,
}

/// Resources for the file search tool: an existing vector store, or one to create on the fly.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateThreadRequestToolResourcesFileSearch {
    /// ID of an existing vector store to attach (at most one).
    ///
    /// Items: at most 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vector_store_ids: Option<Vec<String>>,
    /// A vector store to create from files and attach (at most one).
    ///
    /// Items: at most 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vector_stores: Option<
        Vec<CreateThreadRequestToolResourcesFileSearchVectorStoresItem>,
    >,
}

/// Recipe for a vector store created together with the thread.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateThreadRequestToolResourcesFileSearchVectorStoresItem {
    /// IDs of the files to index (at most 10000).
    ///
    /// Items: at most 10000.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<String>>,
    /// How the files are split into chunks; `auto` when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chunking_strategy: Option<ChunkingStrategyRequestParam>,
    /// Tags to store on the new vector store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}

/// The last event of a stream.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DoneEvent {
    /// Always the literal text `[DONE]`, which is not JSON.
    pub data: DoneEventData,
}

/// Always the literal text `[DONE]`, which is not JSON.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum DoneEventData {
    /// `[DONE]`
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

impl std::str::FromStr for DoneEventData {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for DoneEventData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for DoneEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for DoneEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// What went wrong with a request, or with a stream mid-way.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Error {
    /// Human-readable explanation of the error.
    pub message: String,
    /// Broad category of the error, such as `invalid_request_error`.
    pub r#type: String,
    /// The request parameter the error refers to, or null if none.
    #[serde(default)]
    pub param: Option<String>,
    /// Machine-readable error code, or null if there is none.
    #[serde(default)]
    pub code: Option<String>,
}

/// An error occurred while streaming; the stream may end after it.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorEvent {
    pub data: Error,
}

/// Body of every non-2xx response.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorResponse {
    pub error: Error,
}

/// Ranking algorithm for file search; `auto` when not given.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for FileSearchRanker {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for FileSearchRanker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for FileSearchRanker {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for FileSearchRanker {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// How file search ranks its results. Without it the `auto` ranker and a score threshold of 0 are used.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileSearchRankingOptions {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ranker: Option<FileSearchRanker>,
    /// Results scoring below this value (between 0 and 1) are dropped.
    ///
    /// Value: at least 0, at most 1.
    pub score_threshold: f64,
}

/// Definition of a callable function (name, purpose and arguments).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FunctionObject {
    /// Function name: letters, digits, underscores and dashes only, at most 64 characters.
    ///
    /// Length: at most 64 characters.
    pub name: String,
    /// What the function does; the model reads this to decide when to call it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<FunctionParameters>,
    /// When true, the model's arguments follow `parameters` exactly (only a subset of JSON Schema is then allowed).
    ///
    /// Default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strict: Option<bool>,
}

/// JSON Schema object describing the function's arguments. Leaving it out declares a function that takes no arguments.
pub type FunctionParameters = serde_json::Value;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for ListMessagesOrder {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for ListMessagesOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ListMessagesOrder {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ListMessagesOrder {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// The query parameters of `list_messages`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListMessagesParams {
    /// How many messages to return in this page (1 to 100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort direction by creation time: `asc` for oldest first, `desc` for newest first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<ListMessagesOrder>,
    /// Pagination cursor: a message ID; the page starts right after that message (pass the previous page's `last_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Pagination cursor: a message ID; the page ends right before that message (pass the previous page's `first_id` to go backwards).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    /// Only return messages produced by this run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_id: Option<String>,
}

/// One page of messages of a thread.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListMessagesResponse {
    /// Always `list`.
    pub object: ListMessagesResponseObject,
    /// The messages of this page.
    pub data: Vec<MessageObject>,
    /// ID of the first message of the page; null when the page is empty.
    #[serde(default)]
    pub first_id: Option<String>,
    /// ID of the last message of the page; null when the page is empty.
    #[serde(default)]
    pub last_id: Option<String>,
    /// Whether more messages exist beyond this page.
    pub has_more: bool,
}

/// Always `list`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ListMessagesResponseObject {
    /// `list`
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

impl std::str::FromStr for ListMessagesResponseObject {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for ListMessagesResponseObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ListMessagesResponseObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ListMessagesResponseObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// An image part that refers to an uploaded file.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageContentImageFileObject {
    /// The referenced image.
    pub image_file: MessageContentImageFileObjectImageFile,
}

/// The referenced image.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageContentImageFileObjectImageFile {
    /// ID of the image file (uploaded with purpose `vision`).
    pub file_id: String,
    /// Image resolution to use; `low` costs fewer tokens.
    ///
    /// Default: `"auto"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<MessageContentImageFileObjectImageFileDetail>,
}

/// Image resolution to use; `low` costs fewer tokens.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for MessageContentImageFileObjectImageFileDetail {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MessageContentImageFileObjectImageFileDetail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MessageContentImageFileObjectImageFileDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MessageContentImageFileObjectImageFileDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// An image part that refers to an image on the web.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageContentImageUrlObject {
    /// The referenced image.
    pub image_url: MessageContentImageUrlObjectImageUrl,
}

/// The referenced image.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageContentImageUrlObjectImageUrl {
    /// Public URL of the image (jpeg, jpg, png, gif or webp).
    pub url: String,
    /// Image resolution to use; `low` costs fewer tokens.
    ///
    /// Default: `"auto"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<MessageContentImageUrlObjectImageUrlDetail>,
}

/// Image resolution to use; `low` costs fewer tokens.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for MessageContentImageUrlObjectImageUrlDetail {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MessageContentImageUrlObjectImageUrlDetail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MessageContentImageUrlObjectImageUrlDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MessageContentImageUrlObjectImageUrlDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// A part in which the model declines to answer.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageContentRefusalObject {
    /// The refusal text.
    pub refusal: String,
}

/// Marks a span of the text that cites a file searched by the file search tool.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageContentTextAnnotationsFileCitationObject {
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
}

/// The cited file.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageContentTextAnnotationsFileCitationObjectFileCitation {
    /// ID of the cited file.
    pub file_id: String,
}

/// Marks a span of the text that refers to a file produced by the code interpreter.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageContentTextAnnotationsFilePathObject {
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
}

/// The generated file.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageContentTextAnnotationsFilePathObjectFilePath {
    /// ID of the generated file.
    pub file_id: String,
}

/// A text part of a stored message, with its annotations.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageContentTextObject {
    /// The text and the annotations that point into it.
    pub text: MessageContentTextObjectText,
}

/// The text and the annotations that point into it.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageContentTextObjectText {
    /// The text itself.
    pub value: String,
    /// Citations and file references found in the text.
    pub annotations: Vec<MessageContentTextObjectTextAnnotationsItem>,
}

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
        #[derive(serde::Serialize)]
        #[serde(tag = "type")]
        enum TaggedRepr<'a> {
            #[serde(rename = "file_citation")]
            FileCitation(&'a MessageContentTextAnnotationsFileCitationObject),
            #[serde(rename = "file_path")]
            FilePath(&'a MessageContentTextAnnotationsFilePathObject),
        }
        match self {
            Self::FileCitation(payload) => {
                TaggedRepr::FileCitation(payload).serialize(serializer)
            }
            Self::FilePath(payload) => {
                TaggedRepr::FilePath(payload).serialize(serializer)
            }
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for MessageContentTextObjectTextAnnotationsItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a MessageContentTextObjectTextAnnotationsItem object";

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "file_citation" => {
                serde::Deserialize::deserialize(rest).map(Self::FileCitation)
            }
            "file_path" => serde::Deserialize::deserialize(rest).map(Self::FilePath),
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("file_citation") => {
                return crate::support::decode(value).map(Self::FileCitation);
            }
            Some("file_path") => return crate::support::decode(value).map(Self::FilePath),
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

impl<'de> serde::Deserialize<'de> for MessageContentTextObjectTextAnnotationsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
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

/// Streamed fragment of an image-file part.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageDeltaContentImageFileObject {
    /// Position of the content part this fragment belongs to.
    pub index: i64,
    /// The referenced image, as far as known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_file: Option<MessageDeltaContentImageFileObjectImageFile>,
}

/// The referenced image, as far as known.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageDeltaContentImageFileObjectImageFile {
    /// ID of the image file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// Image resolution used.
    ///
    /// Default: `"auto"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<MessageDeltaContentImageFileObjectImageFileDetail>,
}

/// Image resolution used.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for MessageDeltaContentImageFileObjectImageFileDetail {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MessageDeltaContentImageFileObjectImageFileDetail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MessageDeltaContentImageFileObjectImageFileDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MessageDeltaContentImageFileObjectImageFileDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// Streamed fragment of an image-URL part.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageDeltaContentImageUrlObject {
    /// Position of the content part this fragment belongs to.
    pub index: i64,
    /// The referenced image, as far as known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<MessageDeltaContentImageUrlObjectImageUrl>,
}

/// The referenced image, as far as known.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageDeltaContentImageUrlObjectImageUrl {
    /// URL of the image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Image resolution used.
    ///
    /// Default: `"auto"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<MessageDeltaContentImageUrlObjectImageUrlDetail>,
}

/// Image resolution used.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for MessageDeltaContentImageUrlObjectImageUrlDetail {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MessageDeltaContentImageUrlObjectImageUrlDetail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MessageDeltaContentImageUrlObjectImageUrlDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MessageDeltaContentImageUrlObjectImageUrlDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// Streamed fragment of a refusal part.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageDeltaContentRefusalObject {
    /// Position of the content part this fragment belongs to.
    pub index: i64,
    /// Refusal text to append.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refusal: Option<String>,
}

/// Streamed file citation annotation.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageDeltaContentTextAnnotationsFileCitationObject {
    /// Position of the annotation in the part's annotation list.
    pub index: i64,
    /// The marker in the text that is replaced by the citation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The cited file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_citation: Option<
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
    >,
    /// Start offset of the marker in the text.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_index: Option<i64>,
    /// End offset of the marker in the text.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_index: Option<i64>,
}

/// The cited file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation {
    /// ID of the cited file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// Quoted passage of the file, when provided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// Streamed file path annotation.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageDeltaContentTextAnnotationsFilePathObject {
    /// Position of the annotation in the part's annotation list.
    pub index: i64,
    /// The marker in the text that is replaced by the file path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The generated file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_path: Option<MessageDeltaContentTextAnnotationsFilePathObjectFilePath>,
    /// Start offset of the marker in the text.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_index: Option<i64>,
    /// End offset of the marker in the text.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_index: Option<i64>,
}

/// The generated file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageDeltaContentTextAnnotationsFilePathObjectFilePath {
    /// ID of the generated file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
}

/// Streamed fragment of a text part.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageDeltaContentTextObject {
    /// Position of the content part this fragment belongs to.
    pub index: i64,
    /// Text and annotations added by this fragment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<MessageDeltaContentTextObjectText>,
}

/// Text and annotations added by this fragment.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageDeltaContentTextObjectText {
    /// Text to append to the part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Annotations added by this fragment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<Vec<MessageDeltaContentTextObjectTextAnnotationsItem>>,
}

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
        #[derive(serde::Serialize)]
        #[serde(tag = "type")]
        enum TaggedRepr<'a> {
            #[serde(rename = "file_citation")]
            FileCitation(&'a MessageDeltaContentTextAnnotationsFileCitationObject),
            #[serde(rename = "file_path")]
            FilePath(&'a MessageDeltaContentTextAnnotationsFilePathObject),
        }
        match self {
            Self::FileCitation(payload) => {
                TaggedRepr::FileCitation(payload).serialize(serializer)
            }
            Self::FilePath(payload) => {
                TaggedRepr::FilePath(payload).serialize(serializer)
            }
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for MessageDeltaContentTextObjectTextAnnotationsItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a MessageDeltaContentTextObjectTextAnnotationsItem object";

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "file_citation" => {
                serde::Deserialize::deserialize(rest).map(Self::FileCitation)
            }
            "file_path" => serde::Deserialize::deserialize(rest).map(Self::FilePath),
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("file_citation") => {
                return crate::support::decode(value).map(Self::FileCitation);
            }
            Some("file_path") => return crate::support::decode(value).map(Self::FilePath),
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

impl<'de> serde::Deserialize<'de> for MessageDeltaContentTextObjectTextAnnotationsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
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

/// A change to a message being written, sent in `thread.message.delta` stream events.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageDeltaObject {
    /// ID of the message being changed.
    pub id: String,
    /// Always `thread.message.delta`.
    pub object: MessageDeltaObjectObject,
    /// The fields of the message that changed.
    pub delta: MessageDeltaObjectDelta,
}

/// The fields of the message that changed.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageDeltaObjectDelta {
    /// Who the message is attributed to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<MessageDeltaObjectDeltaRole>,
    /// Content fragments to merge into the message, by `index`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<Vec<MessageDeltaObjectDeltaContentItem>>,
}

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
        #[derive(serde::Serialize)]
        #[serde(tag = "type")]
        enum TaggedRepr<'a> {
            #[serde(rename = "image_file")]
            ImageFile(&'a MessageDeltaContentImageFileObject),
            #[serde(rename = "text")]
            Text(&'a MessageDeltaContentTextObject),
            #[serde(rename = "refusal")]
            Refusal(&'a MessageDeltaContentRefusalObject),
            #[serde(rename = "image_url")]
            ImageUrl(&'a MessageDeltaContentImageUrlObject),
        }
        match self {
            Self::ImageFile(payload) => {
                TaggedRepr::ImageFile(payload).serialize(serializer)
            }
            Self::Text(payload) => TaggedRepr::Text(payload).serialize(serializer),
            Self::Refusal(payload) => TaggedRepr::Refusal(payload).serialize(serializer),
            Self::ImageUrl(payload) => {
                TaggedRepr::ImageUrl(payload).serialize(serializer)
            }
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for MessageDeltaObjectDeltaContentItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a MessageDeltaObjectDeltaContentItem object";

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "image_file" => serde::Deserialize::deserialize(rest).map(Self::ImageFile),
            "text" => serde::Deserialize::deserialize(rest).map(Self::Text),
            "refusal" => serde::Deserialize::deserialize(rest).map(Self::Refusal),
            "image_url" => serde::Deserialize::deserialize(rest).map(Self::ImageUrl),
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("image_file") => {
                return crate::support::decode(value).map(Self::ImageFile);
            }
            Some("text") => return crate::support::decode(value).map(Self::Text),
            Some("refusal") => return crate::support::decode(value).map(Self::Refusal),
            Some("image_url") => return crate::support::decode(value).map(Self::ImageUrl),
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

impl<'de> serde::Deserialize<'de> for MessageDeltaObjectDeltaContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
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
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for MessageDeltaObjectDeltaRole {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MessageDeltaObjectDeltaRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MessageDeltaObjectDeltaRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MessageDeltaObjectDeltaRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// Always `thread.message.delta`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum MessageDeltaObjectObject {
    /// `thread.message.delta`
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

impl std::str::FromStr for MessageDeltaObjectObject {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MessageDeltaObjectObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MessageDeltaObjectObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MessageDeltaObjectObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// A message in a thread.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<MessageObjectStatus>,
    /// Why the message is `incomplete`; null otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incomplete_details: Option<MessageObjectIncompleteDetails>,
    /// When the message was completed, in Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<i64>,
    /// When the message was marked incomplete, in Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incomplete_at: Option<i64>,
    /// Who the message is attributed to.
    pub role: MessageObjectRole,
    /// The message body, as text, image and refusal parts.
    pub content: Vec<MessageObjectContentItem>,
    /// ID of the assistant that wrote the message, if any.
    #[serde(default)]
    pub assistant_id: Option<String>,
    /// ID of the run that produced the message, if any.
    #[serde(default)]
    pub run_id: Option<String>,
    /// Files attached to the message and the tools that see them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<MessageObjectAttachmentsItem>>,
    /// Tags stored on the message.
    #[serde(default)]
    pub metadata: Option<Metadata>,
}

/// One attached file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageObjectAttachmentsItem {
    /// ID of the attached file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// Tools the file is made available to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<MessageObjectAttachmentsItemToolsItem>>,
}

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

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "code_interpreter" => {
                <serde::de::IgnoredAny as serde::Deserialize>::deserialize(rest)?;
                Ok(Self::CodeInterpreter)
            }
            "file_search" => {
                <serde::de::IgnoredAny as serde::Deserialize>::deserialize(rest)?;
                Ok(Self::FileSearch)
            }
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("code_interpreter") => return Ok(Self::CodeInterpreter),
            Some("file_search") => return Ok(Self::FileSearch),
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

impl<'de> serde::Deserialize<'de> for MessageObjectAttachmentsItemToolsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
    }
}

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
        #[derive(serde::Serialize)]
        #[serde(tag = "type")]
        enum TaggedRepr<'a> {
            #[serde(rename = "image_file")]
            ImageFile(&'a MessageContentImageFileObject),
            #[serde(rename = "image_url")]
            ImageUrl(&'a MessageContentImageUrlObject),
            #[serde(rename = "text")]
            Text(&'a MessageContentTextObject),
            #[serde(rename = "refusal")]
            Refusal(&'a MessageContentRefusalObject),
        }
        match self {
            Self::ImageFile(payload) => {
                TaggedRepr::ImageFile(payload).serialize(serializer)
            }
            Self::ImageUrl(payload) => {
                TaggedRepr::ImageUrl(payload).serialize(serializer)
            }
            Self::Text(payload) => TaggedRepr::Text(payload).serialize(serializer),
            Self::Refusal(payload) => TaggedRepr::Refusal(payload).serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for MessageObjectContentItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a MessageObjectContentItem object";

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "image_file" => serde::Deserialize::deserialize(rest).map(Self::ImageFile),
            "image_url" => serde::Deserialize::deserialize(rest).map(Self::ImageUrl),
            "text" => serde::Deserialize::deserialize(rest).map(Self::Text),
            "refusal" => serde::Deserialize::deserialize(rest).map(Self::Refusal),
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("image_file") => {
                return crate::support::decode(value).map(Self::ImageFile);
            }
            Some("image_url") => return crate::support::decode(value).map(Self::ImageUrl),
            Some("text") => return crate::support::decode(value).map(Self::Text),
            Some("refusal") => return crate::support::decode(value).map(Self::Refusal),
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

impl<'de> serde::Deserialize<'de> for MessageObjectContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageObjectIncompleteDetails {
    /// What stopped the message.
    pub reason: MessageObjectIncompleteDetailsReason,
}

/// What stopped the message.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for MessageObjectIncompleteDetailsReason {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MessageObjectIncompleteDetailsReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MessageObjectIncompleteDetailsReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MessageObjectIncompleteDetailsReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// Always `thread.message`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum MessageObjectObject {
    /// `thread.message`
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

impl std::str::FromStr for MessageObjectObject {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MessageObjectObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MessageObjectObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MessageObjectObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// Who the message is attributed to.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for MessageObjectRole {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MessageObjectRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MessageObjectRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MessageObjectRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// Progress of the message. Not always sent.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for MessageObjectStatus {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MessageObjectStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MessageObjectStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MessageObjectStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// A text part of a message being created.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageRequestContentTextObject {
    /// The text.
    pub text: String,
}

/// Free-form string tags attached to an object: at most 16 pairs, keys up to 64 characters, values up to 512 characters.
///
/// Entries: at most 16.
pub type Metadata = std::collections::BTreeMap<String, String>;

/// Structured Outputs - the output conforms to a supplied JSON schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResponseFormatJsonSchema {
    /// The schema the output must follow, and how strictly.
    pub json_schema: ResponseFormatJsonSchemaJsonSchema,
}

/// The schema the output must follow, and how strictly.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResponseFormatJsonSchemaJsonSchema {
    /// Name of the format: letters, digits, underscores and dashes, at most 64 characters.
    ///
    /// Length: at most 64 characters.
    pub name: String,
    /// What the format is for; helps the model decide how to answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<ResponseFormatJsonSchemaSchema>,
    /// When true, the output follows `schema` exactly (only a subset of JSON Schema is then allowed).
    ///
    /// Default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strict: Option<bool>,
}

/// A JSON Schema document describing the expected output.
pub type ResponseFormatJsonSchemaSchema = serde_json::Value;

/// Token counts of a finished run.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunCompletionUsage {
    /// Tokens generated over the whole run.
    pub completion_tokens: i64,
    /// Prompt tokens consumed over the whole run.
    pub prompt_tokens: i64,
    /// Sum of prompt and completion tokens.
    pub total_tokens: i64,
}

/// One execution of an assistant on a thread.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_action: Option<RunObjectRequiredAction>,
    /// The most recent error of the run, or null if there was none.
    #[serde(default)]
    pub last_error: Option<RunObjectLastError>,
    /// When the run will expire, in Unix seconds; null once it has ended.
    #[serde(default)]
    pub expires_at: Option<i64>,
    /// When the run started, in Unix seconds; null if not yet.
    #[serde(default)]
    pub started_at: Option<i64>,
    /// When the run was cancelled, in Unix seconds; null if it was not.
    #[serde(default)]
    pub cancelled_at: Option<i64>,
    /// When the run failed, in Unix seconds; null if it did not.
    #[serde(default)]
    pub failed_at: Option<i64>,
    /// When the run completed, in Unix seconds; null if not yet.
    #[serde(default)]
    pub completed_at: Option<i64>,
    /// Why the run ended as `incomplete`; null (or absent) otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incomplete_details: Option<RunObjectIncompleteDetails>,
    /// The model used for the run.
    pub model: String,
    /// The instructions used for the run; may be null.
    #[serde(default)]
    pub instructions: Option<String>,
    /// The tools available to the run.
    ///
    /// Items: at most 20. Default: `[]`.
    pub tools: Vec<AssistantTools>,
    /// Tags stored on the run.
    #[serde(default)]
    pub metadata: Option<Metadata>,
    /// Token counts; null until the run reaches a terminal state.
    #[serde(default)]
    pub usage: Option<RunCompletionUsage>,
    /// Sampling temperature used; 1 when not set.
    ///
    /// Value: at least 0, at most 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// Nucleus sampling value used; 1 when not set.
    ///
    /// Value: at least 0, at most 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// Prompt token budget of the run, or null if unlimited.
    ///
    /// Value: at least 256.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_prompt_tokens: Option<i64>,
    /// Completion token budget of the run, or null if unlimited.
    ///
    /// Value: at least 256.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_completion_tokens: Option<i64>,
    /// How the thread was truncated before the run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truncation_strategy: Option<TruncationObject>,
    /// The tool-calling mode or forced tool of the run.
    #[serde(default)]
    pub tool_choice: Option<AssistantsApiToolChoiceOption>,
    /// Files and vector stores the tools may use during this run. The API sends it (see its own examples and captured traffic) though the run reference does not list it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_resources: Option<ToolResources>,
    /// Whether the model may request several function calls at once. Not sent by older API versions.
    ///
    /// Default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parallel_tool_calls: Option<bool>,
    /// The output format of the run.
    #[serde(default)]
    pub response_format: Option<AssistantsApiResponseFormatOption>,
}

/// Why the run ended as `incomplete`; null (or absent) otherwise.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunObjectIncompleteDetails {
    /// Which token budget ran out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<RunObjectIncompleteDetailsReason>,
}

/// Which token budget ran out.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for RunObjectIncompleteDetailsReason {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RunObjectIncompleteDetailsReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RunObjectIncompleteDetailsReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RunObjectIncompleteDetailsReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// The most recent error of the run, or null if there was none.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunObjectLastError {
    /// Category of the error.
    pub code: RunObjectLastErrorCode,
    /// Human-readable explanation.
    pub message: String,
}

/// Category of the error.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for RunObjectLastErrorCode {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RunObjectLastErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RunObjectLastErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RunObjectLastErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// Always `thread.run`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RunObjectObject {
    /// `thread.run`
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

impl std::str::FromStr for RunObjectObject {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RunObjectObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RunObjectObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RunObjectObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// What the caller must do for the run to continue; null (or absent) unless the status is `requires_action`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunObjectRequiredAction {
    /// Always `submit_tool_outputs`.
    pub r#type: RunObjectRequiredActionType,
    /// The tool calls whose outputs are awaited.
    pub submit_tool_outputs: RunObjectRequiredActionSubmitToolOutputs,
}

/// The tool calls whose outputs are awaited.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunObjectRequiredActionSubmitToolOutputs {
    /// The pending tool calls.
    pub tool_calls: Vec<RunToolCallObject>,
}

/// Always `submit_tool_outputs`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RunObjectRequiredActionType {
    /// `submit_tool_outputs`
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

impl std::str::FromStr for RunObjectRequiredActionType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RunObjectRequiredActionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RunObjectRequiredActionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RunObjectRequiredActionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// Where the run is in its lifecycle.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for RunObjectStatus {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RunObjectStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RunObjectStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RunObjectStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// Token counts of a finished run step.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepCompletionUsage {
    /// Tokens generated during the step.
    pub completion_tokens: i64,
    /// Prompt tokens consumed during the step.
    pub prompt_tokens: i64,
    /// Sum of prompt and completion tokens.
    pub total_tokens: i64,
}

/// A change to a run step in progress, sent in `thread.run.step.delta` stream events.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDeltaObject {
    /// ID of the step being changed.
    pub id: String,
    /// Always `thread.run.step.delta`.
    pub object: RunStepDeltaObjectObject,
    /// The fields of the step that changed.
    pub delta: RunStepDeltaObjectDelta,
}

/// The fields of the step that changed.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDeltaObjectDelta {
    /// Changes to the step details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step_details: Option<RunStepDeltaObjectDeltaStepDetails>,
}

/// Changes to the step details.
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
        #[derive(serde::Serialize)]
        #[serde(tag = "type")]
        enum TaggedRepr<'a> {
            #[serde(rename = "message_creation")]
            MessageCreation(&'a RunStepDeltaStepDetailsMessageCreationObject),
            #[serde(rename = "tool_calls")]
            ToolCalls(&'a RunStepDeltaStepDetailsToolCallsObject),
        }
        match self {
            Self::MessageCreation(payload) => {
                TaggedRepr::MessageCreation(payload).serialize(serializer)
            }
            Self::ToolCalls(payload) => {
                TaggedRepr::ToolCalls(payload).serialize(serializer)
            }
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for RunStepDeltaObjectDeltaStepDetails {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a RunStepDeltaObjectDeltaStepDetails object";

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "message_creation" => {
                serde::Deserialize::deserialize(rest).map(Self::MessageCreation)
            }
            "tool_calls" => serde::Deserialize::deserialize(rest).map(Self::ToolCalls),
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("message_creation") => {
                return crate::support::decode(value).map(Self::MessageCreation);
            }
            Some("tool_calls") => {
                return crate::support::decode(value).map(Self::ToolCalls);
            }
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

impl<'de> serde::Deserialize<'de> for RunStepDeltaObjectDeltaStepDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
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
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RunStepDeltaObjectObject {
    /// `thread.run.step.delta`
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

impl std::str::FromStr for RunStepDeltaObjectObject {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RunStepDeltaObjectObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RunStepDeltaObjectObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RunStepDeltaObjectObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// Streamed change to a message-creation step.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDeltaStepDetailsMessageCreationObject {
    /// The message being written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_creation: Option<
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    >,
}

/// The message being written.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDeltaStepDetailsMessageCreationObjectMessageCreation {
    /// ID of the message created by the step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
}

/// Streamed fragment of a code interpreter call.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDeltaStepDetailsToolCallsCodeObject {
    /// Position of the tool call in the step.
    pub index: i64,
    /// ID of the tool call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Code and outputs added by this fragment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_interpreter: Option<
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
    >,
}

/// Code and outputs added by this fragment.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter {
    /// Code to append to the input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<String>,
    /// Outputs added by this fragment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outputs: Option<
        Vec<RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem>,
    >,
}

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
        #[derive(serde::Serialize)]
        #[serde(tag = "type")]
        enum TaggedRepr<'a> {
            #[serde(rename = "logs")]
            Logs(&'a RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject),
            #[serde(rename = "image")]
            Image(&'a RunStepDeltaStepDetailsToolCallsCodeOutputImageObject),
        }
        match self {
            Self::Logs(payload) => TaggedRepr::Logs(payload).serialize(serializer),
            Self::Image(payload) => TaggedRepr::Image(payload).serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem object";

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "logs" => serde::Deserialize::deserialize(rest).map(Self::Logs),
            "image" => serde::Deserialize::deserialize(rest).map(Self::Image),
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("logs") => return crate::support::decode(value).map(Self::Logs),
            Some("image") => return crate::support::decode(value).map(Self::Image),
            _ => {}
        }
        Ok(Self::Unknown(value))
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

/// Streamed image output of the code interpreter.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
    /// Position of the output in the call's output list.
    pub index: i64,
    /// The produced image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage>,
}

/// The produced image.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage {
    /// ID of the file holding the image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
}

/// Streamed text output of the code interpreter.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
    /// Position of the output in the call's output list.
    pub index: i64,
    /// The text output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logs: Option<String>,
}

/// Streamed fragment of a file search call.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDeltaStepDetailsToolCallsFileSearchObject {
    /// Position of the tool call in the step.
    pub index: i64,
    /// ID of the tool call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Search settings and results known so far; often empty. Other keys may appear.
    pub file_search: RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
}

/// Search settings and results known so far; often empty. Other keys may appear.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ranking_options: Option<RunStepDetailsToolCallsFileSearchRankingOptionsObject>,
    /// The matching chunks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<RunStepDetailsToolCallsFileSearchResultObject>>,
}

/// Streamed fragment of a function call.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDeltaStepDetailsToolCallsFunctionObject {
    /// Position of the tool call in the step.
    pub index: i64,
    /// ID of the tool call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name, argument text and output added by this fragment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function: Option<RunStepDeltaStepDetailsToolCallsFunctionObjectFunction>,
}

/// Name, argument text and output added by this fragment.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDeltaStepDetailsToolCallsFunctionObjectFunction {
    /// Name of the function.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Argument text to append.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<String>,
    /// Output submitted for the call; null until it has been submitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
}

/// Streamed change to a tool-calls step.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDeltaStepDetailsToolCallsObject {
    /// Tool call fragments to merge, by `index`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_calls: Option<Vec<RunStepDeltaStepDetailsToolCallsObjectToolCallsItem>>,
}

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
        #[derive(serde::Serialize)]
        #[serde(tag = "type")]
        enum TaggedRepr<'a> {
            #[serde(rename = "code_interpreter")]
            CodeInterpreter(&'a RunStepDeltaStepDetailsToolCallsCodeObject),
            #[serde(rename = "file_search")]
            FileSearch(&'a RunStepDeltaStepDetailsToolCallsFileSearchObject),
            #[serde(rename = "function")]
            Function(&'a RunStepDeltaStepDetailsToolCallsFunctionObject),
        }
        match self {
            Self::CodeInterpreter(payload) => {
                TaggedRepr::CodeInterpreter(payload).serialize(serializer)
            }
            Self::FileSearch(payload) => {
                TaggedRepr::FileSearch(payload).serialize(serializer)
            }
            Self::Function(payload) => {
                TaggedRepr::Function(payload).serialize(serializer)
            }
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion
for RunStepDeltaStepDetailsToolCallsObjectToolCallsItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a RunStepDeltaStepDetailsToolCallsObjectToolCallsItem object";

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "code_interpreter" => {
                serde::Deserialize::deserialize(rest).map(Self::CodeInterpreter)
            }
            "file_search" => serde::Deserialize::deserialize(rest).map(Self::FileSearch),
            "function" => serde::Deserialize::deserialize(rest).map(Self::Function),
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("code_interpreter") => {
                return crate::support::decode(value).map(Self::CodeInterpreter);
            }
            Some("file_search") => {
                return crate::support::decode(value).map(Self::FileSearch);
            }
            Some("function") => return crate::support::decode(value).map(Self::Function),
            _ => {}
        }
        Ok(Self::Unknown(value))
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

/// Step details of a step that writes a message.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDetailsMessageCreationObject {
    /// The message being written.
    pub message_creation: RunStepDetailsMessageCreationObjectMessageCreation,
}

/// The message being written.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDetailsMessageCreationObjectMessageCreation {
    /// ID of the message created by the step.
    pub message_id: String,
}

/// A call to the code interpreter.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDetailsToolCallsCodeObject {
    /// ID of the tool call.
    pub id: String,
    /// The code that was run and what it produced.
    pub code_interpreter: RunStepDetailsToolCallsCodeObjectCodeInterpreter,
}

/// The code that was run and what it produced.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDetailsToolCallsCodeObjectCodeInterpreter {
    /// The code submitted to the interpreter.
    pub input: String,
    /// Log text and images produced by the code.
    pub outputs: Vec<RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem>,
}

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
        #[derive(serde::Serialize)]
        #[serde(tag = "type")]
        enum TaggedRepr<'a> {
            #[serde(rename = "logs")]
            Logs(&'a RunStepDetailsToolCallsCodeOutputLogsObject),
            #[serde(rename = "image")]
            Image(&'a RunStepDetailsToolCallsCodeOutputImageObject),
        }
        match self {
            Self::Logs(payload) => TaggedRepr::Logs(payload).serialize(serializer),
            Self::Image(payload) => TaggedRepr::Image(payload).serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion
for RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem object";

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "logs" => serde::Deserialize::deserialize(rest).map(Self::Logs),
            "image" => serde::Deserialize::deserialize(rest).map(Self::Image),
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("logs") => return crate::support::decode(value).map(Self::Logs),
            Some("image") => return crate::support::decode(value).map(Self::Image),
            _ => {}
        }
        Ok(Self::Unknown(value))
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

/// Image output of the code interpreter.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDetailsToolCallsCodeOutputImageObject {
    /// The produced image.
    pub image: RunStepDetailsToolCallsCodeOutputImageObjectImage,
}

/// The produced image.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDetailsToolCallsCodeOutputImageObjectImage {
    /// ID of the file holding the image.
    pub file_id: String,
}

/// Text output of the code interpreter.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDetailsToolCallsCodeOutputLogsObject {
    /// The text output.
    pub logs: String,
}

/// A call to the file search tool.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDetailsToolCallsFileSearchObject {
    /// ID of the tool call.
    pub id: String,
    /// Settings and results of the search (results only when requested).
    pub file_search: RunStepDetailsToolCallsFileSearchObjectFileSearch,
}

/// Settings and results of the search (results only when requested).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDetailsToolCallsFileSearchObjectFileSearch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ranking_options: Option<RunStepDetailsToolCallsFileSearchRankingOptionsObject>,
    /// The matching chunks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<RunStepDetailsToolCallsFileSearchResultObject>>,
}

/// Ranking settings used by a file search call.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDetailsToolCallsFileSearchRankingOptionsObject {
    pub ranker: FileSearchRanker,
    /// Minimum score a result needed (between 0 and 1).
    ///
    /// Value: at least 0, at most 1.
    pub score_threshold: f64,
}

/// One result of a file search call.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<Vec<RunStepDetailsToolCallsFileSearchResultObjectContentItem>>,
}

/// One piece of result content.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDetailsToolCallsFileSearchResultObjectContentItem {
    /// Always `text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RunStepDetailsToolCallsFileSearchResultObjectContentItemType>,
    /// The text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// Always `text`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RunStepDetailsToolCallsFileSearchResultObjectContentItemType {
    /// `text`
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

impl std::str::FromStr for RunStepDetailsToolCallsFileSearchResultObjectContentItemType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RunStepDetailsToolCallsFileSearchResultObjectContentItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RunStepDetailsToolCallsFileSearchResultObjectContentItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de>
for RunStepDetailsToolCallsFileSearchResultObjectContentItemType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// A call to a caller-defined function.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDetailsToolCallsFunctionObject {
    /// ID of the tool call.
    pub id: String,
    /// The function, its arguments and its output.
    pub function: RunStepDetailsToolCallsFunctionObjectFunction,
}

/// The function, its arguments and its output.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDetailsToolCallsFunctionObjectFunction {
    /// Name of the function.
    pub name: String,
    /// Arguments chosen by the model, as a JSON-encoded string.
    pub arguments: String,
    /// Output submitted for the call; null until it has been submitted.
    #[serde(default)]
    pub output: Option<String>,
}

/// Step details of a step that calls tools.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepDetailsToolCallsObject {
    /// The tool calls made in the step.
    pub tool_calls: Vec<RunStepDetailsToolCallsObjectToolCallsItem>,
}

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
        #[derive(serde::Serialize)]
        #[serde(tag = "type")]
        enum TaggedRepr<'a> {
            #[serde(rename = "code_interpreter")]
            CodeInterpreter(&'a RunStepDetailsToolCallsCodeObject),
            #[serde(rename = "file_search")]
            FileSearch(&'a RunStepDetailsToolCallsFileSearchObject),
            #[serde(rename = "function")]
            Function(&'a RunStepDetailsToolCallsFunctionObject),
        }
        match self {
            Self::CodeInterpreter(payload) => {
                TaggedRepr::CodeInterpreter(payload).serialize(serializer)
            }
            Self::FileSearch(payload) => {
                TaggedRepr::FileSearch(payload).serialize(serializer)
            }
            Self::Function(payload) => {
                TaggedRepr::Function(payload).serialize(serializer)
            }
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for RunStepDetailsToolCallsObjectToolCallsItem {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a RunStepDetailsToolCallsObjectToolCallsItem object";

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "code_interpreter" => {
                serde::Deserialize::deserialize(rest).map(Self::CodeInterpreter)
            }
            "file_search" => serde::Deserialize::deserialize(rest).map(Self::FileSearch),
            "function" => serde::Deserialize::deserialize(rest).map(Self::Function),
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("code_interpreter") => {
                return crate::support::decode(value).map(Self::CodeInterpreter);
            }
            Some("file_search") => {
                return crate::support::decode(value).map(Self::FileSearch);
            }
            Some("function") => return crate::support::decode(value).map(Self::Function),
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

impl<'de> serde::Deserialize<'de> for RunStepDetailsToolCallsObjectToolCallsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
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

/// One step of a run, either writing a message or calling tools.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    #[serde(default)]
    pub last_error: Option<RunStepObjectLastError>,
    /// When the step expired (because its run did), in Unix seconds. Named so in the published schema; the API has been seen sending `expires_at` instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expired_at: Option<i64>,
    /// Expiry time of the step, in Unix seconds, as sent by the live API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// When the step was cancelled, in Unix seconds.
    #[serde(default)]
    pub cancelled_at: Option<i64>,
    /// When the step failed, in Unix seconds.
    #[serde(default)]
    pub failed_at: Option<i64>,
    /// When the step completed, in Unix seconds.
    #[serde(default)]
    pub completed_at: Option<i64>,
    /// Tags stored on the step. Not always sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// Token counts; null while the step is in progress.
    #[serde(default)]
    pub usage: Option<RunStepCompletionUsage>,
}

/// The error of the step, or null if there was none.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunStepObjectLastError {
    /// Category of the error.
    pub code: RunStepObjectLastErrorCode,
    /// Human-readable explanation.
    pub message: String,
}

/// Category of the error.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for RunStepObjectLastErrorCode {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RunStepObjectLastErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RunStepObjectLastErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RunStepObjectLastErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// Always `thread.run.step`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RunStepObjectObject {
    /// `thread.run.step`
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

impl std::str::FromStr for RunStepObjectObject {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RunStepObjectObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RunStepObjectObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RunStepObjectObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// Where the step is in its lifecycle.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for RunStepObjectStatus {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RunStepObjectStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RunStepObjectStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RunStepObjectStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// What the step does.
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
        #[derive(serde::Serialize)]
        #[serde(tag = "type")]
        enum TaggedRepr<'a> {
            #[serde(rename = "message_creation")]
            MessageCreation(&'a RunStepDetailsMessageCreationObject),
            #[serde(rename = "tool_calls")]
            ToolCalls(&'a RunStepDetailsToolCallsObject),
        }
        match self {
            Self::MessageCreation(payload) => {
                TaggedRepr::MessageCreation(payload).serialize(serializer)
            }
            Self::ToolCalls(payload) => {
                TaggedRepr::ToolCalls(payload).serialize(serializer)
            }
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl crate::support::TaggedUnion for RunStepObjectStepDetails {
    const TAG: &'static str = "type";

    const EXPECTING: &'static str = "a RunStepObjectStepDetails object";

    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error> {
        match tag {
            "message_creation" => {
                serde::Deserialize::deserialize(rest).map(Self::MessageCreation)
            }
            "tool_calls" => serde::Deserialize::deserialize(rest).map(Self::ToolCalls),
            _ => crate::support::with_tag::<Self, D>(tag, rest).map(Self::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E> {
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("message_creation") => {
                return crate::support::decode(value).map(Self::MessageCreation);
            }
            Some("tool_calls") => {
                return crate::support::decode(value).map(Self::ToolCalls);
            }
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

impl<'de> serde::Deserialize<'de> for RunStepObjectStepDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_tagged(deserializer)
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
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for RunStepObjectType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RunStepObjectType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RunStepObjectType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RunStepObjectType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// A function call the run needs the caller to execute.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunToolCallObject {
    /// ID of the call; quote it as `tool_call_id` when submitting the output.
    pub id: String,
    /// Always `function`.
    pub r#type: RunToolCallObjectType,
    /// The function to call and its arguments.
    pub function: RunToolCallObjectFunction,
}

/// The function to call and its arguments.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunToolCallObjectFunction {
    /// Name of the function.
    pub name: String,
    /// Arguments chosen by the model, as a JSON-encoded string.
    pub arguments: String,
}

/// Always `function`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RunToolCallObjectType {
    /// `function`
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

impl std::str::FromStr for RunToolCallObjectType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RunToolCallObjectType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RunToolCallObjectType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RunToolCallObjectType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// Chunk size and overlap.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StaticChunkingStrategy {
    /// Largest chunk, in tokens (100 to 4096).
    ///
    /// Value: at least 100, at most 4096.
    pub max_chunk_size_tokens: i64,
    /// Tokens shared by consecutive chunks; at most half of `max_chunk_size_tokens`.
    ///
    /// Value: at least 0.
    pub chunk_overlap_tokens: i64,
}

/// Chunking with explicit sizes.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StaticChunkingStrategyRequestParam {
    pub r#static: StaticChunkingStrategy,
}

/// Body of `submitToolOuputsToRun`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubmitToolOutputsRunRequest {
    /// One output per pending tool call.
    pub tool_outputs: Vec<SubmitToolOutputsRunRequestToolOutputsItem>,
    /// When true the response is a server-sent event stream of the run's events, closed by a `done` event carrying `[DONE]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
}

/// The result of one tool call.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubmitToolOutputsRunRequestToolOutputsItem {
    /// ID of the tool call (from `required_action`) this output answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_call_id: Option<String>,
    /// The tool's result, passed back to the model as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
}

/// A conversation between a user and assistants; holds messages.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ThreadObject {
    /// Identifier of the thread.
    pub id: String,
    /// Always `thread`.
    pub object: ThreadObjectObject,
    /// Creation time, in Unix seconds.
    pub created_at: i64,
    /// Files and vector stores the tools may use; not always sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_resources: Option<ToolResources>,
    /// Tags stored on the thread.
    #[serde(default)]
    pub metadata: Option<Metadata>,
}

/// Always `thread`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ThreadObjectObject {
    /// `thread`
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

impl std::str::FromStr for ThreadObjectObject {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for ThreadObjectObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ThreadObjectObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ThreadObjectObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

/// Files and vector stores the assistant's tools may use in this thread or run.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ToolResources {
    /// Resources for the code interpreter tool.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_interpreter: Option<ToolResourcesCodeInterpreter>,
    /// Resources for the file search tool.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_search: Option<ToolResourcesFileSearch>,
}

/// Resources for the code interpreter tool.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ToolResourcesCodeInterpreter {
    /// IDs of files the code interpreter can read (at most 20).
    ///
    /// Items: at most 20. Default: `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<String>>,
}

/// Resources for the file search tool.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ToolResourcesFileSearch {
    /// The vector store bound to the thread (at most one ID).
    ///
    /// Items: at most 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vector_store_ids: Option<Vec<String>>,
}

/// How the thread is cut down to fit the run's initial context window.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TruncationObject {
    /// `auto` drops messages from the middle of the thread as needed; `last_messages` keeps only the most recent `last_messages` messages.
    pub r#type: TruncationObjectType,
    /// Number of most recent messages to keep when `type` is `last_messages`.
    ///
    /// Value: at least 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_messages: Option<i64>,
}

/// `auto` drops messages from the middle of the thread as needed; `last_messages` keeps only the most recent `last_messages` messages.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for TruncationObjectType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for TruncationObjectType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TruncationObjectType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TruncationObjectType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::support::deserialize_from_str(deserializer)
    }
}

// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Constructors and setters for the structs.
use crate::types::*;

impl AssistantStreamEventThreadCreated {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<ThreadObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadMessageCompleted {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<MessageObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadMessageCreated {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<MessageObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadMessageDelta {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<MessageDeltaObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadMessageInProgress {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<MessageObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadMessageIncomplete {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<MessageObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadRunCancelled {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadRunCancelling {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadRunCompleted {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadRunCreated {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadRunExpired {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadRunFailed {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadRunInProgress {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadRunIncomplete {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadRunQueued {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadRunRequiresAction {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadRunStepCancelled {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<RunStepObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadRunStepCompleted {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<RunStepObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadRunStepCreated {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<RunStepObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadRunStepDelta {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<RunStepDeltaObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadRunStepExpired {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<RunStepObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadRunStepFailed {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<RunStepObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantStreamEventThreadRunStepInProgress {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<RunStepObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantToolsFileSearch {
    /// Sets `file_search`.
    pub fn file_search(
        mut self,
        value: impl Into<AssistantToolsFileSearchFileSearch>,
    ) -> Self {
        self.file_search = Some(value.into());
        self
    }
}

impl AssistantToolsFileSearchFileSearch {
    /// Sets `max_num_results`.
    pub fn max_num_results(mut self, value: impl Into<i64>) -> Self {
        self.max_num_results = Some(value.into());
        self
    }

    /// Sets `ranking_options`.
    pub fn ranking_options(
        mut self,
        value: impl Into<FileSearchRankingOptions>,
    ) -> Self {
        self.ranking_options = Some(value.into());
        self
    }
}

impl AssistantToolsFunction {
    /// A value with the required fields (`function`); the others are unset.
    pub fn new(function: impl Into<FunctionObject>) -> Self {
        Self {
            r#type: Default::default(),
            function: function.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantsNamedToolChoiceFunction {
    /// A value with the required fields (`function`); the others are unset.
    pub fn new(function: impl Into<AssistantsNamedToolChoiceFunctionFunction>) -> Self {
        Self {
            r#type: Default::default(),
            function: function.into(),
            extra: Default::default(),
        }
    }
}

impl AssistantsNamedToolChoiceFunctionFunction {
    /// A value with the required fields (`name`); the others are unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            extra: Default::default(),
        }
    }
}

impl CreateMessageRequest {
    /// A value with the required fields (`role`, `content`); the others are unset.
    pub fn new(
        role: impl Into<CreateMessageRequestRole>,
        content: impl Into<CreateMessageRequestContent>,
    ) -> Self {
        Self {
            role: role.into(),
            content: content.into(),
            attachments: crate::fields::Nullable::Absent,
            metadata: crate::fields::Nullable::Absent,
            extra: Default::default(),
        }
    }

    /// Sets `attachments`.
    pub fn attachments(
        mut self,
        value: impl Into<Vec<CreateMessageRequestAttachmentsItem>>,
    ) -> Self {
        self.attachments = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `attachments` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn attachments_null(mut self) -> Self {
        self.attachments = crate::fields::Nullable::Null;
        self
    }

    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `metadata` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn metadata_null(mut self) -> Self {
        self.metadata = crate::fields::Nullable::Null;
        self
    }
}

impl CreateMessageRequestAttachmentsItem {
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Sets `tools`.
    pub fn tools(
        mut self,
        value: impl Into<Vec<CreateMessageRequestAttachmentsItemToolsItem>>,
    ) -> Self {
        self.tools = Some(value.into());
        self
    }
}

impl CreateThreadAndRunRequest {
    /// A value with the required fields (`assistant_id`); the others are unset.
    pub fn new(assistant_id: impl Into<String>) -> Self {
        Self {
            assistant_id: assistant_id.into(),
            thread: None,
            model: crate::fields::Nullable::Absent,
            instructions: crate::fields::Nullable::Absent,
            tools: crate::fields::Nullable::Absent,
            tool_resources: crate::fields::Nullable::Absent,
            metadata: crate::fields::Nullable::Absent,
            temperature: crate::fields::Nullable::Absent,
            top_p: crate::fields::Nullable::Absent,
            stream: crate::fields::Nullable::Absent,
            max_prompt_tokens: crate::fields::Nullable::Absent,
            max_completion_tokens: crate::fields::Nullable::Absent,
            truncation_strategy: crate::fields::Nullable::Absent,
            tool_choice: crate::fields::Nullable::Absent,
            parallel_tool_calls: None,
            response_format: crate::fields::Nullable::Absent,
            extra: Default::default(),
        }
    }

    /// Sets `thread`.
    pub fn thread(mut self, value: impl Into<CreateThreadRequest>) -> Self {
        self.thread = Some(value.into());
        self
    }

    /// Sets `model`.
    pub fn model(mut self, value: impl Into<CreateThreadAndRunRequestModel>) -> Self {
        self.model = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `model` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn model_null(mut self) -> Self {
        self.model = crate::fields::Nullable::Null;
        self
    }

    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `instructions` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn instructions_null(mut self) -> Self {
        self.instructions = crate::fields::Nullable::Null;
        self
    }

    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<Vec<AssistantTools>>) -> Self {
        self.tools = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `tools` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn tools_null(mut self) -> Self {
        self.tools = crate::fields::Nullable::Null;
        self
    }

    /// Sets `tool_resources`.
    pub fn tool_resources(
        mut self,
        value: impl Into<CreateThreadAndRunRequestToolResources>,
    ) -> Self {
        self.tool_resources = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `tool_resources` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn tool_resources_null(mut self) -> Self {
        self.tool_resources = crate::fields::Nullable::Null;
        self
    }

    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `metadata` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn metadata_null(mut self) -> Self {
        self.metadata = crate::fields::Nullable::Null;
        self
    }

    /// Sets `temperature`.
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `temperature` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn temperature_null(mut self) -> Self {
        self.temperature = crate::fields::Nullable::Null;
        self
    }

    /// Sets `top_p`.
    pub fn top_p(mut self, value: impl Into<f64>) -> Self {
        self.top_p = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `top_p` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn top_p_null(mut self) -> Self {
        self.top_p = crate::fields::Nullable::Null;
        self
    }

    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `stream` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn stream_null(mut self) -> Self {
        self.stream = crate::fields::Nullable::Null;
        self
    }

    /// Sets `max_prompt_tokens`.
    pub fn max_prompt_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_prompt_tokens = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `max_prompt_tokens` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn max_prompt_tokens_null(mut self) -> Self {
        self.max_prompt_tokens = crate::fields::Nullable::Null;
        self
    }

    /// Sets `max_completion_tokens`.
    pub fn max_completion_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_completion_tokens = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `max_completion_tokens` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn max_completion_tokens_null(mut self) -> Self {
        self.max_completion_tokens = crate::fields::Nullable::Null;
        self
    }

    /// Sets `truncation_strategy`.
    pub fn truncation_strategy(mut self, value: impl Into<TruncationObject>) -> Self {
        self.truncation_strategy = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `truncation_strategy` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn truncation_strategy_null(mut self) -> Self {
        self.truncation_strategy = crate::fields::Nullable::Null;
        self
    }

    /// Sets `tool_choice`.
    pub fn tool_choice(
        mut self,
        value: impl Into<AssistantsApiToolChoiceOption>,
    ) -> Self {
        self.tool_choice = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `tool_choice` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn tool_choice_null(mut self) -> Self {
        self.tool_choice = crate::fields::Nullable::Null;
        self
    }

    /// Sets `parallel_tool_calls`.
    pub fn parallel_tool_calls(mut self, value: impl Into<bool>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }

    /// Sets `response_format`.
    pub fn response_format(
        mut self,
        value: impl Into<AssistantsApiResponseFormatOption>,
    ) -> Self {
        self.response_format = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `response_format` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn response_format_null(mut self) -> Self {
        self.response_format = crate::fields::Nullable::Null;
        self
    }
}

impl CreateThreadAndRunRequestToolResources {
    /// Sets `code_interpreter`.
    pub fn code_interpreter(
        mut self,
        value: impl Into<CreateThreadAndRunRequestToolResourcesCodeInterpreter>,
    ) -> Self {
        self.code_interpreter = Some(value.into());
        self
    }

    /// Sets `file_search`.
    pub fn file_search(
        mut self,
        value: impl Into<CreateThreadAndRunRequestToolResourcesFileSearch>,
    ) -> Self {
        self.file_search = Some(value.into());
        self
    }
}

impl CreateThreadAndRunRequestToolResourcesCodeInterpreter {
    /// Sets `file_ids`.
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
        self
    }
}

impl CreateThreadAndRunRequestToolResourcesFileSearch {
    /// Sets `vector_store_ids`.
    pub fn vector_store_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.vector_store_ids = Some(value.into());
        self
    }
}

impl CreateThreadRequest {
    /// Sets `messages`.
    pub fn messages(mut self, value: impl Into<Vec<CreateMessageRequest>>) -> Self {
        self.messages = Some(value.into());
        self
    }

    /// Sets `tool_resources`.
    pub fn tool_resources(
        mut self,
        value: impl Into<CreateThreadRequestToolResources>,
    ) -> Self {
        self.tool_resources = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `tool_resources` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn tool_resources_null(mut self) -> Self {
        self.tool_resources = crate::fields::Nullable::Null;
        self
    }

    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `metadata` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn metadata_null(mut self) -> Self {
        self.metadata = crate::fields::Nullable::Null;
        self
    }
}

impl CreateThreadRequestToolResources {
    /// Sets `code_interpreter`.
    pub fn code_interpreter(
        mut self,
        value: impl Into<CreateThreadRequestToolResourcesCodeInterpreter>,
    ) -> Self {
        self.code_interpreter = Some(value.into());
        self
    }

    /// Sets `file_search`.
    pub fn file_search(
        mut self,
        value: impl Into<CreateThreadRequestToolResourcesFileSearch>,
    ) -> Self {
        self.file_search = Some(value.into());
        self
    }
}

impl CreateThreadRequestToolResourcesCodeInterpreter {
    /// Sets `file_ids`.
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
        self
    }
}

impl CreateThreadRequestToolResourcesFileSearch {
    /// Sets `vector_store_ids`.
    pub fn vector_store_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.vector_store_ids = Some(value.into());
        self
    }

    /// Sets `vector_stores`.
    pub fn vector_stores(
        mut self,
        value: impl Into<Vec<CreateThreadRequestToolResourcesFileSearchVectorStoresItem>>,
    ) -> Self {
        self.vector_stores = Some(value.into());
        self
    }
}

impl CreateThreadRequestToolResourcesFileSearchVectorStoresItem {
    /// Sets `file_ids`.
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
        self
    }

    /// Sets `chunking_strategy`.
    pub fn chunking_strategy(
        mut self,
        value: impl Into<ChunkingStrategyRequestParam>,
    ) -> Self {
        self.chunking_strategy = Some(value.into());
        self
    }

    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `metadata` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn metadata_null(mut self) -> Self {
        self.metadata = crate::fields::Nullable::Null;
        self
    }
}

impl Error {
    /// A value with the required fields (`message`, `type`); the others are unset.
    pub fn new(message: impl Into<String>, r#type: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            r#type: r#type.into(),
            param: None,
            code: None,
            extra: Default::default(),
        }
    }

    /// Sets `param`.
    pub fn param(mut self, value: impl Into<String>) -> Self {
        self.param = Some(value.into());
        self
    }

    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
}

impl ErrorEvent {
    /// A value with the required fields (`data`); the others are unset.
    pub fn new(data: impl Into<Error>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
            extra: Default::default(),
        }
    }
}

impl ErrorResponse {
    /// A value with the required fields (`error`); the others are unset.
    pub fn new(error: impl Into<Error>) -> Self {
        Self {
            error: error.into(),
            extra: Default::default(),
        }
    }
}

impl FileSearchRankingOptions {
    /// A value with the required fields (`score_threshold`); the others are unset.
    pub fn new(score_threshold: impl Into<f64>) -> Self {
        Self {
            ranker: None,
            score_threshold: score_threshold.into(),
            extra: Default::default(),
        }
    }

    /// Sets `ranker`.
    pub fn ranker(mut self, value: impl Into<FileSearchRanker>) -> Self {
        self.ranker = Some(value.into());
        self
    }
}

impl FunctionObject {
    /// A value with the required fields (`name`); the others are unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            description: None,
            parameters: None,
            strict: crate::fields::Nullable::Absent,
            extra: Default::default(),
        }
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `parameters`.
    pub fn parameters(mut self, value: impl Into<FunctionParameters>) -> Self {
        self.parameters = Some(value.into());
        self
    }

    /// Sets `strict`.
    pub fn strict(mut self, value: impl Into<bool>) -> Self {
        self.strict = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `strict` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn strict_null(mut self) -> Self {
        self.strict = crate::fields::Nullable::Null;
        self
    }
}

impl ListMessagesParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListMessagesOrder>) -> Self {
        self.order = Some(value.into());
        self
    }

    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }

    /// Sets `before`.
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }

    /// Sets `run_id`.
    pub fn run_id(mut self, value: impl Into<String>) -> Self {
        self.run_id = Some(value.into());
        self
    }
}

impl ListMessagesResponse {
    /// A value with the required fields (`data`, `has_more`); the others are unset.
    pub fn new(data: impl Into<Vec<MessageObject>>, has_more: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
            extra: Default::default(),
        }
    }

    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }

    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}

impl MessageContentImageFileObject {
    /// A value with the required fields (`image_file`); the others are unset.
    pub fn new(image_file: impl Into<MessageContentImageFileObjectImageFile>) -> Self {
        Self {
            r#type: Default::default(),
            image_file: image_file.into(),
            extra: Default::default(),
        }
    }
}

impl MessageContentImageFileObjectImageFile {
    /// A value with the required fields (`file_id`); the others are unset.
    pub fn new(file_id: impl Into<String>) -> Self {
        Self {
            file_id: file_id.into(),
            detail: None,
            extra: Default::default(),
        }
    }

    /// Sets `detail`.
    pub fn detail(
        mut self,
        value: impl Into<MessageContentImageFileObjectImageFileDetail>,
    ) -> Self {
        self.detail = Some(value.into());
        self
    }
}

impl MessageContentImageUrlObject {
    /// A value with the required fields (`image_url`); the others are unset.
    pub fn new(image_url: impl Into<MessageContentImageUrlObjectImageUrl>) -> Self {
        Self {
            r#type: Default::default(),
            image_url: image_url.into(),
            extra: Default::default(),
        }
    }
}

impl MessageContentImageUrlObjectImageUrl {
    /// A value with the required fields (`url`); the others are unset.
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            detail: None,
            extra: Default::default(),
        }
    }

    /// Sets `detail`.
    pub fn detail(
        mut self,
        value: impl Into<MessageContentImageUrlObjectImageUrlDetail>,
    ) -> Self {
        self.detail = Some(value.into());
        self
    }
}

impl MessageContentRefusalObject {
    /// A value with the required fields (`refusal`); the others are unset.
    pub fn new(refusal: impl Into<String>) -> Self {
        Self {
            r#type: Default::default(),
            refusal: refusal.into(),
            extra: Default::default(),
        }
    }
}

impl MessageContentTextAnnotationsFileCitationObject {
    /// A value with the required fields (`text`, `file_citation`, `start_index`, `end_index`); the others are unset.
    pub fn new(
        text: impl Into<String>,
        file_citation: impl Into<
            MessageContentTextAnnotationsFileCitationObjectFileCitation,
        >,
        start_index: impl Into<i64>,
        end_index: impl Into<i64>,
    ) -> Self {
        Self {
            r#type: Default::default(),
            text: text.into(),
            file_citation: file_citation.into(),
            start_index: start_index.into(),
            end_index: end_index.into(),
            extra: Default::default(),
        }
    }
}

impl MessageContentTextAnnotationsFileCitationObjectFileCitation {
    /// A value with the required fields (`file_id`); the others are unset.
    pub fn new(file_id: impl Into<String>) -> Self {
        Self {
            file_id: file_id.into(),
            extra: Default::default(),
        }
    }
}

impl MessageContentTextAnnotationsFilePathObject {
    /// A value with the required fields (`text`, `file_path`, `start_index`, `end_index`); the others are unset.
    pub fn new(
        text: impl Into<String>,
        file_path: impl Into<MessageContentTextAnnotationsFilePathObjectFilePath>,
        start_index: impl Into<i64>,
        end_index: impl Into<i64>,
    ) -> Self {
        Self {
            r#type: Default::default(),
            text: text.into(),
            file_path: file_path.into(),
            start_index: start_index.into(),
            end_index: end_index.into(),
            extra: Default::default(),
        }
    }
}

impl MessageContentTextAnnotationsFilePathObjectFilePath {
    /// A value with the required fields (`file_id`); the others are unset.
    pub fn new(file_id: impl Into<String>) -> Self {
        Self {
            file_id: file_id.into(),
            extra: Default::default(),
        }
    }
}

impl MessageContentTextObject {
    /// A value with the required fields (`text`); the others are unset.
    pub fn new(text: impl Into<MessageContentTextObjectText>) -> Self {
        Self {
            r#type: Default::default(),
            text: text.into(),
            extra: Default::default(),
        }
    }
}

impl MessageContentTextObjectText {
    /// A value with the required fields (`value`, `annotations`); the others are unset.
    pub fn new(
        value: impl Into<String>,
        annotations: impl Into<Vec<MessageContentTextObjectTextAnnotationsItem>>,
    ) -> Self {
        Self {
            value: value.into(),
            annotations: annotations.into(),
            extra: Default::default(),
        }
    }
}

impl MessageDeltaContentImageFileObject {
    /// A value with the required fields (`index`); the others are unset.
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            r#type: Default::default(),
            image_file: None,
            extra: Default::default(),
        }
    }

    /// Sets `image_file`.
    pub fn image_file(
        mut self,
        value: impl Into<MessageDeltaContentImageFileObjectImageFile>,
    ) -> Self {
        self.image_file = Some(value.into());
        self
    }
}

impl MessageDeltaContentImageFileObjectImageFile {
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Sets `detail`.
    pub fn detail(
        mut self,
        value: impl Into<MessageDeltaContentImageFileObjectImageFileDetail>,
    ) -> Self {
        self.detail = Some(value.into());
        self
    }
}

impl MessageDeltaContentImageUrlObject {
    /// A value with the required fields (`index`); the others are unset.
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            r#type: Default::default(),
            image_url: None,
            extra: Default::default(),
        }
    }

    /// Sets `image_url`.
    pub fn image_url(
        mut self,
        value: impl Into<MessageDeltaContentImageUrlObjectImageUrl>,
    ) -> Self {
        self.image_url = Some(value.into());
        self
    }
}

impl MessageDeltaContentImageUrlObjectImageUrl {
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }

    /// Sets `detail`.
    pub fn detail(
        mut self,
        value: impl Into<MessageDeltaContentImageUrlObjectImageUrlDetail>,
    ) -> Self {
        self.detail = Some(value.into());
        self
    }
}

impl MessageDeltaContentRefusalObject {
    /// A value with the required fields (`index`); the others are unset.
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            r#type: Default::default(),
            refusal: None,
            extra: Default::default(),
        }
    }

    /// Sets `refusal`.
    pub fn refusal(mut self, value: impl Into<String>) -> Self {
        self.refusal = Some(value.into());
        self
    }
}

impl MessageDeltaContentTextAnnotationsFileCitationObject {
    /// A value with the required fields (`index`); the others are unset.
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            r#type: Default::default(),
            text: None,
            file_citation: None,
            start_index: None,
            end_index: None,
            extra: Default::default(),
        }
    }

    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }

    /// Sets `file_citation`.
    pub fn file_citation(
        mut self,
        value: impl Into<
            MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
        >,
    ) -> Self {
        self.file_citation = Some(value.into());
        self
    }

    /// Sets `start_index`.
    pub fn start_index(mut self, value: impl Into<i64>) -> Self {
        self.start_index = Some(value.into());
        self
    }

    /// Sets `end_index`.
    pub fn end_index(mut self, value: impl Into<i64>) -> Self {
        self.end_index = Some(value.into());
        self
    }
}

impl MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation {
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Sets `quote`.
    pub fn quote(mut self, value: impl Into<String>) -> Self {
        self.quote = Some(value.into());
        self
    }
}

impl MessageDeltaContentTextAnnotationsFilePathObject {
    /// A value with the required fields (`index`); the others are unset.
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            r#type: Default::default(),
            text: None,
            file_path: None,
            start_index: None,
            end_index: None,
            extra: Default::default(),
        }
    }

    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }

    /// Sets `file_path`.
    pub fn file_path(
        mut self,
        value: impl Into<MessageDeltaContentTextAnnotationsFilePathObjectFilePath>,
    ) -> Self {
        self.file_path = Some(value.into());
        self
    }

    /// Sets `start_index`.
    pub fn start_index(mut self, value: impl Into<i64>) -> Self {
        self.start_index = Some(value.into());
        self
    }

    /// Sets `end_index`.
    pub fn end_index(mut self, value: impl Into<i64>) -> Self {
        self.end_index = Some(value.into());
        self
    }
}

impl MessageDeltaContentTextAnnotationsFilePathObjectFilePath {
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
}

impl MessageDeltaContentTextObject {
    /// A value with the required fields (`index`); the others are unset.
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            r#type: Default::default(),
            text: None,
            extra: Default::default(),
        }
    }

    /// Sets `text`.
    pub fn text(mut self, value: impl Into<MessageDeltaContentTextObjectText>) -> Self {
        self.text = Some(value.into());
        self
    }
}

impl MessageDeltaContentTextObjectText {
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// Sets `annotations`.
    pub fn annotations(
        mut self,
        value: impl Into<Vec<MessageDeltaContentTextObjectTextAnnotationsItem>>,
    ) -> Self {
        self.annotations = Some(value.into());
        self
    }
}

impl MessageDeltaObject {
    /// A value with the required fields (`id`, `delta`); the others are unset.
    pub fn new(
        id: impl Into<String>,
        delta: impl Into<MessageDeltaObjectDelta>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            delta: delta.into(),
            extra: Default::default(),
        }
    }
}

impl MessageDeltaObjectDelta {
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<MessageDeltaObjectDeltaRole>) -> Self {
        self.role = Some(value.into());
        self
    }

    /// Sets `content`.
    pub fn content(
        mut self,
        value: impl Into<Vec<MessageDeltaObjectDeltaContentItem>>,
    ) -> Self {
        self.content = Some(value.into());
        self
    }
}

impl MessageObject {
    /// A value with the required fields (`id`, `created_at`, `thread_id`, `role`, `content`); the others are unset.
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        thread_id: impl Into<String>,
        role: impl Into<MessageObjectRole>,
        content: impl Into<Vec<MessageObjectContentItem>>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            created_at: created_at.into(),
            thread_id: thread_id.into(),
            status: None,
            incomplete_details: crate::fields::Nullable::Absent,
            completed_at: crate::fields::Nullable::Absent,
            incomplete_at: crate::fields::Nullable::Absent,
            role: role.into(),
            content: content.into(),
            assistant_id: None,
            run_id: None,
            attachments: crate::fields::Nullable::Absent,
            metadata: None,
            extra: Default::default(),
        }
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<MessageObjectStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `incomplete_details`.
    pub fn incomplete_details(
        mut self,
        value: impl Into<MessageObjectIncompleteDetails>,
    ) -> Self {
        self.incomplete_details = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `incomplete_details` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn incomplete_details_null(mut self) -> Self {
        self.incomplete_details = crate::fields::Nullable::Null;
        self
    }

    /// Sets `completed_at`.
    pub fn completed_at(mut self, value: impl Into<i64>) -> Self {
        self.completed_at = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `completed_at` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn completed_at_null(mut self) -> Self {
        self.completed_at = crate::fields::Nullable::Null;
        self
    }

    /// Sets `incomplete_at`.
    pub fn incomplete_at(mut self, value: impl Into<i64>) -> Self {
        self.incomplete_at = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `incomplete_at` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn incomplete_at_null(mut self) -> Self {
        self.incomplete_at = crate::fields::Nullable::Null;
        self
    }

    /// Sets `assistant_id`.
    pub fn assistant_id(mut self, value: impl Into<String>) -> Self {
        self.assistant_id = Some(value.into());
        self
    }

    /// Sets `run_id`.
    pub fn run_id(mut self, value: impl Into<String>) -> Self {
        self.run_id = Some(value.into());
        self
    }

    /// Sets `attachments`.
    pub fn attachments(
        mut self,
        value: impl Into<Vec<MessageObjectAttachmentsItem>>,
    ) -> Self {
        self.attachments = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `attachments` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn attachments_null(mut self) -> Self {
        self.attachments = crate::fields::Nullable::Null;
        self
    }

    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

impl MessageObjectAttachmentsItem {
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Sets `tools`.
    pub fn tools(
        mut self,
        value: impl Into<Vec<MessageObjectAttachmentsItemToolsItem>>,
    ) -> Self {
        self.tools = Some(value.into());
        self
    }
}

impl MessageObjectIncompleteDetails {
    /// A value with the required fields (`reason`); the others are unset.
    pub fn new(reason: impl Into<MessageObjectIncompleteDetailsReason>) -> Self {
        Self {
            reason: reason.into(),
            extra: Default::default(),
        }
    }
}

impl MessageRequestContentTextObject {
    /// A value with the required fields (`text`); the others are unset.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            r#type: Default::default(),
            text: text.into(),
            extra: Default::default(),
        }
    }
}

impl ResponseFormatJsonSchema {
    /// A value with the required fields (`json_schema`); the others are unset.
    pub fn new(json_schema: impl Into<ResponseFormatJsonSchemaJsonSchema>) -> Self {
        Self {
            r#type: Default::default(),
            json_schema: json_schema.into(),
            extra: Default::default(),
        }
    }
}

impl ResponseFormatJsonSchemaJsonSchema {
    /// A value with the required fields (`name`); the others are unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            description: None,
            schema: None,
            strict: crate::fields::Nullable::Absent,
            extra: Default::default(),
        }
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `schema`.
    pub fn schema(mut self, value: impl Into<ResponseFormatJsonSchemaSchema>) -> Self {
        self.schema = Some(value.into());
        self
    }

    /// Sets `strict`.
    pub fn strict(mut self, value: impl Into<bool>) -> Self {
        self.strict = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `strict` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn strict_null(mut self) -> Self {
        self.strict = crate::fields::Nullable::Null;
        self
    }
}

impl RunCompletionUsage {
    /// A value with the required fields (`completion_tokens`, `prompt_tokens`, `total_tokens`); the others are unset.
    pub fn new(
        completion_tokens: impl Into<i64>,
        prompt_tokens: impl Into<i64>,
        total_tokens: impl Into<i64>,
    ) -> Self {
        Self {
            completion_tokens: completion_tokens.into(),
            prompt_tokens: prompt_tokens.into(),
            total_tokens: total_tokens.into(),
            extra: Default::default(),
        }
    }
}

impl RunObject {
    /// A value with the required fields (`id`, `created_at`, `thread_id`, `assistant_id`, `status`, `model`, `tools`); the others are unset.
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        thread_id: impl Into<String>,
        assistant_id: impl Into<String>,
        status: impl Into<RunObjectStatus>,
        model: impl Into<String>,
        tools: impl Into<Vec<AssistantTools>>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            created_at: created_at.into(),
            thread_id: thread_id.into(),
            assistant_id: assistant_id.into(),
            status: status.into(),
            required_action: crate::fields::Nullable::Absent,
            last_error: None,
            expires_at: None,
            started_at: None,
            cancelled_at: None,
            failed_at: None,
            completed_at: None,
            incomplete_details: crate::fields::Nullable::Absent,
            model: model.into(),
            instructions: None,
            tools: tools.into(),
            metadata: None,
            usage: None,
            temperature: crate::fields::Nullable::Absent,
            top_p: crate::fields::Nullable::Absent,
            max_prompt_tokens: crate::fields::Nullable::Absent,
            max_completion_tokens: crate::fields::Nullable::Absent,
            truncation_strategy: crate::fields::Nullable::Absent,
            tool_choice: None,
            tool_resources: crate::fields::Nullable::Absent,
            parallel_tool_calls: None,
            response_format: None,
            extra: Default::default(),
        }
    }

    /// Sets `required_action`.
    pub fn required_action(mut self, value: impl Into<RunObjectRequiredAction>) -> Self {
        self.required_action = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `required_action` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn required_action_null(mut self) -> Self {
        self.required_action = crate::fields::Nullable::Null;
        self
    }

    /// Sets `last_error`.
    pub fn last_error(mut self, value: impl Into<RunObjectLastError>) -> Self {
        self.last_error = Some(value.into());
        self
    }

    /// Sets `expires_at`.
    pub fn expires_at(mut self, value: impl Into<i64>) -> Self {
        self.expires_at = Some(value.into());
        self
    }

    /// Sets `started_at`.
    pub fn started_at(mut self, value: impl Into<i64>) -> Self {
        self.started_at = Some(value.into());
        self
    }

    /// Sets `cancelled_at`.
    pub fn cancelled_at(mut self, value: impl Into<i64>) -> Self {
        self.cancelled_at = Some(value.into());
        self
    }

    /// Sets `failed_at`.
    pub fn failed_at(mut self, value: impl Into<i64>) -> Self {
        self.failed_at = Some(value.into());
        self
    }

    /// Sets `completed_at`.
    pub fn completed_at(mut self, value: impl Into<i64>) -> Self {
        self.completed_at = Some(value.into());
        self
    }

    /// Sets `incomplete_details`.
    pub fn incomplete_details(
        mut self,
        value: impl Into<RunObjectIncompleteDetails>,
    ) -> Self {
        self.incomplete_details = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `incomplete_details` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn incomplete_details_null(mut self) -> Self {
        self.incomplete_details = crate::fields::Nullable::Null;
        self
    }

    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }

    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }

    /// Sets `usage`.
    pub fn usage(mut self, value: impl Into<RunCompletionUsage>) -> Self {
        self.usage = Some(value.into());
        self
    }

    /// Sets `temperature`.
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `temperature` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn temperature_null(mut self) -> Self {
        self.temperature = crate::fields::Nullable::Null;
        self
    }

    /// Sets `top_p`.
    pub fn top_p(mut self, value: impl Into<f64>) -> Self {
        self.top_p = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `top_p` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn top_p_null(mut self) -> Self {
        self.top_p = crate::fields::Nullable::Null;
        self
    }

    /// Sets `max_prompt_tokens`.
    pub fn max_prompt_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_prompt_tokens = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `max_prompt_tokens` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn max_prompt_tokens_null(mut self) -> Self {
        self.max_prompt_tokens = crate::fields::Nullable::Null;
        self
    }

    /// Sets `max_completion_tokens`.
    pub fn max_completion_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_completion_tokens = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `max_completion_tokens` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn max_completion_tokens_null(mut self) -> Self {
        self.max_completion_tokens = crate::fields::Nullable::Null;
        self
    }

    /// Sets `truncation_strategy`.
    pub fn truncation_strategy(mut self, value: impl Into<TruncationObject>) -> Self {
        self.truncation_strategy = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `truncation_strategy` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn truncation_strategy_null(mut self) -> Self {
        self.truncation_strategy = crate::fields::Nullable::Null;
        self
    }

    /// Sets `tool_choice`.
    pub fn tool_choice(
        mut self,
        value: impl Into<AssistantsApiToolChoiceOption>,
    ) -> Self {
        self.tool_choice = Some(value.into());
        self
    }

    /// Sets `tool_resources`.
    pub fn tool_resources(mut self, value: impl Into<ToolResources>) -> Self {
        self.tool_resources = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `tool_resources` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn tool_resources_null(mut self) -> Self {
        self.tool_resources = crate::fields::Nullable::Null;
        self
    }

    /// Sets `parallel_tool_calls`.
    pub fn parallel_tool_calls(mut self, value: impl Into<bool>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }

    /// Sets `response_format`.
    pub fn response_format(
        mut self,
        value: impl Into<AssistantsApiResponseFormatOption>,
    ) -> Self {
        self.response_format = Some(value.into());
        self
    }
}

impl RunObjectIncompleteDetails {
    /// Sets `reason`.
    pub fn reason(mut self, value: impl Into<RunObjectIncompleteDetailsReason>) -> Self {
        self.reason = Some(value.into());
        self
    }
}

impl RunObjectLastError {
    /// A value with the required fields (`code`, `message`); the others are unset.
    pub fn new(
        code: impl Into<RunObjectLastErrorCode>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            extra: Default::default(),
        }
    }
}

impl RunObjectRequiredAction {
    /// A value with the required fields (`submit_tool_outputs`); the others are unset.
    pub fn new(
        submit_tool_outputs: impl Into<RunObjectRequiredActionSubmitToolOutputs>,
    ) -> Self {
        Self {
            r#type: Default::default(),
            submit_tool_outputs: submit_tool_outputs.into(),
            extra: Default::default(),
        }
    }
}

impl RunObjectRequiredActionSubmitToolOutputs {
    /// A value with the required fields (`tool_calls`); the others are unset.
    pub fn new(tool_calls: impl Into<Vec<RunToolCallObject>>) -> Self {
        Self {
            tool_calls: tool_calls.into(),
            extra: Default::default(),
        }
    }
}

impl RunStepCompletionUsage {
    /// A value with the required fields (`completion_tokens`, `prompt_tokens`, `total_tokens`); the others are unset.
    pub fn new(
        completion_tokens: impl Into<i64>,
        prompt_tokens: impl Into<i64>,
        total_tokens: impl Into<i64>,
    ) -> Self {
        Self {
            completion_tokens: completion_tokens.into(),
            prompt_tokens: prompt_tokens.into(),
            total_tokens: total_tokens.into(),
            extra: Default::default(),
        }
    }
}

impl RunStepDeltaObject {
    /// A value with the required fields (`id`, `delta`); the others are unset.
    pub fn new(
        id: impl Into<String>,
        delta: impl Into<RunStepDeltaObjectDelta>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            delta: delta.into(),
            extra: Default::default(),
        }
    }
}

impl RunStepDeltaObjectDelta {
    /// Sets `step_details`.
    pub fn step_details(
        mut self,
        value: impl Into<RunStepDeltaObjectDeltaStepDetails>,
    ) -> Self {
        self.step_details = Some(value.into());
        self
    }
}

impl RunStepDeltaStepDetailsMessageCreationObject {
    /// Sets `message_creation`.
    pub fn message_creation(
        mut self,
        value: impl Into<RunStepDeltaStepDetailsMessageCreationObjectMessageCreation>,
    ) -> Self {
        self.message_creation = Some(value.into());
        self
    }
}

impl RunStepDeltaStepDetailsMessageCreationObjectMessageCreation {
    /// Sets `message_id`.
    pub fn message_id(mut self, value: impl Into<String>) -> Self {
        self.message_id = Some(value.into());
        self
    }
}

impl RunStepDeltaStepDetailsToolCallsCodeObject {
    /// A value with the required fields (`index`); the others are unset.
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            id: None,
            r#type: Default::default(),
            code_interpreter: None,
            extra: Default::default(),
        }
    }

    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `code_interpreter`.
    pub fn code_interpreter(
        mut self,
        value: impl Into<RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter>,
    ) -> Self {
        self.code_interpreter = Some(value.into());
        self
    }
}

impl RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter {
    /// Sets `input`.
    pub fn input(mut self, value: impl Into<String>) -> Self {
        self.input = Some(value.into());
        self
    }

    /// Sets `outputs`.
    pub fn outputs(
        mut self,
        value: impl Into<
            Vec<RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem>,
        >,
    ) -> Self {
        self.outputs = Some(value.into());
        self
    }
}

impl RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
    /// A value with the required fields (`index`); the others are unset.
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            r#type: Default::default(),
            image: None,
            extra: Default::default(),
        }
    }

    /// Sets `image`.
    pub fn image(
        mut self,
        value: impl Into<RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage>,
    ) -> Self {
        self.image = Some(value.into());
        self
    }
}

impl RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage {
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
}

impl RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
    /// A value with the required fields (`index`); the others are unset.
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            r#type: Default::default(),
            logs: None,
            extra: Default::default(),
        }
    }

    /// Sets `logs`.
    pub fn logs(mut self, value: impl Into<String>) -> Self {
        self.logs = Some(value.into());
        self
    }
}

impl RunStepDeltaStepDetailsToolCallsFileSearchObject {
    /// A value with the required fields (`index`, `file_search`); the others are unset.
    pub fn new(
        index: impl Into<i64>,
        file_search: impl Into<
            RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
        >,
    ) -> Self {
        Self {
            index: index.into(),
            id: None,
            r#type: Default::default(),
            file_search: file_search.into(),
            extra: Default::default(),
        }
    }

    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}

impl RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch {
    /// Sets `ranking_options`.
    pub fn ranking_options(
        mut self,
        value: impl Into<RunStepDetailsToolCallsFileSearchRankingOptionsObject>,
    ) -> Self {
        self.ranking_options = Some(value.into());
        self
    }

    /// Sets `results`.
    pub fn results(
        mut self,
        value: impl Into<Vec<RunStepDetailsToolCallsFileSearchResultObject>>,
    ) -> Self {
        self.results = Some(value.into());
        self
    }
}

impl RunStepDeltaStepDetailsToolCallsFunctionObject {
    /// A value with the required fields (`index`); the others are unset.
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            id: None,
            r#type: Default::default(),
            function: None,
            extra: Default::default(),
        }
    }

    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `function`.
    pub fn function(
        mut self,
        value: impl Into<RunStepDeltaStepDetailsToolCallsFunctionObjectFunction>,
    ) -> Self {
        self.function = Some(value.into());
        self
    }
}

impl RunStepDeltaStepDetailsToolCallsFunctionObjectFunction {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `arguments`.
    pub fn arguments(mut self, value: impl Into<String>) -> Self {
        self.arguments = Some(value.into());
        self
    }

    /// Sets `output`.
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `output` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn output_null(mut self) -> Self {
        self.output = crate::fields::Nullable::Null;
        self
    }
}

impl RunStepDeltaStepDetailsToolCallsObject {
    /// Sets `tool_calls`.
    pub fn tool_calls(
        mut self,
        value: impl Into<Vec<RunStepDeltaStepDetailsToolCallsObjectToolCallsItem>>,
    ) -> Self {
        self.tool_calls = Some(value.into());
        self
    }
}

impl RunStepDetailsMessageCreationObject {
    /// A value with the required fields (`message_creation`); the others are unset.
    pub fn new(
        message_creation: impl Into<RunStepDetailsMessageCreationObjectMessageCreation>,
    ) -> Self {
        Self {
            r#type: Default::default(),
            message_creation: message_creation.into(),
            extra: Default::default(),
        }
    }
}

impl RunStepDetailsMessageCreationObjectMessageCreation {
    /// A value with the required fields (`message_id`); the others are unset.
    pub fn new(message_id: impl Into<String>) -> Self {
        Self {
            message_id: message_id.into(),
            extra: Default::default(),
        }
    }
}

impl RunStepDetailsToolCallsCodeObject {
    /// A value with the required fields (`id`, `code_interpreter`); the others are unset.
    pub fn new(
        id: impl Into<String>,
        code_interpreter: impl Into<RunStepDetailsToolCallsCodeObjectCodeInterpreter>,
    ) -> Self {
        Self {
            id: id.into(),
            r#type: Default::default(),
            code_interpreter: code_interpreter.into(),
            extra: Default::default(),
        }
    }
}

impl RunStepDetailsToolCallsCodeObjectCodeInterpreter {
    /// A value with the required fields (`input`, `outputs`); the others are unset.
    pub fn new(
        input: impl Into<String>,
        outputs: impl Into<
            Vec<RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem>,
        >,
    ) -> Self {
        Self {
            input: input.into(),
            outputs: outputs.into(),
            extra: Default::default(),
        }
    }
}

impl RunStepDetailsToolCallsCodeOutputImageObject {
    /// A value with the required fields (`image`); the others are unset.
    pub fn new(
        image: impl Into<RunStepDetailsToolCallsCodeOutputImageObjectImage>,
    ) -> Self {
        Self {
            r#type: Default::default(),
            image: image.into(),
            extra: Default::default(),
        }
    }
}

impl RunStepDetailsToolCallsCodeOutputImageObjectImage {
    /// A value with the required fields (`file_id`); the others are unset.
    pub fn new(file_id: impl Into<String>) -> Self {
        Self {
            file_id: file_id.into(),
            extra: Default::default(),
        }
    }
}

impl RunStepDetailsToolCallsCodeOutputLogsObject {
    /// A value with the required fields (`logs`); the others are unset.
    pub fn new(logs: impl Into<String>) -> Self {
        Self {
            r#type: Default::default(),
            logs: logs.into(),
            extra: Default::default(),
        }
    }
}

impl RunStepDetailsToolCallsFileSearchObject {
    /// A value with the required fields (`id`, `file_search`); the others are unset.
    pub fn new(
        id: impl Into<String>,
        file_search: impl Into<RunStepDetailsToolCallsFileSearchObjectFileSearch>,
    ) -> Self {
        Self {
            id: id.into(),
            r#type: Default::default(),
            file_search: file_search.into(),
            extra: Default::default(),
        }
    }
}

impl RunStepDetailsToolCallsFileSearchObjectFileSearch {
    /// Sets `ranking_options`.
    pub fn ranking_options(
        mut self,
        value: impl Into<RunStepDetailsToolCallsFileSearchRankingOptionsObject>,
    ) -> Self {
        self.ranking_options = Some(value.into());
        self
    }

    /// Sets `results`.
    pub fn results(
        mut self,
        value: impl Into<Vec<RunStepDetailsToolCallsFileSearchResultObject>>,
    ) -> Self {
        self.results = Some(value.into());
        self
    }
}

impl RunStepDetailsToolCallsFileSearchRankingOptionsObject {
    /// A value with the required fields (`ranker`, `score_threshold`); the others are unset.
    pub fn new(
        ranker: impl Into<FileSearchRanker>,
        score_threshold: impl Into<f64>,
    ) -> Self {
        Self {
            ranker: ranker.into(),
            score_threshold: score_threshold.into(),
            extra: Default::default(),
        }
    }
}

impl RunStepDetailsToolCallsFileSearchResultObject {
    /// A value with the required fields (`file_id`, `file_name`, `score`); the others are unset.
    pub fn new(
        file_id: impl Into<String>,
        file_name: impl Into<String>,
        score: impl Into<f64>,
    ) -> Self {
        Self {
            file_id: file_id.into(),
            file_name: file_name.into(),
            score: score.into(),
            content: None,
            extra: Default::default(),
        }
    }

    /// Sets `content`.
    pub fn content(
        mut self,
        value: impl Into<Vec<RunStepDetailsToolCallsFileSearchResultObjectContentItem>>,
    ) -> Self {
        self.content = Some(value.into());
        self
    }
}

impl RunStepDetailsToolCallsFileSearchResultObjectContentItem {
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<RunStepDetailsToolCallsFileSearchResultObjectContentItemType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
}

impl RunStepDetailsToolCallsFunctionObject {
    /// A value with the required fields (`id`, `function`); the others are unset.
    pub fn new(
        id: impl Into<String>,
        function: impl Into<RunStepDetailsToolCallsFunctionObjectFunction>,
    ) -> Self {
        Self {
            id: id.into(),
            r#type: Default::default(),
            function: function.into(),
            extra: Default::default(),
        }
    }
}

impl RunStepDetailsToolCallsFunctionObjectFunction {
    /// A value with the required fields (`name`, `arguments`); the others are unset.
    pub fn new(name: impl Into<String>, arguments: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            arguments: arguments.into(),
            output: None,
            extra: Default::default(),
        }
    }

    /// Sets `output`.
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = Some(value.into());
        self
    }
}

impl RunStepDetailsToolCallsObject {
    /// A value with the required fields (`tool_calls`); the others are unset.
    pub fn new(
        tool_calls: impl Into<Vec<RunStepDetailsToolCallsObjectToolCallsItem>>,
    ) -> Self {
        Self {
            r#type: Default::default(),
            tool_calls: tool_calls.into(),
            extra: Default::default(),
        }
    }
}

impl RunStepObject {
    /// A value with the required fields (`id`, `created_at`, `assistant_id`, `thread_id`, `run_id`, `type`, `status`, `step_details`); the others are unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        assistant_id: impl Into<String>,
        thread_id: impl Into<String>,
        run_id: impl Into<String>,
        r#type: impl Into<RunStepObjectType>,
        status: impl Into<RunStepObjectStatus>,
        step_details: impl Into<RunStepObjectStepDetails>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            created_at: created_at.into(),
            assistant_id: assistant_id.into(),
            thread_id: thread_id.into(),
            run_id: run_id.into(),
            r#type: r#type.into(),
            status: status.into(),
            step_details: step_details.into(),
            last_error: None,
            expired_at: crate::fields::Nullable::Absent,
            expires_at: crate::fields::Nullable::Absent,
            cancelled_at: None,
            failed_at: None,
            completed_at: None,
            metadata: crate::fields::Nullable::Absent,
            usage: None,
            extra: Default::default(),
        }
    }

    /// Sets `last_error`.
    pub fn last_error(mut self, value: impl Into<RunStepObjectLastError>) -> Self {
        self.last_error = Some(value.into());
        self
    }

    /// Sets `expired_at`.
    pub fn expired_at(mut self, value: impl Into<i64>) -> Self {
        self.expired_at = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `expired_at` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn expired_at_null(mut self) -> Self {
        self.expired_at = crate::fields::Nullable::Null;
        self
    }

    /// Sets `expires_at`.
    pub fn expires_at(mut self, value: impl Into<i64>) -> Self {
        self.expires_at = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `expires_at` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn expires_at_null(mut self) -> Self {
        self.expires_at = crate::fields::Nullable::Null;
        self
    }

    /// Sets `cancelled_at`.
    pub fn cancelled_at(mut self, value: impl Into<i64>) -> Self {
        self.cancelled_at = Some(value.into());
        self
    }

    /// Sets `failed_at`.
    pub fn failed_at(mut self, value: impl Into<i64>) -> Self {
        self.failed_at = Some(value.into());
        self
    }

    /// Sets `completed_at`.
    pub fn completed_at(mut self, value: impl Into<i64>) -> Self {
        self.completed_at = Some(value.into());
        self
    }

    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `metadata` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn metadata_null(mut self) -> Self {
        self.metadata = crate::fields::Nullable::Null;
        self
    }

    /// Sets `usage`.
    pub fn usage(mut self, value: impl Into<RunStepCompletionUsage>) -> Self {
        self.usage = Some(value.into());
        self
    }
}

impl RunStepObjectLastError {
    /// A value with the required fields (`code`, `message`); the others are unset.
    pub fn new(
        code: impl Into<RunStepObjectLastErrorCode>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            extra: Default::default(),
        }
    }
}

impl RunToolCallObject {
    /// A value with the required fields (`id`, `function`); the others are unset.
    pub fn new(
        id: impl Into<String>,
        function: impl Into<RunToolCallObjectFunction>,
    ) -> Self {
        Self {
            id: id.into(),
            r#type: Default::default(),
            function: function.into(),
            extra: Default::default(),
        }
    }
}

impl RunToolCallObjectFunction {
    /// A value with the required fields (`name`, `arguments`); the others are unset.
    pub fn new(name: impl Into<String>, arguments: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            arguments: arguments.into(),
            extra: Default::default(),
        }
    }
}

impl StaticChunkingStrategy {
    /// A value with the required fields (`max_chunk_size_tokens`, `chunk_overlap_tokens`); the others are unset.
    pub fn new(
        max_chunk_size_tokens: impl Into<i64>,
        chunk_overlap_tokens: impl Into<i64>,
    ) -> Self {
        Self {
            max_chunk_size_tokens: max_chunk_size_tokens.into(),
            chunk_overlap_tokens: chunk_overlap_tokens.into(),
            extra: Default::default(),
        }
    }
}

impl StaticChunkingStrategyRequestParam {
    /// A value with the required fields (`static`); the others are unset.
    pub fn new(r#static: impl Into<StaticChunkingStrategy>) -> Self {
        Self {
            r#type: Default::default(),
            r#static: r#static.into(),
            extra: Default::default(),
        }
    }
}

impl SubmitToolOutputsRunRequest {
    /// A value with the required fields (`tool_outputs`); the others are unset.
    pub fn new(
        tool_outputs: impl Into<Vec<SubmitToolOutputsRunRequestToolOutputsItem>>,
    ) -> Self {
        Self {
            tool_outputs: tool_outputs.into(),
            stream: crate::fields::Nullable::Absent,
            extra: Default::default(),
        }
    }

    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `stream` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn stream_null(mut self) -> Self {
        self.stream = crate::fields::Nullable::Null;
        self
    }
}

impl SubmitToolOutputsRunRequestToolOutputsItem {
    /// Sets `tool_call_id`.
    pub fn tool_call_id(mut self, value: impl Into<String>) -> Self {
        self.tool_call_id = Some(value.into());
        self
    }

    /// Sets `output`.
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = Some(value.into());
        self
    }
}

impl ThreadObject {
    /// A value with the required fields (`id`, `created_at`); the others are unset.
    pub fn new(id: impl Into<String>, created_at: impl Into<i64>) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            created_at: created_at.into(),
            tool_resources: crate::fields::Nullable::Absent,
            metadata: None,
            extra: Default::default(),
        }
    }

    /// Sets `tool_resources`.
    pub fn tool_resources(mut self, value: impl Into<ToolResources>) -> Self {
        self.tool_resources = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `tool_resources` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn tool_resources_null(mut self) -> Self {
        self.tool_resources = crate::fields::Nullable::Null;
        self
    }

    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

impl ToolResources {
    /// Sets `code_interpreter`.
    pub fn code_interpreter(
        mut self,
        value: impl Into<ToolResourcesCodeInterpreter>,
    ) -> Self {
        self.code_interpreter = Some(value.into());
        self
    }

    /// Sets `file_search`.
    pub fn file_search(mut self, value: impl Into<ToolResourcesFileSearch>) -> Self {
        self.file_search = Some(value.into());
        self
    }
}

impl ToolResourcesCodeInterpreter {
    /// Sets `file_ids`.
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
        self
    }
}

impl ToolResourcesFileSearch {
    /// Sets `vector_store_ids`.
    pub fn vector_store_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.vector_store_ids = Some(value.into());
        self
    }
}

impl TruncationObject {
    /// A value with the required fields (`type`); the others are unset.
    pub fn new(r#type: impl Into<TruncationObjectType>) -> Self {
        Self {
            r#type: r#type.into(),
            last_messages: crate::fields::Nullable::Absent,
            extra: Default::default(),
        }
    }

    /// Sets `last_messages`.
    pub fn last_messages(mut self, value: impl Into<i64>) -> Self {
        self.last_messages = crate::fields::Nullable::Value(value.into());
        self
    }

    /// Sends `last_messages` as an explicit `null` (to clear it), rather than leaving it out.
    #[inline]
    pub fn last_messages_null(mut self) -> Self {
        self.last_messages = crate::fields::Nullable::Null;
        self
    }
}

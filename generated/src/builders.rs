// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Constructors and setters for the request types.
use crate::types::*;

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
    pub fn metadata_null(mut self) -> Self {
        self.metadata = crate::fields::Nullable::Null;
        self
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
    pub fn strict_null(mut self) -> Self {
        self.strict = crate::fields::Nullable::Null;
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
    pub fn strict_null(mut self) -> Self {
        self.strict = crate::fields::Nullable::Null;
        self
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
    pub fn last_messages_null(mut self) -> Self {
        self.last_messages = crate::fields::Nullable::Null;
        self
    }
}

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
        Self { function: function.into() }
    }
}

impl AssistantsNamedToolChoiceFunction {
    /// A value with the required fields (`function`); the others are unset.
    pub fn new(function: impl Into<AssistantsNamedToolChoiceFunctionFunction>) -> Self {
        Self { function: function.into() }
    }
}

impl AssistantsNamedToolChoiceFunctionFunction {
    /// A value with the required fields (`name`); the others are unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
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
            attachments: None,
            metadata: None,
        }
    }

    /// Sets `attachments`.
    pub fn attachments(
        mut self,
        value: impl Into<Vec<CreateMessageRequestAttachmentsItem>>,
    ) -> Self {
        self.attachments = Some(value.into());
        self
    }

    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
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
            model: None,
            instructions: None,
            tools: None,
            tool_resources: None,
            metadata: None,
            temperature: None,
            top_p: None,
            stream: None,
            max_prompt_tokens: None,
            max_completion_tokens: None,
            truncation_strategy: None,
            tool_choice: None,
            parallel_tool_calls: None,
            response_format: None,
        }
    }

    /// Sets `thread`.
    pub fn thread(mut self, value: impl Into<CreateThreadRequest>) -> Self {
        self.thread = Some(value.into());
        self
    }

    /// Sets `model`.
    pub fn model(mut self, value: impl Into<CreateThreadAndRunRequestModel>) -> Self {
        self.model = Some(value.into());
        self
    }

    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }

    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<Vec<AssistantTools>>) -> Self {
        self.tools = Some(value.into());
        self
    }

    /// Sets `tool_resources`.
    pub fn tool_resources(
        mut self,
        value: impl Into<CreateThreadAndRunRequestToolResources>,
    ) -> Self {
        self.tool_resources = Some(value.into());
        self
    }

    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }

    /// Sets `temperature`.
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }

    /// Sets `top_p`.
    pub fn top_p(mut self, value: impl Into<f64>) -> Self {
        self.top_p = Some(value.into());
        self
    }

    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }

    /// Sets `max_prompt_tokens`.
    pub fn max_prompt_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_prompt_tokens = Some(value.into());
        self
    }

    /// Sets `max_completion_tokens`.
    pub fn max_completion_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_completion_tokens = Some(value.into());
        self
    }

    /// Sets `truncation_strategy`.
    pub fn truncation_strategy(mut self, value: impl Into<TruncationObject>) -> Self {
        self.truncation_strategy = Some(value.into());
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
        self.tool_resources = Some(value.into());
        self
    }

    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
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
        self.metadata = Some(value.into());
        self
    }
}

impl FileSearchRankingOptions {
    /// A value with the required fields (`score_threshold`); the others are unset.
    pub fn new(score_threshold: impl Into<f64>) -> Self {
        Self {
            ranker: None,
            score_threshold: score_threshold.into(),
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
            strict: None,
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
        self.strict = Some(value.into());
        self
    }
}

impl MessageContentImageFileObject {
    /// A value with the required fields (`image_file`); the others are unset.
    pub fn new(image_file: impl Into<MessageContentImageFileObjectImageFile>) -> Self {
        Self {
            image_file: image_file.into(),
        }
    }
}

impl MessageContentImageFileObjectImageFile {
    /// A value with the required fields (`file_id`); the others are unset.
    pub fn new(file_id: impl Into<String>) -> Self {
        Self {
            file_id: file_id.into(),
            detail: None,
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
            image_url: image_url.into(),
        }
    }
}

impl MessageContentImageUrlObjectImageUrl {
    /// A value with the required fields (`url`); the others are unset.
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            detail: None,
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
        Self { text: text.into() }
    }
}

impl ResponseFormatJsonSchema {
    /// A value with the required fields (`json_schema`); the others are unset.
    pub fn new(json_schema: impl Into<ResponseFormatJsonSchemaJsonSchema>) -> Self {
        Self {
            json_schema: json_schema.into(),
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
            strict: None,
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
        self.strict = Some(value.into());
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
        }
    }
}

impl StaticChunkingStrategyRequestParam {
    /// A value with the required fields (`static`); the others are unset.
    pub fn new(r#static: impl Into<StaticChunkingStrategy>) -> Self {
        Self { r#static: r#static.into() }
    }
}

impl SubmitToolOutputsRunRequest {
    /// A value with the required fields (`tool_outputs`); the others are unset.
    pub fn new(
        tool_outputs: impl Into<Vec<SubmitToolOutputsRunRequestToolOutputsItem>>,
    ) -> Self {
        Self {
            tool_outputs: tool_outputs.into(),
            stream: None,
        }
    }

    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
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
            last_messages: None,
        }
    }

    /// Sets `last_messages`.
    pub fn last_messages(mut self, value: impl Into<i64>) -> Self {
        self.last_messages = Some(value.into());
        self
    }
}

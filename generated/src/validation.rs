// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Checks of request types against the spec's limits.
use crate::error::ValidationError;
use crate::types;

#[allow(unused_imports)]
use crate::validate::{field, index, key, push, Validate};

impl Validate for types::AssistantTools {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        match self {
            Self::FileSearch(value) => {
                value.validate_at(path, errors);
            }
            Self::Function(value) => {
                value.validate_at(path, errors);
            }
            _ => {}
        }
    }
}

impl Validate for types::AssistantToolsFileSearch {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Some(value) = self.file_search.as_ref() {
            let path = &field(path, "file_search");
            value.validate_at(path, errors);
        }
    }
}

impl Validate for types::AssistantToolsFileSearchFileSearch {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Some(value) = self.max_num_results.as_ref() {
            let path = &field(path, "max_num_results");
            if *value < 1 {
                push(
                    errors,
                    path.to_string(),
                    format!("must be at least 1, is {}", value),
                );
            }
            if *value > 50 {
                push(
                    errors,
                    path.to_string(),
                    format!("must be at most 50, is {}", value),
                );
            }
        }
        if let Some(value) = self.ranking_options.as_ref() {
            let path = &field(path, "ranking_options");
            value.validate_at(path, errors);
        }
    }
}

impl Validate for types::AssistantToolsFunction {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        {
            let value = &self.function;
            let path = &field(path, "function");
            value.validate_at(path, errors);
        }
    }
}

impl Validate for types::AssistantsApiResponseFormatOption {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Self::JsonSchema(value) = self {
            value.validate_at(path, errors);
        }
    }
}

impl Validate for types::AssistantsApiToolChoiceOption {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Self::Function(value) = self {
            value.validate_at(path, errors);
        }
    }
}

impl Validate for types::AssistantsNamedToolChoiceFunction {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        {
            let value = &self.function;
            let path = &field(path, "function");
            value.validate_at(path, errors);
        }
    }
}

impl Validate for types::AssistantsNamedToolChoiceFunctionFunction {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        let _ = (path, errors);
    }
}

impl Validate for types::ChunkingStrategyRequestParam {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Self::Static(value) = self {
            value.validate_at(path, errors);
        }
    }
}

impl Validate for types::CreateMessageRequest {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        {
            let value = &self.content;
            let path = &field(path, "content");
            value.validate_at(path, errors);
        }
        if let Some(value) = self.attachments.as_ref() {
            let path = &field(path, "attachments");
            for (position, item) in value.iter().enumerate() {
                let path = &index(path, position);
                item.validate_at(path, errors);
            }
        }
        if let Some(value) = self.metadata.as_ref() {
            let path = &field(path, "metadata");
            if value.len() > 16 {
                push(
                    errors,
                    path.to_string(),
                    format!("must have at most 16 entries, has {}", value.len()),
                );
            }
            for (name, item) in value.iter() {
                let length = name.chars().count();
                if length > 64 {
                    push(
                        errors,
                        key(path, name),
                        format!("keys must have at most 64 characters, has {}", length),
                    );
                }
                {
                    let path = &key(path, name);
                    {
                        let length = item.chars().count();
                        if length > 512 {
                            push(
                                errors,
                                path.to_string(),
                                format!("must have at most 512 characters, has {}", length),
                            );
                        }
                    }
                }
            }
        }
    }
}

impl Validate for types::CreateMessageRequestAttachmentsItem {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Some(value) = self.tools.as_ref() {
            let path = &field(path, "tools");
            for (position, item) in value.iter().enumerate() {
                let path = &index(path, position);
                item.validate_at(path, errors);
            }
        }
    }
}

impl Validate for types::CreateMessageRequestAttachmentsItemToolsItem {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        let _ = (path, errors);
    }
}

impl Validate for types::CreateMessageRequestContent {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Self::Parts(value) = self {
            for (position, item) in value.iter().enumerate() {
                let path = &index(path, position);
                item.validate_at(path, errors);
            }
        }
    }
}

impl Validate for types::CreateMessageRequestContentPartsItem {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        match self {
            Self::ImageFile(value) => {
                value.validate_at(path, errors);
            }
            Self::ImageUrl(value) => {
                value.validate_at(path, errors);
            }
            Self::Text(value) => {
                value.validate_at(path, errors);
            }
            _ => {}
        }
    }
}

impl Validate for types::CreateThreadAndRunRequest {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Some(value) = self.thread.as_ref() {
            let path = &field(path, "thread");
            value.validate_at(path, errors);
        }
        if let Some(value) = self.tools.as_ref() {
            let path = &field(path, "tools");
            if value.len() > 20 {
                push(
                    errors,
                    path.to_string(),
                    format!("must have at most 20 items, has {}", value.len()),
                );
            }
            for (position, item) in value.iter().enumerate() {
                let path = &index(path, position);
                item.validate_at(path, errors);
            }
        }
        if let Some(value) = self.tool_resources.as_ref() {
            let path = &field(path, "tool_resources");
            value.validate_at(path, errors);
        }
        if let Some(value) = self.metadata.as_ref() {
            let path = &field(path, "metadata");
            if value.len() > 16 {
                push(
                    errors,
                    path.to_string(),
                    format!("must have at most 16 entries, has {}", value.len()),
                );
            }
            for (name, item) in value.iter() {
                let length = name.chars().count();
                if length > 64 {
                    push(
                        errors,
                        key(path, name),
                        format!("keys must have at most 64 characters, has {}", length),
                    );
                }
                {
                    let path = &key(path, name);
                    {
                        let length = item.chars().count();
                        if length > 512 {
                            push(
                                errors,
                                path.to_string(),
                                format!("must have at most 512 characters, has {}", length),
                            );
                        }
                    }
                }
            }
        }
        if let Some(value) = self.temperature.as_ref() {
            let path = &field(path, "temperature");
            if *value < 0.0 {
                push(
                    errors,
                    path.to_string(),
                    format!("must be at least 0, is {}", value),
                );
            }
            if *value > 2.0 {
                push(
                    errors,
                    path.to_string(),
                    format!("must be at most 2, is {}", value),
                );
            }
        }
        if let Some(value) = self.top_p.as_ref() {
            let path = &field(path, "top_p");
            if *value < 0.0 {
                push(
                    errors,
                    path.to_string(),
                    format!("must be at least 0, is {}", value),
                );
            }
            if *value > 1.0 {
                push(
                    errors,
                    path.to_string(),
                    format!("must be at most 1, is {}", value),
                );
            }
        }
        if let Some(value) = self.max_prompt_tokens.as_ref() {
            let path = &field(path, "max_prompt_tokens");
            if *value < 256 {
                push(
                    errors,
                    path.to_string(),
                    format!("must be at least 256, is {}", value),
                );
            }
        }
        if let Some(value) = self.max_completion_tokens.as_ref() {
            let path = &field(path, "max_completion_tokens");
            if *value < 256 {
                push(
                    errors,
                    path.to_string(),
                    format!("must be at least 256, is {}", value),
                );
            }
        }
        if let Some(value) = self.truncation_strategy.as_ref() {
            let path = &field(path, "truncation_strategy");
            value.validate_at(path, errors);
        }
        if let Some(value) = self.tool_choice.as_ref() {
            let path = &field(path, "tool_choice");
            value.validate_at(path, errors);
        }
        if let Some(value) = self.response_format.as_ref() {
            let path = &field(path, "response_format");
            value.validate_at(path, errors);
        }
    }
}

impl Validate for types::CreateThreadAndRunRequestToolResources {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Some(value) = self.code_interpreter.as_ref() {
            let path = &field(path, "code_interpreter");
            value.validate_at(path, errors);
        }
        if let Some(value) = self.file_search.as_ref() {
            let path = &field(path, "file_search");
            value.validate_at(path, errors);
        }
    }
}

impl Validate for types::CreateThreadAndRunRequestToolResourcesCodeInterpreter {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Some(value) = self.file_ids.as_ref() {
            let path = &field(path, "file_ids");
            if value.len() > 20 {
                push(
                    errors,
                    path.to_string(),
                    format!("must have at most 20 items, has {}", value.len()),
                );
            }
        }
    }
}

impl Validate for types::CreateThreadAndRunRequestToolResourcesFileSearch {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Some(value) = self.vector_store_ids.as_ref() {
            let path = &field(path, "vector_store_ids");
            if value.len() > 1 {
                push(
                    errors,
                    path.to_string(),
                    format!("must have at most 1 items, has {}", value.len()),
                );
            }
        }
    }
}

impl Validate for types::CreateThreadRequest {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Some(value) = self.messages.as_ref() {
            let path = &field(path, "messages");
            for (position, item) in value.iter().enumerate() {
                let path = &index(path, position);
                item.validate_at(path, errors);
            }
        }
        if let Some(value) = self.tool_resources.as_ref() {
            let path = &field(path, "tool_resources");
            value.validate_at(path, errors);
        }
        if let Some(value) = self.metadata.as_ref() {
            let path = &field(path, "metadata");
            if value.len() > 16 {
                push(
                    errors,
                    path.to_string(),
                    format!("must have at most 16 entries, has {}", value.len()),
                );
            }
            for (name, item) in value.iter() {
                let length = name.chars().count();
                if length > 64 {
                    push(
                        errors,
                        key(path, name),
                        format!("keys must have at most 64 characters, has {}", length),
                    );
                }
                {
                    let path = &key(path, name);
                    {
                        let length = item.chars().count();
                        if length > 512 {
                            push(
                                errors,
                                path.to_string(),
                                format!("must have at most 512 characters, has {}", length),
                            );
                        }
                    }
                }
            }
        }
    }
}

impl Validate for types::CreateThreadRequestToolResources {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Some(value) = self.code_interpreter.as_ref() {
            let path = &field(path, "code_interpreter");
            value.validate_at(path, errors);
        }
        if let Some(value) = self.file_search.as_ref() {
            let path = &field(path, "file_search");
            value.validate_at(path, errors);
        }
    }
}

impl Validate for types::CreateThreadRequestToolResourcesCodeInterpreter {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Some(value) = self.file_ids.as_ref() {
            let path = &field(path, "file_ids");
            if value.len() > 20 {
                push(
                    errors,
                    path.to_string(),
                    format!("must have at most 20 items, has {}", value.len()),
                );
            }
        }
    }
}

impl Validate for types::CreateThreadRequestToolResourcesFileSearch {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Some(value) = self.vector_store_ids.as_ref() {
            let path = &field(path, "vector_store_ids");
            if value.len() > 1 {
                push(
                    errors,
                    path.to_string(),
                    format!("must have at most 1 items, has {}", value.len()),
                );
            }
        }
        if let Some(value) = self.vector_stores.as_ref() {
            let path = &field(path, "vector_stores");
            if value.len() > 1 {
                push(
                    errors,
                    path.to_string(),
                    format!("must have at most 1 items, has {}", value.len()),
                );
            }
            for (position, item) in value.iter().enumerate() {
                let path = &index(path, position);
                item.validate_at(path, errors);
            }
        }
    }
}

impl Validate for types::CreateThreadRequestToolResourcesFileSearchVectorStoresItem {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Some(value) = self.file_ids.as_ref() {
            let path = &field(path, "file_ids");
            if value.len() > 10000 {
                push(
                    errors,
                    path.to_string(),
                    format!("must have at most 10000 items, has {}", value.len()),
                );
            }
        }
        if let Some(value) = self.chunking_strategy.as_ref() {
            let path = &field(path, "chunking_strategy");
            value.validate_at(path, errors);
        }
        if let Some(value) = self.metadata.as_ref() {
            let path = &field(path, "metadata");
            if value.len() > 16 {
                push(
                    errors,
                    path.to_string(),
                    format!("must have at most 16 entries, has {}", value.len()),
                );
            }
            for (name, item) in value.iter() {
                let length = name.chars().count();
                if length > 64 {
                    push(
                        errors,
                        key(path, name),
                        format!("keys must have at most 64 characters, has {}", length),
                    );
                }
                {
                    let path = &key(path, name);
                    {
                        let length = item.chars().count();
                        if length > 512 {
                            push(
                                errors,
                                path.to_string(),
                                format!("must have at most 512 characters, has {}", length),
                            );
                        }
                    }
                }
            }
        }
    }
}

impl Validate for types::FileSearchRankingOptions {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        {
            let value = &self.score_threshold;
            let path = &field(path, "score_threshold");
            if *value < 0.0 {
                push(
                    errors,
                    path.to_string(),
                    format!("must be at least 0, is {}", value),
                );
            }
            if *value > 1.0 {
                push(
                    errors,
                    path.to_string(),
                    format!("must be at most 1, is {}", value),
                );
            }
        }
    }
}

impl Validate for types::FunctionObject {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        {
            let value = &self.name;
            let path = &field(path, "name");
            {
                let length = value.chars().count();
                if length > 64 {
                    push(
                        errors,
                        path.to_string(),
                        format!("must have at most 64 characters, has {}", length),
                    );
                }
            }
        }
    }
}

impl Validate for types::MessageContentImageFileObject {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        {
            let value = &self.image_file;
            let path = &field(path, "image_file");
            value.validate_at(path, errors);
        }
    }
}

impl Validate for types::MessageContentImageFileObjectImageFile {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        let _ = (path, errors);
    }
}

impl Validate for types::MessageContentImageUrlObject {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        {
            let value = &self.image_url;
            let path = &field(path, "image_url");
            value.validate_at(path, errors);
        }
    }
}

impl Validate for types::MessageContentImageUrlObjectImageUrl {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        let _ = (path, errors);
    }
}

impl Validate for types::MessageRequestContentTextObject {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        let _ = (path, errors);
    }
}

impl Validate for types::ResponseFormatJsonSchema {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        {
            let value = &self.json_schema;
            let path = &field(path, "json_schema");
            value.validate_at(path, errors);
        }
    }
}

impl Validate for types::ResponseFormatJsonSchemaJsonSchema {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        {
            let value = &self.name;
            let path = &field(path, "name");
            {
                let length = value.chars().count();
                if length > 64 {
                    push(
                        errors,
                        path.to_string(),
                        format!("must have at most 64 characters, has {}", length),
                    );
                }
            }
        }
    }
}

impl Validate for types::StaticChunkingStrategy {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        {
            let value = &self.max_chunk_size_tokens;
            let path = &field(path, "max_chunk_size_tokens");
            if *value < 100 {
                push(
                    errors,
                    path.to_string(),
                    format!("must be at least 100, is {}", value),
                );
            }
            if *value > 4096 {
                push(
                    errors,
                    path.to_string(),
                    format!("must be at most 4096, is {}", value),
                );
            }
        }
        {
            let value = &self.chunk_overlap_tokens;
            let path = &field(path, "chunk_overlap_tokens");
            if *value < 0 {
                push(
                    errors,
                    path.to_string(),
                    format!("must be at least 0, is {}", value),
                );
            }
        }
    }
}

impl Validate for types::StaticChunkingStrategyRequestParam {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        {
            let value = &self.r#static;
            let path = &field(path, "static");
            value.validate_at(path, errors);
        }
    }
}

impl Validate for types::SubmitToolOutputsRunRequest {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        {
            let value = &self.tool_outputs;
            let path = &field(path, "tool_outputs");
            for (position, item) in value.iter().enumerate() {
                let path = &index(path, position);
                item.validate_at(path, errors);
            }
        }
    }
}

impl Validate for types::SubmitToolOutputsRunRequestToolOutputsItem {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        let _ = (path, errors);
    }
}

impl Validate for types::TruncationObject {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Some(value) = self.last_messages.as_ref() {
            let path = &field(path, "last_messages");
            if *value < 1 {
                push(
                    errors,
                    path.to_string(),
                    format!("must be at least 1, is {}", value),
                );
            }
        }
    }
}

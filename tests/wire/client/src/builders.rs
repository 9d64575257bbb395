// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Constructors and setters for the structs.
use crate::types::*;

impl CreateCustomerRequest {
    /// A value with the required fields (`name`); the others are unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            balance: None,
            tax_exempt: None,
            address: None,
            expand: None,
            items: None,
            metadata: None,
            tags: None,
            extra: Default::default(),
        }
    }

    /// Sets `balance`.
    pub fn balance(mut self, value: impl Into<i64>) -> Self {
        self.balance = Some(value.into());
        self
    }

    /// Sets `tax_exempt`.
    pub fn tax_exempt(mut self, value: impl Into<bool>) -> Self {
        self.tax_exempt = Some(value.into());
        self
    }

    /// Sets `address`.
    pub fn address(mut self, value: impl Into<CreateCustomerRequestAddress>) -> Self {
        self.address = Some(value.into());
        self
    }

    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }

    /// Sets `items`.
    pub fn items(
        mut self,
        value: impl Into<Vec<CreateCustomerRequestItemsItem>>,
    ) -> Self {
        self.items = Some(value.into());
        self
    }

    /// Sets `metadata`.
    pub fn metadata(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }

    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
}

impl CreateCustomerRequestAddress {
    /// Sets `line1`.
    pub fn line1(mut self, value: impl Into<String>) -> Self {
        self.line1 = Some(value.into());
        self
    }

    /// Sets `city`.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
}

impl CreateCustomerRequestItemsItem {
    /// Sets `price`.
    pub fn price(mut self, value: impl Into<String>) -> Self {
        self.price = Some(value.into());
        self
    }

    /// Sets `quantity`.
    pub fn quantity(mut self, value: impl Into<i64>) -> Self {
        self.quantity = Some(value.into());
        self
    }
}

impl CreateUploadRequest {
    /// A value with the required fields (`file`, `purpose`); the others are unset.
    pub fn new(
        file: impl Into<crate::support::FileUpload>,
        purpose: impl Into<CreateUploadRequestPurpose>,
    ) -> Self {
        Self {
            file: file.into(),
            attachments: None,
            purpose: purpose.into(),
            labels: None,
            size: None,
            meta: None,
            extra: Default::default(),
        }
    }

    /// Sets `attachments`.
    pub fn attachments(
        mut self,
        value: impl Into<Vec<crate::support::FileUpload>>,
    ) -> Self {
        self.attachments = Some(value.into());
        self
    }

    /// Sets `labels`.
    pub fn labels(mut self, value: impl Into<Vec<String>>) -> Self {
        self.labels = Some(value.into());
        self
    }

    /// Sets `size`.
    pub fn size(mut self, value: impl Into<i64>) -> Self {
        self.size = Some(value.into());
        self
    }

    /// Sets `meta`.
    pub fn meta(mut self, value: impl Into<CreateUploadRequestMeta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

impl CreateUploadRequestMeta {
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
}

impl CreateUploadResponse {
    /// A value with the required fields (`id`); the others are unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            extra: Default::default(),
        }
    }
}

impl Customer {
    /// A value with the required fields (`id`); the others are unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: None,
            extra: Default::default(),
        }
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

impl Label {
    /// A value with the required fields (`name`); the others are unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            extra: Default::default(),
        }
    }
}

impl ListCustomersParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
}

impl ListCustomersResponse {
    /// A value with the required fields (`data`, `has_more`, `url`); the others are unset.
    pub fn new(
        data: impl Into<Vec<Customer>>,
        has_more: impl Into<bool>,
        url: impl Into<String>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            has_more: has_more.into(),
            url: url.into(),
            extra: Default::default(),
        }
    }
}

impl ListIssuesParams {
    /// Sets `per_page`.
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }
}

impl ListIssuesResponseItem {
    /// A value with the required fields (`number`); the others are unset.
    pub fn new(number: impl Into<i64>) -> Self {
        Self {
            number: number.into(),
            title: None,
            extra: Default::default(),
        }
    }

    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}

impl QueryReportsRequest {
    /// Sets `where`.
    pub fn r#where(mut self, value: impl Into<String>) -> Self {
        self.r#where = Some(value.into());
        self
    }
}

impl RetrieveCustomerRequest {
    /// Sets `expand`.
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
}

impl SearchFilter {
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `created`.
    pub fn created(mut self, value: impl Into<SearchFilterCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
}

impl SearchFilterCreated {
    /// Sets `gte`.
    pub fn gte(mut self, value: impl Into<i64>) -> Self {
        self.gte = Some(value.into());
        self
    }
}

impl SearchParams {
    /// Sets `filter`.
    pub fn filter(mut self, value: impl Into<SearchFilter>) -> Self {
        self.filter = Some(value.into());
        self
    }

    /// Sets `ids`.
    pub fn ids(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.ids = Some(value.into());
        self
    }

    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// Sets `words`.
    pub fn words(mut self, value: impl Into<Vec<String>>) -> Self {
        self.words = Some(value.into());
        self
    }

    /// Sets `flags`.
    pub fn flags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.flags = Some(value.into());
        self
    }
}

impl SearchResult {
    /// Sets `count`.
    pub fn count(mut self, value: impl Into<i64>) -> Self {
        self.count = Some(value.into());
        self
    }
}

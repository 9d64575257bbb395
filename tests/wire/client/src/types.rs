// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Every schema the selected operations use, one Rust type each.
#![allow(clippy::large_enum_variant)]

/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `CreateCustomerRequest::new(..)` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateCustomerRequest {
    pub name: String,
    pub balance: Option<i64>,
    pub tax_exempt: Option<bool>,
    pub address: Option<CreateCustomerRequestAddress>,
    pub expand: Option<Vec<String>>,
    pub items: Option<Vec<CreateCustomerRequestItemsItem>>,
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Form style, exploded (the default): the name repeated.
    pub tags: Option<Vec<String>>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for CreateCustomerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("name", &self.name);
        object.optional("balance", &self.balance);
        object.optional("tax_exempt", &self.tax_exempt);
        object.optional("address", &self.address);
        object.optional("expand", &self.expand);
        object.optional("items", &self.items);
        object.optional("metadata", &self.metadata);
        object.optional("tags", &self.tags);
        object.end()
    }
}

crate::fields::impl_object_decoding!(CreateCustomerRequest);

impl crate::fields::Object for CreateCustomerRequest {
    const NAME: &'static str = "CreateCustomerRequest";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_name = None;
        let mut field_balance = None;
        let mut field_tax_exempt = None;
        let mut field_address = None;
        let mut field_expand = None;
        let mut field_items = None;
        let mut field_metadata = None;
        let mut field_tags = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "name" => map.read_some(&mut field_name),
                "balance" => map.read(&mut field_balance),
                "tax_exempt" => map.read(&mut field_tax_exempt),
                "address" => map.read(&mut field_address),
                "expand" => map.read(&mut field_expand),
                "items" => map.read(&mut field_items),
                "metadata" => map.read(&mut field_metadata),
                "tags" => map.read(&mut field_tags),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            name: extra.required_or_default(field_name, "name"),
            balance: field_balance,
            tax_exempt: field_tax_exempt,
            address: field_address,
            expand: field_expand,
            items: field_items,
            metadata: field_metadata,
            tags: field_tags,
            extra,
        })
    }
}

/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `CreateCustomerRequestAddress::default()` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateCustomerRequestAddress {
    pub line1: Option<String>,
    pub city: Option<String>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for CreateCustomerRequestAddress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("line1", &self.line1);
        object.optional("city", &self.city);
        object.end()
    }
}

crate::fields::impl_object_decoding!(CreateCustomerRequestAddress);

impl crate::fields::Object for CreateCustomerRequestAddress {
    const NAME: &'static str = "CreateCustomerRequestAddress";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_line1 = None;
        let mut field_city = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "line1" => map.read(&mut field_line1),
                "city" => map.read(&mut field_city),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            line1: field_line1,
            city: field_city,
            extra,
        })
    }
}

/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `CreateCustomerRequestItemsItem::default()` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateCustomerRequestItemsItem {
    pub price: Option<String>,
    pub quantity: Option<i64>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for CreateCustomerRequestItemsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("price", &self.price);
        object.optional("quantity", &self.quantity);
        object.end()
    }
}

crate::fields::impl_object_decoding!(CreateCustomerRequestItemsItem);

impl crate::fields::Object for CreateCustomerRequestItemsItem {
    const NAME: &'static str = "CreateCustomerRequestItemsItem";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_price = None;
        let mut field_quantity = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "price" => map.read(&mut field_price),
                "quantity" => map.read(&mut field_quantity),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            price: field_price,
            quantity: field_quantity,
            extra,
        })
    }
}

/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `CreateUploadRequest::new(..)` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct CreateUploadRequest {
    pub file: crate::support::FileUpload,
    pub attachments: Option<Vec<crate::support::FileUpload>>,
    pub purpose: CreateUploadRequestPurpose,
    pub labels: Option<Vec<String>>,
    pub size: Option<i64>,
    pub meta: Option<CreateUploadRequestMeta>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for CreateUploadRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("file", &self.file);
        object.optional("attachments", &self.attachments);
        object.required("purpose", &self.purpose);
        object.optional("labels", &self.labels);
        object.optional("size", &self.size);
        object.optional("meta", &self.meta);
        object.end()
    }
}

crate::fields::impl_object_decoding!(CreateUploadRequest);

impl crate::fields::Object for CreateUploadRequest {
    const NAME: &'static str = "CreateUploadRequest";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_file = None;
        let mut field_attachments = None;
        let mut field_purpose = None;
        let mut field_labels = None;
        let mut field_size = None;
        let mut field_meta = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "file" => map.read_some(&mut field_file),
                "attachments" => map.read(&mut field_attachments),
                "purpose" => map.read_some(&mut field_purpose),
                "labels" => map.read(&mut field_labels),
                "size" => map.read(&mut field_size),
                "meta" => map.read(&mut field_meta),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            file: extra.required_or_default(field_file, "file"),
            attachments: field_attachments,
            purpose: crate::fields::required(field_purpose, "purpose", Self::NAME)?,
            labels: field_labels,
            size: field_size,
            meta: field_meta,
            extra,
        })
    }
}

/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `CreateUploadRequestMeta::default()` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateUploadRequestMeta {
    pub source: Option<String>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for CreateUploadRequestMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("source", &self.source);
        object.end()
    }
}

crate::fields::impl_object_decoding!(CreateUploadRequestMeta);

impl crate::fields::Object for CreateUploadRequestMeta {
    const NAME: &'static str = "CreateUploadRequestMeta";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_source = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "source" => map.read(&mut field_source),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            source: field_source,
            extra,
        })
    }
}

/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     CreateUploadRequestPurpose::Assistants => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug)]
pub enum CreateUploadRequestPurpose {
    /// `assistants`
    Assistants,
    /// `batch`
    Batch,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl CreateUploadRequestPurpose {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Assistants => "assistants",
            Self::Batch => "batch",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateUploadRequestPurpose {
    fn from(value: &str) -> Self {
        match value {
            "assistants" => Self::Assistants,
            "batch" => Self::Batch,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(CreateUploadRequestPurpose);

/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `CreateUploadResponse::new(..)`, or decoded from
/// JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read and
/// to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateUploadResponse {
    pub id: String,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for CreateUploadResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("id", &self.id);
        object.end()
    }
}

crate::fields::impl_object_decoding!(CreateUploadResponse);

impl crate::fields::Object for CreateUploadResponse {
    const NAME: &'static str = "CreateUploadResponse";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_id = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "id" => map.read_some(&mut field_id),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            id: extra.required_or_default(field_id, "id"),
            extra,
        })
    }
}

/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `Customer::new(..)` and the setters, or decoded from
/// JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read and
/// to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Customer {
    pub id: String,
    pub name: Option<String>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for Customer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("id", &self.id);
        object.optional("name", &self.name);
        object.end()
    }
}

crate::fields::impl_object_decoding!(Customer);

impl crate::fields::Object for Customer {
    const NAME: &'static str = "Customer";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_id = None;
        let mut field_name = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "id" => map.read_some(&mut field_id),
                "name" => map.read(&mut field_name),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            id: extra.required_or_default(field_id, "id"),
            name: field_name,
            extra,
        })
    }
}

/// An identifier.
pub type Id = String;

/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `Label::new(..)`, or decoded from JSON
/// (`serde_json::from_value`), not with a literal. Its fields are public, to read and to
/// assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Label {
    /// Length: at most 8 characters.
    pub name: String,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for Label {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("name", &self.name);
        object.end()
    }
}

crate::fields::impl_object_decoding!(Label);

impl crate::fields::Object for Label {
    const NAME: &'static str = "Label";

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

/// The query parameters of `list_customers`.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `ListCustomersParams::default()` and the setters,
/// not with a literal. Its fields are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListCustomersParams {
    pub limit: Option<i64>,
    pub starting_after: Option<String>,
}

impl serde::Serialize for ListCustomersParams {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::without_extra(serializer)?;
        object.optional("limit", &self.limit);
        object.optional("starting_after", &self.starting_after);
        object.end()
    }
}

crate::fields::impl_object_decoding!(ListCustomersParams);

impl crate::fields::Object for ListCustomersParams {
    const NAME: &'static str = "ListCustomersParams";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_limit = None;
        let mut field_starting_after = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "limit" => map.read(&mut field_limit),
                "starting_after" => map.read(&mut field_starting_after),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            limit: field_limit,
            starting_after: field_starting_after,
        })
    }
}

/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `ListCustomersResponse::new(..)`, or decoded from
/// JSON (`serde_json::from_value`), not with a literal. Its fields are public, to read and
/// to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListCustomersResponse {
    pub object: ListCustomersResponseObject,
    pub data: Vec<Customer>,
    pub has_more: bool,
    pub url: String,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for ListCustomersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("object", &self.object);
        object.required("data", &self.data);
        object.required("has_more", &self.has_more);
        object.required("url", &self.url);
        object.end()
    }
}

crate::fields::impl_object_decoding!(ListCustomersResponse);

impl crate::fields::Object for ListCustomersResponse {
    const NAME: &'static str = "ListCustomersResponse";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_object = None;
        let mut field_data = None;
        let mut field_has_more = None;
        let mut field_url = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "object" => map.read_some(&mut field_object),
                "data" => map.read_some(&mut field_data),
                "has_more" => map.read_some(&mut field_has_more),
                "url" => map.read_some(&mut field_url),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            object: extra.required_or_default(field_object, "object"),
            data: extra.required_or_default(field_data, "data"),
            has_more: extra.required_or_default(field_has_more, "has_more"),
            url: extra.required_or_default(field_url, "url"),
            extra,
        })
    }
}

/// Values the API adds later arrive as `Unknown` and may get variants of their own in a
/// later version of this crate, so the enum is `#[non_exhaustive]`: end a `match` with a
/// wildcard arm, which covers both, and read the text of any value with `as_str()`:
///
/// ```text
/// match &value {
///     ListCustomersResponseObject::List => { /* ... */ }
///     other => println!("{}", other.as_str()),
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum ListCustomersResponseObject {
    /// `list`
    #[default]
    List,
    /// A value this crate does not know yet, kept as sent and written back unchanged.
    Unknown(String),
}

impl ListCustomersResponseObject {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::List => "list",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListCustomersResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "list" => Self::List,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(ListCustomersResponseObject);

/// The query parameters of `list_issues`.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `ListIssuesParams::default()` and the setters, not
/// with a literal. Its fields are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListIssuesParams {
    pub per_page: Option<i64>,
    pub page: Option<i64>,
}

impl serde::Serialize for ListIssuesParams {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::without_extra(serializer)?;
        object.optional("per_page", &self.per_page);
        object.optional("page", &self.page);
        object.end()
    }
}

crate::fields::impl_object_decoding!(ListIssuesParams);

impl crate::fields::Object for ListIssuesParams {
    const NAME: &'static str = "ListIssuesParams";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_per_page = None;
        let mut field_page = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "per_page" => map.read(&mut field_per_page),
                "page" => map.read(&mut field_page),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            per_page: field_per_page,
            page: field_page,
        })
    }
}

/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `ListIssuesResponseItem::new(..)` and the setters,
/// or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are
/// public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListIssuesResponseItem {
    pub number: i64,
    pub title: Option<String>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for ListIssuesResponseItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("number", &self.number);
        object.optional("title", &self.title);
        object.end()
    }
}

crate::fields::impl_object_decoding!(ListIssuesResponseItem);

impl crate::fields::Object for ListIssuesResponseItem {
    const NAME: &'static str = "ListIssuesResponseItem";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_number = None;
        let mut field_title = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "number" => map.read_some(&mut field_number),
                "title" => map.read(&mut field_title),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            number: extra.required_or_default(field_number, "number"),
            title: field_title,
            extra,
        })
    }
}

/// A name.
pub type Name = String;

/// Two members that are both strings in Rust (as nexus writes it).
///
/// A later version of this crate may add variants (members the API adds), so the enum is
/// `#[non_exhaustive]`: end a `match` with a wildcard arm.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum NameOrId {
    /// id
    Id(Id),
    /// name
    Name(Name),
}

impl serde::Serialize for NameOrId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Id(payload) => payload.serialize(serializer),
            Self::Name(payload) => payload.serialize(serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for NameOrId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let text: Box<serde_json::value::RawValue> = serde::Deserialize::deserialize(
            deserializer,
        )?;
        let raw = &*text;
        if let Some(payload) = crate::support::try_decode::<Id>(raw) {
            return Ok(Self::Id(payload));
        }
        if let Some(payload) = crate::support::try_decode::<Name>(raw) {
            return Ok(Self::Name(payload));
        }
        Err(serde::de::Error::custom("the value matches no variant of NameOrId"))
    }
}

impl crate::json::FromJson for NameOrId {}

/// A later version of this crate may add variants (members the API adds), so the enum is
/// `#[non_exhaustive]`: end a `match` with a wildcard arm.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum PutBlobId {
    Text(String),
    Number(i64),
}

impl serde::Serialize for PutBlobId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(payload) => payload.serialize(serializer),
            Self::Number(payload) => payload.serialize(serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for PutBlobId {
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
        if crate::support::kind(raw) == crate::support::Kind::Number {
            return crate::support::decode(raw).map(Self::Number);
        }
        Err(serde::de::Error::custom("the value matches no variant of PutBlobId"))
    }
}

impl crate::json::FromJson for PutBlobId {}

impl From<String> for PutBlobId {
    fn from(value: String) -> Self {
        Self::Text(value)
    }
}

impl From<&str> for PutBlobId {
    fn from(value: &str) -> Self {
        Self::Text(value.to_owned())
    }
}

impl From<i64> for PutBlobId {
    fn from(value: i64) -> Self {
        Self::Number(value)
    }
}

/// A later version of this crate may add variants (members the API adds), so the enum is
/// `#[non_exhaustive]`: end a `match` with a wildcard arm.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum PutBlobXChecksum {
    Text(String),
    Number(i64),
}

impl serde::Serialize for PutBlobXChecksum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(payload) => payload.serialize(serializer),
            Self::Number(payload) => payload.serialize(serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for PutBlobXChecksum {
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
        if crate::support::kind(raw) == crate::support::Kind::Number {
            return crate::support::decode(raw).map(Self::Number);
        }
        Err(serde::de::Error::custom("the value matches no variant of PutBlobXChecksum"))
    }
}

impl crate::json::FromJson for PutBlobXChecksum {}

impl From<String> for PutBlobXChecksum {
    fn from(value: String) -> Self {
        Self::Text(value)
    }
}

impl From<&str> for PutBlobXChecksum {
    fn from(value: &str) -> Self {
        Self::Text(value.to_owned())
    }
}

impl From<i64> for PutBlobXChecksum {
    fn from(value: i64) -> Self {
        Self::Number(value)
    }
}

/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `QueryReportsRequest::default()` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QueryReportsRequest {
    pub r#where: Option<String>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for QueryReportsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("where", &self.r#where);
        object.end()
    }
}

crate::fields::impl_object_decoding!(QueryReportsRequest);

impl crate::fields::Object for QueryReportsRequest {
    const NAME: &'static str = "QueryReportsRequest";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_where = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "where" => map.read(&mut field_where),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            r#where: field_where,
            extra,
        })
    }
}

/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `RetrieveCustomerRequest::default()` and the
/// setters, or decoded from JSON (`serde_json::from_value`), not with a literal. Its fields
/// are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RetrieveCustomerRequest {
    pub expand: Option<Vec<String>>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for RetrieveCustomerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("expand", &self.expand);
        object.end()
    }
}

crate::fields::impl_object_decoding!(RetrieveCustomerRequest);

impl crate::fields::Object for RetrieveCustomerRequest {
    const NAME: &'static str = "RetrieveCustomerRequest";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_expand = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "expand" => map.read(&mut field_expand),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            expand: field_expand,
            extra,
        })
    }
}

/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `SearchFilter::default()` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchFilter {
    pub status: Option<String>,
    pub created: Option<SearchFilterCreated>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for SearchFilter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("status", &self.status);
        object.optional("created", &self.created);
        object.end()
    }
}

crate::fields::impl_object_decoding!(SearchFilter);

impl crate::fields::Object for SearchFilter {
    const NAME: &'static str = "SearchFilter";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_status = None;
        let mut field_created = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "status" => map.read(&mut field_status),
                "created" => map.read(&mut field_created),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            status: field_status,
            created: field_created,
            extra,
        })
    }
}

/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `SearchFilterCreated::default()` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchFilterCreated {
    pub gte: Option<i64>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for SearchFilterCreated {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("gte", &self.gte);
        object.end()
    }
}

crate::fields::impl_object_decoding!(SearchFilterCreated);

impl crate::fields::Object for SearchFilterCreated {
    const NAME: &'static str = "SearchFilterCreated";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_gte = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "gte" => map.read(&mut field_gte),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self { gte: field_gte, extra })
    }
}

/// The query parameters of `search`.
///
/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `SearchParams::default()` and the setters, not with
/// a literal. Its fields are public, to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchParams {
    pub filter: Option<SearchFilter>,
    pub ids: Option<Vec<i64>>,
    pub tags: Option<Vec<String>>,
    pub words: Option<Vec<String>>,
    pub flags: Option<Vec<String>>,
}

impl serde::Serialize for SearchParams {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::without_extra(serializer)?;
        object.optional("filter", &self.filter);
        object.optional("ids", &self.ids);
        object.optional("tags", &self.tags);
        object.optional("words", &self.words);
        object.optional("flags", &self.flags);
        object.end()
    }
}

crate::fields::impl_object_decoding!(SearchParams);

impl crate::fields::Object for SearchParams {
    const NAME: &'static str = "SearchParams";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_filter = None;
        let mut field_ids = None;
        let mut field_tags = None;
        let mut field_words = None;
        let mut field_flags = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "filter" => map.read(&mut field_filter),
                "ids" => map.read(&mut field_ids),
                "tags" => map.read(&mut field_tags),
                "words" => map.read(&mut field_words),
                "flags" => map.read(&mut field_flags),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            filter: field_filter,
            ids: field_ids,
            tags: field_tags,
            words: field_words,
            flags: field_flags,
        })
    }
}

/// Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`:
/// outside this crate it is built with `SearchResult::default()` and the setters, or
/// decoded from JSON (`serde_json::from_value`), not with a literal. Its fields are public,
/// to read and to assign.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchResult {
    pub count: Option<i64>,
    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
    pub extra: crate::fields::Extra,
}

impl serde::Serialize for SearchResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.optional("count", &self.count);
        object.end()
    }
}

crate::fields::impl_object_decoding!(SearchResult);

impl crate::fields::Object for SearchResult {
    const NAME: &'static str = "SearchResult";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
        let mut field_count = None;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "count" => map.read(&mut field_count),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self { count: field_count, extra })
    }
}

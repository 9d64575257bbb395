// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Every schema the selected operations use, one Rust type each.

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCustomerRequest {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_exempt: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<CreateCustomerRequestAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<CreateCustomerRequestItemsItem>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Form style, exploded (the default): the name repeated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCustomerRequestAddress {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCustomerRequestItemsItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Customer {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// An identifier.
pub type Id = String;

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Label {
    /// Length: at most 8 characters.
    pub name: String,
}

/// A name.
pub type Name = String;

/// Two members that are both strings in Rust (as nexus writes it).
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
        let value = serde_json::Value::deserialize(deserializer)?;
        if let Ok(payload) = <Id as serde::Deserialize>::deserialize(&value) {
            return Ok(Self::Id(payload));
        }
        if let Ok(payload) = <Name as serde::Deserialize>::deserialize(&value) {
            return Ok(Self::Name(payload));
        }
        Err(serde::de::Error::custom("the value matches no variant of NameOrId"))
    }
}

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
        let value = serde_json::Value::deserialize(deserializer)?;
        if value.is_string() {
            return crate::support::decode(value).map(Self::Text);
        }
        if value.is_number() {
            return crate::support::decode(value).map(Self::Number);
        }
        Err(serde::de::Error::custom("the value matches no variant of PutBlobId"))
    }
}

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
        let value = serde_json::Value::deserialize(deserializer)?;
        if value.is_string() {
            return crate::support::decode(value).map(Self::Text);
        }
        if value.is_number() {
            return crate::support::decode(value).map(Self::Number);
        }
        Err(serde::de::Error::custom("the value matches no variant of PutBlobXChecksum"))
    }
}

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

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct QueryReportsRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#where: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RetrieveCustomerRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
}

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchFilter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<SearchFilterCreated>,
}

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchFilterCreated {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gte: Option<i64>,
}

/// The query parameters of `search`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<SearchFilter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<Vec<String>>,
}

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchResult {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
}

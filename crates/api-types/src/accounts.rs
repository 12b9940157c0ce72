//! Accounts, managed by the Centre.

use hopdong_domain::Role;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::dates::instant;

/// `POST /accounts`. A `unit` account needs `unit_code`, a `district` account `office_id`, and
/// a `centre` account neither.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateAccountRequest {
    pub username: String,
    pub role: Role,
    #[serde(default)]
    pub unit_code: Option<String>,
    #[serde(default)]
    pub office_id: Option<i64>,
}

/// An account; never carries the password or its hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountView {
    pub id: i64,
    pub username: String,
    pub role: Role,
    pub unit_code: Option<String>,
    pub office_id: Option<i64>,
    pub disabled: bool,
    #[serde(with = "instant")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountListResponse {
    pub accounts: Vec<AccountView>,
}

/// A new account or a password reset: the generated password is shown this once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountWithPassword {
    pub account: AccountView,
    /// Random, 16 characters; give it to the account's owner, who should change it.
    pub password: String,
}

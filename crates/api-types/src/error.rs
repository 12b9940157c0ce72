//! The one error envelope every failed request returns.

use serde::{Deserialize, Serialize};

/// `{"error": {...}}`: what went wrong, in a stable code and a human message. The response's
/// `X-Request-Id` header names the request in the server's logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorResponse {
    pub error: ErrorBody,
}

/// The body of an error response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    /// A stable machine-readable code such as `unit_code_invalid` or `contract_not_open`.
    pub code: String,
    /// A sentence for people: what was wrong and how to fix it.
    pub message: String,
    /// Per-field problems, for a form to show next to each field.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
}

/// One field's problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The field's name as it appears in the request body or query.
    pub field: String,
    /// A stable machine-readable code, such as `tax_code_invalid` or `required`.
    pub code: String,
    pub message: String,
}

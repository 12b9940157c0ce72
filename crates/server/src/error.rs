//! The API's one error type and its JSON envelope.
//!
//! What the caller sees (a stable code and a message on how to fix the request) is kept
//! apart from what is logged (the underlying cause, for 5xx only).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use hopdong_api_types::{ErrorBody, ErrorResponse, FieldError};
use hopdong_store::StoreError;

/// An error returned to the caller.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    pub fields: Vec<FieldError>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            fields: Vec::new(),
        }
    }

    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }

    pub fn unauthorized(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, code, message)
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, "forbidden", message)
    }

    pub fn not_found(what: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("{what} not found"),
        )
    }

    pub fn conflict(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, code, message)
    }

    /// 422 with one entry per invalid field; the message summarises them.
    pub fn invalid_fields(fields: Vec<FieldError>) -> Self {
        let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        let message = match fields.as_slice() {
            [only] => only.message.clone(),
            _ => format!("{} fields are invalid: {}", fields.len(), names.join(", ")),
        };
        ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code: "validation_failed",
            message,
            fields,
        }
    }

    /// 422 for one field.
    pub fn invalid_field(field: &str, code: &str, message: impl Into<String>) -> Self {
        Self::invalid_fields(vec![FieldError {
            field: field.to_owned(),
            code: code.to_owned(),
            message: message.into(),
        }])
    }

    /// 500; `cause` goes to the log, never to the caller.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "request failed");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal_error",
            "the server failed to complete the request; try again, and if it keeps failing report the X-Request-Id header of this response",
        )
    }

    /// 503, for a database that is down or a pool that is exhausted.
    pub fn unavailable(cause: impl std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "database unavailable");
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "service_unavailable",
            "the database is not available right now; try again in a moment",
        )
    }
}

// Display and Debug reach the request log, so they leave out the message: it may quote what the
// caller typed, such as a tax code or an e-mail address.
impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.status.as_u16(), self.code)
    }
}

impl std::fmt::Debug for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let fields: Vec<&str> = self
            .fields
            .iter()
            .map(|field| field.field.as_str())
            .collect();
        f.debug_struct("ApiError")
            .field("status", &self.status.as_u16())
            .field("code", &self.code)
            .field("fields", &fields)
            .finish()
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        // tracing-actix-web logs every error response with its status and code, through the
        // Display and Debug implementations above, so nothing more is logged here.
        HttpResponse::build(self.status).json(ErrorResponse {
            error: ErrorBody {
                code: self.code.to_owned(),
                message: self.message.clone(),
                fields: self.fields.clone(),
            },
        })
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => ApiError::not_found("the requested object"),
            StoreError::VersionConflict { current } => ApiError::conflict(
                "version_conflict",
                format!(
                    "someone else changed this since you read it (now at version {current}); \
                     reload, reapply your change and save again"
                ),
            ),
            StoreError::Duplicate { constraint } => ApiError::conflict(
                "duplicate",
                format!("an object with the same key already exists ({constraint})"),
            ),
            StoreError::MissingReference(detail) => ApiError::invalid_field(
                "reference",
                "not_found",
                format!("the request refers to an object that does not exist: {detail}"),
            ),
            StoreError::Pool(cause) | StoreError::Connect(cause) => ApiError::unavailable(cause),
            other => ApiError::internal(other),
        }
    }
}

impl From<diesel_error::Error> for ApiError {
    fn from(error: diesel_error::Error) -> Self {
        ApiError::from(StoreError::from(error))
    }
}

/// Diesel's error type, reached through the store crate so the server names no SQL.
mod diesel_error {
    pub use hopdong_store::DieselError as Error;
}

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(error: actix_web::error::BlockingError) -> Self {
        ApiError::internal(error)
    }
}

/// The result of every handler.
pub type ApiResult<T> = Result<T, ApiError>;

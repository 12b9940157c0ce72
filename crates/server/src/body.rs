//! JSON request bodies and query strings that fail with the field and the reason.

use std::future::Future;
use std::pin::Pin;

use actix_web::error::PayloadError;
use actix_web::{dev::Payload, web, FromRequest, HttpRequest};
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// The largest request body accepted, in bytes.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// A JSON body deserialised into `T`; unknown fields and wrong types are 422 with the field.
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for JsonBody<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<JsonBody<T>, ApiError>>>>;

    fn from_request(request: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let content_type_ok = request
            .headers()
            .get(actix_web::http::header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .map(|value| {
                value
                    .split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .eq_ignore_ascii_case("application/json")
            })
            .unwrap_or(false);
        let bytes = web::Bytes::from_request(request, payload);
        Box::pin(async move {
            if !content_type_ok {
                return Err(ApiError::new(
                    actix_web::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "unsupported_media_type",
                    "send the body as JSON with `Content-Type: application/json`",
                ));
            }
            let bytes = bytes.await.map_err(payload_error)?;
            parse_json(&bytes).map(JsonBody)
        })
    }
}

fn payload_error(error: actix_web::Error) -> ApiError {
    let too_large = error
        .as_error::<PayloadError>()
        .map(|e| matches!(e, PayloadError::Overflow))
        .unwrap_or(false);
    if too_large || error.as_response_error().status_code().as_u16() == 413 {
        ApiError::new(
            actix_web::http::StatusCode::PAYLOAD_TOO_LARGE,
            "body_too_large",
            format!("the request body is larger than {MAX_BODY_BYTES} bytes"),
        )
    } else {
        ApiError::bad_request(
            "body_unreadable",
            format!("the request body could not be read: {error}"),
        )
    }
}

/// Parses `bytes` as JSON into `T`, naming the field that failed.
///
/// Text that is not JSON at all is 400; JSON that does not fit `T` (unknown or missing fields,
/// wrong types, nulls, bad dates) or that contains a NUL character is 422 naming the field.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::bad_request(
            "body_missing",
            "the request needs a JSON body",
        ));
    }
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|error| {
        ApiError::bad_request(
            "malformed_json",
            format!("the body is not valid JSON: {error}"),
        )
    })?;
    if let Some(field) = find_nul(&value, "") {
        return Err(ApiError::invalid_field(
            &field,
            "control_character",
            format!("{field} contains a NUL character; remove it"),
        ));
    }
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        let field = if path == "." {
            unknown_field_name(&inner.to_string())
        } else {
            path
        };
        ApiError::invalid_field(&field, "invalid", format!("{field}: {}", describe(&inner)))
    })
}

/// Returns the path of the first string (or key) in `value` that contains a NUL character.
fn find_nul(value: &serde_json::Value, path: &str) -> Option<String> {
    let here = || {
        if path.is_empty() {
            "body".to_owned()
        } else {
            path.to_owned()
        }
    };
    match value {
        serde_json::Value::String(text) if text.contains('\0') => Some(here()),
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(index, item)| find_nul(item, &format!("{}[{index}]", here()))),
        serde_json::Value::Object(map) => map.iter().find_map(|(key, item)| {
            let child = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            if key.contains('\0') {
                Some(child)
            } else {
                find_nul(item, &child)
            }
        }),
        _ => None,
    }
}

/// Pulls the field name out of serde's "unknown field `x`" and "missing field `x`" messages.
fn unknown_field_name(message: &str) -> String {
    message
        .split('`')
        .nth(1)
        .map(str::to_owned)
        .unwrap_or_else(|| "body".to_owned())
}

/// serde_json's message without its " at line 1 column 9" suffix.
fn describe(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}

/// Parses a query string into `T`, naming the parameter that failed.
pub fn parse_query<T: DeserializeOwned>(request: &HttpRequest) -> Result<T, ApiError> {
    web::Query::<T>::from_query(request.query_string())
        .map(web::Query::into_inner)
        .map_err(|error| {
            let text = error.to_string();
            let field = text.split('`').nth(1).unwrap_or("query").to_owned();
            ApiError::invalid_field(&field, "invalid", format!("invalid query string: {text}"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[expect(dead_code, reason = "fields exist to be deserialised")]
    struct Sample {
        name: String,
        count: u32,
    }

    #[test]
    fn unknown_field_is_named() {
        let error = parse_json::<Sample>(br#"{"name":"a","count":1,"colour":"red"}"#).unwrap_err();
        assert_eq!(error.status.as_u16(), 422);
        assert_eq!(error.fields[0].field, "colour");
    }

    #[test]
    fn wrong_type_is_named() {
        let error = parse_json::<Sample>(br#"{"name":"a","count":"many"}"#).unwrap_err();
        assert_eq!(error.fields[0].field, "count");
        assert!(!error.fields[0].message.contains("line"));
    }

    #[test]
    fn missing_field_is_named() {
        let error = parse_json::<Sample>(br#"{"name":"a"}"#).unwrap_err();
        assert_eq!(error.fields[0].field, "count");
    }

    #[test]
    fn syntax_error_is_400() {
        let error = parse_json::<Sample>(br#"{"name":"a","#).unwrap_err();
        assert_eq!(error.status.as_u16(), 400);
        assert_eq!(error.code, "malformed_json");
    }

    #[test]
    fn null_for_a_required_value_is_422() {
        let error = parse_json::<Sample>(br#"{"name":null,"count":1}"#).unwrap_err();
        assert_eq!(error.status.as_u16(), 422);
        assert_eq!(error.fields[0].field, "name");
    }

    #[test]
    fn nul_character_is_422() {
        let error = parse_json::<Sample>(br#"{"name":"a\u0000b","count":1}"#).unwrap_err();
        assert_eq!(error.status.as_u16(), 422);
        assert_eq!(error.fields[0].field, "name");
        assert_eq!(error.fields[0].code, "control_character");
    }

    #[test]
    fn trailing_data_is_400() {
        let error = parse_json::<Sample>(br#"{"name":"a","count":1} []"#).unwrap_err();
        assert_eq!(error.code, "malformed_json");
    }
}

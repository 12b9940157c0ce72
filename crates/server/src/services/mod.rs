//! The work of each request, between the handler that parses it and the store that runs the
//! SQL. These functions block, because diesel and argon2 are synchronous, so handlers call them
//! through `web::block`.

pub mod accounts;
pub mod auth;
pub mod contracts;
pub mod offices;
pub mod tariffs;
pub mod units;

use hopdong_domain::{UnitCode, UnitCodeError};

use crate::error::ApiError;

/// Checks a unit code taken from a URL path or a body field.
pub fn parse_unit_code(input: &str, prefix: &str, field: &str) -> Result<UnitCode, ApiError> {
    UnitCode::parse(input, prefix).map_err(|error: UnitCodeError| {
        let mut api = ApiError::invalid_field(field, "unit_code_invalid", error.to_string());
        api.code = "unit_code_invalid";
        api
    })
}

//! HTTP handlers under `/api/v1`: each parses the request, calls one service function on the
//! blocking pool and wraps the result.

pub mod accounts;
pub mod auth;
pub mod contracts;
pub mod health;
pub mod offices;
pub mod tariffs;
pub mod units;

use actix_web::{web, HttpRequest};
use hopdong_domain::Lang;
use time::Date;

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Registers every API route on `cfg`, which is mounted at `/api/v1`.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(auth::login)
        .service(auth::refresh)
        .service(auth::logout)
        .service(auth::change_password)
        .service(auth::me)
        .service(units::list)
        .service(units::create)
        .service(units::lookup)
        .service(units::quote)
        .service(units::get)
        .service(units::update)
        .service(contracts::queue)
        .service(contracts::import)
        .service(contracts::list)
        .service(contracts::open)
        .service(contracts::get)
        .service(contracts::submit)
        .service(contracts::receive)
        .service(contracts::sign)
        .service(contracts::cancel)
        .service(contracts::record_payment)
        .service(offices::list)
        .service(offices::units)
        .service(tariffs::list)
        .service(tariffs::create)
        .service(accounts::list)
        .service(accounts::create)
        .service(accounts::disable)
        .service(accounts::enable)
        .service(accounts::reset_password)
        .service(units::areas);
}

/// Runs a blocking service call on actix's blocking pool.
pub async fn blocking<T, F>(state: web::Data<AppState>, work: F) -> ApiResult<T>
where
    T: Send + 'static,
    F: FnOnce(&AppState) -> ApiResult<T> + Send + 'static,
{
    // The blocking pool runs on other threads: carry the request's span there, so log lines
    // written by services keep the request id, role and scope.
    let span = tracing::Span::current();
    web::block(move || span.in_scope(|| work(&state))).await?
}

/// Today's date in Vietnam (UTC+7), never the UTC date.
pub fn today() -> Date {
    hopdong_domain::vietnam_today(time::OffsetDateTime::now_utc())
}

/// Picks the language from `Accept-Language`: Vietnamese unless English is preferred.
pub fn language(request: &HttpRequest) -> Lang {
    request
        .headers()
        .get(actix_web::http::header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .map(Lang::from_accept_language)
        .unwrap_or(Lang::Vi)
}

/// Parses an optional `YYYY-MM-DD` query parameter named `field`.
pub fn parse_date(field: &str, value: Option<&str>) -> ApiResult<Option<Date>> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    hopdong_api_types::dates::parse_iso_date(value)
        .map(Some)
        .map_err(|reason| {
            ApiError::invalid_field(field, "date_invalid", format!("{field}: {reason}"))
        })
}

/// Parses an optional whole-number query parameter named `field` within `range`.
pub fn parse_limit(
    field: &str,
    value: Option<&str>,
    range: std::ops::RangeInclusive<i64>,
    default: i64,
) -> ApiResult<i64> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(default);
    };
    value
        .parse::<i64>()
        .ok()
        .filter(|n| range.contains(n))
        .ok_or_else(|| {
            ApiError::invalid_field(
                field,
                "out_of_range",
                format!(
                    "{field} {value:?} must be a whole number from {} to {}",
                    range.start(),
                    range.end()
                ),
            )
        })
}

/// Parses an optional `true`/`false` query parameter named `field`.
pub fn parse_flag(field: &str, value: Option<&str>) -> ApiResult<bool> {
    match value.map(str::trim) {
        None | Some("") | Some("false") => Ok(false),
        Some("true") => Ok(true),
        Some(other) => Err(ApiError::invalid_field(
            field,
            "invalid",
            format!("{field} {other:?} must be true or false"),
        )),
    }
}

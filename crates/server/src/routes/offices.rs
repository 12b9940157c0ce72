//! `/offices`: the district offices and each one's dashboard.

use actix_web::{get, web, HttpRequest};
use hopdong_api_types::{ErrorResponse, OfficeListResponse, OfficeUnitsResponse};
use hopdong_domain::PortalStatus;
use serde::Deserialize;

use crate::auth::Caller;
use crate::body::parse_query;
use crate::error::{ApiError, ApiResult};
use crate::routes::{blocking, parse_date, today};
use crate::services::offices as service;
use crate::state::AppState;

/// Lists the district offices: all of them for the Centre, its own for a district office.
#[utoipa::path(get, path = "/api/v1/offices", operation_id = "list_offices", tag = "offices",
    security(("bearer" = [])),
    responses((status = 200, body = OfficeListResponse), (status = 401, body = ErrorResponse),
        (status = 403, body = ErrorResponse)))]
#[get("/offices")]
pub async fn list(
    state: web::Data<AppState>,
    caller: Caller,
) -> ApiResult<web::Json<OfficeListResponse>> {
    blocking(state, move |s| service::list(s, &caller))
        .await
        .map(|offices| web::Json(OfficeListResponse { offices }))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct DashboardQuery {
    /// The day to compute statuses on, `YYYY-MM-DD`; defaults to today in Vietnam.
    pub date: Option<String>,
    /// Keep only units in this status: `never_contracted`, `in_progress`, `active`, `expiring`,
    /// `expired_can_renew` or `lapsed`.
    pub status: Option<String>,
}

/// Every unit the office manages with its portal status, and the counts per status.
#[utoipa::path(get, path = "/api/v1/offices/{id}/units", operation_id = "office_units", tag = "offices",
    params(("id" = i64, Path, description = "Office id"), DashboardQuery), security(("bearer" = [])),
    responses((status = 200, body = OfficeUnitsResponse), (status = 401, body = ErrorResponse),
        (status = 404, description = "No such office, or not the caller's", body = ErrorResponse),
        (status = 422, body = ErrorResponse)))]
#[get("/offices/{id}/units")]
pub async fn units(
    state: web::Data<AppState>,
    caller: Caller,
    request: HttpRequest,
    path: web::Path<i64>,
) -> ApiResult<web::Json<OfficeUnitsResponse>> {
    let query: DashboardQuery = parse_query(&request)?;
    let day = parse_date("date", query.date.as_deref())?.unwrap_or_else(today);
    let status = match query
        .status
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(text) => Some(text.parse::<PortalStatus>().map_err(
            |error: hopdong_domain::ParseEnumError| {
                ApiError::invalid_field("status", "invalid", error.to_string())
            },
        )?),
        None => None,
    };
    let office = path.into_inner();
    blocking(state, move |s| {
        service::dashboard(s, &caller, office, day, status)
    })
    .await
    .map(web::Json)
}

//! `/units` and `/areas`: lookup, details, quote, registration.

use actix_web::{get, post, put, web, HttpRequest, HttpResponse};
use hopdong_api_types::{
    AreaView, CreateUnitRequest, ErrorResponse, QuoteResponse, UnitListResponse,
    UnitLookupResponse, UnitResponse, UpdateUnitRequest,
};
use serde::Deserialize;

use crate::auth::Caller;
use crate::body::{parse_query, JsonBody};
use crate::error::ApiResult;
use crate::routes::{blocking, language, parse_date, parse_limit, today};
use crate::services::units as service;
use crate::state::AppState;
use crate::views;

/// Looks a unit up by its code without signing in: name, area, managing office, portal status.
#[utoipa::path(get, path = "/api/v1/units/{code}/lookup", operation_id = "lookup_unit", tag = "units",
    params(("code" = String, Path, description = "Unit code, 8 digits such as 79760001")),
    responses(
        (status = 200, body = UnitLookupResponse),
        (status = 422, description = "The code is not 8 digits of the province's form", body = ErrorResponse),
        (status = 404, description = "No unit has this code", body = ErrorResponse),
    ))]
#[get("/units/{code}/lookup")]
pub async fn lookup(
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> ApiResult<web::Json<UnitLookupResponse>> {
    let code = path.into_inner();
    let day = today();
    blocking(state, move |s| service::lookup(s, &code, day))
        .await
        .map(web::Json)
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct QuoteQuery {
    /// The day of the request, `YYYY-MM-DD`; defaults to today in Vietnam.
    pub date: Option<String>,
    /// For Creation: the first day wanted, from `date` to 90 days after it.
    pub start: Option<String>,
}

/// Quotes the unit's next contract: kind, dates, price and why.
#[utoipa::path(get, path = "/api/v1/units/{code}/quote", operation_id = "quote_unit", tag = "units",
    params(("code" = String, Path, description = "Unit code"), QuoteQuery,
        ("Accept-Language" = Option<String>, Header, description = "`en` for an English explanation; Vietnamese otherwise")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = QuoteResponse),
        (status = 401, body = ErrorResponse),
        (status = 404, description = "No such unit, or not one the caller may see", body = ErrorResponse),
        (status = 409, description = "No tariff is in force on the start date", body = ErrorResponse),
        (status = 422, description = "Invalid date or start", body = ErrorResponse),
    ))]
#[get("/units/{code}/quote")]
pub async fn quote(
    state: web::Data<AppState>,
    caller: Caller,
    request: HttpRequest,
    path: web::Path<String>,
) -> ApiResult<web::Json<QuoteResponse>> {
    let query: QuoteQuery = parse_query(&request)?;
    let day = parse_date("date", query.date.as_deref())?.unwrap_or_else(today);
    let start = parse_date("start", query.start.as_deref())?;
    let lang = language(&request);
    let code = path.into_inner();
    blocking(state, move |s| {
        service::quote(s, &caller, &code, day, start, lang)
    })
    .await
    .map(web::Json)
}

/// Returns a unit with its details and the version to send back when editing.
#[utoipa::path(get, path = "/api/v1/units/{code}", operation_id = "get_unit", tag = "units",
    params(("code" = String, Path, description = "Unit code")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = UnitResponse),
        (status = 401, body = ErrorResponse),
        (status = 404, description = "No such unit, or not one the caller may see", body = ErrorResponse),
    ))]
#[get("/units/{code}")]
pub async fn get(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> ApiResult<web::Json<UnitResponse>> {
    let code = path.into_inner();
    blocking(state, move |s| service::get(s, &caller, &code))
        .await
        .map(web::Json)
}

/// Replaces the unit's details, checked field by field; `version` must be the one last read.
#[utoipa::path(put, path = "/api/v1/units/{code}", operation_id = "update_unit", tag = "units",
    params(("code" = String, Path, description = "Unit code")),
    request_body = UpdateUnitRequest, security(("bearer" = [])),
    responses(
        (status = 200, body = UnitResponse),
        (status = 401, body = ErrorResponse),
        (status = 403, description = "District offices cannot edit units", body = ErrorResponse),
        (status = 404, body = ErrorResponse),
        (status = 409, description = "Someone else saved first: reload", body = ErrorResponse),
        (status = 422, description = "Invalid fields, each named", body = ErrorResponse),
    ))]
#[put("/units/{code}")]
pub async fn update(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    body: JsonBody<UpdateUnitRequest>,
) -> ApiResult<web::Json<UnitResponse>> {
    let code = path.into_inner();
    let request = body.0;
    blocking(state, move |s| service::update(s, &caller, &code, request))
        .await
        .map(web::Json)
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct UnitListQuery {
    /// Part of the name or code; case and diacritics are ignored.
    pub q: Option<String>,
    /// At most this many units (1 to 1000, default 100).
    #[param(value_type = Option<i64>)]
    pub limit: Option<String>,
}

/// Lists the units the caller may see, optionally matching a search.
#[utoipa::path(get, path = "/api/v1/units", operation_id = "list_units", tag = "units",
    params(UnitListQuery), security(("bearer" = [])),
    responses((status = 200, body = UnitListResponse), (status = 401, body = ErrorResponse),
        (status = 422, body = ErrorResponse)))]
#[get("/units")]
pub async fn list(
    state: web::Data<AppState>,
    caller: Caller,
    request: HttpRequest,
) -> ApiResult<web::Json<UnitListResponse>> {
    let query: UnitListQuery = parse_query(&request)?;
    let limit = parse_limit("limit", query.limit.as_deref(), 1..=1000, 100)?;
    let limit = usize::try_from(limit).unwrap_or(100);
    blocking(state, move |s| {
        service::search(s, &caller, query.q.as_deref(), limit)
    })
    .await
    .map(|units| web::Json(UnitListResponse { units }))
}

/// Registers a unit (the Centre only).
#[utoipa::path(post, path = "/api/v1/units", operation_id = "create_unit", tag = "units",
    request_body = CreateUnitRequest, security(("bearer" = [])),
    responses(
        (status = 201, body = UnitResponse),
        (status = 401, body = ErrorResponse),
        (status = 403, body = ErrorResponse),
        (status = 409, description = "The code is already registered", body = ErrorResponse),
        (status = 422, body = ErrorResponse),
    ))]
#[post("/units")]
pub async fn create(
    state: web::Data<AppState>,
    caller: Caller,
    body: JsonBody<CreateUnitRequest>,
) -> ApiResult<HttpResponse> {
    let request = body.0;
    let unit = blocking(state, move |s| service::create(s, &caller, request)).await?;
    Ok(HttpResponse::Created().json(unit))
}

/// Lists the areas (districts) with their tiers.
#[utoipa::path(get, path = "/api/v1/areas", operation_id = "list_areas", tag = "units",
    responses((status = 200, body = Vec<AreaView>)))]
#[get("/areas")]
pub async fn areas(state: web::Data<AppState>) -> ApiResult<web::Json<Vec<AreaView>>> {
    blocking(state, |s| {
        s.store.read(|conn| {
            hopdong_store::areas::list_areas(conn)?
                .iter()
                .map(views::area)
                .collect()
        })
    })
    .await
    .map(web::Json)
}

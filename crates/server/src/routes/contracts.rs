//! `/units/{code}/contracts` and the Centre's work queues under `/contracts`.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use hopdong_api_types::{
    CancelContractRequest, ContractDetailResponse, ContractListResponse, ContractResponse,
    ErrorResponse, ImportContractRequest, OpenContractRequest, RecordPaymentRequest,
};
use hopdong_domain::{ContractState, Transition};
use serde::Deserialize;

use crate::auth::Caller;
use crate::body::{parse_query, JsonBody};
use crate::error::{ApiError, ApiResult};
use crate::routes::{blocking, parse_flag, parse_limit, today};
use crate::services::contracts as service;
use crate::state::AppState;

/// Lists a unit's contracts, newest first.
#[utoipa::path(get, path = "/api/v1/units/{code}/contracts", operation_id = "list_contracts", tag = "contracts",
    params(("code" = String, Path, description = "Unit code")), security(("bearer" = [])),
    responses((status = 200, body = ContractListResponse), (status = 401, body = ErrorResponse),
        (status = 404, body = ErrorResponse)))]
#[get("/units/{code}/contracts")]
pub async fn list(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> ApiResult<web::Json<ContractListResponse>> {
    let code = path.into_inner();
    blocking(state, move |s| service::list_for_unit(s, &caller, &code))
        .await
        .map(|contracts| web::Json(ContractListResponse { contracts }))
}

/// Opens the unit's next contract as a draft, with the kind, dates and price of today's quote.
#[utoipa::path(post, path = "/api/v1/units/{code}/contracts", operation_id = "open_contract", tag = "contracts",
    params(("code" = String, Path, description = "Unit code")),
    request_body = OpenContractRequest, security(("bearer" = [])),
    responses(
        (status = 201, body = ContractResponse),
        (status = 401, body = ErrorResponse),
        (status = 403, description = "District offices cannot open contracts", body = ErrorResponse),
        (status = 404, body = ErrorResponse),
        (status = 409, description = "The unit already has an open contract", body = ErrorResponse),
        (status = 422, description = "A start outside the allowed range", body = ErrorResponse),
    ))]
#[post("/units/{code}/contracts")]
pub async fn open(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    body: JsonBody<OpenContractRequest>,
) -> ApiResult<HttpResponse> {
    let code = path.into_inner();
    let start = body.0.start;
    let day = today();
    let contract = blocking(state, move |s| service::open(s, &caller, &code, start, day)).await?;
    Ok(HttpResponse::Created().json(contract))
}

/// Returns one contract with its history and payments.
#[utoipa::path(get, path = "/api/v1/units/{code}/contracts/{id}", operation_id = "get_contract", tag = "contracts",
    params(("code" = String, Path, description = "Unit code"), ("id" = i64, Path, description = "Contract id")),
    security(("bearer" = [])),
    responses((status = 200, body = ContractDetailResponse), (status = 401, body = ErrorResponse),
        (status = 404, body = ErrorResponse)))]
#[get("/units/{code}/contracts/{id}")]
pub async fn get(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, i64)>,
) -> ApiResult<web::Json<ContractDetailResponse>> {
    let (code, id) = path.into_inner();
    blocking(state, move |s| service::get(s, &caller, &code, id))
        .await
        .map(web::Json)
}

async fn step(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, i64)>,
    transition: Transition,
    reason: Option<String>,
) -> ApiResult<web::Json<ContractResponse>> {
    let (code, id) = path.into_inner();
    let day = today();
    blocking(state, move |s| {
        service::transition(s, &caller, &code, id, transition, reason, day)
    })
    .await
    .map(web::Json)
}

/// The unit confirms its contract: it gets its number and a frozen copy of the unit's details.
#[utoipa::path(post, path = "/api/v1/units/{code}/contracts/{id}/submit", operation_id = "submit_contract", tag = "contracts",
    params(("code" = String, Path, description = "Unit code"), ("id" = i64, Path, description = "Contract id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = ContractResponse),
        (status = 401, body = ErrorResponse), (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
        (status = 409, description = "Not a draft", body = ErrorResponse),
        (status = 422, description = "The unit's details are incomplete or invalid", body = ErrorResponse),
    ))]
#[post("/units/{code}/contracts/{id}/submit")]
pub async fn submit(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, i64)>,
) -> ApiResult<web::Json<ContractResponse>> {
    step(state, caller, path, Transition::Submit, None).await
}

/// The Centre has the two copies signed and stamped by the unit.
#[utoipa::path(post, path = "/api/v1/units/{code}/contracts/{id}/receive", operation_id = "receive_contract", tag = "contracts",
    params(("code" = String, Path, description = "Unit code"), ("id" = i64, Path, description = "Contract id")),
    security(("bearer" = [])),
    responses((status = 200, body = ContractResponse), (status = 401, body = ErrorResponse),
        (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
        (status = 409, description = "Not submitted", body = ErrorResponse)))]
#[post("/units/{code}/contracts/{id}/receive")]
pub async fn receive(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, i64)>,
) -> ApiResult<web::Json<ContractResponse>> {
    step(state, caller, path, Transition::Receive, None).await
}

/// The Centre countersigns: the contract is in force for its dates.
#[utoipa::path(post, path = "/api/v1/units/{code}/contracts/{id}/sign", operation_id = "sign_contract", tag = "contracts",
    params(("code" = String, Path, description = "Unit code"), ("id" = i64, Path, description = "Contract id")),
    security(("bearer" = [])),
    responses((status = 200, body = ContractResponse), (status = 401, body = ErrorResponse),
        (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
        (status = 409, description = "Not received, or overlapping a signed contract", body = ErrorResponse)))]
#[post("/units/{code}/contracts/{id}/sign")]
pub async fn sign(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, i64)>,
) -> ApiResult<web::Json<ContractResponse>> {
    step(state, caller, path, Transition::Sign, None).await
}

/// Cancels a contract that is not in force yet, with a reason.
#[utoipa::path(post, path = "/api/v1/units/{code}/contracts/{id}/cancel", operation_id = "cancel_contract", tag = "contracts",
    params(("code" = String, Path, description = "Unit code"), ("id" = i64, Path, description = "Contract id")),
    request_body = CancelContractRequest, security(("bearer" = [])),
    responses((status = 200, body = ContractResponse), (status = 401, body = ErrorResponse),
        (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
        (status = 409, description = "Already signed or cancelled", body = ErrorResponse),
        (status = 422, description = "No reason given", body = ErrorResponse)))]
#[post("/units/{code}/contracts/{id}/cancel")]
pub async fn cancel(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, i64)>,
    body: JsonBody<CancelContractRequest>,
) -> ApiResult<web::Json<ContractResponse>> {
    step(state, caller, path, Transition::Cancel, Some(body.0.reason)).await
}

/// Records a payment on a signed contract (the Centre only).
#[utoipa::path(post, path = "/api/v1/units/{code}/contracts/{id}/payments", operation_id = "record_payment", tag = "contracts",
    params(("code" = String, Path, description = "Unit code"), ("id" = i64, Path, description = "Contract id")),
    request_body = RecordPaymentRequest, security(("bearer" = [])),
    responses((status = 201, body = ContractDetailResponse), (status = 401, body = ErrorResponse),
        (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
        (status = 409, description = "The contract is not signed", body = ErrorResponse),
        (status = 422, description = "Invalid amount, date or method", body = ErrorResponse)))]
#[post("/units/{code}/contracts/{id}/payments")]
pub async fn record_payment(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, i64)>,
    body: JsonBody<RecordPaymentRequest>,
) -> ApiResult<HttpResponse> {
    let (code, id) = path.into_inner();
    let request = body.0;
    let day = today();
    let detail = blocking(state, move |s| {
        service::record_payment(s, &caller, &code, id, request, day)
    })
    .await?;
    Ok(HttpResponse::Created().json(detail))
}

/// Records a contract signed before this system existed, so renewals take it into account.
#[utoipa::path(post, path = "/api/v1/units/{code}/contracts/imported", operation_id = "import_contract", tag = "contracts",
    params(("code" = String, Path, description = "Unit code")),
    request_body = ImportContractRequest, security(("bearer" = [])),
    responses((status = 201, body = ContractResponse), (status = 401, body = ErrorResponse),
        (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
        (status = 409, description = "Overlaps a signed contract", body = ErrorResponse),
        (status = 422, body = ErrorResponse)))]
#[post("/units/{code}/contracts/imported")]
pub async fn import(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    body: JsonBody<ImportContractRequest>,
) -> ApiResult<HttpResponse> {
    let code = path.into_inner();
    let request = body.0;
    let day = today();
    let contract = blocking(state, move |s| {
        service::import(s, &caller, &code, request, day)
    })
    .await?;
    Ok(HttpResponse::Created().json(contract))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct QueueQuery {
    /// `draft`, `submitted`, `received`, `signed` or `cancelled`.
    pub state: String,
    /// With `state=signed`: only contracts not fully paid (`true` or `false`).
    #[param(value_type = Option<bool>)]
    pub unpaid: Option<String>,
    /// At most this many (1 to 1000, default 200).
    #[param(value_type = Option<i64>)]
    pub limit: Option<String>,
}

/// A work queue: the contracts in one state that the caller may see, oldest change first.
#[utoipa::path(get, path = "/api/v1/contracts", operation_id = "contract_queue", tag = "contracts",
    params(QueueQuery), security(("bearer" = [])),
    responses((status = 200, body = ContractListResponse), (status = 401, body = ErrorResponse),
        (status = 422, body = ErrorResponse)))]
#[get("/contracts")]
pub async fn queue(
    state: web::Data<AppState>,
    caller: Caller,
    request: HttpRequest,
) -> ApiResult<web::Json<ContractListResponse>> {
    let query: QueueQuery = parse_query(&request)?;
    let contract_state: ContractState =
        query
            .state
            .parse()
            .map_err(|error: hopdong_domain::ParseEnumError| {
                ApiError::invalid_field("state", "invalid", error.to_string())
            })?;
    let limit = parse_limit("limit", query.limit.as_deref(), 1..=1000, 200)?;
    let unpaid = parse_flag("unpaid", query.unpaid.as_deref())?;
    blocking(state, move |s| {
        service::queue(s, &caller, contract_state, unpaid, limit)
    })
    .await
    .map(|contracts| web::Json(ContractListResponse { contracts }))
}

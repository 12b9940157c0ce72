//! `/accounts`: the Centre manages who can sign in.

use actix_web::{get, post, web, HttpResponse};
use hopdong_api_types::{
    AccountListResponse, AccountView, AccountWithPassword, CreateAccountRequest, ErrorResponse,
};

use crate::auth::Caller;
use crate::body::JsonBody;
use crate::error::ApiResult;
use crate::routes::blocking;
use crate::services::accounts as service;
use crate::state::AppState;

/// Lists every account (the Centre only).
#[utoipa::path(get, path = "/api/v1/accounts", operation_id = "list_accounts", tag = "accounts",
    security(("bearer" = [])),
    responses((status = 200, body = AccountListResponse), (status = 401, body = ErrorResponse),
        (status = 403, body = ErrorResponse)))]
#[get("/accounts")]
pub async fn list(
    state: web::Data<AppState>,
    caller: Caller,
) -> ApiResult<web::Json<AccountListResponse>> {
    blocking(state, move |s| service::list(s, &caller))
        .await
        .map(|accounts| web::Json(AccountListResponse { accounts }))
}

/// Creates a unit, district-office or Centre account; the generated password is shown once.
#[utoipa::path(post, path = "/api/v1/accounts", operation_id = "create_account", tag = "accounts",
    request_body = CreateAccountRequest, security(("bearer" = [])),
    responses((status = 201, body = AccountWithPassword), (status = 401, body = ErrorResponse),
        (status = 403, body = ErrorResponse),
        (status = 409, description = "The username is taken", body = ErrorResponse),
        (status = 422, body = ErrorResponse)))]
#[post("/accounts")]
pub async fn create(
    state: web::Data<AppState>,
    caller: Caller,
    body: JsonBody<CreateAccountRequest>,
) -> ApiResult<HttpResponse> {
    let request = body.0;
    let created = blocking(state, move |s| service::create(s, &caller, request)).await?;
    Ok(HttpResponse::Created().json(created))
}

/// Disables an account and revokes its refresh tokens.
#[utoipa::path(post, path = "/api/v1/accounts/{id}/disable", operation_id = "disable_account", tag = "accounts",
    params(("id" = i64, Path, description = "Account id")), security(("bearer" = [])),
    responses((status = 200, body = AccountView), (status = 401, body = ErrorResponse),
        (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse),
        (status = 409, description = "Cannot disable one's own account", body = ErrorResponse)))]
#[post("/accounts/{id}/disable")]
pub async fn disable(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<i64>,
) -> ApiResult<web::Json<AccountView>> {
    let id = path.into_inner();
    blocking(state, move |s| service::set_disabled(s, &caller, id, true))
        .await
        .map(web::Json)
}

/// Enables a disabled account.
#[utoipa::path(post, path = "/api/v1/accounts/{id}/enable", operation_id = "enable_account", tag = "accounts",
    params(("id" = i64, Path, description = "Account id")), security(("bearer" = [])),
    responses((status = 200, body = AccountView), (status = 401, body = ErrorResponse),
        (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse)))]
#[post("/accounts/{id}/enable")]
pub async fn enable(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<i64>,
) -> ApiResult<web::Json<AccountView>> {
    let id = path.into_inner();
    blocking(state, move |s| service::set_disabled(s, &caller, id, false))
        .await
        .map(web::Json)
}

/// Replaces an account's password with a generated one, shown once, and ends its sessions.
#[utoipa::path(post, path = "/api/v1/accounts/{id}/reset-password", operation_id = "reset_password", tag = "accounts",
    params(("id" = i64, Path, description = "Account id")), security(("bearer" = [])),
    responses((status = 200, body = AccountWithPassword), (status = 401, body = ErrorResponse),
        (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse)))]
#[post("/accounts/{id}/reset-password")]
pub async fn reset_password(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<i64>,
) -> ApiResult<web::Json<AccountWithPassword>> {
    let id = path.into_inner();
    blocking(state, move |s| service::reset_password(s, &caller, id))
        .await
        .map(web::Json)
}

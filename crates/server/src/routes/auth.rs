//! `/auth`: sign-in, refresh, sign-out, password change, and who the caller is.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use hopdong_api_types::{
    ErrorResponse, LoginRequest, PasswordChangeRequest, RefreshRequest, TokenResponse, WhoAmI,
};

use crate::auth::Caller;
use crate::body::JsonBody;
use crate::error::ApiResult;
use crate::routes::blocking;
use crate::services::auth as service;
use crate::state::AppState;

/// Signs in with a username and password.
#[utoipa::path(post, path = "/api/v1/auth/login", operation_id = "login", tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, body = TokenResponse),
        (status = 401, description = "Wrong username or password, or a disabled account", body = ErrorResponse),
        (status = 422, description = "The body is not a login request", body = ErrorResponse),
        (status = 429, description = "Too many failed sign-ins from this address", body = ErrorResponse),
    ))]
#[post("/auth/login")]
pub async fn login(
    state: web::Data<AppState>,
    http: HttpRequest,
    body: JsonBody<LoginRequest>,
) -> ApiResult<web::Json<TokenResponse>> {
    let request = body.0;
    // The peer address, not a forwarded header, which any client could set.
    let client = http
        .peer_addr()
        .map(|addr| addr.ip().to_string())
        .unwrap_or_default();
    blocking(state, move |s| {
        service::login(s, &request.username, &request.password, &client)
    })
    .await
    .map(web::Json)
}

/// Exchanges a refresh token for a new pair; the old refresh token stops working.
#[utoipa::path(post, path = "/api/v1/auth/refresh", operation_id = "refresh", tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 200, body = TokenResponse),
        (status = 401, description = "Unknown, used, revoked or expired refresh token", body = ErrorResponse),
    ))]
#[post("/auth/refresh")]
pub async fn refresh(
    state: web::Data<AppState>,
    body: JsonBody<RefreshRequest>,
) -> ApiResult<web::Json<TokenResponse>> {
    let token = body.0.refresh_token;
    blocking(state, move |s| service::refresh(s, &token))
        .await
        .map(web::Json)
}

/// Signs out: revokes the refresh token.
#[utoipa::path(post, path = "/api/v1/auth/logout", operation_id = "logout", tag = "auth",
    request_body = RefreshRequest,
    responses((status = 204, description = "Signed out")))]
#[post("/auth/logout")]
pub async fn logout(
    state: web::Data<AppState>,
    body: JsonBody<RefreshRequest>,
) -> ApiResult<HttpResponse> {
    let token = body.0.refresh_token;
    blocking(state, move |s| service::logout(s, &token)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Changes the caller's password and revokes every refresh token of the account.
#[utoipa::path(post, path = "/api/v1/auth/password", operation_id = "change_password", tag = "auth",
    request_body = PasswordChangeRequest, security(("bearer" = [])),
    responses(
        (status = 204, description = "Password changed"),
        (status = 401, body = ErrorResponse),
        (status = 422, description = "Wrong current password or a too weak new one", body = ErrorResponse),
    ))]
#[post("/auth/password")]
pub async fn change_password(
    state: web::Data<AppState>,
    caller: Caller,
    body: JsonBody<PasswordChangeRequest>,
) -> ApiResult<HttpResponse> {
    let request = body.0;
    blocking(state, move |s| {
        service::change_password(s, &caller, &request.current_password, &request.new_password)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Returns the signed-in account.
#[utoipa::path(get, path = "/api/v1/auth/me", operation_id = "who_am_i", tag = "auth",
    security(("bearer" = [])),
    responses((status = 200, body = WhoAmI), (status = 401, body = ErrorResponse)))]
#[get("/auth/me")]
pub async fn me(state: web::Data<AppState>, caller: Caller) -> ApiResult<web::Json<WhoAmI>> {
    blocking(state, move |s| service::who_am_i(s, &caller))
        .await
        .map(web::Json)
}

//! `/tariffs`: the fee versions and their effective dates.

use actix_web::{get, post, web, HttpResponse};
use hopdong_api_types::{CreateTariffRequest, ErrorResponse, TariffListResponse, TariffView};

use crate::auth::Caller;
use crate::body::JsonBody;
use crate::error::ApiResult;
use crate::routes::blocking;
use crate::services::tariffs as service;
use crate::state::AppState;

/// Lists the tariff versions, oldest first. Public: the fees are published.
#[utoipa::path(get, path = "/api/v1/tariffs", operation_id = "list_tariffs", tag = "tariffs",
    responses((status = 200, body = TariffListResponse)))]
#[get("/tariffs")]
pub async fn list(state: web::Data<AppState>) -> ApiResult<web::Json<TariffListResponse>> {
    blocking(state, service::list)
        .await
        .map(|tariffs| web::Json(TariffListResponse { tariffs }))
}

/// Adds a tariff version (the Centre only); contracts already drawn up keep their figures.
#[utoipa::path(post, path = "/api/v1/tariffs", operation_id = "create_tariff", tag = "tariffs",
    request_body = CreateTariffRequest, security(("bearer" = [])),
    responses((status = 201, body = TariffView), (status = 401, body = ErrorResponse),
        (status = 403, body = ErrorResponse),
        (status = 409, description = "A version with this effective date exists", body = ErrorResponse),
        (status = 422, body = ErrorResponse)))]
#[post("/tariffs")]
pub async fn create(
    state: web::Data<AppState>,
    caller: Caller,
    body: JsonBody<CreateTariffRequest>,
) -> ApiResult<HttpResponse> {
    let request = body.0;
    let tariff = blocking(state, move |s| service::create(s, &caller, request)).await?;
    Ok(HttpResponse::Created().json(tariff))
}

//! Liveness and readiness probes, outside `/api/v1`.

use actix_web::{get, web, HttpResponse};

use crate::state::AppState;

/// The process is up.
#[utoipa::path(get, path = "/healthz", operation_id = "healthz", tag = "health",
    responses((status = 200, description = "The process is running")))]
#[get("/healthz")]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({"status": "ok"}))
}

/// Reports whether the database is reachable with every migration applied.
#[utoipa::path(get, path = "/readyz", operation_id = "readyz", tag = "health",
    responses(
        (status = 200, description = "Ready to serve"),
        (status = 503, description = "The database is unreachable or migrations are pending"),
    ))]
#[get("/readyz")]
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let store = state.store.clone();
    match web::block(move || store.ready()).await {
        Ok(Ok(())) => HttpResponse::Ok().json(serde_json::json!({"status": "ready"})),
        Ok(Err(error)) => {
            tracing::warn!(error = %error, "not ready");
            HttpResponse::ServiceUnavailable()
                .json(serde_json::json!({"status": "not_ready", "reason": error.to_string()}))
        }
        Err(error) => HttpResponse::ServiceUnavailable()
            .json(serde_json::json!({"status": "not_ready", "reason": error.to_string()})),
    }
}

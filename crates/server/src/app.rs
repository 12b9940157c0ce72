//! The actix-web application: middleware, routes, the OpenAPI document and the web app's files.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::{Compress, DefaultHeaders};
use actix_web::{web, App, HttpMessage, HttpRequest, HttpResponse};
use tracing::Span;
use tracing_actix_web::{DefaultRootSpanBuilder, RequestId, RootSpanBuilder, TracingLogger};
use utoipa::OpenApi;

use crate::body::MAX_BODY_BYTES;
use crate::error::ApiError;
use crate::openapi::ApiDoc;
use crate::routes;
use crate::state::AppState;

/// Adds the caller's role, scope and account to each request's span; the caller extractor
/// fills them in once the token is verified, so every log line of the request carries them.
pub struct RequestSpan;

impl RootSpanBuilder for RequestSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        tracing_actix_web::root_span!(
            request,
            role = tracing::field::Empty,
            scope = tracing::field::Empty,
            user_id = tracing::field::Empty
        )
    }

    fn on_request_end<B: MessageBody>(
        span: Span,
        outcome: &Result<ServiceResponse<B>, actix_web::Error>,
    ) {
        DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}

/// Builds the application around `state`.
pub fn build(
    state: AppState,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let static_dir = state.config.static_dir.clone();
    let mut app = App::new()
        .app_data(web::Data::new(state))
        .app_data(web::PayloadConfig::new(MAX_BODY_BYTES))
        .app_data(web::PathConfig::default().error_handler(|error, _| {
            ApiError::new(
                actix_web::http::StatusCode::NOT_FOUND,
                "not_found",
                format!("no such object: {error}"),
            )
            .into()
        }))
        .wrap(Compress::default())
        .wrap(DefaultHeaders::new().add(("X-Content-Type-Options", "nosniff")))
        .wrap_fn(|request, service| {
            let request_id = request
                .extensions()
                .get::<RequestId>()
                .map(|id| id.to_string());
            let response = actix_web::dev::Service::call(service, request);
            async move {
                let mut response = response.await?;
                if let Some(id) = request_id.and_then(|id| HeaderValue::from_str(&id).ok()) {
                    response
                        .headers_mut()
                        .insert(HeaderName::from_static("x-request-id"), id);
                }
                Ok(response)
            }
        })
        .wrap(TracingLogger::<RequestSpan>::new())
        .service(routes::health::healthz)
        .service(routes::health::readyz)
        .route("/api/v1/openapi.json", web::get().to(openapi_json))
        .service(
            web::scope("/api/v1")
                .configure(routes::configure)
                .default_service(web::to(no_route)),
        );
    app = match static_dir {
        Some(dir) => app.service(
            actix_files::Files::new("/", dir.clone())
                .index_file("index.html")
                .default_handler(web::to(move |request: HttpRequest| {
                    // Client-side routes such as /units/79760118 load the app, which then
                    // shows the page; the server has no file by that name.
                    let index = dir.join("index.html");
                    async move {
                        match actix_files::NamedFile::open_async(index).await {
                            Ok(file) => file.into_response(&request),
                            Err(_) => HttpResponse::NotFound().finish(),
                        }
                    }
                })),
        ),
        None => app
            .route("/", web::get().to(index))
            .default_service(web::to(no_route)),
    };
    app
}

async fn openapi_json() -> HttpResponse {
    HttpResponse::Ok().json(ApiDoc::openapi())
}

async fn index() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({
        "name": "hopdong",
        "api": "/api/v1",
        "openapi": "/api/v1/openapi.json",
        "web_app": "not built: run the README's run command to build it",
    }))
}

async fn no_route(request: HttpRequest) -> Result<HttpResponse, ApiError> {
    Err(ApiError::new(
        actix_web::http::StatusCode::NOT_FOUND,
        "route_not_found",
        format!(
            "there is no {} {}; the API is described at /api/v1/openapi.json",
            request.method(),
            request.path()
        ),
    ))
}

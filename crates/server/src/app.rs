//! The actix-web application: middleware, routes, the OpenAPI document and the web app's files.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use std::path::PathBuf;

use actix_web::http::header::{self, ContentEncoding, HeaderName, HeaderValue};
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
        Some(dir) => app
            .app_data(web::Data::new(WebAppDir(dir.clone())))
            .route(
                r"/{file:[A-Za-z0-9_-]+\.(?:wasm|js|css)}",
                web::get().to(asset),
            )
            .route("/", web::get().to(app_page))
            .default_service(web::get().to(app_page)),
        None => app
            .route("/", web::get().to(index))
            .default_service(web::to(no_route)),
    };
    app
}

/// The folder of the built web app.
struct WebAppDir(PathBuf);

/// Serves a content-hashed asset of the web app, precompressed when the build wrote a `.br` or
/// `.gz` copy the browser accepts. The name changes with the content, so it may be cached for
/// good.
async fn asset(request: HttpRequest, dir: web::Data<WebAppDir>) -> actix_web::Result<HttpResponse> {
    let name = request.match_info().query("file");
    let path = dir.0.join(name);
    let accepted = request
        .headers()
        .get(header::ACCEPT_ENCODING)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let mut chosen = None;
    for (token, suffix, encoding) in [
        ("br", "br", ContentEncoding::Brotli),
        ("gzip", "gz", ContentEncoding::Gzip),
    ] {
        let candidate = dir.0.join(format!("{name}.{suffix}"));
        if accepted
            .split(',')
            .any(|part| part.trim().starts_with(token))
            && candidate.is_file()
        {
            chosen = Some((candidate, encoding));
            break;
        }
    }
    let file = match chosen {
        Some((compressed, encoding)) => actix_files::NamedFile::open_async(compressed)
            .await?
            .set_content_type(actix_files::file_extension_to_mime(
                path.extension().and_then(|e| e.to_str()).unwrap_or(""),
            ))
            .set_content_encoding(encoding),
        None => actix_files::NamedFile::open_async(&path).await?,
    };
    let mut response = file.disable_content_disposition().into_response(&request);
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    Ok(response)
}

/// Serves the web app's page for `/` and for every client-side route such as `/units/79760118`;
/// the app then shows the page. Revalidated on each visit, so a new build is picked up.
async fn app_page(
    request: HttpRequest,
    dir: web::Data<WebAppDir>,
) -> actix_web::Result<HttpResponse> {
    if request.path().starts_with("/api/") {
        return no_route(request).await.map_err(actix_web::Error::from);
    }
    let file = actix_files::NamedFile::open_async(dir.0.join("index.html")).await?;
    let mut response = file.disable_content_disposition().into_response(&request);
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(response)
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

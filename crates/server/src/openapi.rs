//! The OpenAPI document, built from the handlers' annotations; `openapi.yaml` at the top of the
//! repository is this document, and a test fails when the two drift apart.

use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::routes;

/// The whole API.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "hopdong",
        description = "Yearly web-portal contracts between Ho Chi Minh City's education \
            information centre and its schools: lookup, quotes, the contract workflow, \
            payments, district dashboards. Errors share one envelope \
            `{\"error\": {\"code\", \"message\", \"fields\"}}`; dates are `YYYY-MM-DD`; \
            money is whole đồng.",
        license(name = "MIT")
    ),
    paths(
        routes::health::healthz,
        routes::health::readyz,
        routes::auth::login,
        routes::auth::refresh,
        routes::auth::logout,
        routes::auth::change_password,
        routes::auth::me,
        routes::units::lookup,
        routes::units::quote,
        routes::units::get,
        routes::units::update,
        routes::units::list,
        routes::units::create,
        routes::units::areas,
        routes::contracts::list,
        routes::contracts::open,
        routes::contracts::get,
        routes::contracts::submit,
        routes::contracts::receive,
        routes::contracts::sign,
        routes::contracts::cancel,
        routes::contracts::record_payment,
        routes::contracts::import,
        routes::contracts::queue,
        routes::offices::list,
        routes::offices::units,
        routes::tariffs::list,
        routes::tariffs::create,
        routes::accounts::list,
        routes::accounts::create,
        routes::accounts::disable,
        routes::accounts::enable,
        routes::accounts::reset_password,
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Sign-in and tokens"),
        (name = "units", description = "Units, their details and quotes"),
        (name = "contracts", description = "The contract workflow"),
        (name = "offices", description = "District offices and their dashboards"),
        (name = "tariffs", description = "Fee versions"),
        (name = "accounts", description = "Accounts, managed by the Centre"),
        (name = "health", description = "Probes"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let mut scheme = Http::new(HttpAuthScheme::Bearer);
        scheme.bearer_format = Some("JWT".to_owned());
        components.add_security_scheme("bearer", SecurityScheme::Http(scheme));
    }
}

/// Renders the document as YAML, exactly as committed in `openapi.yaml`.
pub fn yaml() -> String {
    ApiDoc::openapi()
        .to_yaml()
        .unwrap_or_else(|e| format!("# cannot render: {e}\n"))
}

//! The signed-in caller as an extractor: a handler that takes a [`Caller`] cannot run without a
//! valid access token.

use std::future::Future;
use std::pin::Pin;

use actix_web::{dev::Payload, web, FromRequest, HttpMessage, HttpRequest};
use hopdong_domain::Role;
use hopdong_store::{accounts, Scope};
use tracing_actix_web::RootSpan;

use crate::error::ApiError;
use crate::state::AppState;

/// The account making the request, from a verified access token of an enabled account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub user_id: i64,
    pub role: Role,
    pub scope: Scope,
}

impl Caller {
    /// Rejects the request with 403 unless the caller has one of `roles`.
    pub fn require(&self, roles: &[Role], action: &str) -> Result<(), ApiError> {
        if roles.contains(&self.role) {
            return Ok(());
        }
        let allowed: Vec<&str> = roles.iter().map(|role| role.as_str()).collect();
        Err(ApiError::forbidden(format!(
            "a {} account cannot {action}; this needs a {} account",
            self.role.as_str(),
            allowed.join(" or ")
        )))
    }

    /// Formats the scope as a log field: `unit:79760001`, `district:3` or `centre`.
    pub fn scope_label(&self) -> String {
        match &self.scope {
            Scope::Unit(code) => format!("unit:{code}"),
            Scope::District(office) => format!("district:{office}"),
            Scope::Centre => "centre".to_owned(),
        }
    }
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Caller, ApiError>>>>;

    fn from_request(request: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        let request = request.clone();
        Box::pin(async move {
            let state = request
                .app_data::<web::Data<AppState>>()
                .cloned()
                .ok_or_else(|| ApiError::internal("application state missing"))?;
            let token = bearer_token(&request)?;
            let claims = state.keys.verify(&token).map_err(|_| {
                ApiError::unauthorized(
                    "token_invalid",
                    "the access token is invalid or expired; sign in again or refresh it",
                )
            })?;
            let scope = claims.scope().ok_or_else(|| {
                ApiError::unauthorized("token_invalid", "the access token carries no valid scope")
            })?;
            let user_id: i64 = claims.sub.parse().map_err(|_| {
                ApiError::unauthorized("token_invalid", "the access token names no account")
            })?;

            let store = state.store.clone();
            let account =
                web::block(move || store.read(|conn| accounts::find_user(conn, user_id))).await??;
            let Some(account) = account.filter(|account| !account.disabled) else {
                return Err(ApiError::unauthorized(
                    "account_disabled",
                    "this account is disabled or no longer exists; ask the Centre",
                ));
            };
            if account.scope() != Some(scope.clone()) {
                return Err(ApiError::unauthorized(
                    "token_invalid",
                    "the access token does not match its account; sign in again",
                ));
            }
            if crate::auth::tokens::password_stamp(account.password_changed_at) != claims.stamp {
                return Err(ApiError::unauthorized(
                    "token_revoked",
                    "the password changed after this token was issued; sign in again",
                ));
            }

            let caller = Caller {
                user_id,
                role: claims.role,
                scope,
            };
            if let Some(span) = request.extensions().get::<RootSpan>() {
                span.record("role", caller.role.as_str());
                span.record("scope", caller.scope_label().as_str());
                span.record("user_id", caller.user_id);
            }
            Ok(caller)
        })
    }
}

fn bearer_token(request: &HttpRequest) -> Result<String, ApiError> {
    let header = request
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)
        .ok_or_else(|| {
            ApiError::unauthorized(
                "sign_in_required",
                "this request needs an `Authorization: Bearer <access token>` header; sign in first",
            )
        })?;
    let value = header.to_str().unwrap_or("");
    match value.split_once(' ') {
        Some((scheme, token))
            if scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() =>
        {
            Ok(token.trim().to_owned())
        }
        _ => Err(ApiError::unauthorized(
            "sign_in_required",
            "the Authorization header must read `Bearer <access token>`",
        )),
    }
}

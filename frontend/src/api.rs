//! The one request helper: every call to `/api/v1` goes through [`call`].
//!
//! It adds the access token and the chosen language. It refreshes the token when the server
//! responds with 401, or before sending when the token is about to expire. Every failure
//! becomes an [`ApiError`] with a stable code that the pages translate.

use std::cell::Cell;

use gloo_net::http::{Method, Request, Response};
use gloo_timers::future::TimeoutFuture;
use hopdong_api_types::{
    ErrorResponse, FieldError, LoginRequest, RefreshRequest, TokenResponse, WhoAmI,
};
use hopdong_domain::Lang;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::session::{self, EndReason, Session};
use crate::{browser, i18n};

/// Prefix of every API path.
const API_ROOT: &str = "/api/v1";

/// How long a tab waits for another refresh, in this tab or another, before giving up.
const REFRESH_WAIT_MS: u32 = 5_000;
const REFRESH_POLL_MS: u32 = 50;

/// How long a rejected refresh waits for another tab to store the tokens it won, in
/// milliseconds.
// NOTE: an estimate, not measured: if the winning tab stores its tokens later than this, the
// losing tab signs out and its user signs in again. The Web Locks API would remove the race.
const RACE_GRACE_MS: u32 = 300;

/// A failed request, as the pages show it.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    /// HTTP status, or 0 when no response arrived.
    pub status: u16,
    /// The server's stable code, or one of the app's own: `network`, `response_invalid`,
    /// `session_expired`.
    pub code: String,
    /// The server's message, in English; empty for the app's own codes.
    pub message: String,
    pub fields: Vec<FieldError>,
}

impl ApiError {
    fn local(code: &str) -> ApiError {
        ApiError {
            status: 0,
            code: code.to_owned(),
            message: String::new(),
            fields: Vec::new(),
        }
    }

    /// Returns the sentence to show for this error in `lang`.
    ///
    /// The app's own text for the code wins, because it explains what to do next in the
    /// reader's language. The server's message is the fallback for codes the app does not know.
    pub fn text(&self, lang: Lang) -> String {
        if let Some(text) = (i18n::texts(lang).error_message)(&self.code) {
            return text.to_owned();
        }
        if self.message.is_empty() {
            return i18n::texts(lang).error_title.to_owned();
        }
        sentence(&self.message)
    }

    /// Returns the message for `field` when the server rejected it.
    ///
    /// English shows the server's own message. Vietnamese translates the code and falls back
    /// to the server's message for codes it does not know.
    pub fn field_text(&self, field: &str, lang: Lang) -> Option<String> {
        let problem = self.fields.iter().find(|problem| problem.field == field)?;
        let translated = (i18n::texts(lang).field_error_message)(field, &problem.code);
        match (lang, translated) {
            (Lang::Vi, Some(text)) => Some(text),
            (_, translated) if problem.message.is_empty() => translated,
            _ => Some(sentence(&problem.message)),
        }
    }

    /// Returns whether the server rejected one field or more.
    pub fn has_field_errors(&self) -> bool {
        !self.fields.is_empty()
    }
}

/// Capitalises the first letter and ends with a full stop, for the server's lower-case
/// messages.
fn sentence(message: &str) -> String {
    let mut characters = message.trim().chars();
    let mut text: String = match characters.next() {
        Some(first) => first.to_uppercase().chain(characters).collect(),
        None => String::new(),
    };
    if !text.ends_with(['.', '!', '?']) {
        text.push('.');
    }
    text
}

/// Sends a GET and decodes the JSON response.
pub async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    decode(call(Method::GET, path, None).await?).await
}

/// Sends a JSON body with `method` and decodes the JSON response.
pub async fn send<B, T>(method: Method, path: &str, body: &B) -> Result<T, ApiError>
where
    B: Serialize + ?Sized,
    T: DeserializeOwned,
{
    let json = serde_json::to_string(body).map_err(|_| ApiError::local("response_invalid"))?;
    decode(call(method, path, Some(json)).await?).await
}

/// Sends a POST without a body and decodes the JSON response.
pub async fn post_empty<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    decode(call(Method::POST, path, None).await?).await
}

/// Sends a request with the session's access token and returns the response when its status
/// is 2xx. The token is refreshed first when it is about to expire, and the request is sent
/// again once, with a refreshed token, when the server rejects it with 401.
pub async fn call(method: Method, path: &str, body: Option<String>) -> Result<Response, ApiError> {
    let mut session = session::load();
    if let Some(current) = session.as_ref() {
        if current.access_expiring(browser::now_ms()) {
            session = Some(refresh(current).await?);
        }
    }

    let token = session.as_ref().map(|s| s.access_token.as_str());
    let response = fetch(method.clone(), path, body.as_deref(), token).await?;
    if response.status() != 401 {
        return checked(response).await;
    }
    let Some(current) = session else {
        return checked(response).await;
    };
    let renewed = refresh(&current).await?;
    let response = fetch(method, path, body.as_deref(), Some(&renewed.access_token)).await?;
    if response.status() == 401 {
        session::end(EndReason::Expired);
    }
    checked(response).await
}

async fn fetch(
    method: Method,
    path: &str,
    body: Option<&str>,
    token: Option<&str>,
) -> Result<Response, ApiError> {
    let url = format!("{API_ROOT}{path}");
    let lang = i18n::stored_lang();
    let mut builder = gloo_net::http::RequestBuilder::new(&url)
        .method(method)
        .header("Accept", "application/json")
        .header("Accept-Language", lang.as_str());
    if let Some(token) = token {
        builder = builder.header("Authorization", &format!("Bearer {token}"));
    }
    let request = match body {
        Some(body) => builder
            .header("Content-Type", "application/json")
            .body(body.to_owned()),
        None => builder.build(),
    };
    let request: Request = request.map_err(|_| ApiError::local("network"))?;
    request.send().await.map_err(|_| ApiError::local("network"))
}

/// Passes a 2xx response through and turns any other into an [`ApiError`].
async fn checked(response: Response) -> Result<Response, ApiError> {
    if response.ok() {
        return Ok(response);
    }
    let status = response.status();
    match response.json::<ErrorResponse>().await {
        Ok(envelope) => Err(ApiError {
            status,
            code: envelope.error.code,
            message: envelope.error.message,
            fields: envelope.error.fields,
        }),
        Err(_) => Err(ApiError {
            status,
            code: match status {
                404 => "not_found".to_owned(),
                500..=599 => "internal_error".to_owned(),
                _ => format!("http_{status}"),
            },
            message: String::new(),
            fields: Vec::new(),
        }),
    }
}

async fn decode<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    response
        .json::<T>()
        .await
        .map_err(|_| ApiError::local("response_invalid"))
}

thread_local! {
    static REFRESHING: Cell<bool> = const { Cell::new(false) };
}

/// Exchanges the refresh token of `stale` for new tokens, or adopts the tokens another request
/// or tab obtained meanwhile.
///
/// Refresh tokens are valid once, so two tabs refreshing together would make one of them fail.
/// Within a tab, requests queue behind the one refresh in flight. Across tabs, a rejected
/// refresh re-reads the stored session after a short wait, and a different refresh token there
/// means another tab won the race, so its tokens are used.
async fn refresh(stale: &Session) -> Result<Session, ApiError> {
    let mut waited = 0;
    while REFRESHING.with(Cell::get) && waited < REFRESH_WAIT_MS {
        TimeoutFuture::new(REFRESH_POLL_MS).await;
        waited += REFRESH_POLL_MS;
    }
    match session::load() {
        // Another request or tab ended the session meanwhile.
        None => return Err(ApiError::local("session_expired")),
        Some(stored) if is_newer(&stored, stale) => return Ok(stored),
        Some(_) => {}
    }

    REFRESHING.with(|flag| flag.set(true));
    let result = exchange(&stale.refresh_token).await;
    REFRESHING.with(|flag| flag.set(false));
    match result {
        Ok(tokens) => {
            let renewed = Session::from_tokens(tokens, stale.user.clone());
            session::save(&renewed);
            Ok(renewed)
        }
        Err(error) if error.status == 401 => {
            TimeoutFuture::new(RACE_GRACE_MS).await;
            if let Some(newer) = session::load().filter(|stored| is_newer(stored, stale)) {
                return Ok(newer);
            }
            session::end(EndReason::Expired);
            Err(ApiError::local("session_expired"))
        }
        Err(error) => Err(error),
    }
}

/// Returns whether `stored` contains tokens that another request obtained for `stale`'s
/// account.
fn is_newer(stored: &Session, stale: &Session) -> bool {
    stored.refresh_token != stale.refresh_token && stored.user.user_id == stale.user.user_id
}

async fn exchange(refresh_token: &str) -> Result<TokenResponse, ApiError> {
    let body = RefreshRequest {
        refresh_token: refresh_token.to_owned(),
    };
    let json = serde_json::to_string(&body).map_err(|_| ApiError::local("response_invalid"))?;
    let response = fetch(Method::POST, "/auth/refresh", Some(&json), None).await?;
    decode(checked(response).await?).await
}

/// Signs in and stores the new session.
pub async fn sign_in(username: &str, password: &str) -> Result<Session, ApiError> {
    let body = LoginRequest {
        username: username.trim().to_owned(),
        password: password.to_owned(),
    };
    let json = serde_json::to_string(&body).map_err(|_| ApiError::local("response_invalid"))?;
    let response = fetch(Method::POST, "/auth/login", Some(&json), None).await?;
    let tokens: TokenResponse = decode(checked(response).await?).await?;

    let response = fetch(Method::GET, "/auth/me", None, Some(&tokens.access_token)).await?;
    let user: WhoAmI = decode(checked(response).await?).await?;
    let session = Session::from_tokens(tokens, user);
    session::save(&session);
    Ok(session)
}

/// Signs out: removes the session from every tab at once, and returns the request that revokes
/// its refresh token on the server.
///
/// The session is removed before the request runs, so the person is signed out even when the
/// tab closes or the server cannot be reached. An unrevoked refresh token expires on its own.
pub fn sign_out() -> impl std::future::Future<Output = ()> {
    let current = session::load();
    session::end(EndReason::SignedOut);
    async move {
        let Some(current) = current else {
            return;
        };
        let body = RefreshRequest {
            refresh_token: current.refresh_token,
        };
        if let Ok(json) = serde_json::to_string(&body) {
            let _ = fetch(Method::POST, "/auth/logout", Some(&json), None).await;
        }
    }
}

/// Encodes a value for a URL query, such as a search typed by a person.
pub fn query_value(value: &str) -> String {
    String::from(js_sys::encode_uri_component(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_with_field(code: &str, message: &str) -> ApiError {
        ApiError {
            status: 422,
            code: "validation_failed".into(),
            message: message.into(),
            fields: vec![FieldError {
                field: "tax_code".into(),
                code: code.into(),
                message: message.into(),
            }],
        }
    }

    #[test]
    fn english_shows_server_field_message() {
        let error = error_with_field("tax_code_invalid", "tax code \"1\" has 1 digits");
        assert_eq!(
            error.field_text("tax_code", Lang::En).as_deref(),
            Some("Tax code \"1\" has 1 digits.")
        );
        assert_eq!(error.field_text("phone", Lang::En), None);
    }

    #[test]
    fn vietnamese_translates_known_code() {
        let error = error_with_field("tax_code_invalid", "tax code \"1\" has 1 digits");
        assert_eq!(
            error.field_text("tax_code", Lang::Vi).as_deref(),
            Some("Mã số thuế không hợp lệ: kiểm tra lại từng chữ số.")
        );
        let unknown = error_with_field("brand_new_rule", "tax code breaks a new rule");
        assert_eq!(
            unknown.field_text("tax_code", Lang::Vi).as_deref(),
            Some("Tax code breaks a new rule.")
        );
    }

    #[test]
    fn unknown_code_falls_back_to_server_message() {
        let error = ApiError {
            status: 409,
            code: "tariff_exists".into(),
            message: "a tariff from 2026-01-01 exists".into(),
            fields: Vec::new(),
        };
        assert_eq!(error.text(Lang::Vi), "A tariff from 2026-01-01 exists.");
        let known = ApiError::local("network");
        assert!(known.text(Lang::Vi).starts_with("Không kết nối được"));
    }
}

//! Log lines carry the request id, role and scope, and never a password, token, tax code or
//! e-mail address. A test binary of its own, because it installs the global log subscriber.

use std::io::Write;
use std::sync::{Arc, Mutex};

use serde_json::json;

#[path = "api/common.rs"]
mod common;

/// A log destination that keeps everything written to it.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[actix_rt::test]
async fn logs_keep_secrets_out() {
    let captured = Captured::default();
    let writer = captured.clone();
    tracing_subscriber::fmt()
        .with_env_filter("debug,actix_server=warn,h2=warn")
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .init();

    let app = common::TestApp::start(common::Backend::Sqlite).await;
    let (username, password) = app.demo["unit"].clone();
    let tokens = app.login_tokens(&username, &password).await;
    let access = tokens["access_token"].as_str().unwrap().to_owned();
    let refresh = tokens["refresh_token"].as_str().unwrap().to_owned();
    let code = app.demo_unit();
    let (_, unit) = app
        .get(&format!("/api/v1/units/{code}"), Some(&access))
        .await;
    let mut details = common::complete_details(unit["version"].as_i64().unwrap());
    details["tax_code"] = json!("0304541338");
    let (status, _) = app
        .put(&format!("/api/v1/units/{code}"), Some(&access), &details)
        .await;
    assert_eq!(status, 422);
    details["tax_code"] = json!("0304541339");
    let (status, _) = app
        .put(&format!("/api/v1/units/{code}"), Some(&access), &details)
        .await;
    assert_eq!(status, 200);
    app.post(
        "/api/v1/auth/refresh",
        None,
        &json!({"refresh_token": refresh}),
    )
    .await;
    app.post(
        "/api/v1/auth/login",
        None,
        &json!({"username": username, "password": "wrong guess"}),
    )
    .await;

    let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        text.contains("request_id="),
        "request lines carry the request id"
    );
    assert!(
        text.contains("role=\"unit\""),
        "signed-in requests carry the role"
    );
    assert!(
        text.contains(&format!("scope=\"unit:{code}\"")),
        "signed-in requests carry the scope"
    );
    for secret in [
        password.as_str(),
        "wrong guess",
        &access,
        &refresh,
        "0304541338",
        "0304541339",
        "ketoan@example.edu.vn",
    ] {
        let leak = text.lines().find(|line| line.contains(secret));
        assert!(leak.is_none(), "a log line contains {secret:?}: {leak:?}");
    }
}

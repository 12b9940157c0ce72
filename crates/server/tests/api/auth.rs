//! Sign-in, refresh rotation, sign-out, password change and accounts.

use actix_web::http::StatusCode;
use serde_json::json;

use crate::common::{self, TestApp};
use crate::on_both_backends;

async fn demo_sign_in(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    for (role, unit_code, office) in [
        ("centre", false, false),
        ("district", false, true),
        ("unit", true, false),
    ] {
        let token = app.token(role).await;
        let (status, me) = app.get("/api/v1/auth/me", Some(&token)).await;
        assert_eq!(status, 200, "{me}");
        assert_eq!(me["role"], role);
        assert_eq!(me["unit_code"].is_string(), unit_code);
        assert_eq!(me["office_id"].is_i64(), office);
    }
    let (username, _) = app.demo["centre"].clone();
    let (status, error) = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({"username": username, "password": "wrong password"}),
        )
        .await;
    assert_eq!(status, 401);
    assert_eq!(error["error"]["code"], "invalid_credentials");
    let (status, unknown) = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({"username": "nobody", "password": "wrong password"}),
        )
        .await;
    assert_eq!(status, 401);
    assert_eq!(unknown, error);
}
on_both_backends!(demo_accounts_sign_in, demo_sign_in);

async fn refresh_rotation(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let (username, password) = app.demo["unit"].clone();
    let tokens = app.login_tokens(&username, &password).await;
    assert_eq!(tokens["token_type"], "Bearer");
    assert_eq!(tokens["expires_in"], 900);
    let first = tokens["refresh_token"].as_str().unwrap().to_owned();

    let (status, rotated) = app
        .post(
            "/api/v1/auth/refresh",
            None,
            &json!({"refresh_token": first}),
        )
        .await;
    assert_eq!(status, 200, "{rotated}");
    let second = rotated["refresh_token"].as_str().unwrap().to_owned();
    assert_ne!(first, second);
    let (status, reused) = app
        .post(
            "/api/v1/auth/refresh",
            None,
            &json!({"refresh_token": first}),
        )
        .await;
    assert_eq!(status, 401);
    assert_eq!(reused["error"]["code"], "refresh_token_invalid");

    let (status, _) = app
        .post(
            "/api/v1/auth/logout",
            None,
            &json!({"refresh_token": second}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = app
        .post(
            "/api/v1/auth/refresh",
            None,
            &json!({"refresh_token": second}),
        )
        .await;
    assert_eq!(status, 401);
}
on_both_backends!(refresh_token_rotates, refresh_rotation);

async fn password_change(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let (username, password) = app.demo["unit"].clone();
    let tokens = app.login_tokens(&username, &password).await;
    let access = tokens["access_token"].as_str().unwrap();
    let refresh = tokens["refresh_token"].as_str().unwrap();

    let weak = json!({"current_password": password, "new_password": "short"});
    let (status, error) = app.post("/api/v1/auth/password", Some(access), &weak).await;
    assert_eq!(status, 422);
    assert_eq!(error["error"]["fields"][0]["field"], "new_password");
    let wrong =
        json!({"current_password": "not it at all", "new_password": "a much better password"});
    let (status, error) = app
        .post("/api/v1/auth/password", Some(access), &wrong)
        .await;
    assert_eq!(status, 422);
    assert_eq!(error["error"]["fields"][0]["field"], "current_password");

    let change = json!({"current_password": password, "new_password": "a much better password"});
    let (status, _) = app
        .post("/api/v1/auth/password", Some(access), &change)
        .await;
    assert_eq!(status, 204);
    let (status, _) = app
        .post(
            "/api/v1/auth/refresh",
            None,
            &json!({"refresh_token": refresh}),
        )
        .await;
    assert_eq!(status, 401, "a password change revokes refresh tokens");
    let (status, _) = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({"username": username, "password": password}),
        )
        .await;
    assert_eq!(status, 401);
    app.login_tokens(&username, "a much better password").await;
}
on_both_backends!(password_change_revokes_sessions, password_change);

async fn bad_tokens(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let (status, error) = app.get("/api/v1/auth/me", None).await;
    assert_eq!(status, 401);
    assert_eq!(error["error"]["code"], "sign_in_required");
    let (status, error) = app.get("/api/v1/auth/me", Some("not.a.jwt")).await;
    assert_eq!(status, 401);
    assert_eq!(error["error"]["code"], "token_invalid");
    let forged = hopdong::auth::TokenKeys::from_secret(b"some other secret of enough length!!")
        .issue(1, &hopdong_store::Scope::Centre, 0)
        .unwrap();
    let (status, _) = app.get("/api/v1/auth/me", Some(&forged)).await;
    assert_eq!(status, 401);
}
on_both_backends!(invalid_tokens_are_401, bad_tokens);

async fn account_admin(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let centre = app.token("centre").await;
    let request = json!({"username": "thpt-trung-vuong", "role": "unit", "unit_code": "79760001"});
    let (status, created) = app.post("/api/v1/accounts", Some(&centre), &request).await;
    assert_eq!(status, 201, "{created}");
    let password = created["password"].as_str().unwrap().to_owned();
    let id = created["account"]["id"].as_i64().unwrap();
    assert!(created["account"].get("password_hash").is_none());
    let (status, taken) = app.post("/api/v1/accounts", Some(&centre), &request).await;
    assert_eq!(status, 409, "{taken}");
    let mismatched = json!({"username": "someone", "role": "district", "unit_code": "79760001"});
    let (status, error) = app
        .post("/api/v1/accounts", Some(&centre), &mismatched)
        .await;
    assert_eq!(status, 422, "{error}");
    let no_unit = json!({"username": "someone", "role": "unit", "unit_code": "79769999"});
    let (status, error) = app.post("/api/v1/accounts", Some(&centre), &no_unit).await;
    assert_eq!(status, 422, "{error}");

    let tokens = app.login_tokens("thpt-trung-vuong", &password).await;
    let access = tokens["access_token"].as_str().unwrap().to_owned();
    let (status, disabled) = app
        .post(
            &format!("/api/v1/accounts/{id}/disable"),
            Some(&centre),
            &json!({}),
        )
        .await;
    assert_eq!(status, 200, "{disabled}");
    assert_eq!(disabled["disabled"], true);
    let (status, _) = app.get("/api/v1/auth/me", Some(&access)).await;
    assert_eq!(
        status, 401,
        "a disabled account's access token stops working"
    );
    let (status, _) = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({"username": "thpt-trung-vuong", "password": password}),
        )
        .await;
    assert_eq!(status, 401);
    let refresh = tokens["refresh_token"].as_str().unwrap();
    let (status, _) = app
        .post(
            "/api/v1/auth/refresh",
            None,
            &json!({"refresh_token": refresh}),
        )
        .await;
    assert_eq!(status, 401);

    let (status, _) = app
        .post(
            &format!("/api/v1/accounts/{id}/enable"),
            Some(&centre),
            &json!({}),
        )
        .await;
    assert_eq!(status, 200);
    let (status, reset) = app
        .post(
            &format!("/api/v1/accounts/{id}/reset-password"),
            Some(&centre),
            &json!({}),
        )
        .await;
    assert_eq!(status, 200, "{reset}");
    let new_password = reset["password"].as_str().unwrap();
    assert_ne!(new_password, password);
    app.login_tokens("thpt-trung-vuong", new_password).await;
    let (status, _) = app
        .post("/api/v1/accounts/99999/disable", Some(&centre), &json!({}))
        .await;
    assert_eq!(status, 404);
    let (_, list) = app.get("/api/v1/accounts", Some(&centre)).await;
    assert_eq!(list["accounts"].as_array().unwrap().len(), 4);
}
on_both_backends!(centre_manages_accounts, account_admin);

async fn sign_in_limit(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let (username, password) = app.demo["district"].clone();
    let wrong = json!({"username": username, "password": "not the password"});
    for _ in 0..hopdong::auth::limiter::MAX_FAILURES {
        let (status, _) = app.post("/api/v1/auth/login", None, &wrong).await;
        assert_eq!(status, 401);
    }
    let right = json!({"username": username, "password": password});
    let (status, error) = app.post("/api/v1/auth/login", None, &right).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{error}");
    assert_eq!(error["error"]["code"], "too_many_attempts");
    // Other accounts from the same address are not affected.
    app.token("centre").await;
}
on_both_backends!(repeated_failures_block_sign_in, sign_in_limit);

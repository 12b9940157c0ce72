//! `openapi.yaml` at the top of the repository must equal the document built from the code.

use std::path::PathBuf;

fn committed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../openapi.yaml")
}

#[test]
fn openapi_yaml_matches_code() {
    let generated = hopdong::openapi::yaml();
    let path = committed_path();
    if std::env::var_os("UPDATE_OPENAPI").is_some() {
        std::fs::write(&path, &generated).expect("write openapi.yaml");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "openapi.yaml is out of date with the code; regenerate it with \
         `cargo run -p hopdong -- openapi > openapi.yaml` (or UPDATE_OPENAPI=1 cargo test)"
    );
}

#[test]
fn every_operation_is_documented() {
    let document: serde_json::Value =
        serde_json::to_value(<hopdong::openapi::ApiDoc as utoipa::OpenApi>::openapi()).unwrap();
    let mut operations = 0;
    for (path, item) in document["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            operations += 1;
            let name = format!("{method} {path}");
            assert!(
                operation["operationId"].is_string(),
                "{name} has no operation id"
            );
            assert!(
                operation["tags"].as_array().is_some_and(|t| !t.is_empty()),
                "{name} has no tag"
            );
            let public = [
                "/healthz",
                "/readyz",
                "/api/v1/auth/login",
                "/api/v1/auth/refresh",
                "/api/v1/auth/logout",
                "/api/v1/units/{code}/lookup",
                "/api/v1/tariffs",
                "/api/v1/areas",
            ];
            let needs_token = !(public.contains(&path.as_str()) && method == "get"
                || matches!(
                    path.as_str(),
                    "/api/v1/auth/login" | "/api/v1/auth/refresh" | "/api/v1/auth/logout"
                ));
            if needs_token {
                assert!(
                    operation["security"].is_array(),
                    "{name} does not declare its security"
                );
                assert!(
                    operation["responses"]["401"].is_object(),
                    "{name} does not document 401"
                );
            }
        }
    }
    assert_eq!(operations, 33);
}

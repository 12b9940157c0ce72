//! The server serves the built web app: precompressed assets, and the app page for client-side
//! routes, while the API keeps its JSON errors.

use crate::common::{config_for, Backend, TestDb};

#[actix_rt::test]
async fn web_app_is_served() {
    let db = TestDb::new(Backend::Sqlite);
    let dist = db.dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(
        dist.join("index.html"),
        "<!doctype html><title>hopdong</title>",
    )
    .unwrap();
    std::fs::write(dist.join("app-1a2b.wasm"), b"\0asm plain").unwrap();
    std::fs::write(dist.join("app-1a2b.wasm.br"), b"brotli bytes").unwrap();
    std::fs::write(dist.join("app-1a2b.js"), "export {}").unwrap();
    let mut config = config_for(&db);
    config.static_dir = Some(dist);
    let (state, _) = actix_web::web::block(move || hopdong::prepare(config, false))
        .await
        .unwrap()
        .unwrap();
    let server = actix_test::start(move || hopdong::app::build(state.clone()));

    let mut page = server.get("/units/79760118").send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert_eq!(page.headers().get("cache-control").unwrap(), "no-cache");
    let body = page.body().await.unwrap();
    assert!(String::from_utf8_lossy(&body).contains("<title>hopdong</title>"));

    let mut wasm = server
        .get("/app-1a2b.wasm")
        .no_decompress()
        .insert_header(("Accept-Encoding", "gzip, deflate, br"))
        .send()
        .await
        .unwrap();
    assert_eq!(wasm.status(), 200);
    assert_eq!(wasm.headers().get("content-encoding").unwrap(), "br");
    assert_eq!(
        wasm.headers().get("content-type").unwrap(),
        "application/wasm"
    );
    assert!(wasm
        .headers()
        .get("cache-control")
        .unwrap()
        .to_str()
        .unwrap()
        .contains("immutable"));
    assert_eq!(wasm.body().await.unwrap().as_ref(), b"brotli bytes");

    let mut plain = server
        .get("/app-1a2b.js")
        .insert_header(("Accept-Encoding", "identity"))
        .send()
        .await
        .unwrap();
    assert_eq!(plain.status(), 200);
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(plain.body().await.unwrap().as_ref(), b"export {}");

    let missing = server.get("/other-9z.js").send().await.unwrap();
    assert_eq!(missing.status(), 404);
    let traversal = server.get("/..%2F..%2Fetc%2Fpasswd").send().await.unwrap();
    assert_eq!(
        traversal.status(),
        200,
        "unknown paths get the app page, never a file"
    );

    let mut api = server.get("/api/v1/no-such-route").send().await.unwrap();
    assert_eq!(api.status(), 404);
    let error: serde_json::Value = api.json().await.unwrap();
    assert_eq!(error["error"]["code"], "route_not_found");
}

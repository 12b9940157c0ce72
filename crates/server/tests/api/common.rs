//! Test harness: a real server on a loopback port over a fresh SQLite file or a fresh
//! PostgreSQL database, seeded with the city's data.

#![allow(
    dead_code,
    reason = "each test file uses a different part of the harness"
)]

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};

use actix_web::http::{Method, StatusCode};
use diesel::{Connection, PgConnection, RunQueryDsl};
use hopdong::config::Config;
use hopdong::state::AppState;
use serde_json::Value;

/// Which database a test runs against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The PostgreSQL server tests create their databases on.
pub fn postgres_admin_url() -> String {
    std::env::var("TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned())
}

/// A database that exists for one test and is removed afterwards.
pub struct TestDb {
    pub url: String,
    pub dir: tempfile::TempDir,
    postgres_name: Option<String>,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

impl TestDb {
    pub fn new(backend: Backend) -> TestDb {
        let dir = tempfile::tempdir().expect("temporary folder");
        match backend {
            Backend::Sqlite => TestDb {
                url: dir
                    .path()
                    .join("test.sqlite")
                    .to_string_lossy()
                    .into_owned(),
                dir,
                postgres_name: None,
            },
            Backend::Postgres => {
                let admin = postgres_admin_url();
                let mut conn = PgConnection::establish(&admin).unwrap_or_else(|error| {
                    panic!(
                        "\n\n*** PostgreSQL is not reachable at {admin}: {error}\n*** The \
                         PostgreSQL half of the test suite cannot run. Start PostgreSQL or set \
                         TEST_DATABASE_URL to a server where this user may create databases.\n\n"
                    )
                });
                let name = format!(
                    "hopdong_test_{}_{}_{}",
                    std::process::id(),
                    COUNTER.fetch_add(1, Ordering::SeqCst),
                    rand_suffix()
                );
                diesel::sql_query(format!("CREATE DATABASE {name}"))
                    .execute(&mut conn)
                    .expect("create test database");
                let base = admin
                    .rsplit_once('/')
                    .map(|(base, _)| base)
                    .unwrap_or(&admin);
                TestDb {
                    url: format!("{base}/{name}"),
                    dir,
                    postgres_name: Some(name),
                }
            }
        }
    }
}

fn rand_suffix() -> u32 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    nanos % 100_000
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(name) = &self.postgres_name {
            if let Ok(mut conn) = PgConnection::establish(&postgres_admin_url()) {
                let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(&mut conn);
            }
        }
    }
}

/// A running server with the city's data and the demo accounts.
pub struct TestApp {
    pub server: actix_test::TestServer,
    pub state: AppState,
    /// username → password of the demo accounts, by role name.
    pub demo: HashMap<String, (String, String)>,
    pub db: TestDb,
}

pub fn config_for(db: &TestDb) -> Config {
    Config {
        database_url: db.url.clone(),
        bind: "127.0.0.1:0".to_owned(),
        data_dir: db.dir.path().to_path_buf(),
        jwt_secret: b"test secret that is long enough for HS256 signing".to_vec(),
        province_prefix: "79".to_owned(),
        expiring_window_days: 60,
        static_dir: None,
    }
}

impl TestApp {
    pub async fn start(backend: Backend) -> TestApp {
        let db = TestDb::new(backend);
        let config = config_for(&db);
        let (state, report) = actix_web::web::block(move || hopdong::prepare(config, true))
            .await
            .expect("blocking pool")
            .expect("prepare the server");
        let demo = report
            .demo_accounts
            .into_iter()
            .map(|(role, username, password)| (role, (username, password)))
            .collect();
        let app_state = state.clone();
        let server = actix_test::start(move || hopdong::app::build(app_state.clone()));
        TestApp {
            server,
            state,
            demo,
            db,
        }
    }

    /// Sends a request and returns the status and the JSON body (`Null` when empty).
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> (StatusCode, Value) {
        let mut request = self.server.request(method, self.server.url(path));
        if let Some(token) = token {
            request = request.insert_header(("Authorization", format!("Bearer {token}")));
        }
        let mut response = match body {
            Some(body) => request.send_json(body).await.expect("send request"),
            None => request.send().await.expect("send request"),
        };
        let status = response.status();
        let bytes = response
            .body()
            .limit(10 * 1024 * 1024)
            .await
            .expect("read body");
        let value = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap_or_else(|_| {
                panic!(
                    "{path}: response is not JSON: {}",
                    String::from_utf8_lossy(&bytes)
                )
            })
        };
        (status, value)
    }

    /// Sends raw bytes with a content type, for malformed-input tests.
    pub async fn raw(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        content_type: &str,
        body: Vec<u8>,
    ) -> (StatusCode, Value) {
        let mut request = self
            .server
            .request(method, self.server.url(path))
            .insert_header(("Content-Type", content_type.to_owned()));
        if let Some(token) = token {
            request = request.insert_header(("Authorization", format!("Bearer {token}")));
        }
        let mut response = request.send_body(body).await.expect("send request");
        let status = response.status();
        let bytes = response.body().await.expect("read body");
        let value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        (status, value)
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> (StatusCode, Value) {
        self.call(Method::GET, path, token, None).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: &Value) -> (StatusCode, Value) {
        self.call(Method::POST, path, token, Some(body)).await
    }

    pub async fn put(&self, path: &str, token: Option<&str>, body: &Value) -> (StatusCode, Value) {
        self.call(Method::PUT, path, token, Some(body)).await
    }

    /// Signs in and returns the whole token response.
    pub async fn login_tokens(&self, username: &str, password: &str) -> Value {
        let (status, body) = self
            .post(
                "/api/v1/auth/login",
                None,
                &serde_json::json!({"username": username, "password": password}),
            )
            .await;
        assert_eq!(
            status,
            StatusCode::OK,
            "sign-in of {username} failed: {body}"
        );
        body
    }

    /// Signs in as a demo account (`centre`, `district` or `unit`) and returns its access token.
    pub async fn token(&self, role: &str) -> String {
        let (username, password) = self.demo.get(role).expect("demo account").clone();
        let tokens = self.login_tokens(&username, &password).await;
        tokens["access_token"]
            .as_str()
            .expect("access token")
            .to_owned()
    }

    /// The unit code of the demo unit account.
    pub fn demo_unit(&self) -> String {
        self.demo["unit"].0.clone()
    }
}

/// Details that pass every check, for units that must submit.
pub fn complete_details(version: i64) -> Value {
    serde_json::json!({
        "version": version,
        "address": "3 Nguyễn Bỉnh Khiêm, Phường Bến Nghé, Quận 1",
        "phone": "028 3829 1234",
        "invoice_email": "ketoan@example.edu.vn",
        "tax_code": "0304541339",
        "representative": "Nguyễn Văn A",
        "representative_title": "Giám đốc",
        "account_number": "3713.0.1054321",
        "account_bank": "Kho bạc Nhà nước Quận 1",
        "website": "https://example.edu.vn"
    })
}

/// Declares one async test body to run on SQLite and on PostgreSQL.
#[macro_export]
macro_rules! on_both_backends {
    ($name:ident, $body:ident) => {
        mod $name {
            use super::*;

            #[actix_rt::test]
            async fn sqlite() {
                $body(common::Backend::Sqlite).await;
            }

            #[actix_rt::test]
            async fn postgres() {
                $body(common::Backend::Postgres).await;
            }
        }
    };
}

//! SQLite connections from the pool run in WAL mode with foreign keys enforced.

use diesel::sql_types::{BigInt, Text};
use diesel::{QueryableByName, RunQueryDsl};
use hopdong_store::{DbConnection, Store, StoreError};

#[derive(QueryableByName)]
struct JournalMode {
    #[diesel(sql_type = Text)]
    journal_mode: String,
}

#[derive(QueryableByName)]
struct ForeignKeys {
    #[diesel(sql_type = BigInt)]
    foreign_keys: i64,
}

#[test]
fn pooled_connections_use_wal_and_foreign_keys() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("test.sqlite").to_str().unwrap()).unwrap();
    for _ in 0..3 {
        let mut pooled = store.conn().unwrap();
        let DbConnection::Sqlite(conn) = &mut *pooled else {
            panic!("a file path opens SQLite");
        };
        let mode = diesel::sql_query("PRAGMA journal_mode")
            .get_result::<JournalMode>(conn)
            .unwrap();
        assert_eq!(mode.journal_mode, "wal");
        let keys = diesel::sql_query("PRAGMA foreign_keys")
            .get_result::<ForeignKeys>(conn)
            .unwrap();
        assert_eq!(keys.foreign_keys, 1);
    }
}

#[test]
fn foreign_keys_reject_unknown_area() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("test.sqlite").to_str().unwrap()).unwrap();
    let unit = hopdong_store::units::NewUnit {
        code: "79760001".into(),
        name: "THPT Trưng Vương".into(),
        area_code: "999".into(),
        office_id: None,
    };
    let result = store.write(|conn| hopdong_store::units::insert_unit(conn, &unit));
    assert!(
        matches!(result, Err(StoreError::MissingReference(_))),
        "{result:?}"
    );
}

#[test]
fn unreadable_file_fails_with_its_path() {
    let error = Store::open("/nonexistent-folder/db.sqlite")
        .err()
        .expect("open fails");
    assert!(
        error.to_string().contains("/nonexistent-folder/db.sqlite"),
        "{error}"
    );
}

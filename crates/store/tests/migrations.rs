//! Every migration's `down.sql` undoes its `up.sql`, on both backends.

use diesel::{Connection, PgConnection, RunQueryDsl, SqliteConnection};
use diesel_migrations::MigrationHarness;
use hopdong_store::{migrations, Backend, DbConnection, Store};

fn round_trip(conn: &mut DbConnection, backend: Backend) {
    let applied = conn
        .run_pending_migrations(migrations(backend))
        .unwrap()
        .len();
    assert!(applied > 0);
    let reverted = conn
        .revert_all_migrations(migrations(backend))
        .unwrap()
        .len();
    assert_eq!(reverted, applied);
    // Applying again after a full revert proves the down scripts left nothing behind.
    assert_eq!(
        conn.run_pending_migrations(migrations(backend))
            .unwrap()
            .len(),
        applied
    );
}

#[test]
fn sqlite_migrations_revert_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("test.sqlite");
    let mut conn =
        DbConnection::Sqlite(SqliteConnection::establish(path.to_str().unwrap()).unwrap());
    round_trip(&mut conn, Backend::Sqlite);
}

#[test]
fn postgres_migrations_revert_cleanly() {
    let admin = std::env::var("TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
    let mut server = PgConnection::establish(&admin).unwrap_or_else(|error| {
        panic!("\n\n*** PostgreSQL is not reachable at {admin}: {error}\n*** Start it or set TEST_DATABASE_URL.\n\n")
    });
    let name = format!("hopdong_store_test_{}", std::process::id());
    diesel::sql_query(format!("DROP DATABASE IF EXISTS {name}"))
        .execute(&mut server)
        .unwrap();
    diesel::sql_query(format!("CREATE DATABASE {name}"))
        .execute(&mut server)
        .unwrap();
    let base = admin.rsplit_once('/').map(|(base, _)| base).unwrap();
    let url = format!("{base}/{name}");
    {
        let mut conn = DbConnection::Postgres(PgConnection::establish(&url).unwrap());
        round_trip(&mut conn, Backend::Postgres);
        // The store opens the migrated database without finding anything pending.
        Store::open(&url).unwrap().ready().unwrap();
    }
    diesel::sql_query(format!("DROP DATABASE {name} WITH (FORCE)"))
        .execute(&mut server)
        .unwrap();
}

//! Storage for hopdong: one set of diesel queries over SQLite and PostgreSQL.
//!
//! Every query that reads or changes a unit's data takes the caller's [`Scope`] and puts it in
//! its `WHERE` clause, so an object outside the scope is indistinguishable from a missing one.

pub mod accounts;
pub mod areas;
pub mod contracts;
mod error;
pub mod schema;
mod scope;
pub mod tariffs;
pub mod units;

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool, PooledConnection};
use diesel::{Connection, PgConnection, SqliteConnection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

pub use diesel::result::Error as DieselError;
pub use error::StoreError;
pub use scope::Scope;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations/postgres");

/// A connection to either backend; the queries in this crate are written once against it.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgres(PgConnection),
    // SQLite accepts any path, so it must come last: establishing tries the variants in order.
    Sqlite(SqliteConnection),
}

/// Returns the migrations embedded for `backend`.
pub fn migrations(backend: Backend) -> EmbeddedMigrations {
    match backend {
        Backend::Sqlite => SQLITE_MIGRATIONS,
        Backend::Postgres => POSTGRES_MIGRATIONS,
    }
}

/// The database engine behind a [`Store`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// Picks the backend from a connection URL: `postgres://` or `postgresql://` means
    /// PostgreSQL, anything else is a SQLite file path (an optional `sqlite://` prefix is removed).
    pub fn from_url(url: &str) -> (Backend, String) {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            (Backend::Postgres, url.to_owned())
        } else {
            let path = url.strip_prefix("sqlite://").unwrap_or(url);
            (Backend::Sqlite, path.to_owned())
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

#[derive(Debug)]
struct SqlitePragmas;

impl CustomizeConnection<DbConnection, diesel::r2d2::Error> for SqlitePragmas {
    fn on_acquire(&self, conn: &mut DbConnection) -> Result<(), diesel::r2d2::Error> {
        if let DbConnection::Sqlite(conn) = conn {
            conn.batch_execute(
                "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; \
                 PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;",
            )
            .map_err(diesel::r2d2::Error::QueryError)?;
        }
        Ok(())
    }
}

/// A pooled connection handed to query functions.
pub type Conn = PooledConnection<ConnectionManager<DbConnection>>;

/// The pool and what a caller needs to run work on it.
#[derive(Clone)]
pub struct Store {
    pool: Pool<ConnectionManager<DbConnection>>,
    backend: Backend,
    // SQLite allows one writer at a time. A read transaction that tries to become a write
    // transaction fails at once instead of waiting, so each write transaction takes this lock
    // first and writers inside the process queue up.
    sqlite_writer: Option<Arc<Mutex<()>>>,
}

impl Store {
    /// Opens a pool on `url`, applies pending migrations and returns the store.
    pub fn open(url: &str) -> Result<Store, StoreError> {
        let (backend, target) = Backend::from_url(url);
        if backend == Backend::Sqlite {
            // Fail early with the driver's own message instead of a pool time-out.
            let mut probe = SqliteConnection::establish(&target).map_err(|e| {
                StoreError::Connect(format!("cannot open SQLite file {target}: {e}"))
            })?;
            probe
                .batch_execute("PRAGMA journal_mode = WAL;")
                .map_err(|e| StoreError::Connect(format!("cannot switch {target} to WAL: {e}")))?;
        } else {
            PgConnection::establish(&target)
                .map_err(|e| StoreError::Connect(format!("cannot connect to PostgreSQL: {e}")))?;
        }
        let manager = ConnectionManager::<DbConnection>::new(target);
        let pool = Pool::builder()
            .max_size(match backend {
                Backend::Sqlite => 8,
                Backend::Postgres => 16,
            })
            .connection_timeout(Duration::from_secs(10))
            .connection_customizer(Box::new(SqlitePragmas))
            .build(manager)
            .map_err(|e| StoreError::Connect(e.to_string()))?;
        let store = Store {
            pool,
            backend,
            sqlite_writer: (backend == Backend::Sqlite).then(|| Arc::new(Mutex::new(()))),
        };
        store.migrate()?;
        Ok(store)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Takes a connection from the pool.
    pub fn conn(&self) -> Result<Conn, StoreError> {
        self.pool.get().map_err(|e| StoreError::Pool(e.to_string()))
    }

    fn migrate(&self) -> Result<(), StoreError> {
        let mut conn = self.conn()?;
        let migrations = migrations(self.backend);
        conn.run_pending_migrations(migrations)
            .map_err(|e| StoreError::Migration(e.to_string()))?;
        Ok(())
    }

    /// Checks that the database is reachable and every embedded migration has been applied.
    pub fn ready(&self) -> Result<(), StoreError> {
        let mut conn = self.conn()?;
        let migrations = migrations(self.backend);
        let pending = conn
            .pending_migrations(migrations)
            .map_err(|e| StoreError::Migration(e.to_string()))?;
        if pending.is_empty() {
            Ok(())
        } else {
            Err(StoreError::Migration(format!(
                "{} migrations are not applied",
                pending.len()
            )))
        }
    }

    /// Writes a consistent copy of a SQLite database to `target`, which must not exist yet.
    /// Readers and writers carry on meanwhile: `VACUUM INTO` reads one snapshot.
    pub fn backup_sqlite(&self, target: &std::path::Path) -> Result<(), StoreError> {
        if self.backend != Backend::Sqlite {
            return Err(StoreError::Connect(
                "backup copies SQLite files only; back PostgreSQL up with pg_dump".to_owned(),
            ));
        }
        if target.exists() {
            return Err(StoreError::Connect(format!(
                "{} already exists; choose a new file name",
                target.display()
            )));
        }
        let path = target.to_string_lossy().replace('\'', "''");
        let mut conn = self.conn()?;
        conn.batch_execute(&format!("VACUUM INTO '{path}'"))?;
        Ok(())
    }

    /// Runs `work` in one transaction that may write, rolling back when it returns an error.
    pub fn write<T, E, F>(&self, work: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, E>,
        E: From<StoreError> + From<diesel::result::Error>,
    {
        let _guard = self.lock_writer();
        let mut pooled = self.conn()?;
        let conn: &mut DbConnection = &mut pooled;
        conn.transaction(work)
    }

    /// Runs `work` on one connection without a write lock, for reads.
    pub fn read<T, E, F>(&self, work: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, E>,
        E: From<StoreError>,
    {
        let mut conn = self.conn()?;
        work(&mut conn)
    }

    fn lock_writer(&self) -> Option<MutexGuard<'_, ()>> {
        self.sqlite_writer
            .as_ref()
            // A panic in another writer leaves no half-done transaction behind (diesel rolls it
            // back), so a poisoned lock is still safe to take.
            .map(|lock| lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner()))
    }
}

/// Returns the current instant in UTC, as stored in `TIMESTAMP` columns.
pub fn now_utc() -> time::PrimitiveDateTime {
    let now = time::OffsetDateTime::now_utc();
    time::PrimitiveDateTime::new(now.date(), now.time())
}

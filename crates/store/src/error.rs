//! Errors from the storage layer, in terms the API can map to responses.

use diesel::result::{DatabaseErrorKind, Error as DieselError};

/// The failure of a storage call.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The row does not exist, or exists outside the caller's scope.
    #[error("not found")]
    NotFound,
    /// A unique constraint was violated; `constraint` names it where the driver reports it.
    #[error("unique constraint violated: {constraint}")]
    Duplicate { constraint: String },
    /// A foreign key points at a row that does not exist.
    #[error("reference to a missing row: {0}")]
    MissingReference(String),
    /// The row changed since the caller read it.
    #[error("the row was changed by someone else (now at version {current})")]
    VersionConflict { current: i64 },
    /// A stored value that this version of the code does not recognise.
    #[error("unreadable row: {0}")]
    Corrupt(String),
    #[error("cannot connect to the database: {0}")]
    Connect(String),
    #[error("no database connection available: {0}")]
    Pool(String),
    #[error("migrations failed: {0}")]
    Migration(String),
    #[error("database error: {0}")]
    Database(DieselError),
}

impl From<DieselError> for StoreError {
    fn from(error: DieselError) -> Self {
        match error {
            DieselError::NotFound => StoreError::NotFound,
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
                let constraint = info
                    .constraint_name()
                    .map(str::to_owned)
                    .unwrap_or_else(|| info.message().to_owned());
                StoreError::Duplicate { constraint }
            }
            DieselError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, info) => {
                StoreError::MissingReference(info.message().to_owned())
            }
            other => StoreError::Database(other),
        }
    }
}

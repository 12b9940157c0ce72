//! Accounts (users) and their refresh tokens.

use diesel::prelude::*;
use time::PrimitiveDateTime;

use crate::schema::{refresh_tokens, users};
use crate::{DbConnection, Scope, StoreError};

/// An account as stored. Exactly one scope column is set, as the role requires.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct UserRow {
    pub id: i64,
    pub username: String,
    pub password_hash: String,
    pub role: String,
    pub unit_code: Option<String>,
    pub office_id: Option<i64>,
    pub disabled: bool,
    pub created_at: PrimitiveDateTime,
    /// When the password last changed; access tokens issued before it are no longer accepted.
    pub password_changed_at: Option<PrimitiveDateTime>,
}

impl UserRow {
    /// Returns the scope of this account's role, or `None` when the row breaks the one-scope rule.
    pub fn scope(&self) -> Option<Scope> {
        match (self.role.as_str(), &self.unit_code, self.office_id) {
            ("unit", Some(code), None) => Some(Scope::Unit(code.clone())),
            ("district", None, Some(office)) => Some(Scope::District(office)),
            ("centre", None, None) => Some(Scope::Centre),
            _ => None,
        }
    }
}

/// An account to create; `password_hash` is already an argon2id PHC string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    pub username: String,
    pub password_hash: String,
    pub scope: Scope,
}

/// Inserts an account and returns it. A taken username is [`StoreError::Duplicate`].
pub fn insert_user(conn: &mut DbConnection, user: &NewUser) -> Result<UserRow, StoreError> {
    let (role, unit_code, office_id) = match &user.scope {
        Scope::Unit(code) => ("unit", Some(code.as_str()), None),
        Scope::District(office) => ("district", None, Some(*office)),
        Scope::Centre => ("centre", None, None),
    };
    diesel::insert_into(users::table)
        .values((
            users::username.eq(&user.username),
            users::password_hash.eq(&user.password_hash),
            users::role.eq(role),
            users::unit_code.eq(unit_code),
            users::office_id.eq(office_id),
            users::disabled.eq(false),
            users::created_at.eq(crate::now_utc()),
        ))
        .execute(conn)?;
    find_by_username(conn, &user.username)?.ok_or(StoreError::NotFound)
}

pub fn find_by_username(
    conn: &mut DbConnection,
    username: &str,
) -> Result<Option<UserRow>, StoreError> {
    Ok(users::table
        .filter(users::username.eq(username))
        .select(UserRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn find_user(conn: &mut DbConnection, id: i64) -> Result<Option<UserRow>, StoreError> {
    Ok(users::table
        .find(id)
        .select(UserRow::as_select())
        .first(conn)
        .optional()?)
}

/// Lists every account, ordered by username.
pub fn list_users(conn: &mut DbConnection) -> Result<Vec<UserRow>, StoreError> {
    Ok(users::table
        .order(users::username)
        .select(UserRow::as_select())
        .load(conn)?)
}

pub fn count_users(conn: &mut DbConnection) -> Result<i64, StoreError> {
    Ok(users::table.count().get_result(conn)?)
}

/// Enables or disables account `id`; returns the updated row.
pub fn set_disabled(
    conn: &mut DbConnection,
    id: i64,
    disabled: bool,
) -> Result<UserRow, StoreError> {
    let changed = diesel::update(users::table.find(id))
        .set(users::disabled.eq(disabled))
        .execute(conn)?;
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    find_user(conn, id)?.ok_or(StoreError::NotFound)
}

/// Replaces the password hash of account `id` and records when, which ends its access tokens.
pub fn set_password_hash(conn: &mut DbConnection, id: i64, hash: &str) -> Result<(), StoreError> {
    let changed = diesel::update(users::table.find(id))
        .set((
            users::password_hash.eq(hash),
            users::password_changed_at.eq(crate::now_utc()),
        ))
        .execute(conn)?;
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// A stored refresh token; only the SHA-256 of the token is kept.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = refresh_tokens)]
pub struct RefreshTokenRow {
    pub id: i64,
    pub user_id: i64,
    pub token_hash: String,
    pub expires_at: PrimitiveDateTime,
    pub revoked_at: Option<PrimitiveDateTime>,
    pub created_at: PrimitiveDateTime,
}

pub fn insert_refresh_token(
    conn: &mut DbConnection,
    user_id: i64,
    token_hash: &str,
    expires_at: PrimitiveDateTime,
) -> Result<(), StoreError> {
    diesel::insert_into(refresh_tokens::table)
        .values((
            refresh_tokens::user_id.eq(user_id),
            refresh_tokens::token_hash.eq(token_hash),
            refresh_tokens::expires_at.eq(expires_at),
            refresh_tokens::created_at.eq(crate::now_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn find_refresh_token(
    conn: &mut DbConnection,
    token_hash: &str,
) -> Result<Option<RefreshTokenRow>, StoreError> {
    Ok(refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(token_hash))
        .select(RefreshTokenRow::as_select())
        .first(conn)
        .optional()?)
}

/// Revokes one refresh token if it is not revoked yet, and returns whether this call revoked it.
///
/// Two requests racing to rotate the same token both reach this line, and only one gets `true`.
pub fn revoke_refresh_token(conn: &mut DbConnection, id: i64) -> Result<bool, StoreError> {
    let changed = diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::id.eq(id))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(crate::now_utc()))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Revokes every live refresh token of account `user_id`.
pub fn revoke_all_refresh_tokens(
    conn: &mut DbConnection,
    user_id: i64,
) -> Result<usize, StoreError> {
    Ok(diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::user_id.eq(user_id))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(crate::now_utc()))
    .execute(conn)?)
}

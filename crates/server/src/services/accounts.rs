//! Accounts, managed by the Centre: create, list, disable, enable, reset a password.

use hopdong_api_types::{AccountView, AccountWithPassword, CreateAccountRequest};
use hopdong_domain::Role;
use hopdong_store::accounts::{self, NewUser};
use hopdong_store::{areas, units, Scope, StoreError};

use crate::auth::{password, Caller};
use crate::error::ApiError;
use crate::services::parse_unit_code;
use crate::state::AppState;
use crate::views;

/// Checks a username: 3 to 64 characters of ASCII letters, digits, dot, dash and underscore.
pub fn check_username(username: &str) -> Result<(), ApiError> {
    let valid_chars = username
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c));
    if !(3..=64).contains(&username.len()) || !valid_chars {
        return Err(ApiError::invalid_field(
            "username",
            "username_invalid",
            format!("username {username:?} must be 3 to 64 characters of letters, digits, '.', '-' or '_'"),
        ));
    }
    Ok(())
}

/// Resolves the scope an account of `role` gets, checking that its unit or office exists.
fn scope_for(state: &AppState, request: &CreateAccountRequest) -> Result<Scope, ApiError> {
    match (request.role, &request.unit_code, request.office_id) {
        (Role::Unit, Some(code), None) => {
            let code = parse_unit_code(code, &state.config.province_prefix, "unit_code")?;
            let exists = state
                .store
                .read(|conn| units::find_identity(conn, code.as_str()))?
                .is_some();
            if !exists {
                return Err(ApiError::invalid_field(
                    "unit_code",
                    "not_found",
                    format!("unit {} does not exist", code.as_str()),
                ));
            }
            Ok(Scope::Unit(code.as_str().to_owned()))
        }
        (Role::District, None, Some(office)) => {
            let exists = state
                .store
                .read(|conn| areas::find_office(conn, office))?
                .is_some();
            if !exists {
                return Err(ApiError::invalid_field(
                    "office_id",
                    "not_found",
                    format!("office {office} does not exist"),
                ));
            }
            Ok(Scope::District(office))
        }
        (Role::Centre, None, None) => Ok(Scope::Centre),
        (role, _, _) => Err(ApiError::invalid_field(
            "role",
            "scope_mismatch",
            format!(
                "a {} account needs {}",
                role.as_str(),
                match role {
                    Role::Unit => "unit_code and no office_id",
                    Role::District => "office_id and no unit_code",
                    Role::Centre => "neither unit_code nor office_id",
                }
            ),
        )),
    }
}

/// Creates an account with a generated password, shown once in the response.
pub fn create(
    state: &AppState,
    caller: &Caller,
    request: CreateAccountRequest,
) -> Result<AccountWithPassword, ApiError> {
    caller.require(&[Role::Centre], "create accounts")?;
    let username = request.username.trim().to_owned();
    check_username(&username)?;
    let scope = scope_for(state, &request)?;
    let secret = password::generate();
    let hash = password::hash(&secret).map_err(ApiError::internal)?;
    let user = NewUser {
        username: username.clone(),
        password_hash: hash,
        scope,
    };
    let row = state
        .store
        .write(|conn| match accounts::insert_user(conn, &user) {
            Err(StoreError::Duplicate { .. }) => Err(ApiError::conflict(
                "username_taken",
                format!("username {username:?} is taken; choose another"),
            )),
            other => other.map_err(ApiError::from),
        })?;
    tracing::info!(account_id = row.id, role = %row.role, "account created");
    Ok(AccountWithPassword {
        account: views::account(&row)?,
        password: secret,
    })
}

pub fn list(state: &AppState, caller: &Caller) -> Result<Vec<AccountView>, ApiError> {
    caller.require(&[Role::Centre], "list accounts")?;
    state.store.read(|conn| {
        accounts::list_users(conn)?
            .iter()
            .map(views::account)
            .collect()
    })
}

/// Disables or enables an account; disabling also revokes its refresh tokens.
pub fn set_disabled(
    state: &AppState,
    caller: &Caller,
    id: i64,
    disabled: bool,
) -> Result<AccountView, ApiError> {
    caller.require(&[Role::Centre], "disable or enable accounts")?;
    if disabled && id == caller.user_id {
        return Err(ApiError::conflict(
            "cannot_disable_self",
            "you cannot disable your own account",
        ));
    }
    let row = state.store.write(|conn| {
        let row = accounts::set_disabled(conn, id, disabled)
            .map_err(|_| ApiError::not_found(&format!("account {id}")))?;
        if disabled {
            accounts::revoke_all_refresh_tokens(conn, id)?;
        }
        Ok::<_, ApiError>(row)
    })?;
    tracing::info!(account_id = id, disabled, "account changed");
    views::account(&row)
}

/// Replaces an account's password with a generated one, shown once, and ends its sessions.
pub fn reset_password(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<AccountWithPassword, ApiError> {
    caller.require(&[Role::Centre], "reset passwords")?;
    let secret = password::generate();
    let hash = password::hash(&secret).map_err(ApiError::internal)?;
    let row = state.store.write(|conn| {
        accounts::set_password_hash(conn, id, &hash)
            .map_err(|_| ApiError::not_found(&format!("account {id}")))?;
        accounts::revoke_all_refresh_tokens(conn, id)?;
        accounts::find_user(conn, id)?.ok_or_else(|| ApiError::not_found(&format!("account {id}")))
    })?;
    tracing::info!(account_id = id, "password reset");
    Ok(AccountWithPassword {
        account: views::account(&row)?,
        password: secret,
    })
}

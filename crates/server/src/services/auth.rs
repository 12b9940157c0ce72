//! Sign-in, refresh-token rotation, sign-out and password change.

use hopdong_api_types::{TokenResponse, WhoAmI};
use hopdong_store::accounts::{self, UserRow};
use hopdong_store::DbConnection;

use crate::auth::tokens::{self, ACCESS_TOKEN_SECONDS, REFRESH_TOKEN_DAYS};
use crate::auth::{password, Caller};
use crate::error::ApiError;
use crate::state::AppState;
use crate::views;

fn bad_credentials() -> ApiError {
    ApiError::unauthorized("invalid_credentials", "the username or password is wrong")
}

fn issue(
    state: &AppState,
    conn: &mut DbConnection,
    user: &UserRow,
) -> Result<TokenResponse, ApiError> {
    let scope = user.scope().ok_or_else(|| {
        ApiError::internal(format!("account {} has an inconsistent scope", user.id))
    })?;
    let stamp = tokens::password_stamp(user.password_changed_at);
    let access_token = state
        .keys
        .issue(user.id, &scope, stamp)
        .map_err(ApiError::internal)?;
    let refresh_token = tokens::new_refresh_token();
    let expires_at = hopdong_store::now_utc() + time::Duration::days(REFRESH_TOKEN_DAYS);
    accounts::insert_refresh_token(
        conn,
        user.id,
        &tokens::hash_refresh_token(&refresh_token),
        expires_at,
    )?;
    Ok(TokenResponse {
        access_token,
        refresh_token,
        token_type: "Bearer".to_owned(),
        expires_in: ACCESS_TOKEN_SECONDS,
    })
}

/// Checks a username and password and issues tokens. Hashing runs here, on the blocking pool.
/// After [`MAX_FAILURES`](crate::auth::limiter::MAX_FAILURES) failures from one client address for one username, sign-in is refused
/// for the rest of the window, whatever the password.
pub fn login(
    state: &AppState,
    username: &str,
    secret: &str,
    client: &str,
) -> Result<TokenResponse, ApiError> {
    let username = username.trim();
    if let Some(wait) = state.sign_in_limiter.blocked_for(username, client) {
        tracing::warn!(client, "sign-in blocked after repeated failures");
        return Err(ApiError::new(
            actix_web::http::StatusCode::TOO_MANY_REQUESTS,
            "too_many_attempts",
            format!(
                "too many failed sign-ins for this account from your address; try again in {} \
                 minutes or ask the Centre to reset the password",
                wait.as_secs().div_ceil(60)
            ),
        ));
    }
    let user = state
        .store
        .read(|conn| accounts::find_by_username(conn, username))?;
    let verified = match &user {
        Some(user) => password::verify(&user.password_hash, secret),
        None => {
            password::verify_dummy(secret);
            false
        }
    };
    let Some(user) = user.filter(|_| verified) else {
        state.sign_in_limiter.record_failure(username, client);
        tracing::info!(client, "sign-in failed");
        return Err(bad_credentials());
    };
    if user.disabled {
        return Err(ApiError::unauthorized(
            "account_disabled",
            "this account is disabled; ask the Centre",
        ));
    }
    state.sign_in_limiter.clear(username, client);
    let tokens = state.store.write(|conn| issue(state, conn, &user))?;
    tracing::info!(user_id = user.id, role = %user.role, "signed in");
    Ok(tokens)
}

/// Exchanges a refresh token for new tokens; the old refresh token stops working.
pub fn refresh(state: &AppState, refresh_token: &str) -> Result<TokenResponse, ApiError> {
    let invalid = || {
        ApiError::unauthorized(
            "refresh_token_invalid",
            "the refresh token is unknown, used, revoked or expired; sign in again",
        )
    };
    let hash = tokens::hash_refresh_token(refresh_token.trim());
    state.store.write(|conn| {
        let stored = accounts::find_refresh_token(conn, &hash)?.ok_or_else(invalid)?;
        if stored.revoked_at.is_some() || stored.expires_at <= hopdong_store::now_utc() {
            return Err(invalid());
        }
        if !accounts::revoke_refresh_token(conn, stored.id)? {
            return Err(invalid());
        }
        let user = accounts::find_user(conn, stored.user_id)?.ok_or_else(invalid)?;
        if user.disabled {
            return Err(ApiError::unauthorized(
                "account_disabled",
                "this account is disabled; ask the Centre",
            ));
        }
        issue(state, conn, &user)
    })
}

/// Revokes one refresh token. An unknown token is not an error: the caller is signed out.
pub fn logout(state: &AppState, refresh_token: &str) -> Result<(), ApiError> {
    let hash = tokens::hash_refresh_token(refresh_token.trim());
    state.store.write(|conn| {
        if let Some(stored) = accounts::find_refresh_token(conn, &hash)? {
            accounts::revoke_refresh_token(conn, stored.id)?;
        }
        Ok(())
    })
}

/// Changes the caller's password after checking the current one, and revokes every refresh
/// token of the account so other sessions end when their access token expires.
pub fn change_password(
    state: &AppState,
    caller: &Caller,
    current: &str,
    new: &str,
) -> Result<(), ApiError> {
    if let Some(problem) = password::weakness(new) {
        return Err(ApiError::invalid_field("new_password", "too_weak", problem));
    }
    let user = state
        .store
        .read(|conn| accounts::find_user(conn, caller.user_id))?
        .ok_or_else(|| {
            ApiError::unauthorized("account_disabled", "this account no longer exists")
        })?;
    if !password::verify(&user.password_hash, current) {
        return Err(ApiError::invalid_field(
            "current_password",
            "wrong_password",
            "the current password is wrong",
        ));
    }
    let hash = password::hash(new).map_err(ApiError::internal)?;
    state.store.write(|conn| {
        accounts::set_password_hash(conn, user.id, &hash)?;
        accounts::revoke_all_refresh_tokens(conn, user.id)?;
        Ok::<_, ApiError>(())
    })?;
    tracing::info!(
        user_id = user.id,
        "password changed; refresh tokens revoked"
    );
    Ok(())
}

pub fn who_am_i(state: &AppState, caller: &Caller) -> Result<WhoAmI, ApiError> {
    let user = state
        .store
        .read(|conn| accounts::find_user(conn, caller.user_id))?
        .ok_or_else(|| {
            ApiError::unauthorized("account_disabled", "this account no longer exists")
        })?;
    let view = views::account(&user)?;
    Ok(WhoAmI {
        user_id: view.id,
        username: view.username,
        role: view.role,
        unit_code: view.unit_code,
        office_id: view.office_id,
    })
}

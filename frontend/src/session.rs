//! The signed-in session, kept in `localStorage` so every tab of the app shares it.
//!
//! A tab that changes the session dispatches [`SESSION_EVENT`] on its own window, because the
//! browser's `storage` event reaches only the other tabs. The app listens to both and re-reads
//! the stored session, so signing in or out in one tab shows in all of them.

use std::cell::Cell;

use hopdong_api_types::{TokenResponse, WhoAmI};
use serde::{Deserialize, Serialize};

use crate::browser;

/// `localStorage` key of the session.
pub const SESSION_KEY: &str = "hopdong.session";

/// Name of the event a tab dispatches on its own window after changing the session.
pub const SESSION_EVENT: &str = "hopdong-session";

/// Milliseconds before the access token's expiry from which a request refreshes it first, so
/// that no request leaves with a token about to expire.
const EXPIRY_MARGIN_MS: f64 = 30_000.0;

/// A signed-in session: the tokens and who they belong to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub access_token: String,
    /// Valid once, because a refresh returns a new one and the old one stops working.
    pub refresh_token: String,
    /// When the access token expires, in milliseconds since the Unix epoch by this browser's
    /// clock.
    pub expires_at_ms: f64,
    pub user: WhoAmI,
}

impl Session {
    /// Builds a session from the tokens of a sign-in or refresh, received now.
    pub fn from_tokens(tokens: TokenResponse, user: WhoAmI) -> Session {
        Session {
            access_token: tokens.access_token,
            refresh_token: tokens.refresh_token,
            expires_at_ms: browser::now_ms() + tokens.expires_in as f64 * 1000.0,
            user,
        }
    }

    /// Returns whether the access token expires within the safety margin.
    pub fn access_expiring(&self, now_ms: f64) -> bool {
        self.expires_at_ms - now_ms < EXPIRY_MARGIN_MS
    }
}

/// Reason a session ended, for the message the sign-in page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndReason {
    /// The person chose to sign out in this tab.
    SignedOut,
    /// The refresh token was rejected: expired, revoked or already used.
    Expired,
}

thread_local! {
    static LAST_END: Cell<Option<EndReason>> = const { Cell::new(None) };
}

/// Reads the stored session. An unreadable entry counts as none.
pub fn load() -> Option<Session> {
    let stored = browser::local_get(SESSION_KEY)?;
    serde_json::from_str(&stored).ok()
}

/// Stores `session` and notifies this tab.
pub fn save(session: &Session) {
    if let Ok(json) = serde_json::to_string(session) {
        browser::local_set(SESSION_KEY, &json);
    }
    LAST_END.with(|last| last.set(None));
    notify_this_tab();
}

/// Removes the stored session, which signs out every tab, and notifies this tab of `reason`.
pub fn end(reason: EndReason) {
    browser::local_remove(SESSION_KEY);
    LAST_END.with(|last| last.set(Some(reason)));
    notify_this_tab();
}

/// Returns why this tab's session last ended, or `None` when another tab ended it.
pub fn last_end_reason() -> Option<EndReason> {
    LAST_END.with(Cell::get)
}

fn notify_this_tab() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(event) = web_sys::Event::new(SESSION_EVENT) {
        let _ = window.dispatch_event(&event);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hopdong_domain::Role;

    fn session(expires_at_ms: f64) -> Session {
        Session {
            access_token: "a".into(),
            refresh_token: "r".into(),
            expires_at_ms,
            user: WhoAmI {
                user_id: 1,
                username: "79760118".into(),
                role: Role::Unit,
                unit_code: Some("79760118".into()),
                office_id: None,
            },
        }
    }

    #[test]
    fn expiring_inside_margin() {
        assert!(session(1_000.0 + 29_999.0).access_expiring(1_000.0));
        assert!(!session(1_000.0 + 30_000.0).access_expiring(1_000.0));
    }

    #[test]
    fn stored_form_round_trips() {
        let json = serde_json::to_string(&session(5.0)).unwrap();
        let back: Session = serde_json::from_str(&json).unwrap();
        assert_eq!(back, session(5.0));
    }
}

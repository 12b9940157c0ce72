//! The state every handler shares.

use std::sync::Arc;

use hopdong_store::Store;

use crate::auth::limiter::SignInLimiter;
use crate::auth::TokenKeys;
use crate::config::Config;

/// Shared application state, one per server process.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub keys: TokenKeys,
    pub config: Config,
    pub sign_in_limiter: Arc<SignInLimiter>,
}

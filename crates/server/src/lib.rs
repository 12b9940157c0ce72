//! The hopdong server: JSON API under `/api/v1`, sign-in with three roles, the OpenAPI
//! document, seeding of the city's data, and the admin commands.

pub mod app;
pub mod auth;
pub mod body;
pub mod config;
pub mod error;
pub mod import;
pub mod openapi;
pub mod routes;
pub mod seed;
pub mod services;
pub mod state;
pub mod validate;
pub mod views;

use hopdong_store::Store;

use crate::auth::TokenKeys;
use crate::config::Config;
use crate::state::AppState;

/// Opens the database, applies migrations and seeds what an empty database lacks (demo
/// schools and accounts only when `with_demo` is set).
///
/// Returns the state to serve with, and the seeding report (demo passwords are in it once).
pub fn prepare(config: Config, with_demo: bool) -> Result<(AppState, seed::SeedReport), String> {
    let store = Store::open(&config.database_url).map_err(|e| e.to_string())?;
    let report = seed::seed(&store, &config.province_prefix, with_demo)?;
    let keys = TokenKeys::from_secret(&config.jwt_secret);
    Ok((
        AppState {
            store,
            keys,
            config,
            sign_in_limiter: Default::default(),
        },
        report,
    ))
}

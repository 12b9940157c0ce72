//! Request and response bodies of the hopdong JSON API under `/api/v1`.
//!
//! The server and the web app both compile these types, so the two cannot disagree about a
//! field. Dates travel as `YYYY-MM-DD`, instants as RFC 3339 in UTC, money as whole đồng.

pub mod accounts;
pub mod auth;
pub mod contracts;
pub mod dates;
pub mod error;
pub mod offices;
pub mod tariffs;
pub mod units;

pub use accounts::*;
pub use auth::*;
pub use contracts::*;
pub use error::*;
pub use offices::*;
pub use tariffs::*;
pub use units::*;

//! Sign-in: password hashing, access and refresh tokens, and the caller extractor.

pub mod caller;
pub mod limiter;
pub mod password;
pub mod tokens;

pub use caller::Caller;
pub use tokens::TokenKeys;

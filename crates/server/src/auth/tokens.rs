//! Access tokens (HS256 JWTs, 15 minutes) and refresh tokens (random, stored as SHA-256).

use base64::Engine;
use hopdong_domain::Role;
use hopdong_store::Scope;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The `iss` claim of every access token this server issues.
pub const ISSUER: &str = "hopdong";
/// The `aud` claim: tokens for this API and nothing else.
pub const AUDIENCE: &str = "hopdong-api";
/// Lifetime of an access token, in seconds.
pub const ACCESS_TOKEN_SECONDS: u64 = 15 * 60;
/// Lifetime of a refresh token, in days.
pub const REFRESH_TOKEN_DAYS: i64 = 30;

/// The claims of an access token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    /// The account id.
    pub sub: String,
    pub iss: String,
    pub aud: String,
    pub iat: u64,
    pub exp: u64,
    pub role: Role,
    /// The unit code, for a `unit` account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The office id, for a `district` account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<i64>,
    /// The account's password stamp when the token was issued (see [`password_stamp`]); a
    /// password change moves the stamp, so older tokens stop matching.
    #[serde(default)]
    pub stamp: i64,
}

/// Turns the time of the last password change into the stamp carried in tokens: milliseconds
/// since the Unix epoch, or 0 for a password never changed.
pub fn password_stamp(changed_at: Option<time::PrimitiveDateTime>) -> i64 {
    changed_at
        .map(|at| (at.assume_utc().unix_timestamp_nanos() / 1_000_000) as i64)
        .unwrap_or(0)
}

impl Claims {
    /// Returns the scope the claims give, or `None` when role and scope fields do not agree.
    pub fn scope(&self) -> Option<Scope> {
        match (self.role, &self.unit, self.office) {
            (Role::Unit, Some(code), None) => Some(Scope::Unit(code.clone())),
            (Role::District, None, Some(office)) => Some(Scope::District(office)),
            (Role::Centre, None, None) => Some(Scope::Centre),
            _ => None,
        }
    }
}

/// The keys that sign and verify access tokens.
#[derive(Clone)]
pub struct TokenKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
}

impl TokenKeys {
    pub fn from_secret(secret: &[u8]) -> TokenKeys {
        TokenKeys {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
        }
    }

    /// Issues an access token for account `user_id` with `scope`.
    pub fn issue(
        &self,
        user_id: i64,
        scope: &Scope,
        stamp: i64,
    ) -> Result<String, jsonwebtoken::errors::Error> {
        let now = unix_now();
        let (role, unit, office) = match scope {
            Scope::Unit(code) => (Role::Unit, Some(code.clone()), None),
            Scope::District(office) => (Role::District, None, Some(*office)),
            Scope::Centre => (Role::Centre, None, None),
        };
        let claims = Claims {
            sub: user_id.to_string(),
            iss: ISSUER.to_owned(),
            aud: AUDIENCE.to_owned(),
            iat: now,
            exp: now + ACCESS_TOKEN_SECONDS,
            role,
            unit,
            office,
            stamp,
        };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
    }

    /// Verifies an access token: HS256 only, with issuer, audience and expiry checked.
    pub fn verify(&self, token: &str) -> Result<Claims, jsonwebtoken::errors::Error> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = 5;
        validation.validate_exp = true;
        Ok(jsonwebtoken::decode::<Claims>(token, &self.decoding, &validation)?.claims)
    }
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Generates a refresh token: 32 random bytes, base64url without padding.
pub fn new_refresh_token() -> String {
    let mut bytes = [0_u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Hashes a refresh token with SHA-256, in hex: the only form stored.
pub fn hash_refresh_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> TokenKeys {
        TokenKeys::from_secret(b"0123456789abcdef0123456789abcdef")
    }

    #[test]
    fn issued_token_verifies_with_scope() {
        let token = keys().issue(7, &Scope::District(3), 0).unwrap();
        let claims = keys().verify(&token).unwrap();
        assert_eq!(claims.sub, "7");
        assert_eq!(claims.scope(), Some(Scope::District(3)));
        assert_eq!(claims.exp - claims.iat, ACCESS_TOKEN_SECONDS);
    }

    #[test]
    fn token_from_other_secret_fails() {
        let other = TokenKeys::from_secret(b"another secret of thirty-two byte");
        let token = other.issue(1, &Scope::Centre, 0).unwrap();
        assert!(keys().verify(&token).is_err());
    }

    /// Claims that would verify, for tests to spoil one field of.
    fn valid_claims() -> Claims {
        let now = unix_now();
        Claims {
            sub: "1".into(),
            iss: ISSUER.into(),
            aud: AUDIENCE.into(),
            iat: now,
            exp: now + 60,
            role: Role::Centre,
            unit: None,
            office: None,
            stamp: 0,
        }
    }

    fn sign(claims: &Claims, algorithm: Algorithm) -> String {
        let key = EncodingKey::from_secret(b"0123456789abcdef0123456789abcdef");
        jsonwebtoken::encode(&Header::new(algorithm), claims, &key).unwrap()
    }

    #[test]
    fn valid_claims_verify() {
        assert!(keys()
            .verify(&sign(&valid_claims(), Algorithm::HS256))
            .is_ok());
    }

    #[test]
    fn expired_token_fails() {
        let now = unix_now();
        let claims = Claims {
            iat: now - 3600,
            exp: now - 600,
            ..valid_claims()
        };
        assert!(keys().verify(&sign(&claims, Algorithm::HS256)).is_err());
    }

    #[test]
    fn wrong_audience_fails() {
        let claims = Claims {
            aud: "someone-else".into(),
            ..valid_claims()
        };
        assert!(keys().verify(&sign(&claims, Algorithm::HS256)).is_err());
    }

    #[test]
    fn other_algorithm_fails() {
        assert!(keys()
            .verify(&sign(&valid_claims(), Algorithm::HS512))
            .is_err());
    }

    #[test]
    fn mismatched_role_and_scope_has_no_scope() {
        let claims = Claims {
            role: Role::Unit,
            office: Some(1),
            ..valid_claims()
        };
        assert_eq!(claims.scope(), None);
    }

    #[test]
    fn refresh_tokens_hash_stably() {
        let token = new_refresh_token();
        assert_eq!(token.len(), 43);
        assert_eq!(hash_refresh_token(&token), hash_refresh_token(&token));
        assert_ne!(
            hash_refresh_token(&token),
            hash_refresh_token(&new_refresh_token())
        );
    }
}

//! Password hashing with argon2id at the crate's default parameters (19 MiB, 2 passes, 1 lane:
//! the OWASP recommendation that argon2 0.5 ships as its default).

use argon2::password_hash::{rand_core::OsRng, PasswordHash, SaltString};
use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use rand::Rng;

/// The shortest password accepted when one is chosen or changed.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// Hashes `password` into a PHC string. Slow on purpose: call it on the blocking pool.
pub fn hash(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// Checks `password` against a PHC string; an unreadable hash never matches.
pub fn verify(phc: &str, password: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// Spends the same time as [`verify`] when the username does not exist, so response times do
/// not reveal which usernames are taken.
pub fn verify_dummy(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let phc = DUMMY.get_or_init(|| hash("not a real password").unwrap_or_default());
    let _ = verify(phc, password);
}

/// Generates a random password of 16 letters and digits, leaving out look-alikes (0/O, 1/l/I).
pub fn generate() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rngs::OsRng;
    (0..16)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

/// Returns why `password` is not acceptable as a new password, if it is not.
pub fn weakness(password: &str) -> Option<String> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Some(format!(
            "the password must be at least {MIN_PASSWORD_CHARS} characters long; it has {chars}"
        ));
    }
    if chars > 256 {
        return Some("the password must be at most 256 characters long".to_owned());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_then_verify() {
        let phc = hash("correct horse battery").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify(&phc, "correct horse battery"));
        assert!(!verify(&phc, "correct horse battery "));
    }

    #[test]
    fn unreadable_hash_never_matches() {
        assert!(!verify("not a phc string", ""));
    }

    #[test]
    fn generated_passwords_are_long_and_distinct() {
        let first = generate();
        assert_eq!(first.len(), 16);
        assert!(weakness(&first).is_none());
        assert_ne!(first, generate());
    }

    #[test]
    fn short_password_is_weak() {
        assert!(weakness("short").is_some());
    }
}

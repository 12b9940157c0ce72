//! Limits failed sign-ins per username and client address, so passwords cannot be guessed at
//! network speed.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failed sign-ins allowed per username and client address within [`WINDOW`].
pub const MAX_FAILURES: u32 = 10;
/// How long failures are remembered.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);

/// Entries kept before expired ones are swept, bounding memory under a flood of usernames.
const SWEEP_ABOVE: usize = 10_000;

/// Counts recent failed sign-ins.
///
/// NOTE: the counts live in this process's memory, so each server behind a load balancer
/// allows its own [`MAX_FAILURES`], and a restart clears them.
#[derive(Debug, Default)]
pub struct SignInLimiter {
    failures: Mutex<HashMap<(String, String), (u32, Instant)>>,
}

impl SignInLimiter {
    /// Returns how long `username` from `client` must wait, when it has used up its attempts.
    pub fn blocked_for(&self, username: &str, client: &str) -> Option<Duration> {
        let failures = self
            .failures
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let (count, first) = failures.get(&(username.to_owned(), client.to_owned()))?;
        let elapsed = first.elapsed();
        (*count >= MAX_FAILURES && elapsed < WINDOW).then(|| WINDOW - elapsed)
    }

    /// Records one failed sign-in.
    pub fn record_failure(&self, username: &str, client: &str) {
        let mut failures = self
            .failures
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if failures.len() > SWEEP_ABOVE {
            failures.retain(|_, (_, first)| first.elapsed() < WINDOW);
        }
        let entry = failures
            .entry((username.to_owned(), client.to_owned()))
            .or_insert((0, Instant::now()));
        if entry.1.elapsed() >= WINDOW {
            *entry = (0, Instant::now());
        }
        entry.0 += 1;
    }

    /// Forgets the failures of `username` from `client` after a successful sign-in.
    pub fn clear(&self, username: &str, client: &str) {
        let mut failures = self
            .failures
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        failures.remove(&(username.to_owned(), client.to_owned()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_after_max_failures() {
        let limiter = SignInLimiter::default();
        for _ in 0..MAX_FAILURES - 1 {
            limiter.record_failure("centre", "127.0.0.1");
        }
        assert!(limiter.blocked_for("centre", "127.0.0.1").is_none());
        limiter.record_failure("centre", "127.0.0.1");
        assert!(limiter.blocked_for("centre", "127.0.0.1").is_some());
        assert!(limiter.blocked_for("centre", "127.0.0.2").is_none());
        assert!(limiter.blocked_for("quan1", "127.0.0.1").is_none());
    }

    #[test]
    fn success_clears_failures() {
        let limiter = SignInLimiter::default();
        for _ in 0..MAX_FAILURES {
            limiter.record_failure("centre", "127.0.0.1");
        }
        limiter.clear("centre", "127.0.0.1");
        assert!(limiter.blocked_for("centre", "127.0.0.1").is_none());
    }
}

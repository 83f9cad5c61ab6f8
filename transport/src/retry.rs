//! Retries: how many attempts a message gets, and how long to wait between them.

use std::time::Duration;

/// Attempts and exponential backoff: wait `initial`, then twice that, up to `max`, and
/// dead-letter the message after `max_attempts` attempts.
///
/// ```
/// use std::time::Duration;
/// use factum_transport::RetryPolicy;
/// let policy = RetryPolicy::new(4, Duration::from_millis(100), Duration::from_millis(300));
/// assert_eq!(policy.delay(1), Duration::from_millis(100));
/// assert_eq!(policy.delay(2), Duration::from_millis(200));
/// assert_eq!(policy.delay(3), Duration::from_millis(300));
/// assert!(policy.gives_up_after(4) && !policy.gives_up_after(3));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial: Duration,
    max: Duration,
}

impl Default for RetryPolicy {
    /// 5 attempts, 100 ms then doubling, at most 10 s.
    fn default() -> Self {
        RetryPolicy::new(5, Duration::from_millis(100), Duration::from_secs(10))
    }
}

impl RetryPolicy {
    /// `max_attempts` (at least 1) attempts, waiting `initial` after the first failure,
    /// doubling, at most `max`.
    #[must_use]
    pub fn new(max_attempts: u32, initial: Duration, max: Duration) -> Self {
        RetryPolicy {
            max_attempts: max_attempts.max(1),
            initial,
            max: max.max(initial),
        }
    }

    /// The number of attempts before a message is dead-lettered.
    #[must_use]
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The wait after failed attempt `attempt` (from 1).
    #[must_use]
    pub fn delay(&self, attempt: u32) -> Duration {
        let factor = 1u32 << attempt.saturating_sub(1).min(20);
        self.initial.saturating_mul(factor).min(self.max)
    }

    /// Whether attempt `attempt` was the last one.
    #[must_use]
    pub fn gives_up_after(&self, attempt: u32) -> bool {
        attempt >= self.max_attempts
    }
}

//! Which errors are worth retrying.

/// Whether a response with this HTTP status is worth retrying by default:
/// 429 Too Many Requests, 502 Bad Gateway, 503 Service Unavailable and
/// 504 Gateway Timeout. A row's `#[retryable]` or `#[retryable(false)]`
/// overrides it for that row.
///
/// ```
/// assert!(error_table::retryable_status(503));
/// assert!(!error_table::retryable_status(500));
/// ```
#[must_use]
pub const fn retryable_status(status: u16) -> bool {
    matches!(status, 429 | 502 | 503 | 504)
}

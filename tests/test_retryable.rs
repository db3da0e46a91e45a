//! `is_retryable`: 429, 502, 503 and 504 by default, `#[retryable]` and
//! `#[retryable(false)]` per row, the same answer through `ErrorCode`,
//! unions and `Code<E>`.

use error_table::{Code, ErrorCode, error_table, retryable_status};

#[error_table(http = split(4), union = Gateway)]
pub mod gateway {
    pub enum Throttled {
        /// 请求过于频繁
        TooManyRequests = 4291001,
        /// 配额已用完: waiting does not help
        #[retryable(false)]
        QuotaExhausted = 4291002,
    }
    pub enum Upstream {
        /// 上游错误
        BadGateway = 5021001,
        /// 服务不可用
        Unavailable = 5031001,
        /// 上游超时
        Timeout = 5041001,
        /// 服务器内部错误
        Internal = 5001001,
        /// 锁冲突, 稍后再试
        #[retryable]
        LockConflict = 5001002,
        /// 锁冲突 (explicitly true)
        #[retryable(true)]
        LockConflictAgain = 5001003,
    }
    pub enum Client {
        /// 参数错误
        InvalidParameter = 4001001,
    }
}

#[error_table(http = 200)]
#[repr(i32)]
pub enum AlwaysOk {
    /// 系统繁忙
    #[retryable]
    Busy = -1,
    /// 参数错误
    InvalidParameter = 4000,
}

#[track_caller]
fn assert_retryable<E: ErrorCode>(error: E, expected: bool) {
    assert_eq!(ErrorCode::is_retryable(error), expected, "{error:?}");
    assert_eq!(Code::Known(error).is_retryable(), expected, "{error:?}");
}

#[test]
fn statuses_429_502_503_504_are_retryable_by_default() {
    use gateway::{Client, Throttled, Upstream};
    assert!(Throttled::TooManyRequests.is_retryable());
    assert_retryable(Throttled::TooManyRequests, true);
    assert_retryable(Upstream::BadGateway, true);
    assert_retryable(Upstream::Unavailable, true);
    assert_retryable(Upstream::Timeout, true);
    assert_retryable(Upstream::Internal, false);
    assert_retryable(Client::InvalidParameter, false);
}

#[test]
fn rows_override_the_status_rule() {
    use gateway::{Throttled, Upstream};
    assert_retryable(Throttled::QuotaExhausted, false);
    assert_retryable(Upstream::LockConflict, true);
    assert_retryable(Upstream::LockConflictAgain, true);
    assert_retryable(AlwaysOk::Busy, true);
    assert_retryable(AlwaysOk::InvalidParameter, false);
}

#[test]
fn unions_answer_as_their_families() {
    for error in gateway::Gateway::ALL {
        let family_answer = match *error {
            gateway::Gateway::Throttled(e) => e.is_retryable(),
            gateway::Gateway::Upstream(e) => e.is_retryable(),
            gateway::Gateway::Client(e) => e.is_retryable(),
        };
        assert_retryable(*error, family_answer);
    }
    assert!(gateway::Gateway::from(gateway::Upstream::LockConflict).is_retryable());
}

#[test]
fn is_retryable_is_const() {
    const RETRY: [bool; 2] = [
        gateway::Upstream::Timeout.is_retryable(),
        gateway::Upstream::Internal.is_retryable(),
    ];
    assert_eq!(RETRY, [true, false]);
}

#[test]
fn unknown_codes_follow_the_status_their_scheme_gives() {
    // `http = split(4)`: an unknown 503xxxx is a 503, an unknown 500xxxx a 500.
    assert!(Code::<gateway::Upstream>::from(5039999u32).is_retryable());
    assert!(!Code::<gateway::Upstream>::from(5009999u32).is_retryable());
    // `http = 200`: every code, known or not, is a 200.
    assert!(!Code::<AlwaysOk>::from(-2).is_retryable());
}

#[test]
fn the_status_rule() {
    let retryable: Vec<u16> = (100..=599).filter(|s| retryable_status(*s)).collect();
    assert_eq!(retryable, [429, 502, 503, 504]);
}

/// Statuses given row by row: each row's own status decides.
#[error_table]
pub enum PerRow {
    /// 限流
    #[http(429)]
    Throttled = 1,
    /// 服务不可用
    #[http(503)]
    Unavailable = 2,
    /// 服务器内部错误
    Internal = 3,
    /// 不可用, 但不要重试
    #[http(503)]
    #[retryable(false)]
    Maintenance = 4,
}

#[test]
fn statuses_written_per_row_decide_too() {
    assert_retryable(PerRow::Throttled, true);
    assert_retryable(PerRow::Unavailable, true);
    assert_retryable(PerRow::Internal, false);
    assert_retryable(PerRow::Maintenance, false);
}

/// `retry_after`: a row's `#[retryable(after = N)]`, else the family's
/// `retryable(after = N)`, for retryable rows only.
#[error_table(http = split(4), retryable(after = 5), union = Limits)]
pub mod limits {
    pub enum Throttled {
        /// 请求过于频繁
        #[retryable(after = 30)]
        TooManyRequests = 4291001,
        /// 服务不可用: the family's delay
        ServiceUnavailable = 5031001,
        /// 锁冲突: retryable, no delay of its own
        #[retryable]
        LockConflict = 5001002,
        /// 配额已用完
        #[retryable(false)]
        QuotaExhausted = 4291002,
        /// 参数错误
        InvalidParameter = 4001001,
        /// 按特性: the delay under a cfg_attr that holds
        #[cfg_attr(all(), retryable(after = 7))]
        #[cfg_attr(any(), retryable(after = 8))]
        Conditional = 5001003,
    }

    #[error_table(retryable(after = 60))]
    pub enum Upstream {
        /// 上游错误: this family's own delay
        BadGateway = 5021001,
        /// 服务器内部错误: not retryable
        Internal = 5001001,
    }
}

/// A string family: a delay on one row, none for the family.
#[error_table(name = "blob")]
pub enum Blob {
    /// The server is busy.
    #[http(503)]
    #[retryable(after = 2)]
    ServerBusy = "ServerBusy",
    /// The operation timed out.
    #[http(504)]
    OperationTimedOut = "OperationTimedOut",
}

#[track_caller]
fn assert_after<E: ErrorCode>(error: E, seconds: Option<u64>) {
    let expected = seconds.map(core::time::Duration::from_secs);
    assert_eq!(ErrorCode::retry_after(error), expected, "{error:?}");
    assert_eq!(Code::Known(error).retry_after(), expected, "{error:?}");
    if expected.is_some() {
        assert!(
            error.is_retryable(),
            "{error:?} has a delay but is not retryable"
        );
    }
}

#[test]
fn a_rows_delay_comes_before_the_familys() {
    use limits::{Throttled, Upstream};
    assert_after(Throttled::TooManyRequests, Some(30));
    assert_after(Throttled::ServiceUnavailable, Some(5));
    assert_after(Throttled::LockConflict, Some(5));
    assert_after(Throttled::Conditional, Some(7));
    assert_after(Upstream::BadGateway, Some(60));
}

#[test]
fn errors_not_worth_retrying_have_no_delay() {
    use limits::{Throttled, Upstream};
    assert_after(Throttled::QuotaExhausted, None);
    assert_after(Throttled::InvalidParameter, None);
    assert_after(Upstream::Internal, None);
    assert_after(Blob::OperationTimedOut, None);
    for error in gateway::Gateway::ALL {
        assert_after(*error, None);
    }
}

#[test]
fn string_families_and_unions_give_the_same_delay() {
    assert_after(Blob::ServerBusy, Some(2));
    for error in limits::Limits::ALL {
        let family_answer = match *error {
            limits::Limits::Throttled(e) => e.retry_after(),
            limits::Limits::Upstream(e) => e.retry_after(),
        };
        assert_eq!(error.retry_after(), family_answer, "{error:?}");
    }
    assert_eq!(
        limits::Limits::from(limits::Throttled::TooManyRequests).retry_after(),
        Some(core::time::Duration::from_secs(30))
    );
}

#[test]
fn retry_after_is_const_and_unknown_codes_have_none() {
    const DELAY: Option<core::time::Duration> = limits::Throttled::TooManyRequests.retry_after();
    assert_eq!(DELAY, Some(core::time::Duration::from_secs(30)));
    // 4299999: an unknown 429 is retryable by its status, with no delay a table gives.
    let unknown = Code::<limits::Throttled>::from(4_299_999u32);
    assert!(unknown.is_retryable());
    assert_eq!(unknown.retry_after(), None);
}

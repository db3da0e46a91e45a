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

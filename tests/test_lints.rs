//! The expansion passes rustc's and clippy's strictest lint groups, so a
//! user's `#![deny(..)]` never fires on code they did not write.
#![deny(warnings, missing_docs, unused_qualifications, unreachable_pub)]
#![deny(clippy::all, clippy::pedantic, clippy::nursery, clippy::cargo)]
#![allow(clippy::cargo_common_metadata, clippy::multiple_crate_versions)]

//! Tables under strict lints.

use error_table::error_table;

/// A family with every option.
#[error_table(
    http = split(4),
    display = "({code}){msg}",
    lang = "zh",
    name = "xlink",
    axum,
    body = r#"{"error":{"code":"{code}","msg":"{msg}","n":[{name},{status},{sub}]}}"#,
    tonic
)]
pub enum Xlink {
    /// 请求数据字段验证不通过
    FieldValidationFailed = 4001001,
    #[msg(zh = "无效的Access-Token", en = "Invalid access token")]
    #[help("log in again")]
    InvalidAccessToken = 4031003,
    #[msg(zh = "服务器异常")]
    #[retryable(false)]
    #[grpc(DataLoss)]
    ServerError = 5031001,
}

/// A family with per-code statuses.
#[error_table(axum)]
#[repr(i64)]
pub enum Statuses {
    /// minus
    Minus = -1,
    /// not found
    #[http(404)]
    NotFound = 1,
    /// same
    #[http(404)]
    AlsoNotFound = 2,
    /// busy
    #[retryable]
    Busy = 3,
}

/// Several families.
#[error_table(http = 200, union = Union, axum, tonic, grpc = Internal)]
pub mod families {
    /// One.
    pub enum One {
        /// a
        A = 1,
    }
    /// Two.
    pub enum Two {
        /// b
        B = 2,
    }
}

/// String codes, dotted, with a union.
#[error_table(display = "[{code}] {msg}", union = Api3, tonic)]
pub mod api3 {
    /// Auth.
    pub enum Auth {
        /// 签名过期
        #[http(401)]
        SignatureExpire = "AuthFailure.SignatureExpire",
        #[msg(zh = "签名错误", en = "bad signature")]
        #[help("sign again")]
        SignatureFailure = "AuthFailure.SignatureFailure",
    }
    /// Limits.
    pub enum Limit {
        /// 超过频率限制
        RequestLimitExceeded = "RequestLimitExceeded",
    }
}

/// Families and rows under `cfg` and `cfg_attr`, with a union.
#[error_table(http = split(3), union = Conditional, axum, tonic)]
pub mod conditional {
    /// Only in a test build.
    #[cfg(test)]
    pub enum InTests {
        /// in tests
        #[cfg_attr(test, msg("in a test build"), help("only here"))]
        #[cfg_attr(not(test), retryable)]
        #[cfg_attr(test, grpc(DataLoss))]
        Test = 404_001,
    }
    /// The same code outside a test build.
    #[cfg(not(test))]
    pub enum NotInTests {
        /// outside tests
        Never = 404_001,
    }
    /// `http = 503` in a test build.
    #[cfg_attr(test, error_table::error_table(http = 503))]
    pub enum Overridden {
        /// busy
        Busy = 429_001,
    }
}

#[test]
fn compiles_under_strict_lints() {
    assert_eq!(
        conditional::Conditional::from_code(404_001).map(conditional::Conditional::message),
        Some("in a test build")
    );
    assert_eq!(conditional::Overridden::Busy.http_status(), 503);
    assert_eq!(
        api3::Api3::from_code("RequestLimitExceeded").map(api3::Api3::category),
        Some("RequestLimitExceeded")
    );
    assert_eq!(Xlink::from_code(4_031_003), Some(Xlink::InvalidAccessToken));
    assert_eq!(Statuses::AlsoNotFound.http_status(), 404);
    assert_eq!(families::Union::ALL.len(), 2);
}

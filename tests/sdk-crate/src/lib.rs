//! A crate shaped like a vendor SDK, built by CI with its features off and
//! on (`cargo check -p error-table-sdk-test` and `--all-features`):
//!
//! - error-table is a renamed dependency (`et`), reached through `crate`;
//! - it writes its own `Serialize` and `From<Family> for StatusCode`, which
//!   must not clash when error-table's `serde` or `http` feature is enabled
//!   by someone else in the graph;
//! - a retired code is `#[deprecated]` and a beta code is `#[cfg]`'d, and
//!   the crate denies every warning;
//! - the union and a family are `#[non_exhaustive]`, as an SDK's should be:
//!   the root package's `tests/test_non_exhaustive.rs` matches them from
//!   outside, and `tests/ui/non-exhaustive-match-outside.rs` shows that a
//!   match without `_` does not compile there.
//!
//! Its own `tests/flags_without_features.rs` shows that a family asking
//! for `axum`, `tonic` or `utoipa` without the runtime feature is one
//! compile error on the flag, naming the feature.

#![no_std]
#![deny(warnings, missing_docs)]

use et::error_table;

/// The vendor's errors.
#[error_table(crate = "::et", http = split(4), union = ApiError)]
#[non_exhaustive]
pub mod api {
    /// HTTP 403.
    pub enum Forbidden {
        /// 无效的Access-Token
        InvalidAccessToken = 4031003,
        /// 旧版Token
        #[deprecated = "the vendor retired this code in v2"]
        LegacyToken = 4031004,
        /// 仅测试版：权限不足
        #[cfg(feature = "beta")]
        BetaDenied = 4031005,
    }

    /// HTTP 404.
    #[non_exhaustive]
    pub enum NotFound {
        /// 设备不存在
        /// （或已删除）
        DeviceNotFound = 4041001,
        /// 字段 `type` 无效 | <b>不允许</b>
        #[allow(non_camel_case_types)]
        r#type = 4041002,
    }
}

/// The SDK's own serde form of a family: its code as a string.
impl serde::Serialize for api::Forbidden {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.code())
    }
}

/// The SDK's own status conversion.
impl From<api::Forbidden> for http::StatusCode {
    fn from(error: api::Forbidden) -> Self {
        http::StatusCode::from_u16(error.http_status()).unwrap_or(http::StatusCode::FORBIDDEN)
    }
}

#[cfg(test)]
mod tests {
    use super::api::{ApiError, Forbidden, NotFound};
    use et::Code;

    #[test]
    fn beta_codes_follow_the_feature() {
        let expected = if cfg!(feature = "beta") { 3 } else { 2 };
        assert_eq!(Forbidden::ALL.len(), expected);
        assert_eq!(
            Forbidden::from_code(4031005).is_some(),
            cfg!(feature = "beta")
        );
    }

    #[test]
    fn own_impls_stay_in_force() {
        let json = serde_json::to_string(&Forbidden::InvalidAccessToken).unwrap();
        assert_eq!(json, "\"4031003\"");
        assert_eq!(http::StatusCode::from(Forbidden::InvalidAccessToken), 403);
    }

    #[test]
    fn renamed_runtime_serves_everything() {
        assert_eq!(NotFound::r#type.name(), "type");
        assert_eq!(
            ApiError::from_code(4041001),
            Some(ApiError::NotFound(NotFound::DeviceNotFound))
        );
        assert_eq!(Code::<ApiError>::from(4049999u32).http_status(), Some(404));
    }
}

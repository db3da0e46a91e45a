//! Every field of the JSON catalog, for `cli/tests/export.rs`: its export
//! under `--cfg 'feature="beta"'` is `sample.json`, byte for byte.

use error_table::error_table;

/// Split statuses, a module and a union.
#[error_table(http = split(4), union = ApiError, name = "api")]
pub mod api {
    /// HTTP 403.
    pub enum Forbidden {
        /// 无效的Access-Token
        #[help("重新登录以获取新的 token")]
        InvalidAccessToken = 4031003,
        /// 旧版 Token | <b>不再支持</b>
        #[deprecated = "retired in v2"]
        LegacyToken = 4031004,
        /// only in the beta API
        #[cfg(feature = "beta")]
        BetaDenied = 4031005,
        /// never exported under these flags
        #[cfg(not(feature = "beta"))]
        NotBeta = 4031006,
    }

    /// HTTP 503.
    pub enum Unavailable {
        /// busy
        #[retryable(false)]
        Busy = 5031001,
        /// maintenance
        Maintenance = 5031002,
    }
}

/// One status for all, keyed messages, a negative code.
#[repr(i32)]
#[error_table(http = 200, lang = "zh")]
pub enum Keyed {
    #[msg(zh = "数据加载失败", en = "Data loading failed")]
    LoadFailed = -1,
    #[msg(zh = "请求成功")]
    Success = 0,
}

/// Statuses row by row, string codes.
#[error_table(name = "blob")]
pub enum Blob {
    /// The blob does not exist.
    #[http(404)]
    BlobNotFound = "BlobNotFound",
    /// Too many requests.
    #[http(429)]
    Throttled = "Server.Busy",
    /// Internal.
    Internal = "InternalError",
}

use error_table::error_table;

/// Table 1 of `tencent_api3_common_errors.md` (line 43), imported by `error-table import`.
#[error_table(http = 200)]
pub enum Api3Error {
    /// 密钥非法（不是云 API 密钥类型）。
    AuthFailureInvalidSecretId = "AuthFailure.InvalidSecretId",
    /// MFA 错误。
    AuthFailureMFAFailure = "AuthFailure.MFAFailure",
    /// 密钥不存在。
    AuthFailureSecretIdNotFound = "AuthFailure.SecretIdNotFound",
    /// 签名过期。
    AuthFailureSignatureExpire = "AuthFailure.SignatureExpire",
    /// 签名错误。
    AuthFailureSignatureFailure = "AuthFailure.SignatureFailure",
    /// token 错误。
    AuthFailureTokenFailure = "AuthFailure.TokenFailure",
    /// 请求未 CAM 授权。
    AuthFailureUnauthorizedOperation = "AuthFailure.UnauthorizedOperation",
    /// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
    DryRunOperation = "DryRunOperation",
    /// 操作失败。
    FailedOperation = "FailedOperation",
    /// 内部错误。
    InternalError = "InternalError",
    /// 接口不存在。
    InvalidAction = "InvalidAction",
    /// 参数错误。
    InvalidParameter = "InvalidParameter",
    /// 参数取值错误。
    InvalidParameterValue = "InvalidParameterValue",
    /// 超过配额限制。
    LimitExceeded = "LimitExceeded",
    /// 缺少参数错误。
    MissingParameter = "MissingParameter",
    /// 接口版本不存在。
    NoSuchVersion = "NoSuchVersion",
    /// 请求的次数超过了频率限制。
    RequestLimitExceeded = "RequestLimitExceeded",
    /// 资源被占用。
    ResourceInUse = "ResourceInUse",
    /// 资源不足。
    ResourceInsufficient = "ResourceInsufficient",
    /// 资源不存在。
    ResourceNotFound = "ResourceNotFound",
    /// 资源不可用。
    ResourceUnavailable = "ResourceUnavailable",
    /// 未授权操作。
    UnauthorizedOperation = "UnauthorizedOperation",
    /// 未知参数错误。
    UnknownParameter = "UnknownParameter",
    /// 操作不支持。
    UnsupportedOperation = "UnsupportedOperation",
    /// HTTPS 请求方法错误，只支持 GET 和 POST 请求。
    UnsupportedProtocol = "UnsupportedProtocol",
    /// 接口不支持所传地域。
    UnsupportedRegion = "UnsupportedRegion",
}

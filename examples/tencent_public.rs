//! Tencent Cloud API (v2), a later revision of the public error codes: the
//! CAM codes 4101..4110 added, 4200 (请求过期) gone. The page has no module
//! table: each module documents its own.
//!
//! Tencent answers HTTP 200 with the error in the body: the public code in
//! `code`, a module's code in front of `message`, between parentheses:
//! `{"code":4000,"message":"(100004)projectId不正确"}`. So the family says
//! `http = 200`.
//!
//! The example prints the table (code, HTTP status, variant, message), then
//! decodes answers with serde: the public code into `Code<PublicError>`
//! (a code the table does not have is kept as `Code::Unknown`), the module's
//! code read from `message` as a number (see the `tencent_iot` and
//! `tencent_cdn` examples for typed module codes).
//!
//! Run it with `cargo run --example tencent_public`.
//!
//! The table is the vendor's, code for code: `tests/test_seeds.rs` checks it
//! against `tests/fixtures/001_6a2df3eeb4338b86.txt`.

mod common;
#[path = "common/tencent.rs"]
mod tencent;

use error_table::error_table;

use common::print_table;
use tencent::{module_code, print_public};

/// The public error codes of the Tencent Cloud API (v2), shared by every
/// module: the `code` of an answer (0 is success).
///
/// The message is the table's short "错误类型" column; its "描述" column is
/// [`help`](PublicError::help). This revision splits authentication failures
/// by CAM (4100..4110), names 5300 for what it is (余额不足) and has no 4200.
#[error_table(http = 200, name = "tencent-public")]
pub enum PublicError {
    /// 请求参数非法
    #[help("缺少必要参数，或者参数值格式不正确，具体错误信息请查看错误描述 message 字段。")]
    InvalidParameter = 4000,
    /// 身份认证失败
    #[help("身份认证失败，一般是由于签名计算错误导致的，请参考文档中签名方法部分。")]
    AuthenticationFailed = 4100,
    /// 未授权访问接口
    #[help("子账号未被主账号授权访问该接口，请联系主帐号管理员开通接口权限。")]
    ApiNotAuthorized = 4101,
    /// 未授权访问资源
    #[help("子账号未被主账号授权访问特定资源，请联系主帐号管理员开通资源权限。")]
    ResourceNotAuthorized = 4102,
    /// 未授权访问当前接口所操作的资源
    #[help("子账号没有被主账户授权访问该接口中所操作的特定资源，请联系主帐号管理员开通资源权限。")]
    OperatedResourceNotAuthorized = 4103,
    /// 密钥不存在
    #[help("用于请求的密钥不存在，请确认后重试。")]
    SecretKeyNotFound = 4104,
    /// token错误
    #[help("token错误。")]
    InvalidToken = 4105,
    /// MFA校验失败
    #[help("MFA校验失败。")]
    MfaVerificationFailed = 4106,
    /// 其他CAM鉴权失败
    #[help("其他CAM鉴权失败。")]
    CamAuthorizationFailed = 4110,
    /// 拒绝访问
    #[help("帐号被封禁，或者不在接口针对的用户范围内等。")]
    AccessDenied = 4300,
    /// 超过配额
    #[help("请求的次数超过了配额限制，请参考文档请求配额部分。")]
    QuotaExceeded = 4400,
    /// 重放攻击
    #[help(
        "请求的 Nonce 和 Timestamp 参数用于确保每次请求只会在服务器端被执行一次,所以本次的 Nonce 和上次的不能重复, Timestamp 与腾讯服务器相差不能超过5分钟。"
    )]
    ReplayAttack = 4500,
    /// 协议不支持
    #[help("协议不支持，当前API仅支持HTTPS协议，不支持HTTP协议。")]
    UnsupportedProtocol = 4600,
    /// 资源不存在
    #[help("资源标识对应的实例不存在，或者实例已经被退还，或者访问了其他用户的资源。")]
    ResourceNotFound = 5000,
    /// 资源操作失败
    #[help(
        "对资源的操作失败，具体错误信息请查看错误描述 message 字段，稍后重试或者联系客服人员帮忙解决。"
    )]
    ResourceOperationFailed = 5100,
    /// 资源购买失败
    #[help("购买资源失败，可能是不支持实例配置，资源不足等等。")]
    ResourcePurchaseFailed = 5200,
    /// 余额不足
    #[help("用户帐号余额不足，无法完成购买或升级。")]
    InsufficientBalance = 5300,
    /// 部分执行成功
    #[help("批量操作部分执行成功, 详情见方法返回值。")]
    PartialSuccess = 5400,
    /// 用户资质审核未通过
    #[help("购买资源失败，用户资质审核未通过。")]
    QualificationReviewFailed = 5500,
    /// 服务器内部错误
    #[help("服务器内部出现错误，请稍后重试或者联系客服人员帮忙解决。")]
    InternalServerError = 6000,
    /// 版本暂不支持
    #[help(
        "本版本内不支持此接口或该接口处于维护状态等。注意: 出现这个错误时, 请先确定接口的域名是否正确, 不同的模块, 域名可能不一样。"
    )]
    UnsupportedVersion = 6100,
    /// 接口暂时无法访问
    #[help("当前接口处于停服维护状态，请稍后重试。")]
    ApiUnavailable = 6200,
}

fn main() {
    print_table::<PublicError>();

    let answers = [
        r#"{"code":4000,"message":"(100004)projectId不正确"}"#,
        r#"{"code":4104,"message":"密钥不存在"}"#,
        // 4200 (请求过期) of the earlier revision: unknown here, kept.
        r#"{"code":4200,"message":"请求已经过期"}"#,
    ];
    for answer in answers {
        let Some(message) = print_public::<PublicError>(answer) else {
            continue;
        };
        // This document has no module table: the module code is a number.
        match module_code(&message) {
            Some((raw, detail)) => println!("  module: code {raw}, the vendor says {detail:?}"),
            None => println!("  module: none, message {message:?}"),
        }
    }
}

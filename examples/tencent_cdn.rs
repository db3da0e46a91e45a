//! Tencent Cloud API (v2), CDN module: the public error codes and the CDN
//! module's codes, as two `#[error_table]` families.
//!
//! Tencent answers HTTP 200 with the error in the body: the public code in
//! `code`, and the module's code in front of `message`, between parentheses:
//! `{"code":4000,"message":"(2130)非法ProjectID参数"}`. So both families say
//! `http = 200`, and the module family displays as `({code}){msg}`, the way the
//! vendor writes it into `message`.
//!
//! The example prints both tables (code, HTTP status, variant, message), then
//! decodes answers with serde: the public code into `Code<PublicError>`, the
//! `(digits)` prefix of `message` into `Code<CdnError>`, keeping codes the
//! tables do not have as `Code::Unknown`.
//!
//! Run it with `cargo run --example tencent_cdn`.
//!
//! The tables are the vendor's, code for code: `tests/test_seeds.rs` checks them
//! against `tests/fixtures/003_dfa61d01296aa147.txt`.

mod common;
#[path = "common/tencent.rs"]
mod tencent;

use error_table::error_table;

use common::print_table;
use tencent::{print_module, print_public};

/// The public error codes of the Tencent Cloud API (v2), shared by every
/// module: the `code` of an answer (0 is success).
///
/// The message is the table's short "错误类型" column; its "描述" column is
/// [`help`](PublicError::help). 5200 and 5300 have the same type, 资源购买失败;
/// their descriptions tell them apart (5300: 余额不足, the balance is too low).
#[error_table(http = 200, name = "tencent-public")]
pub enum PublicError {
    /// 请求参数非法
    #[help("缺少必要参数，或者参数值格式不正确，具体错误信息请查看错误描述 message 字段。")]
    InvalidParameter = 4000,
    /// 鉴权失败
    #[help("签名鉴权失败，请参考文档中鉴权部分。")]
    AuthenticationFailed = 4100,
    /// 请求过期
    #[help("请求已经过期，请参考文档中请求有效期部分。")]
    RequestExpired = 4200,
    /// 拒绝访问
    #[help("帐号被封禁，或者不在接口针对的用户范围内等。")]
    AccessDenied = 4300,
    /// 超过配额
    #[help("请求的次数超过了配额限制，请参考文档请求配额部分。")]
    QuotaExceeded = 4400,
    /// 重放攻击
    #[help(
        "请求的 Nonce 和 Timestamp 参数用于确保每次请求只会在服务器端被执行一次,所以本次的 Nonce 和上次的不能重复, Timestamp 与腾讯服务器相差不能超过 2 小时。"
    )]
    ReplayAttack = 4500,
    /// 协议不支持
    #[help("协议不支持，请参考文档说明。")]
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
    /// 资源购买失败
    #[help("购买资源失败，余额不足。")]
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

/// The CDN module's error codes: the `(digits)` in front of `message`.
///
/// Displayed as the vendor writes them, `(2130)非法ProjectID参数，请确认后重试`.
/// 2130 and 9002 have the same message; 9000..9002 read as the parameters of
/// a data query (time, metric, project), hence
/// [`InvalidQueryProjectId`](CdnError::InvalidQueryProjectId) for 9002. "Metirc" (9001)
/// is the vendor's spelling.
#[error_table(http = 200, display = "({code}){msg}", name = "tencent-cdn")]
pub enum CdnError {
    /// 系统内部错误，请稍后重试或联系厂商处理
    InternalError = 1000,
    /// DB错误，请稍后重试或联系厂商处理
    DatabaseError = 1001,
    /// 非法请求
    InvalidRequest = 1010,
    /// 请求接口非法，请确认后重试
    InvalidApi = 1011,
    /// 请求参数非法，请确认后重试
    InvalidParameter = 1012,
    /// 参数配置错误，请稍后重试或联系厂商处理
    InvalidParameterConfiguration = 1013,
    /// 操作正在执行中，请勿重复提交
    OperationInProgress = 1014,
    /// 模块名称错误，请确认后重试
    InvalidModuleName = 1015,
    /// 用户不存在，请确认后重试
    UserNotFound = 1100,
    /// 用户已经存在，请勿重复操作
    UserAlreadyExists = 1101,
    /// 用户已封禁，请联系厂商处理
    UserBanned = 1102,
    /// 用户已欠费，请充值后重试
    AccountInArrears = 1103,
    /// 非VIP客户，限制操作
    NotVipCustomer = 1104,
    /// 用户审核中，请稍后重试
    UserUnderReview = 1110,
    /// 您没有该项操作的权限，请联系厂商申请权限
    PermissionDenied = 1112,
    /// 加速域名数量超过系统限制
    DomainLimitExceeded = 1120,
    /// 加速域名不存在，请确认后重试
    DomainNotFound = 2000,
    /// 您提交的域名已经存在，请勿重复添加
    DomainAlreadyExists = 2001,
    /// 请求的域名尚未备案，请确认备案后重试
    DomainWithoutIcpFiling = 2002,
    /// 请求的域名已被锁定，请联系厂商处理
    DomainLocked = 2003,
    /// 请求的域名尚未上线，请确认后重试
    DomainNotOnline = 2004,
    /// 请求的域名已下线，请确认后重试
    DomainOffline = 2005,
    /// 请求的域名已被封禁，请联系厂商处理
    DomainBanned = 2006,
    /// 操作过于频繁，请勿高频调用接口
    OperationTooFrequent = 2010,
    /// 操作次数超过系统限制，请勿高频调用接口
    OperationLimitExceeded = 2011,
    /// 域名非法参数，请确认重试
    InvalidDomain = 2100,
    /// 腾讯内部域名，请联系厂商处理
    TencentInternalDomain = 2111,
    /// 受限域名，如有接入需要请提交工单处理
    RestrictedDomain = 2112,
    /// 请求的域名为系统黑名单，禁止操作，请联系厂商处理
    DomainBlocklisted = 2113,
    /// 域名长度超过系统限制，请修改后重试
    DomainTooLong = 2114,
    /// 源站数量超过限制，请确认后重试
    OriginLimitExceeded = 2121,
    /// 域名源站冲突，请确认后重试
    OriginConflict = 2122,
    /// 请求的源站为系统黑名单，禁止操作，请联系厂商处理
    OriginBlocklisted = 2123,
    /// 源站为内网IP，请确认后重试
    OriginIsPrivateIp = 2124,
    /// 源站长度超过系统限制，请修改后重试
    OriginTooLong = 2125,
    /// 非法ProjectID参数，请确认后重试
    InvalidProjectId = 2130,
    /// 非法HTTPS参数，请确认后重试
    InvalidHttpsParameter = 2140,
    /// 非法Platform参数，请确认后重试
    InvalidPlatform = 2150,
    /// 非法PidConfig参数，请确认后重试
    InvalidPidConfig = 2160,
    /// HTTP Response Header参数配置不合法，请修改后重试
    InvalidResponseHeader = 2170,
    /// HTTP Response Header超过系统限制，请修改后重试
    ResponseHeaderLimitExceeded = 2171,
    /// Extension参数配置不合法，请修改后重试
    InvalidExtension = 2180,
    /// 证书错误，请确认后重试
    InvalidCertificate = 3000,
    /// 无法解析证书信息，请确认后重试
    UnparsableCertificate = 3001,
    /// 证书与对应的域名信息不匹配，请确认后重试
    CertificateDomainMismatch = 3002,
    /// 证书与对应的私钥信息不匹配，请确认后重试
    CertificateKeyMismatch = 3003,
    /// 证书已过期，请确认后重试
    CertificateExpired = 3004,
    /// 证书即将过期，请确认后重试
    CertificateExpiringSoon = 3005,
    /// 证书链错误，请确认后重试
    InvalidCertificateChain = 3006,
    /// 非法时间参数，请确认后重试
    InvalidTime = 9000,
    /// 非法Metirc参数，请确认后重试
    InvalidMetric = 9001,
    /// 非法ProjectID参数，请确认后重试
    InvalidQueryProjectId = 9002,
    /// DSA配置系统错误，请修改后重试
    DsaSystemError = 10000,
    /// DSA配置参数不合法，请修改后重试
    InvalidDsaParameter = 10100,
    /// DSA配置Version不合法，请修改后重试
    InvalidDsaVersion = 10101,
    /// DSA配置Action不合法，请修改后重试
    InvalidDsaAction = 10102,
    /// DSA配置Token不合法，请修改后重试
    InvalidDsaToken = 10103,
    /// DSA配置对应域名已下线，请确认后重试
    DsaDomainOffline = 10104,
    /// DSA配置对应域名已上线，请确认后重试
    DsaDomainOnline = 10105,
    /// DSA配置Json格式不合法，请确认后重试
    InvalidDsaJson = 10106,
    /// DSA配置对应域名不存在，请确认后重试
    DsaDomainNotFound = 10107,
    /// DSA配置对应HOST不合法，请确认后重试
    InvalidDsaHost = 10108,
    /// DSA配置源站不合法，请修改后重试
    InvalidDsaOrigin = 10109,
}

fn main() {
    print_table::<PublicError>();
    print_table::<CdnError>();

    let answers = [
        // The example of the vendor's page.
        r#"{"code":4000,"message":"(2130)非法ProjectID参数"}"#,
        r#"{"code":5000,"message":"(2000)加速域名不存在，请确认后重试"}"#,
        // A module code of another module (IoT): not in the CDN table, kept.
        r#"{"code":4000,"message":"(100004)projectId不正确"}"#,
    ];
    for answer in answers {
        if let Some(message) = print_public::<PublicError>(answer) {
            print_module::<CdnError>(&message, "CDN");
        }
    }
}

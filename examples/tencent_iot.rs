//! Tencent Cloud API (v2), IoT module: the public error codes and the IoT
//! module's codes, as two `#[error_table]` families.
//!
//! Tencent answers HTTP 200 with the error in the body: the public code in
//! `code`, and the module's code in front of `message`, between parentheses:
//! `{"code":4000,"message":"(100004)projectId不正确"}`. So both families say
//! `http = 200`, and the module family displays as `({code}){msg}`, the way the
//! vendor writes it into `message`.
//!
//! The example prints both tables (code, HTTP status, variant, message), then
//! decodes answers with serde: the public code into `Code<PublicError>`, the
//! `(digits)` prefix of `message` into `Code<IotError>`, keeping codes the
//! tables do not have as `Code::Unknown`.
//!
//! Run it with `cargo run --example tencent_iot`.
//!
//! The tables are the vendor's, code for code: `tests/test_seeds.rs` checks them
//! against `tests/fixtures/000_6a70b2578668ffea.txt`.

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

/// The IoT module's error codes: the `(digits)` in front of `message`.
///
/// Displayed as the vendor writes them, `(1000)系统内部错误`. The table is kept
/// in the vendor's order, 9116 (an origin-length error that reads like the CDN
/// module's) between 3001 and 3010 included. Its codes overlap the public codes
/// (4000, 5000): they are different families.
#[error_table(http = 200, display = "({code}){msg}", name = "tencent-iot")]
pub enum IotError {
    /// 系统内部错误
    InternalError = 1000,
    /// 数据库错误
    DatabaseError = 1001,
    /// 配置错误
    ConfigurationError = 1002,
    /// 请求格式错误
    MalformedRequest = 1010,
    /// 请求接口不存在
    ApiNotFound = 1011,
    /// 请求参数不存在
    MissingParameter = 1012,
    /// 参数配置错误
    InvalidParameterConfiguration = 1013,
    /// 操作正在进行中，请勿重复提交
    OperationInProgress = 1014,
    /// 模块名称错误
    InvalidModuleName = 1015,
    /// 发布消息失败
    PublishFailed = 1016,
    /// 签名错误，获取 token 失败
    InvalidSignature = 1017,
    /// clientId错误，获取 token 失败
    InvalidClientId = 1018,
    /// 尚未开通 IoT 产品，请先开通产品
    IotNotActivated = 1100,
    /// 权限审核中，请稍后
    PermissionUnderReview = 1111,
    /// 您没有操作权限，请联系我们申请权限
    PermissionDenied = 1112,
    /// 产品数量已达上限
    ProductLimitReached = 1120,
    /// 规则数量已达上限
    RuleLimitReached = 1121,
    /// 操作产品不存在
    ProductNotFound = 2000,
    /// 产品已存在，请勿重复创建
    ProductAlreadyExists = 2001,
    /// 产品操作过于频繁
    ProductOperationTooFrequent = 2010,
    /// 产品名称过长
    ProductNameTooLong = 2110,
    /// 该产品的 topic 数量已达上限
    TopicLimitReached = 2120,
    /// Topic 不存在
    TopicNotFound = 3000,
    /// Topic 已存在，请勿重复创建
    TopicAlreadyExists = 3001,
    /// 源站设置超出长度限制（250字节），请确认后重试
    OriginSettingTooLong = 9116,
    /// Topic 操作过于频繁
    TopicOperationTooFrequent = 3010,
    /// Topic 名称超过长度限制
    TopicNameTooLong = 3110,
    /// 操作设备不存在
    DeviceNotFound = 4000,
    /// 设备已存在，请勿重复操作
    DeviceAlreadyExists = 4001,
    /// 设备操作过于频繁
    DeviceOperationTooFrequent = 4010,
    /// 批量操作设备数量超过上限
    BatchDeviceLimitExceeded = 4011,
    /// 设备名称过长
    DeviceNameTooLong = 4110,
    /// 操作规则不存在
    RuleNotFound = 5000,
    /// 规则已存在，请勿重复创建
    RuleAlreadyExists = 5001,
    /// 规则已生效，请先关闭后修改规则配置
    RuleEnabled = 5002,
    /// 规则未生效
    RuleNotEnabled = 5003,
    /// 规则未设置 SQL Query 部分
    RuleMissingSqlQuery = 5004,
    /// 规则未设置转发 Action 部分
    RuleMissingAction = 5005,
    /// 规则操作过于频繁
    RuleOperationTooFrequent = 5010,
    /// 规则中包含非法 SQL Query 部分
    InvalidRuleSqlQuery = 5120,
    /// 规则 SQL Query 中包含非法的 Field 字段参数
    InvalidRuleSqlField = 5121,
    /// 规则 SQL Query 中包含非法的 Topic 参数
    InvalidRuleSqlTopic = 5122,
    /// 规则 SQL Query 中包含非法的 Condition 条件参数
    InvalidRuleSqlCondition = 5123,
    /// 规则 Action 转发规则中包含错误参数
    InvalidRuleActionParameter = 5130,
    /// 规则 Action 转发规则中包含错误转发类型参数
    InvalidRuleActionType = 5131,
    /// 规则 Action 转发规则中包含错误 Topic 参数
    InvalidRuleActionTopic = 5132,
    /// 规则 Action 转发规则中包含错误URL
    InvalidRuleActionUrl = 5133,
}

fn main() {
    print_table::<PublicError>();
    print_table::<IotError>();

    let answers = [
        // The vendor's own example: a public code and a module code the IoT
        // table does not list.
        r#"{"code":4000,"message":"(100004)projectId不正确"}"#,
        r#"{"code":4000,"message":"(4000)操作设备不存在"}"#,
        // A public code of a later revision of the table (CAM, see the
        // `tencent_public` example): unknown here, kept.
        r#"{"code":4101,"message":"未授权访问接口"}"#,
        r#"{"code":0,"message":""}"#,
    ];
    for answer in answers {
        if let Some(message) = print_public::<PublicError>(answer) {
            print_module::<IotError>(&message, "IoT");
        }
    }
}

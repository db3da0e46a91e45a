//! UCloud API, UIoT module: the return codes (`RetCode`) as one
//! `#[error_table]` family with Chinese and English messages.
//!
//! UCloud answers HTTP 200 with `RetCode` and `Message` in the body:
//! `{"RetCode":171,"Message":"签名错误。"}`. The table mixes the general codes
//! (-1..999, 0 being success) and the UIoT codes (100000..100059). For the
//! code -1 the enum says `#[repr(i32)]`, which makes `i32` its code type;
//! Chinese is the default language and English is `message_in("en")`.
//!
//! The example prints the table (code, HTTP status, variant, message), then
//! decodes answers with serde into `Code<UcloudError>`, keeping a code the
//! table does not have as `Code::Unknown`.
//!
//! Run it with `cargo run --example ucloud_uiot`.
//!
//! The table is the vendor's, code for code: `tests/test_seeds.rs` checks it
//! against `tests/fixtures/002_904e361870c033cf.txt`.

mod common;

use error_table::{Code, error_table};
use serde::Deserialize;

use common::print_table;

/// The return codes of the UCloud API and its UIoT module, in Chinese (the
/// default) and English.
///
/// The vendor's texts are kept as written, typos included ("unavilable").
/// Some codes share a text: 130 and 150 read the same (150 sits with the
/// gateway codes 151 and 152, hence
/// [`GatewayUnavailable`](UcloudError::GatewayUnavailable)), 140 and 240 both
/// say 权限错误. 100018 is not documented.
#[repr(i32)]
#[error_table(http = 200, lang = "zh", name = "ucloud")]
pub enum UcloudError {
    #[msg(
        zh = "数据加载失败，请稍后重试。",
        en = "Data loading failed, please retry later."
    )]
    DataLoadingFailed = -1,
    #[msg(zh = "请求成功", en = "Request Success.")]
    Success = 0,
    #[msg(
        zh = "签名生成失败,请联系技术支持或提交工单。",
        en = "Signature generation failed, please contact technical support or submit a ticket."
    )]
    SignatureGenerationFailed = 100,
    #[msg(
        zh = "该操作请求超时，请稍后重试",
        en = "This operation request has timed out, please retry later"
    )]
    RequestTimeout = 110,
    #[msg(
        zh = "日期格式错误，请重新选择日期。",
        en = "Date format error, please reselect the date."
    )]
    InvalidDateFormat = 120,
    #[msg(
        zh = "服务目前不可用，我们正在努力恢复中，请稍后重试。",
        en = "Service is temporarily unavailable, we are working hard to restore it, please retry later."
    )]
    ServiceUnavailable = 130,
    #[msg(
        zh = "权限错误，请联系技术支持或提交工单。",
        en = "Authorization error, please contact technical support or submit a ticket."
    )]
    AuthorizationError = 140,
    #[msg(
        zh = "服务目前不可用，我们正在努力恢复中，请稍后重试。",
        en = "Service is temporarily unavailable, we are working hard to restore it, please retry later."
    )]
    GatewayUnavailable = 150,
    #[msg(zh = "网关缓存服务异常", en = "Redis Service unavilable")]
    GatewayCacheUnavailable = 151,
    #[msg(zh = "API 错误或后端不可用", en = "API Error Or Service unavailable")]
    BackendUnavailable = 152,
    #[msg(
        zh = "缺少关键参数Action，请提供完整的参数。",
        en = "Key parameter Action is missing, please provide the complete parameters."
    )]
    MissingAction = 160,
    #[msg(zh = "Action 不存在", en = "Action not found")]
    ActionNotFound = 161,
    #[msg(
        zh = "缺少关键参数signature，请提供完整的参数。",
        en = "Key parameter Signature is missing, please provide the complete parameters."
    )]
    MissingSignature = 170,
    #[msg(zh = "签名错误。", en = "Signature error.")]
    InvalidSignature = 171,
    #[msg(zh = "该账号不存在。", en = "This account does not exist.")]
    AccountNotFound = 172,
    #[msg(zh = "账户限制", en = "Account restriction")]
    AccountRestricted = 173,
    #[msg(zh = "Token 不存在", en = "Token Not Exists")]
    TokenNotFound = 174,
    #[msg(
        zh = "缺少关键参数API version。",
        en = "Key parameter API Version is missing."
    )]
    MissingApiVersion = 180,
    #[msg(zh = "API版本错误。", en = "API Version error.")]
    InvalidApiVersion = 190,
    #[msg(
        zh = "服务目前不可用，我们正在努力修复中，请稍后再试。",
        en = "Service is temporarily unavailable, we are working hard to restore, please retry later."
    )]
    ServiceUnderRepair = 200,
    #[msg(
        zh = "缺少关键参数，请提供完整的参数信息。",
        en = "Key parameter is missing, please provide the complete parameters."
    )]
    MissingParameter = 210,
    #[msg(
        zh = "参数超出范围，请重新输入。",
        en = "Parameter exceeds limits, please reenter."
    )]
    ParameterOutOfRange = 220,
    #[msg(zh = "参数错误，请重新输入。", en = "Parameter error, please reenter.")]
    InvalidParameter = 230,
    #[msg(
        zh = "权限错误，请联系技术支持",
        en = "Authorization error, please contact technical support"
    )]
    PermissionError = 240,
    #[msg(
        zh = "降级失败,请联系技术支持或提交工单。",
        en = "Downgrade failed, please contact technical support or submit a ticket."
    )]
    DowngradeFailed = 260,
    #[msg(
        zh = "结算错误,请联系技术支持或提交工单。",
        en = "Settlement error, please contact technical support or submit a ticket."
    )]
    SettlementError = 270,
    #[msg(zh = "项目未授权", en = "project unauthorized error")]
    ProjectUnauthorized = 290,
    #[msg(
        zh = "该账户没有执行对应 Action 和产品类型的权限",
        en = "Action , ProductType unauthorized error"
    )]
    ActionUnauthorized = 291,
    #[msg(zh = "项目不存在", en = "project not exists")]
    ProjectNotFound = 292,
    #[msg(zh = "地区权限错误", en = "Region Unauthorized Error")]
    RegionUnauthorized = 293,
    #[msg(zh = "访问ip被黑名单", en = "Access ip denied")]
    IpDenied = 294,
    #[msg(zh = "安全锁认证失败", en = "Safe lock miss verification")]
    SafeLockVerificationFailed = 295,
    #[msg(
        zh = "结束时间不能小于开始时间，请重新选择。",
        en = "End time cannot be less than start time, please reselect."
    )]
    EndBeforeStart = 300,
    #[msg(zh = "参数类型错误", en = "param type error")]
    InvalidParameterType = 310,
    #[msg(
        zh = "余额不足，请充值。",
        en = "Balance is insufficient, please recharge."
    )]
    InsufficientBalance = 520,
    #[msg(
        zh = "抱歉当前机房服务目前不可用，恢复中。",
        en = "Sorry, server room service is currently unavailable, restoration is in progress."
    )]
    DataCenterUnavailable = 999,
    #[msg(zh = "创建产品失败", en = "Create product failed")]
    CreateProductFailed = 100000,
    #[msg(zh = "产品名称已存在", en = "Product name exists")]
    ProductNameAlreadyExists = 100001,
    #[msg(zh = "产品名称不存在", en = "Product name does not exists")]
    ProductNameNotFound = 100002,
    #[msg(zh = "产品序列号不存在", en = "Product SN does not exist")]
    ProductSnNotFound = 100003,
    #[msg(zh = "生成产品序列号失败", en = "Failed to generate product sn")]
    GenerateProductSnFailed = 100004,
    #[msg(zh = "产品Topic已存在", en = "Product topic exists")]
    ProductTopicAlreadyExists = 100005,
    #[msg(zh = "产品Topic不存在", en = "Product topic does not exist")]
    ProductTopicNotFound = 100006,
    #[msg(zh = "设备已存在", en = "Device exists")]
    DeviceAlreadyExists = 100007,
    #[msg(zh = "设备不存在", en = "Device does not exist")]
    DeviceNotFound = 100008,
    #[msg(zh = "生成设备序列号失败", en = "Generate device sn failed")]
    GenerateDeviceSnFailed = 100009,
    #[msg(zh = "生成设备密码失败", en = "Failed to generate device's password")]
    GenerateDevicePasswordFailed = 100010,
    #[msg(zh = "规则名称已存在", en = "Rule name exists")]
    RuleNameAlreadyExists = 100011,
    #[msg(zh = "规则ID不存在", en = "Rule ID does not exist")]
    RuleIdNotFound = 100012,
    #[msg(zh = "规则SQL语句不完整", en = "Rule's SQL statement is not complete")]
    IncompleteRuleSql = 100013,
    #[msg(zh = "设备密码错误", en = "Device password is not correct")]
    WrongDevicePassword = 100014,
    #[msg(zh = "规则Action已存在", en = "Rule Action exists")]
    RuleActionAlreadyExists = 100015,
    #[msg(zh = "规则Action不存在", en = "Rule action does not exist")]
    RuleActionNotFound = 100016,
    #[msg(zh = "规则Action不完整", en = "Rule Action is not complete")]
    IncompleteRuleAction = 100017,
    #[msg(
        zh = "设备数超过限制",
        en = "Device count under product over limitation"
    )]
    DeviceLimitExceeded = 100019,
    #[msg(zh = "没有找到记录", en = "No records found")]
    NoRecordsFound = 100020,
    #[msg(zh = "SQL语句不合法", en = "Sql is invalid")]
    InvalidSql = 100021,
    #[msg(zh = "该规则正在运行，修改前请先禁用", en = "Rule status is invalid")]
    RuleRunning = 100022,
    #[msg(
        zh = "连接Action转发目的地失败",
        en = "Connect to action backend failed"
    )]
    ActionBackendConnectionFailed = 100023,
    #[msg(zh = "生产产品密钥失败", en = "Generate product password failed")]
    GenerateProductPasswordFailed = 100024,
    #[msg(zh = "断开设备连接失败", en = "Failed to disconnect device")]
    DisconnectDeviceFailed = 100025,
    #[msg(
        zh = "设备影子文档版本冲突",
        en = "Device shadow message version conflicted"
    )]
    DeviceShadowVersionConflict = 100026,
    #[msg(zh = "操作关闭的设备影子", en = "Device shadow already disabled")]
    DeviceShadowDisabled = 100027,
    #[msg(zh = "规则已存在", en = "Rule exist")]
    RuleAlreadyExists = 100028,
    #[msg(zh = "获取监控数据失败", en = "Get Monitor data failed")]
    GetMonitorDataFailed = 100029,
    #[msg(zh = "无效的访问时间范围", en = "Invalid time range")]
    InvalidTimeRange = 100030,
    #[msg(zh = "固件版本已存在", en = "Firmware version exist")]
    FirmwareVersionAlreadyExists = 100031,
    #[msg(zh = "固件版本不存在", en = "Firmware version not exist")]
    FirmwareVersionNotFound = 100032,
    #[msg(zh = "设备固件版本未上报", en = "Device version is unreported")]
    DeviceVersionUnreported = 100033,
    #[msg(
        zh = "当前版本与目标版本一致",
        en = "Current version equals destination version"
    )]
    AlreadyAtTargetVersion = 100034,
    #[msg(zh = "其他OTA任务正在运行", en = "Another OTA task is running")]
    OtaTaskRunning = 100035,
    #[msg(zh = "设备固件版本不存在", en = "Device version not exist")]
    DeviceVersionNotFound = 100036,
    #[msg(zh = "固件数量达到上限", en = "Maximum number of files exceeded")]
    FirmwareLimitExceeded = 100037,
    #[msg(zh = "标识符不存在", en = "Identifier not exist")]
    IdentifierNotFound = 100038,
    #[msg(zh = "设备不在线", en = "Device is not online")]
    DeviceOffline = 100039,
    #[msg(zh = "命令执行超时", en = "Command timeout")]
    CommandTimeout = 100040,
    #[msg(zh = "命令回复错误", en = "Command reply error")]
    CommandReplyError = 100041,
    #[msg(zh = "命令已存在", en = "Command exist")]
    CommandAlreadyExists = 100042,
    #[msg(zh = "事件已存在", en = "Event exist")]
    EventAlreadyExists = 100043,
    #[msg(zh = "命令数量达到上限", en = "Maximum number of commands exceeded")]
    CommandLimitExceeded = 100044,
    #[msg(zh = "事件数量达到上限", en = "Maximum number of events exceeded")]
    EventLimitExceeded = 100045,
    #[msg(zh = "命令不存在", en = "Command not exist")]
    CommandNotFound = 100046,
    #[msg(zh = "事件不存在", en = "Event not exist")]
    EventNotFound = 100047,
    #[msg(zh = "属性已存在", en = "Property exist")]
    PropertyAlreadyExists = 100048,
    #[msg(zh = "属性只读", en = "Read only property")]
    ReadOnlyProperty = 100049,
    #[msg(
        zh = "物模型属性数量超过最大限制数",
        en = "Number of properties over limitation"
    )]
    PropertyLimitExceeded = 100050,
    #[msg(
        zh = "规则引擎无订阅Topic权限",
        en = "Rule engine subscribe topic permission denied"
    )]
    RuleEngineSubscribeDenied = 100051,
    #[msg(
        zh = "账号下产品数量超过限制",
        en = "Product under account over limitation"
    )]
    ProductLimitExceeded = 100052,
    #[msg(zh = "API访问过于频繁", en = "Access API too frequent")]
    TooManyRequests = 100053,
    #[msg(zh = "产品已发布", en = "Product published")]
    ProductPublished = 100054,
    #[msg(
        zh = "产品下的Topic数超过限制",
        en = "Topic under product over limitation"
    )]
    TopicLimitExceeded = 100055,
    #[msg(
        zh = "账户下的规则数量超过限制",
        en = "Rule under account over limitation"
    )]
    RuleLimitExceeded = 100056,
    #[msg(
        zh = "规则下的Action数量超过限制",
        en = "Action under rule over limitation"
    )]
    ActionLimitExceeded = 100057,
    #[msg(zh = "物模型属性未定义", en = "Thing model property not define")]
    PropertyNotDefined = 100058,
    #[msg(
        zh = "完成实名认证后可创建更多资源",
        en = "Create more resources after verifying identity"
    )]
    IdentityVerificationRequired = 100059,
}

/// An answer of the API, as sent.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Answer {
    #[serde(default)]
    action: Option<String>,
    ret_code: Code<UcloudError>,
    #[serde(default)]
    message: String,
}

fn main() {
    print_table::<UcloudError>();

    let answers = [
        r#"{"RetCode":171,"Message":"签名错误。"}"#,
        r#"{"Action":"GetUIoTDeviceListResponse","RetCode":-1,"Message":"数据加载失败，请稍后重试。"}"#,
        r#"{"Action":"CreateUIoTProductResponse","RetCode":100000,"Message":"创建产品失败"}"#,
        // 100018, the code the table skips (the message is made up): kept as
        // it came.
        r#"{"Action":"CreateUIoTDeviceResponse","RetCode":100018,"Message":"设备数量超过限制"}"#,
    ];
    for answer in answers {
        println!("{answer}");
        let Answer {
            action,
            ret_code,
            message,
        } = serde_json::from_str(answer).expect("a UCloud answer");
        let action = action
            .map(|action| format!("{action}: "))
            .unwrap_or_default();
        match ret_code {
            Code::Known(error) => println!(
                "  {action}{ret_code:?} {error} / {}, HTTP {}",
                error.message_in("en"),
                error.http_status()
            ),
            Code::Unknown(_) => {
                println!("  {action}{ret_code:?}, not in the table, the vendor says {message:?}");
            }
        }
    }
}

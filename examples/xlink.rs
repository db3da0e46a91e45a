//! Xlink (云智易) IoT platform REST API: the four error tables of the vendor's
//! "错误码说明" page as one `#[error_table]` module, one family per HTTP status,
//! and a union of the four.
//!
//! An Xlink code is its HTTP status followed by a four-digit number
//! (`4031003`: HTTP 403, sub-code 1003), so the module says `http = split(4)`
//! and every family gets its status from its codes. The error body carries the
//! code as a string: `{"error":{"code":"4031003","msg":"无效的Access-Token"}}`.
//!
//! The example prints the four tables (code, HTTP status, variant, message),
//! then decodes error bodies with serde into [`xlink::XlinkError`], keeping a
//! code the tables do not have as `Code::Unknown`.
//!
//! Run it with `cargo run --example xlink`.
//!
//! The tables are the vendor's, code for code: `tests/test_seeds.rs` checks them
//! against `tests/fixtures/004_51e7a88da397f40b.txt`.

mod common;

use error_table::{Code, error_table};
use serde::Deserialize;

use common::print_table;
use xlink::{BadRequest, Forbidden, NotFound, ServiceUnavailable, XlinkError};

/// The errors of the Xlink REST API, by HTTP status: a code is the status
/// followed by a four-digit number, and every code of the module is in the
/// union [`XlinkError`].
///
/// The vendor's numbering has gaps (4001040 and 4001044 are not documented);
/// codes the tables lack are kept as [`Code::Unknown`] when decoded.
///
/// With `axum`, every family and the union answer as the vendor does: the
/// code's HTTP status and the vendor's body, byte for byte
/// (`examples/xlink_server.rs` serves them). A retryable code (the 503s)
/// asks the client to wait a second: `retry_after()`, and `Retry-After: 1`
/// on its response.
/// With `tonic`, each is a gRPC status too (`examples/xlink_grpc.rs` serves
/// those).
#[error_table(
    http = split(4),
    union = XlinkError,
    name = "xlink",
    axum,
    body = r#"{"error":{"code":"{code}","msg":"{msg}"}}"#,
    retryable(after = 1),
    tonic
)]
pub mod xlink {
    /// HTTP 400 Bad Request (参数错误): the request's data was refused.
    ///
    /// The vendor's message of 4001045, "数据变名称已存在", is kept as written;
    /// it most likely means the name of a data table (数据表, see
    /// [`NotFound::DataTableNotFound`]).
    pub enum BadRequest {
        /// 请求数据字段验证不通过
        FieldValidationFailed = 4001001,
        /// 请求数据必须字段不可为空
        RequiredFieldEmpty = 4001002,
        /// 手机验证码不存在
        SmsCodeNotFound = 4001003,
        /// 手机验证码错误
        InvalidSmsCode = 4001004,
        /// 注册的手机号已存在
        PhoneAlreadyRegistered = 4001005,
        /// 注册的邮箱已存在
        EmailAlreadyRegistered = 4001006,
        /// 密码错误
        WrongPassword = 4001007,
        /// 帐号不合法
        InvalidAccount = 4001008,
        /// 企业成员状态不合法
        InvalidMemberStatus = 4001009,
        /// 刷新token不合法
        InvalidRefreshToken = 4001010,
        /// 未知成员角色类型
        UnknownMemberRole = 4001011,
        /// 只有管理员才能邀请
        OnlyAdminCanInvite = 4001012,
        /// 不可修改其他成员信息
        CannotModifyOtherMember = 4001013,
        /// 不能删除本人
        CannotDeleteSelf = 4001014,
        /// 未知的产品连接类型
        UnknownConnectionType = 4001015,
        /// 已发布的产品不可删除
        CannotDeletePublishedProduct = 4001016,
        /// 固件版本已存在
        FirmwareVersionAlreadyExists = 4001017,
        /// 数据端点未知数据类型
        UnknownDatapointType = 4001018,
        /// 数据端点索引已存在
        DatapointIndexAlreadyExists = 4001019,
        /// 已发布的数据端点不可删除
        CannotDeletePublishedDatapoint = 4001020,
        /// 该产品下设备MAC地址已存在
        DeviceMacAlreadyExists = 4001021,
        /// 不能删除已激活的设备
        CannotDeleteActivatedDevice = 4001022,
        /// 扩展属性Key为预留字段
        ReservedPropertyKey = 4001023,
        /// 设备扩展属性超过上限
        DevicePropertyLimitExceeded = 4001024,
        /// 新增已存在的扩展属性
        PropertyAlreadyExists = 4001025,
        /// 更新不存在的扩展属性
        PropertyToUpdateNotFound = 4001026,
        /// 属性字段名不合法
        InvalidPropertyName = 4001027,
        /// 邮件验证码不存在
        EmailCodeNotFound = 4001028,
        /// 邮件验证码错误
        InvalidEmailCode = 4001029,
        /// 用户状态不合法
        InvalidUserStatus = 4001030,
        /// 用户手机尚未认证
        PhoneNotVerified = 4001031,
        /// 用户邮箱尚未认证
        EmailNotVerified = 4001032,
        /// 用户已经订阅设备
        DeviceAlreadySubscribed = 4001033,
        /// 用户没有订阅该设备
        DeviceNotSubscribed = 4001034,
        /// 自动升级任务名称已存在
        UpgradeTaskNameAlreadyExists = 4001035,
        /// 升级任务状态未知
        UnknownUpgradeTaskStatus = 4001036,
        /// 已有相同的起始版本升级任务
        DuplicateUpgradeTask = 4001037,
        /// 设备激活失败
        DeviceActivationFailed = 4001038,
        /// 设备认证失败
        DeviceAuthenticationFailed = 4001039,
        /// 订阅设备认证码错误
        InvalidSubscriptionCode = 4001041,
        /// 授权名称已存在
        AuthorizationNameAlreadyExists = 4001042,
        /// 该告警规则名称已存在
        AlarmRuleNameAlreadyExists = 4001043,
        /// 数据变名称已存在
        DataTableNameAlreadyExists = 4001045,
        /// 产品固件文件超过大小限制
        FirmwareFileTooLarge = 4001046,
        /// APN密钥文件超过大小限制
        ApnKeyFileTooLarge = 4001047,
        /// APP的APN功能未启用
        ApnNotEnabled = 4001048,
        /// 产品未允许用户注册设备
        DeviceRegistrationNotAllowed = 4001049,
        /// 该类型的邮件模板已存在
        EmailTemplateAlreadyExists = 4001050,
        /// 邮件模板正文内容参数缺失
        EmailTemplateParameterMissing = 4001051,
    }

    /// HTTP 403 Forbidden (接口权限错误): no token, an invalid token, or not the
    /// permission the call needs.
    pub enum Forbidden {
        /// 禁止访问
        AccessDenied = 4031001,
        /// 禁止访问，需要Access-Token
        AccessTokenRequired = 4031002,
        /// 无效的Access-Token
        InvalidAccessToken = 4031003,
        /// 需要企业的调用权限
        EnterprisePermissionRequired = 4031004,
        /// 需要企业管理员权限
        EnterpriseAdminRequired = 4031005,
        /// 需要数据操作权限
        DataPermissionRequired = 4031006,
        /// 禁止访问私有数据
        PrivateDataAccessDenied = 4031007,
        /// 分享已经被取消
        ShareCancelled = 4031008,
        /// 分享已经接受
        ShareAlreadyAccepted = 4031009,
        /// 用户没有订阅设备，不能执行操作
        SubscriptionRequired = 4031010,
    }

    /// HTTP 404 Not Found (访问的资源不存在): the URL or the resource it names
    /// does not exist.
    // Every name says what is missing: `DeviceNotFound` is what `name()`
    // reports, which `Device` alone would not tell.
    #[allow(clippy::enum_variant_names)]
    pub enum NotFound {
        /// URL找不到
        UrlNotFound = 4041001,
        /// 企业成员帐号不存在
        MemberAccountNotFound = 4041002,
        /// 企业成员不存在
        MemberNotFound = 4041003,
        /// 激活的成员邮箱不存在
        ActivationEmailNotFound = 4041004,
        /// 产品信息不存在
        ProductNotFound = 4041005,
        /// 产品固件不存在
        FirmwareNotFound = 4041006,
        /// 数据端点不存在
        DatapointNotFound = 4041007,
        /// 设备不存在
        DeviceNotFound = 4041008,
        /// 设备扩展属性不存在
        DevicePropertyNotFound = 4041009,
        /// 企业不存在
        EnterpriseNotFound = 4041010,
        /// 用户不存在
        UserNotFound = 4041011,
        /// 用户扩展属性不存在
        UserPropertyNotFound = 4041012,
        /// 升级任务不存在
        UpgradeTaskNotFound = 4041013,
        /// 第三方身份授权不存在
        ThirdPartyAuthorizationNotFound = 4041014,
        /// 告警规则不存在
        AlarmRuleNotFound = 4041015,
        /// 数据表不存在
        DataTableNotFound = 4041016,
        /// 数据不存在
        DataNotFound = 4041017,
        /// 分享资源不存在
        SharedResourceNotFound = 4041018,
        /// 企业邮箱不存在
        EnterpriseEmailNotFound = 4041019,
        /// APP不存在
        AppNotFound = 4041020,
        /// 产品转发规则不存在
        ForwardingRuleNotFound = 4041021,
        /// 邮件模板不存在
        EmailTemplateNotFound = 4041022,
    }

    /// HTTP 503 Service Unavailable (服务器发生异常): the server failed.
    pub enum ServiceUnavailable {
        /// 服务端发生异常
        InternalServerError = 5031001,
    }
}

/// The body of every Xlink answer that is not HTTP 200.
#[derive(Debug, Deserialize)]
struct ErrorBody {
    error: ErrorDetail,
}

/// `{"code":"4031003","msg":"无效的Access-Token"}`: the code comes as a string.
#[derive(Debug, Deserialize)]
struct ErrorDetail {
    code: Code<XlinkError>,
    msg: String,
}

/// What a client does about an error: matching on the typed union.
fn advice(error: XlinkError) -> &'static str {
    match error {
        XlinkError::Forbidden(Forbidden::AccessTokenRequired | Forbidden::InvalidAccessToken) => {
            "log in again for a new Access-Token"
        }
        XlinkError::BadRequest(_) => "fix the request",
        XlinkError::Forbidden(_) => "ask for the permission",
        XlinkError::NotFound(_) => "check the URL and the ids",
        XlinkError::ServiceUnavailable(_) => "retry later",
    }
}

fn main() {
    print_table::<BadRequest>();
    print_table::<Forbidden>();
    print_table::<NotFound>();
    print_table::<ServiceUnavailable>();

    let bodies = [
        r#"{"error":{"code":"4031003","msg":"无效的Access-Token"}}"#,
        r#"{"error":{"code":4041008,"msg":"设备不存在"}}"#,
        // A code the tables skip: kept as it came, with the vendor's text.
        r#"{"error":{"code":"4001044","msg":"请求参数错误"}}"#,
    ];
    for body in bodies {
        let body: ErrorBody = serde_json::from_str(body).expect("an Xlink error body");
        let ErrorDetail { code, msg } = body.error;
        println!("{code:?}");
        match code {
            Code::Known(error) => println!(
                "  HTTP {}, sub-code {}, {}: {error} ({})",
                error.http_status(),
                error.sub_code(),
                error.name(),
                advice(error)
            ),
            Code::Unknown(_) => println!(
                "  not in the tables: HTTP {} by the code's scheme, the vendor says {msg:?}",
                code.http_status()
                    .map_or("unknown".into(), |s| s.to_string())
            ),
        }
    }
}

use error_table::error_table;

/// Table 1 of `002_904e361870c033cf.txt` (line 4), imported by `error-table import`.
#[repr(i32)]
#[error_table(http = 200, name = "ucloud")]
pub enum UcloudError {
    #[msg(
        zh = "数据加载失败，请稍后重试。",
        en = "Data loading failed, please retry later."
    )]
    DataLoadingFailed = -1,
    #[msg(zh = "请求成功", en = "Request Success.")]
    RequestSuccess = 0,
    #[msg(
        zh = "签名生成失败,请联系技术支持或提交工单。",
        en = "Signature generation failed, please contact technical support or submit a ticket."
    )]
    SignatureGenerationFailed = 100,
    #[msg(
        zh = "该操作请求超时，请稍后重试",
        en = "This operation request has timed out, please retry later"
    )]
    ThisOperationRequestHasTimedOut = 110,
    #[msg(
        zh = "日期格式错误，请重新选择日期。",
        en = "Date format error, please reselect the date."
    )]
    DateFormatError = 120,
    #[msg(
        zh = "服务目前不可用，我们正在努力恢复中，请稍后重试。",
        en = "Service is temporarily unavailable, we are working hard to restore it, please retry later."
    )]
    ServiceIsTemporarilyUnavailable = 130,
    #[msg(
        zh = "权限错误，请联系技术支持或提交工单。",
        en = "Authorization error, please contact technical support or submit a ticket."
    )]
    AuthorizationError = 140,
    #[msg(
        zh = "服务目前不可用，我们正在努力恢复中，请稍后重试。",
        en = "Service is temporarily unavailable, we are working hard to restore it, please retry later."
    )]
    ServiceIsTemporarilyUnavailable2 = 150,
    #[msg(zh = "网关缓存服务异常", en = "Redis Service unavilable")]
    RedisServiceUnavilable = 151,
    #[msg(zh = "API 错误或后端不可用", en = "API Error Or Service unavailable")]
    ApiErrorOrServiceUnavailable = 152,
    #[msg(
        zh = "缺少关键参数Action，请提供完整的参数。",
        en = "Key parameter Action is missing, please provide the complete parameters."
    )]
    KeyParameterActionIsMissing = 160,
    #[msg(zh = "Action 不存在", en = "Action not found")]
    ActionNotFound = 161,
    #[msg(
        zh = "缺少关键参数signature，请提供完整的参数。",
        en = "Key parameter Signature is missing, please provide the complete parameters."
    )]
    KeyParameterSignatureIsMissing = 170,
    #[msg(zh = "签名错误。", en = "Signature error.")]
    SignatureError = 171,
    #[msg(zh = "该账号不存在。", en = "This account does not exist.")]
    ThisAccountDoesNotExist = 172,
    #[msg(zh = "账户限制", en = "Account restriction")]
    AccountRestriction = 173,
    #[msg(zh = "Token 不存在", en = "Token Not Exists")]
    TokenNotExists = 174,
    #[msg(
        zh = "缺少关键参数API version。",
        en = "Key parameter API Version is missing."
    )]
    KeyParameterApiVersionIsMissing = 180,
    #[msg(zh = "API版本错误。", en = "API Version error.")]
    ApiVersionError = 190,
    #[msg(
        zh = "服务目前不可用，我们正在努力修复中，请稍后再试。",
        en = "Service is temporarily unavailable, we are working hard to restore, please retry later."
    )]
    ServiceIsTemporarilyUnavailable3 = 200,
    #[msg(
        zh = "缺少关键参数，请提供完整的参数信息。",
        en = "Key parameter is missing, please provide the complete parameters."
    )]
    KeyParameterIsMissing = 210,
    #[msg(
        zh = "参数超出范围，请重新输入。",
        en = "Parameter exceeds limits, please reenter."
    )]
    ParameterExceedsLimits = 220,
    #[msg(zh = "参数错误，请重新输入。", en = "Parameter error, please reenter.")]
    ParameterError = 230,
    #[msg(
        zh = "权限错误，请联系技术支持",
        en = "Authorization error, please contact technical support"
    )]
    AuthorizationError2 = 240,
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
    ProjectUnauthorizedError = 290,
    #[msg(
        zh = "该账户没有执行对应 Action 和产品类型的权限",
        en = "Action , ProductType unauthorized error"
    )]
    Action = 291,
    #[msg(zh = "项目不存在", en = "project not exists")]
    ProjectNotExists = 292,
    #[msg(zh = "地区权限错误", en = "Region Unauthorized Error")]
    RegionUnauthorizedError = 293,
    #[msg(zh = "访问ip被黑名单", en = "Access ip denied")]
    AccessIpDenied = 294,
    #[msg(zh = "安全锁认证失败", en = "Safe lock miss verification")]
    SafeLockMissVerification = 295,
    #[msg(
        zh = "结束时间不能小于开始时间，请重新选择。",
        en = "End time cannot be less than start time, please reselect."
    )]
    EndTimeCannotBeLessThan = 300,
    #[msg(zh = "参数类型错误", en = "param type error")]
    ParamTypeError = 310,
    #[msg(
        zh = "余额不足，请充值。",
        en = "Balance is insufficient, please recharge."
    )]
    BalanceIsInsufficient = 520,
    #[msg(
        zh = "抱歉当前机房服务目前不可用，恢复中。",
        en = "Sorry, server room service is currently unavailable, restoration is in progress."
    )]
    Sorry = 999,
    #[msg(zh = "创建产品失败", en = "Create product failed")]
    CreateProductFailed = 100000,
    #[msg(zh = "产品名称已存在", en = "Product name exists")]
    ProductNameExists = 100001,
    #[msg(zh = "产品名称不存在", en = "Product name does not exists")]
    ProductNameDoesNotExists = 100002,
    #[msg(zh = "产品序列号不存在", en = "Product SN does not exist")]
    ProductSnDoesNotExist = 100003,
    #[msg(zh = "生成产品序列号失败", en = "Failed to generate product sn")]
    FailedToGenerateProductSn = 100004,
    #[msg(zh = "产品Topic已存在", en = "Product topic exists")]
    ProductTopicExists = 100005,
    #[msg(zh = "产品Topic不存在", en = "Product topic does not exist")]
    ProductTopicDoesNotExist = 100006,
    #[msg(zh = "设备已存在", en = "Device exists")]
    DeviceExists = 100007,
    #[msg(zh = "设备不存在", en = "Device does not exist")]
    DeviceDoesNotExist = 100008,
    #[msg(zh = "生成设备序列号失败", en = "Generate device sn failed")]
    GenerateDeviceSnFailed = 100009,
    #[msg(zh = "生成设备密码失败", en = "Failed to generate device's password")]
    FailedToGenerateDevicesPassword = 100010,
    #[msg(zh = "规则名称已存在", en = "Rule name exists")]
    RuleNameExists = 100011,
    #[msg(zh = "规则ID不存在", en = "Rule ID does not exist")]
    RuleIdDoesNotExist = 100012,
    #[msg(zh = "规则SQL语句不完整", en = "Rule's SQL statement is not complete")]
    RulesSqlStatementIsNotComplete = 100013,
    #[msg(zh = "设备密码错误", en = "Device password is not correct")]
    DevicePasswordIsNotCorrect = 100014,
    #[msg(zh = "规则Action已存在", en = "Rule Action exists")]
    RuleActionExists = 100015,
    #[msg(zh = "规则Action不存在", en = "Rule action does not exist")]
    RuleActionDoesNotExist = 100016,
    #[msg(zh = "规则Action不完整", en = "Rule Action is not complete")]
    RuleActionIsNotComplete = 100017,
    #[msg(
        zh = "设备数超过限制",
        en = "Device count under product over limitation"
    )]
    DeviceCountUnderProductOverLimitation = 100019,
    #[msg(zh = "没有找到记录", en = "No records found")]
    NoRecordsFound = 100020,
    #[msg(zh = "SQL语句不合法", en = "Sql is invalid")]
    SqlIsInvalid = 100021,
    #[msg(zh = "该规则正在运行，修改前请先禁用", en = "Rule status is invalid")]
    RuleStatusIsInvalid = 100022,
    #[msg(
        zh = "连接Action转发目的地失败",
        en = "Connect to action backend failed"
    )]
    ConnectToActionBackendFailed = 100023,
    #[msg(zh = "生产产品密钥失败", en = "Generate product password failed")]
    GenerateProductPasswordFailed = 100024,
    #[msg(zh = "断开设备连接失败", en = "Failed to disconnect device")]
    FailedToDisconnectDevice = 100025,
    #[msg(
        zh = "设备影子文档版本冲突",
        en = "Device shadow message version conflicted"
    )]
    DeviceShadowMessageVersionConflicted = 100026,
    #[msg(zh = "操作关闭的设备影子", en = "Device shadow already disabled")]
    DeviceShadowAlreadyDisabled = 100027,
    #[msg(zh = "规则已存在", en = "Rule exist")]
    RuleExist = 100028,
    #[msg(zh = "获取监控数据失败", en = "Get Monitor data failed")]
    GetMonitorDataFailed = 100029,
    #[msg(zh = "无效的访问时间范围", en = "Invalid time range")]
    InvalidTimeRange = 100030,
    #[msg(zh = "固件版本已存在", en = "Firmware version exist")]
    FirmwareVersionExist = 100031,
    #[msg(zh = "固件版本不存在", en = "Firmware version not exist")]
    FirmwareVersionNotExist = 100032,
    #[msg(zh = "设备固件版本未上报", en = "Device version is unreported")]
    DeviceVersionIsUnreported = 100033,
    #[msg(
        zh = "当前版本与目标版本一致",
        en = "Current version equals destination version"
    )]
    CurrentVersionEqualsDestinationVersion = 100034,
    #[msg(zh = "其他OTA任务正在运行", en = "Another OTA task is running")]
    AnotherOtaTaskIsRunning = 100035,
    #[msg(zh = "设备固件版本不存在", en = "Device version not exist")]
    DeviceVersionNotExist = 100036,
    #[msg(zh = "固件数量达到上限", en = "Maximum number of files exceeded")]
    MaximumNumberOfFilesExceeded = 100037,
    #[msg(zh = "标识符不存在", en = "Identifier not exist")]
    IdentifierNotExist = 100038,
    #[msg(zh = "设备不在线", en = "Device is not online")]
    DeviceIsNotOnline = 100039,
    #[msg(zh = "命令执行超时", en = "Command timeout")]
    CommandTimeout = 100040,
    #[msg(zh = "命令回复错误", en = "Command reply error")]
    CommandReplyError = 100041,
    #[msg(zh = "命令已存在", en = "Command exist")]
    CommandExist = 100042,
    #[msg(zh = "事件已存在", en = "Event exist")]
    EventExist = 100043,
    #[msg(zh = "命令数量达到上限", en = "Maximum number of commands exceeded")]
    MaximumNumberOfCommandsExceeded = 100044,
    #[msg(zh = "事件数量达到上限", en = "Maximum number of events exceeded")]
    MaximumNumberOfEventsExceeded = 100045,
    #[msg(zh = "命令不存在", en = "Command not exist")]
    CommandNotExist = 100046,
    #[msg(zh = "事件不存在", en = "Event not exist")]
    EventNotExist = 100047,
    #[msg(zh = "属性已存在", en = "Property exist")]
    PropertyExist = 100048,
    #[msg(zh = "属性只读", en = "Read only property")]
    ReadOnlyProperty = 100049,
    #[msg(
        zh = "物模型属性数量超过最大限制数",
        en = "Number of properties over limitation"
    )]
    NumberOfPropertiesOverLimitation = 100050,
    #[msg(
        zh = "规则引擎无订阅Topic权限",
        en = "Rule engine subscribe topic permission denied"
    )]
    RuleEngineSubscribeTopicPermissionDenied = 100051,
    #[msg(
        zh = "账号下产品数量超过限制",
        en = "Product under account over limitation"
    )]
    ProductUnderAccountOverLimitation = 100052,
    #[msg(zh = "API访问过于频繁", en = "Access API too frequent")]
    AccessApiTooFrequent = 100053,
    #[msg(zh = "产品已发布", en = "Product published")]
    ProductPublished = 100054,
    #[msg(
        zh = "产品下的Topic数超过限制",
        en = "Topic under product over limitation"
    )]
    TopicUnderProductOverLimitation = 100055,
    #[msg(
        zh = "账户下的规则数量超过限制",
        en = "Rule under account over limitation"
    )]
    RuleUnderAccountOverLimitation = 100056,
    #[msg(
        zh = "规则下的Action数量超过限制",
        en = "Action under rule over limitation"
    )]
    ActionUnderRuleOverLimitation = 100057,
    #[msg(zh = "物模型属性未定义", en = "Thing model property not define")]
    ThingModelPropertyNotDefine = 100058,
    #[msg(
        zh = "完成实名认证后可创建更多资源",
        en = "Create more resources after verifying identity"
    )]
    CreateMoreResourcesAfterVerifyingIdentity = 100059,
}

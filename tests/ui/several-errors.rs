use error_table::error_table;

#[error_table(http = split(4), display = "{code} {mesage}", colour = "red")]
pub enum XlinkError {
    /// 请求数据字段验证不通过
    FieldValidationFailed = 4001001,
    FieldRequired = 4001002,
    /// 无效的Access-Token
    InvalidAccessToken = 4001001,
    /// 产品不存在
    #[http(404)]
    ProductNotFound = 4041001,
    /// 设备不存在
    DeviceNotFound(u32),
    /// 服务器发生异常
    ServerError = 99991001,
    #[msg("")]
    Unavailable = 5031001,
}

fn main() {}

use error_table::error_table;

#[error_table(http = split(4))]
pub enum XlinkError {
    /// 请求数据字段验证不通过
    FieldValidationFailed = 4001001,
    /// 请求数据必须字段不可为空
    FieldRequired = 4001002,
    /// 无效的Access-Token
    InvalidAccessToken = 4001001,
}

fn main() {}

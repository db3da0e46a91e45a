use error_table::error_table;

#[error_table]
pub enum XlinkError {
    /// 请求数据字段验证不通过
    FieldValidationFailed = 4001001,
    /// 无效的Access-Token
    InvalidAccessToken = 4031000 + 3,
}

fn main() {}

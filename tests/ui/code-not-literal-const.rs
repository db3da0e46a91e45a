use error_table::error_table;

const INVALID_TOKEN: u32 = 4031003;

#[error_table]
pub enum XlinkError {
    /// 请求数据字段验证不通过
    FieldValidationFailed = 4001001,
    /// 无效的Access-Token
    InvalidAccessToken = INVALID_TOKEN,
}

fn main() {}

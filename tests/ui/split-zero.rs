use error_table::error_table;

#[error_table(http = split(0))]
pub enum XlinkError {
    /// 请求数据字段验证不通过
    FieldValidationFailed = 4001001,
}

fn main() {}

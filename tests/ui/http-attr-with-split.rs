use error_table::error_table;

#[error_table(http = split(4))]
pub enum XlinkError {
    /// 请求数据字段验证不通过
    FieldValidationFailed = 4001001,
    /// 产品不存在
    #[http(404)]
    ProductNotFound = 4041001,
}

fn main() {}

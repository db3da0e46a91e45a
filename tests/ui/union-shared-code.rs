use error_table::error_table;

#[error_table(http = split(4), union = XlinkError)]
pub mod xlink {
    pub enum BadRequest {
        /// 请求数据字段验证不通过
        FieldValidationFailed = 4001001,
        /// 请求数据必须字段不可为空
        FieldRequired = 4001002,
    }
    pub enum Forbidden {
        /// 无效的Access-Token
        InvalidAccessToken = 4031003,
        /// 请求数据必须字段不可为空
        Required = 4001002,
    }
}

fn main() {}

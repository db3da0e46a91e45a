use error_table::error_table;

#[error_table(http = split(4))]
pub mod xlink {
    pub enum BadRequest {
        /// 请求数据字段验证不通过
        FieldValidationFailed = 4001001,
    }
    #[error_table(name = "xlink-service", colour = "red")]
    pub enum Unavailable {
        /// 服务器发生异常
        ServerError = 5031001,
    }
}

fn main() {}

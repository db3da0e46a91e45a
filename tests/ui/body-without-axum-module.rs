use error_table::error_table;

// One error for the module, not one for each family.
#[error_table(http = split(4), body = problem)]
pub mod xlink {
    pub enum BadRequest {
        /// 请求数据字段验证不通过
        FieldValidationFailed = 4001001,
    }
    pub enum Forbidden {
        /// 无效的Access-Token
        InvalidAccessToken = 4031003,
    }
}

fn main() {}

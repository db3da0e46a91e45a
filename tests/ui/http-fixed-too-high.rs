use error_table::error_table;

#[error_table(http = 600)]
pub enum PublicError {
    /// 请求参数非法
    InvalidParameter = 4000,
}

fn main() {}

use error_table::error_table;

#[error_table(http = 200, display = "({code}){msg}", http = 400)]
pub enum PublicError {
    /// 请求参数非法
    InvalidParameter = 4000,
}

fn main() {}

use error_table::error_table;

#[error_table]
pub enum PublicError {
    /// 请求参数非法
    InvalidParameter { field: &'static str },
    /// 鉴权失败
    AuthenticationFailed = 4100,
}

fn main() {}

use error_table::error_table;

#[error_table]
pub enum PublicError<T> {
    /// 请求参数非法
    InvalidParameter = 4000,
    /// 鉴权失败
    AuthenticationFailed = 4100,
}

fn main() {}

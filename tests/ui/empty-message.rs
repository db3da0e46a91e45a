use error_table::error_table;

#[error_table]
pub enum PublicError {
    /// 请求参数非法
    InvalidParameter = 4000,
    #[msg("")]
    AuthenticationFailed = 4100,
}

fn main() {}

use error_table::error_table;

#[error_table]
pub enum PublicError {
    /// 请求参数非法
    #[help("")]
    InvalidParameter = 4000,
}

fn main() {}

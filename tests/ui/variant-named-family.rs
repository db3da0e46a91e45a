use error_table::error_table;

#[error_table]
pub enum PublicError {
    /// 请求参数非法
    InvalidParameter = 4000,
    /// 产品族错误
    FAMILY = 4900,
}

fn main() {}

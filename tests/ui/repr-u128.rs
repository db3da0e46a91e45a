use error_table::error_table;

#[error_table]
#[repr(u128)]
pub enum PublicError {
    /// 请求参数非法
    InvalidParameter = 4000,
}

fn main() {}

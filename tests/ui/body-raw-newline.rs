use error_table::error_table;

// A newline inside a JSON string must be written `\n`.
#[error_table(axum, body = "{\"msg\":\"{msg}\nsee the docs\"}")]
pub enum Tencent {
    /// 参数错误
    InvalidParameter = 4000,
}

fn main() {}

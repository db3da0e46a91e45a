use error_table::error_table;

// The object is never closed.
#[error_table(axum, body = r#"{"error":{"code":"{code}","msg":"{msg}"}"#)]
pub enum Xlink {
    /// 无效的Access-Token
    InvalidAccessToken = 4031003,
}

fn main() {}

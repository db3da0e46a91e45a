use error_table::error_table;

// A key is a JSON string: `"{code}": ..` would do.
#[error_table(axum, body = r#"{{code}:"{msg}"}"#)]
pub enum Tencent {
    /// 参数错误
    InvalidParameter = 4000,
}

fn main() {}

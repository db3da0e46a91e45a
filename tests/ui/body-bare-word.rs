use error_table::error_table;

// `error` needs quotes.
#[error_table(axum, body = r#"{"code":{code},"kind":error}"#)]
pub enum Tencent {
    /// 参数错误
    InvalidParameter = 4000,
}

fn main() {}

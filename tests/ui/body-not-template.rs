use error_table::error_table;

#[error_table(axum, body = json)]
pub enum Tencent {
    /// 参数错误
    InvalidParameter = 4000,
}

fn main() {}

use error_table::error_table;

// `utoipa` describes the responses `axum` serves.
#[error_table(utoipa)]
pub enum Acme {
    /// 参数错误
    InvalidParameter = 4001,
}

fn main() {}

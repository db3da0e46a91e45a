use error_table::error_table;

#[error_table(serde = true, crate = "not a path")]
pub enum Api {
    /// 服务器内部错误
    Internal = 1,
}

fn main() {}

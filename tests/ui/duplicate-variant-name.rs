use error_table::error_table;

#[error_table]
pub enum Api {
    /// 服务器内部错误
    Internal = 1,
    /// 服务器内部错误 (again)
    Internal = 2,
}

fn main() {
    let _ = Api::from_code(1);
}

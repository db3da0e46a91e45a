use error_table::error_table;

#[error_table]
pub enum Api {
    #[mgs("服务器内部错误")]
    Internal = 1,
    #[hepl("try again later")]
    /// 服务不可用
    Unavailable = 2,
}

fn main() {}

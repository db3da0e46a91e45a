use error_table::error_table;

#[error_table(http = 500)]
#[error_table::error_table(http = 503)]
pub enum Api {
    /// 服务不可用
    Unavailable = 1,
}

fn main() {}

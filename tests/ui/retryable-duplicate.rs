use error_table::error_table;

#[error_table(http = split(4))]
pub enum Gateway {
    /// 上游超时
    #[retryable]
    #[retryable(false)]
    Timeout = 5041001,
}

fn main() {}

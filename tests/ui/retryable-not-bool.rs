use error_table::error_table;

#[error_table(http = split(4))]
pub enum Gateway {
    /// 上游超时
    #[retryable(sometimes)]
    Timeout = 5041001,
    /// 上游错误
    #[retryable = false]
    BadGateway = 5021001,
}

fn main() {}

use error_table::error_table;

#[error_table(http = split(4))]
pub enum Gateway {
    /// 上游超时
    #[retryable(after = 0)]
    Timeout = 5041001,
    /// 上游错误
    #[retryable(after = "30")]
    BadGateway = 5021001,
    /// 服务不可用
    #[retryable(after = 30s)]
    Unavailable = 5031001,
    /// 请求过于频繁
    #[retryable(after = 5000000000)]
    TooManyRequests = 4291001,
    /// 锁冲突
    #[retryable(delay = 3)]
    LockConflict = 5001002,
    /// 配额已用完
    #[retryable(false, after = 3)]
    QuotaExhausted = 4291002,
}

fn main() {}

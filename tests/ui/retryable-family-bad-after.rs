use error_table::error_table;

#[error_table(http = split(4), retryable(after = -1))]
pub enum Upstream {
    /// 上游超时
    Timeout = 5041001,
}

#[error_table(http = split(4), retryable)]
pub enum Throttled {
    /// 请求过于频繁
    TooManyRequests = 4291001,
}

#[error_table(http = split(4), retryable(false))]
pub enum Quota {
    /// 配额已用完
    QuotaExhausted = 4291002,
}

#[error_table(http = split(4), retryable(after = 5), retryable(after = 6), axum(on))]
pub enum Twice {
    /// 服务不可用
    Unavailable = 5031001,
}

fn main() {}

use error_table::error_table;

// A per-request value has no place in `Display`, which has no request.
#[error_table(display = "{msg} ({request_id})")]
pub enum Acme {
    /// 参数错误
    InvalidParameter = 4001,
}

fn main() {}

use error_table::error_table;

#[error_table(http = split(4))]
pub enum XlinkError {
    /// 无效的Access-Token
    InvalidAccessToken = 4031003,
}

// A code constant is checked when it compiles: 4031999 is not in the table.
const EXPIRED: XlinkError = XlinkError::from_code(4031999).unwrap();

fn main() {
    let _ = EXPIRED;
}

use error_table::error_table;

#[error_table]
pub enum PublicError {
    #[msg = "请求参数非法"]
    InvalidParameter = 4000,
}

fn main() {}

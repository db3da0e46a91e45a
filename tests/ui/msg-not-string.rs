use error_table::error_table;

#[error_table]
pub enum PublicError {
    #[msg(1)]
    InvalidParameter = 4000,
}

fn main() {}

use error_table::error_table;

#[error_table]
pub struct PublicError {
    pub code: u32,
}

fn main() {}

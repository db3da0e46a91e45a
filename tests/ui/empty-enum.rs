use error_table::error_table;

#[error_table]
pub enum PublicError {}

fn main() {}

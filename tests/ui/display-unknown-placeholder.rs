use error_table::error_table;

#[error_table(display = "({cod}){msg}")]
pub enum IotError {
    /// projectId不正确
    InvalidProjectId = 100004,
}

fn main() {}

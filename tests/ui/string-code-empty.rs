use error_table::error_table;

#[error_table]
pub enum Blob {
    /// The specified blob does not exist.
    BlobNotFound = "BlobNotFound",
    /// No code at all.
    Nothing = "",
}

fn main() {}

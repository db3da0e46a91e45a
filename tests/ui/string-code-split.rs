use error_table::error_table;

#[error_table(http = split(4))]
pub enum Blob {
    /// The specified blob does not exist.
    BlobNotFound = "BlobNotFound",
}

fn main() {}

use error_table::error_table;

#[error_table]
pub enum Blob {
    /// The specified blob does not exist.
    BlobNotFound = "BlobNotFound",
    /// The specified blob already exists.
    BlobAlreadyExists = "BlobAlreadyExists",
    /// The same code again.
    NoSuchBlob = "BlobNotFound",
}

fn main() {}

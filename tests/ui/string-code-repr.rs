use error_table::error_table;

#[error_table]
#[repr(u16)]
pub enum Blob {
    /// The specified blob does not exist.
    BlobNotFound = "BlobNotFound",
}

fn main() {}

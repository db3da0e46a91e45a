use error_table::error_table;

#[error_table]
pub enum Blob {
    /// The specified blob does not exist.
    BlobNotFound = "BlobNotFound",
    /// An integer among strings.
    Conflict = 409,
    /// The specified blob already exists.
    BlobAlreadyExists = "BlobAlreadyExists",
}

#[error_table]
pub enum Xlink {
    /// 无效的Access-Token
    InvalidAccessToken = 4031003,
    /// A string among integers.
    Gone = "Gone",
}

fn main() {}

use error_table::error_table;

#[error_table(union = Storage)]
pub mod storage {
    pub enum Blob {
        /// The specified blob does not exist.
        BlobNotFound = "BlobNotFound",
    }
    pub enum Numbers {
        /// Not found.
        NotFound = 404,
    }
}

fn main() {}

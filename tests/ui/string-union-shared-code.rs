use error_table::error_table;

#[error_table(union = Storage)]
pub mod storage {
    pub enum Blob {
        /// The specified resource does not exist.
        ResourceNotFound = "ResourceNotFound",
    }
    pub enum Queue {
        /// The specified queue does not exist.
        QueueNotFound = "QueueNotFound",
        /// The specified resource does not exist.
        ResourceNotFound = "ResourceNotFound",
    }
}

fn main() {}

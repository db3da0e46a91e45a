use error_table::error_table;

// S3's body with a closing tag misspelt: not well-formed XML.
#[error_table(
    axum,
    body = xml("<Error><Code>{code}</Code><Message>{msg}</Mesage></Error>")
)]
pub enum S3Error {
    /// The specified key does not exist.
    #[http(404)]
    NoSuchKey = "NoSuchKey",
}

fn main() {}

use error_table::error_table;

// Without `unix` the row would have no message.
#[error_table]
pub enum Sdk {
    #[cfg_attr(unix, msg("only on unix"))]
    OnlyUnix = 1,
    #[cfg_attr(unix, doc = "doc on unix")]
    DocOnlyUnix = 2,
}

fn main() {}

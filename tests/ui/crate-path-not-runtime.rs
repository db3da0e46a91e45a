use error_table::error_table;

// `crate` names a module that is not error-table's runtime.
pub mod sdk {
    pub mod deep {}
}

#[error_table(crate = "crate::sdk::deep")]
pub enum Sdk {
    /// not found
    NotFound = 404,
}

fn main() {}

#![allow(non_camel_case_types)]

use error_table::error_table;

#[error_table]
pub enum Blob {
    /// codes
    __ERROR_TABLE_CODES = "Codes",
    /// entries
    __ERROR_TABLE_ENTRIES = "Entries",
    /// slots
    __ERROR_TABLE_SLOTS = "Slots",
    /// at
    __error_table_at = "At",
}

#[error_table]
pub enum Int {
    /// pilots
    __ERROR_TABLE_PILOTS = 1,
}

fn main() {}

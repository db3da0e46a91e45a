//! `error-table`: the command line over the `error_table_cli` library.

#![forbid(unsafe_code)]

fn main() {}

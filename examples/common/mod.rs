//! What the seed examples share: printing a family's table.
//!
//! Each example includes this file with `mod common;` (cargo does not build
//! `examples/common/mod.rs` as an example of its own).

use error_table::ErrorCode;

/// Prints the table of the family `E` from [`ErrorCode::ALL`]: a heading line
/// (`# Family (name): N codes`), then one code a line, tab-separated: the
/// code, its HTTP status, its category (string codes only), the variant's
/// name and the vendor's message, in the document's order.
pub fn print_table<E: ErrorCode>() {
    let type_name = core::any::type_name::<E>();
    let short_name = type_name.rsplit("::").next().unwrap_or(type_name);
    let count = E::ALL.len();
    let plural = if count == 1 { "" } else { "s" };
    println!("# {short_name} ({}): {count} code{plural}", E::FAMILY);
    for error in E::ALL {
        let category = error
            .category()
            .map_or_else(String::new, |category| format!("{category}\t"));
        println!(
            "{}\t{}\t{category}{}\t{}",
            error.code(),
            error.http_status(),
            error.name(),
            error.message()
        );
    }
    println!();
}

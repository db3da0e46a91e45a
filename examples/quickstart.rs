//! The smallest complete use of error-table: a vendor's table pasted into an
//! enum, and what the generated type can do.
//!
//! Run it with `cargo run --example quickstart`.

use error_table::{Code, ErrorCode, error_table};

/// Xlink REST API errors: a code is its HTTP status followed by four digits.
#[error_table(http = split(4), name = "xlink")]
pub enum XlinkError {
    /// 请求数据字段验证不通过
    FieldValidationFailed = 4001001,
    #[msg("无效的Access-Token")]
    #[help("The token expired or was revoked: log in again to get a new one.")]
    InvalidAccessToken = 4031003,
    /// 产品不存在
    ProductNotFound = 4041001,
}

/// A code constant, checked when it compiles: a code not in the table would
/// not build.
const INVALID_TOKEN: XlinkError = XlinkError::from_code(4031003).unwrap();

/// Works for any family: prints its table the way the vendor documents it.
fn print_table<E: ErrorCode>() {
    println!("{} codes:", E::FAMILY);
    for error in E::ALL {
        println!(
            "  {}\t{}\t{}\t{}",
            error.code(),
            error.http_status(),
            error.name(),
            error
        );
    }
}

fn main() {
    print_table::<XlinkError>();

    let error = INVALID_TOKEN;
    println!(
        "\n{error:?}: code {}, HTTP {} (sub-code {})",
        error.code(),
        error.http_status(),
        error.sub_code()
    );
    println!("help: {}", error.help().unwrap_or("-"));

    // Vendors send codes as strings too.
    let parsed: XlinkError = "4001001".parse().expect("a code of the table");
    println!("parsed \"4001001\": {parsed}");

    // A code the table does not know is kept, not lost.
    for raw in [4041001u32, 4049999] {
        match Code::<XlinkError>::from(raw) {
            Code::Known(error) => println!("{raw}: known, {} ({error})", error.name()),
            Code::Unknown(raw) => println!("{raw}: not in the table, kept as Unknown({raw})"),
        }
    }
    if let Err(unknown) = XlinkError::try_from(4049999) {
        println!("TryFrom: {unknown}");
    }
}

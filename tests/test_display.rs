//! The `display` option, and messages shown exactly as the vendor wrote them.

use error_table::error_table;

#[error_table(http = 200, display = "({code}){msg}")]
pub enum Iot {
    /// projectId不正确
    InvalidProjectId = 100004,
}

#[error_table(http = split(4), display = "{name} [{status}/{sub}] {{{code}}}: {msg}")]
pub enum Every {
    /// 无效的Access-Token
    InvalidAccessToken = 4031003,
}

#[error_table]
pub enum Braces {
    /// value {0} is not {code}: 100%
    Literal = 1,
    #[msg("{}")]
    Empty = 2,
}

#[test]
fn vendor_format() {
    assert_eq!(Iot::InvalidProjectId.to_string(), "(100004)projectId不正确");
}

#[test]
fn every_placeholder_and_escaped_braces() {
    assert_eq!(
        Every::InvalidAccessToken.to_string(),
        "InvalidAccessToken [403/1003] {4031003}: 无效的Access-Token"
    );
}

#[test]
fn messages_are_never_format_strings() {
    assert_eq!(Braces::Literal.to_string(), "value {0} is not {code}: 100%");
    assert_eq!(Braces::Empty.to_string(), "{}");
}

#[test]
fn default_format_pads() {
    assert_eq!(format!("[{:>6}]", Braces::Empty), "[    {}]");
    assert_eq!(format!("[{:<4}]", Braces::Empty), "[{}  ]");
}

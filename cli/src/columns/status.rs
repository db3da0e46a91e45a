//! The HTTP status column: which column it is, and what each cell says.

use crate::code::parse_int;

/// `HTTP status`, `Status`, `状态码`.
pub(super) fn names_http(header: &str) -> bool {
    let lower = header.to_lowercase();
    lower.contains("http") || lower.contains("status") || lower.contains("状态")
}

/// The status a cell gives: `404`, or `404 Not Found` (its reason phrase as
/// the `http` crate spells it, in any case); `None` for anything else.
pub(super) fn parse_status(cell: &str) -> Option<u16> {
    let (number, reason) = cell.split_once(' ').unwrap_or((cell, ""));
    let status = u16::try_from(parse_int(number)?).ok()?;
    if !(100..=599).contains(&status) || number.starts_with(['+', '-']) {
        return None;
    }
    let reason = reason.trim();
    let canonical = http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason());
    (reason.is_empty() || canonical.is_some_and(|c| c.eq_ignore_ascii_case(reason)))
        .then_some(status)
}

/// A plain status number, for a column no header names: `404`.
pub(super) fn is_status_number(cell: &str) -> bool {
    parse_int(cell).is_some_and(|n| (100..=599).contains(&n)) && !cell.starts_with(['+', '-'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_with_and_without_reason() {
        assert_eq!(parse_status("404"), Some(404));
        assert_eq!(parse_status("404 Not Found"), Some(404));
        assert_eq!(parse_status("307 temporary redirect"), Some(307));
        assert_eq!(parse_status("404 Gone"), None);
        assert_eq!(parse_status("999"), None);
        assert_eq!(parse_status(""), None);
        assert_eq!(parse_status("-404"), None);
        assert_eq!(parse_status("Active"), None);
        assert!(names_http("HTTP Status Code") && names_http("状态码"));
        assert!(!names_http("Error code"));
    }
}

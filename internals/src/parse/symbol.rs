//! The names of the attribute's options, each said once (as serde_derive's
//! `internals/symbol.rs` does): the parser matches on these constants, and
//! the lists and messages are made from them, so a new option cannot be
//! known to one and missing from another.

pub const HTTP: &str = "http";
pub const DISPLAY: &str = "display";
pub const LANG: &str = "lang";
pub const NAME: &str = "name";
pub const UNION: &str = "union";
pub const CRATE: &str = "crate";
pub const BODY: &str = "body";
pub const GRPC: &str = "grpc";

pub const SERDE: &str = "serde";
pub const STATUS_CODE: &str = "status_code";
pub const AXUM: &str = "axum";
pub const UTOIPA: &str = "utoipa";
pub const TONIC: &str = "tonic";

/// The options that take a value, `key = value`.
pub const VALUED: [&str; 8] = [HTTP, DISPLAY, LANG, NAME, UNION, CRATE, BODY, GRPC];
/// `retryable(after = N)`: the family-wide delay (also a row's helper).
pub const RETRYABLE: &str = "retryable";

/// The options written like a call, `key(..)`.
pub const CALLS: [&str; 1] = [RETRYABLE];

/// The options that are a bare word: the impls a family asks for.
pub const FLAGS: [&str; 5] = [SERDE, STATUS_CODE, AXUM, UTOIPA, TONIC];

/// The helper attributes of a variant (`#[http(..)]` is [`HTTP`],
/// `#[grpc(..)]` [`GRPC`]).
pub const MSG: &str = "msg";
pub const HELP: &str = "help";

/// Every helper attribute the macro reads on a variant.
pub const HELPERS: [&str; 5] = [MSG, HELP, HTTP, RETRYABLE, GRPC];

/// Every option: valued ones, calls, then flags.
pub fn options() -> impl Iterator<Item = &'static str> {
    VALUED.into_iter().chain(CALLS).chain(FLAGS)
}

/// "expected one of `http`, `display`, ...": every option, for messages.
pub fn expected_option() -> String {
    let names: Vec<String> = options().map(|name| format!("`{name}`")).collect();
    format!("expected one of {}", names.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_option_is_listed_once() {
        let mut names: Vec<&str> = options().collect();
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count);
        assert!(expected_option().ends_with("`status_code`, `axum`, `utoipa`, `tonic`"));
    }
}

//! The `--http` option.

use std::fmt;
use std::str::FromStr;

/// The `--http` option: `split(N)` or a fixed status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Http {
    /// `split(N)`: a code is its status followed by `N` digits.
    Split(u32),
    /// Every code answers this status.
    Status(u16),
}

impl FromStr for Http {
    type Err = String;

    fn from_str(text: &str) -> Result<Http, String> {
        let text = text.trim();
        if let Some(digits) = text
            .strip_prefix("split(")
            .and_then(|t| t.strip_suffix(')'))
        {
            return match digits.trim().parse() {
                Ok(n @ 1..=16) => Ok(Http::Split(n)),
                _ => Err(format!(
                    "{text:?}: the digits of split(N) are a number from 1 to 16"
                )),
            };
        }
        match text.parse() {
            Ok(status @ 100..=599) => Ok(Http::Status(status)),
            _ => Err(format!(
                "{text:?}: give split(N) or an HTTP status from 100 to 599"
            )),
        }
    }
}

impl fmt::Display for Http {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Http::Split(n) => write!(f, "split({n})"),
            Http::Status(status) => write!(f, "{status}"),
        }
    }
}

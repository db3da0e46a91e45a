//! What the Tencent examples share: reading an answer of the API, whose
//! public code is in `code` and whose module code is in front of `message`,
//! `{"code":4000,"message":"(100004)projectId不正确"}`.
//!
//! Each Tencent example includes this file with
//! `#[path = "common/tencent.rs"] mod tencent;`.

use error_table::{Code, ErrorCode};
use serde::Deserialize;

/// An answer of the API, as sent, with `P` the public codes of the
/// document's revision.
#[derive(Debug, Deserialize)]
#[serde(bound = "")]
pub struct Answer<P: ErrorCode> {
    pub code: Code<P>,
    #[serde(default)]
    pub message: String,
}

/// The module's code in front of `message`: `"(100004)projectId不正确"` is
/// `Some((100004, "projectId不正确"))`.
pub fn module_code(message: &str) -> Option<(u32, &str)> {
    let (digits, detail) = message.strip_prefix('(')?.split_once(')')?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((digits.parse().ok()?, detail))
}

/// Prints `answer`, then its public code (known, with its HTTP status and
/// help, or kept as unknown), or `success` for code 0. Returns the answer's
/// message, `None` on success.
pub fn print_public<P: ErrorCode<Code = u32>>(answer: &str) -> Option<String> {
    println!("{answer}");
    let Answer::<P> { code, message } = serde_json::from_str(answer).expect("a Tencent answer");
    if code.raw() == 0 {
        println!("  success");
        return None;
    }
    match code {
        Code::Known(public) => {
            println!("  public: {code:?} {public}, HTTP {}", public.http_status());
            println!("          help: {}", public.help().unwrap_or("-"));
        }
        Code::Unknown(_) => println!("  public: {code:?}, not in the table"),
    }
    Some(message)
}

/// Prints the module code in front of `message`, looked up in the module's
/// table `M` (called `table` in the output), an unknown one kept.
#[allow(dead_code, reason = "tencent_public's document has no module table")]
pub fn print_module<M: ErrorCode<Code = u32>>(message: &str, table: &str) {
    let Some((raw, detail)) = module_code(message) else {
        println!("  module: none, message {message:?}");
        return;
    };
    match Code::<M>::from(raw) {
        module @ Code::Known(error) => {
            println!("  module: {module:?} {error}, the vendor says {detail:?}");
        }
        module @ Code::Unknown(_) => {
            println!("  module: {module:?}, not in the {table} table, the vendor says {detail:?}");
        }
    }
}

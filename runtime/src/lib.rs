// The crate documentation is the README (`runtime/README.md` links to the
// repository's), so docs.rs and the repository teach the same surface, and
// its examples run as doctests.
#![doc = include_str!("../README.md")]
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;

#[cfg(feature = "axum")]
mod axum_impls;
mod code;
mod code_int;
mod display;
mod error_code;
#[cfg(feature = "axum")]
mod escape;
#[cfg(feature = "tonic")]
mod grpc;
mod hash;
mod http_impls;
#[cfg(feature = "axum")]
mod language;
#[cfg(feature = "utoipa")]
mod openapi;
mod raw_code;
#[cfg(feature = "axum")]
mod respond;
mod retry;
#[cfg(feature = "serde")]
mod serde_impls;
mod str_table;
mod unknown;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use crate::code::{Code, OwnedCode, RefCode};
pub use crate::code_int::CodeInt;
pub use crate::error_code::ErrorCode;
#[cfg(feature = "tonic")]
pub use crate::grpc::{GrpcStatus, grpc_code_for_status};
pub use crate::raw_code::RawCode;
#[cfg(feature = "axum")]
pub use crate::respond::{Reply, Serve};
pub use crate::retry::retryable_status;
pub use crate::unknown::{ParseCodeError, UnknownCode};

/// Declares an error family from a vendor's table, or several families in a
/// module.
///
/// On an enum, each unit variant `Name = code` is one row of the table; its
/// message is `#[msg("..")]` or the variant's doc comment. The
/// [crate documentation](crate) describes every option and what is
/// generated; in short:
///
/// | option on `#[error_table(..)]` | meaning |
/// |---|---|
/// | `http = split(N)` | the code is the HTTP status followed by `N` digits |
/// | `http = 200` | every code answers this HTTP status |
/// | `display = "({code}){msg}"` | the `Display` format: `{code}` `{msg}` `{name}` `{status}` `{sub}` |
/// | `lang = "zh"` | the default language of keyed messages |
/// | `name = "xlink"` | the family's name ([`ErrorCode::FAMILY`]) |
/// | `union = Name` | on a module: an enum wrapping every family of the module |
/// | `crate = "::path"` | where generated code finds this crate (renamed or re-exported) |
/// | `serde`, `status_code` | ask for serde's traits, `From<E> for http::StatusCode` (features `serde`, `http`) |
/// | `axum` | implement axum's `IntoResponse` (feature `axum`) |
/// | `body = problem`, `body = "<JSON template>"` or `body = xml("<XML template>")` | the response body: RFC 9457, or the vendor's JSON or XML with the `display` placeholders and the per-request `{request_id}` `{instance}` `{detail}` |
/// | `utoipa` | implement utoipa's `IntoResponses` and `ToSchema` (feature `utoipa`, with `axum`) |
/// | `tonic` | implement `From<E> for tonic::Status` with google.rpc's rich error model (feature `tonic`) |
/// | `grpc = NotFound` | the gRPC code of every row, instead of the one its HTTP status maps to |
/// | `retryable(after = 30)` | the delay in seconds of the retryable rows that give none (`retry_after`) |
///
/// | on a variant | meaning |
/// |---|---|
/// | `#[msg("..")]` | the message (else the doc comment) |
/// | `#[msg(zh = "..", en = "..")]` | localized messages, read with `message_in` |
/// | `#[help("..")]` | a longer description, read with `help` |
/// | `#[http(404)]` | this code's HTTP status (not with `split`) |
/// | `#[retryable]`, `#[retryable(false)]` | whether `is_retryable` says to retry this code (default: status 429, 502, 503, 504) |
/// | `#[grpc(NotFound)]` | this code's gRPC code (with `tonic`) |
/// | `#[retryable(after = 30)]` | retryable after 30 seconds (`retry_after`) |
///
/// **Write `#[error_table]` above the enum's `#[derive(..)]`s.** rustc
/// applies a derive written *above* an attribute macro to the macro's output
/// without showing it to the macro, so a `#[derive(Debug)]` there clashes
/// with the `Debug` the macro writes (E0119, "conflicting implementations of
/// trait `Debug`"). Below the attribute, the macro sees your derives and
/// leaves out its own.
///
/// ```
/// use error_table::error_table;
///
/// #[error_table(http = split(4), union = XlinkError)]
/// pub mod xlink {
///     pub enum BadRequest {
///         /// 请求数据字段验证不通过
///         FieldValidationFailed = 4001001,
///     }
///     pub enum Forbidden {
///         /// 无效的Access-Token
///         InvalidAccessToken = 4031003,
///     }
/// }
///
/// use xlink::XlinkError;
/// assert_eq!(
///     XlinkError::from_code(4031003),
///     Some(XlinkError::Forbidden(xlink::Forbidden::InvalidAccessToken)),
/// );
/// ```
pub use error_table_macros::error_table;

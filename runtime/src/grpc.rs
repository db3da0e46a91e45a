//! The `tonic` feature: `From<E> for tonic::Status` for the families and
//! unions that ask with `#[error_table(tonic)]`, with google.rpc's rich
//! error model in the details, and [`Code::from_status`] back.
//!
//! The details are tonic-types' own messages (`tonic_types::pb`), encoded
//! with prost: the same bytes `StatusExt::with_error_details` writes, built
//! without its intermediate `ErrorDetails` and without a second copy of the
//! message.

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::Display;

use prost::Message;
use prost_types::Any;
use tonic::Status;
use tonic_types::{ErrorInfo, LocalizedMessage, RetryInfo, StatusExt, pb};

use crate::{Code, ErrorCode, RawCode};

/// The key of `ErrorInfo.metadata` that holds the vendor's code, as text.
pub const CODE_KEY: &str = "code";

/// The `ErrorInfo.reason` of a code the table does not know
/// ([`Code::Unknown`]): it has no variant to name. [`Code::from_status`]
/// reads the code from the metadata, never from the reason.
pub const UNKNOWN_REASON: &str = "UNKNOWN_CODE";

/// A family or union that asked for `#[error_table(tonic)]`: how each of its
/// errors goes out as a gRPC status. `From<E> for tonic::Status` (generated)
/// and `From<Code<E>> for tonic::Status` use it.
///
/// ```
/// use error_table::{error_table, GrpcStatus};
/// use tonic::Code;
///
/// #[error_table(http = split(4), name = "xlink", tonic)]
/// pub enum Xlink {
///     /// 无效的Access-Token
///     InvalidAccessToken = 4031003,
///     /// 设备不存在
///     #[grpc(NotFound)]
///     DeviceNotFound = 4031021,
/// }
///
/// assert_eq!(Xlink::InvalidAccessToken.grpc_code(), Code::PermissionDenied);
/// assert_eq!(Xlink::DeviceNotFound.grpc_code(), Code::NotFound);
/// assert_eq!(Xlink::InvalidAccessToken.reason(), "INVALID_ACCESS_TOKEN");
///
/// let status = tonic::Status::from(Xlink::InvalidAccessToken);
/// assert_eq!(status.code(), Code::PermissionDenied);
/// assert_eq!(status.message(), "无效的Access-Token");
/// ```
pub trait GrpcStatus: ErrorCode {
    /// The gRPC code: the row's `#[grpc(..)]`, else the family's
    /// `grpc = ..`, else [`grpc_code_for_status`] of its HTTP status.
    fn grpc_code(self) -> tonic::Code;

    /// `ErrorInfo.reason`: the variant's name in UPPER_SNAKE_CASE
    /// (`InvalidAccessToken` is `INVALID_ACCESS_TOKEN`), as AIP-193 asks.
    fn reason(self) -> &'static str;

    /// The language of [`message`](ErrorCode::message): the family's `lang`
    /// option, else the first language of its keyed messages; `None` when
    /// the table names no language.
    fn message_lang(self) -> Option<&'static str>;

    /// The status of `From<E>`, plus a `LocalizedMessage` with the message
    /// in `lang` ([`message_in`](ErrorCode::message_in)). Its `locale` is
    /// the language the text is in: `lang` where the row has a text in
    /// it, else the default language the text falls back to; without
    /// either (a table that names no language) there is no
    /// `LocalizedMessage`.
    fn to_status_in(self, lang: &str) -> Status {
        status(self, Some(lang))
    }
}

/// The gRPC code the Google API design guide maps an HTTP status to: 400
/// `InvalidArgument`, 401 `Unauthenticated`, 403 `PermissionDenied`, 404
/// `NotFound`, 409 `Aborted`, 429 `ResourceExhausted`, 499 `Cancelled`, 500
/// `Internal`, 501 `Unimplemented`, 503 `Unavailable`, 504
/// `DeadlineExceeded`; any other 4xx `FailedPrecondition`, any other 5xx
/// `Internal`, anything else `Unknown`.
///
/// ```
/// use tonic::Code;
///
/// assert_eq!(error_table::grpc_code_for_status(404), Code::NotFound);
/// assert_eq!(error_table::grpc_code_for_status(422), Code::FailedPrecondition);
/// assert_eq!(error_table::grpc_code_for_status(200), Code::Unknown);
/// ```
#[must_use]
pub const fn grpc_code_for_status(status: u16) -> tonic::Code {
    use tonic::Code;
    match status {
        400 => Code::InvalidArgument,
        401 => Code::Unauthenticated,
        403 => Code::PermissionDenied,
        404 => Code::NotFound,
        409 => Code::Aborted,
        429 => Code::ResourceExhausted,
        499 => Code::Cancelled,
        500 => Code::Internal,
        501 => Code::Unimplemented,
        503 => Code::Unavailable,
        504 => Code::DeadlineExceeded,
        _ => match status / 100 {
            4 => Code::FailedPrecondition,
            5 => Code::Internal,
            _ => Code::Unknown,
        },
    }
}

/// The status of `error`: its gRPC code, its `Display` text, and the
/// details: `RetryInfo` when the error is retryable after a delay
/// ([`ErrorCode::retry_after`]), `ErrorInfo`, and `LocalizedMessage` when
/// `lang` is given (in the order `StatusExt::with_error_details` writes
/// them, so that the bytes are the same).
#[doc(hidden)]
pub fn status<E: GrpcStatus>(error: E, lang: Option<&str>) -> Status {
    let retry_after = error.retry_after();
    let mut details =
        Vec::with_capacity(1 + usize::from(retry_after.is_some()) + usize::from(lang.is_some()));
    if let Some(delay) = retry_after {
        let info = pb::RetryInfo::from(RetryInfo::new(Some(delay)));
        details.push(any(RetryInfo::TYPE_URL, &info));
    }
    details.push(error_info(error.reason(), E::FAMILY, error.code()));
    if let Some(localized) = lang.and_then(|lang| localized(error, lang)) {
        details.push(any(LocalizedMessage::TYPE_URL, &localized));
    }
    encode(error.grpc_code(), error.to_string(), details)
}

/// The message in `lang`, labelled with the language it is really in.
fn localized<E: GrpcStatus>(error: E, lang: &str) -> Option<pb::LocalizedMessage> {
    let text = error.message_in(lang);
    let default = error.message_lang()?;
    // `message_in` falls back to the default language's text.
    let locale = if text == error.message() {
        default
    } else {
        lang
    };
    Some(pb::LocalizedMessage {
        locale: locale.into(),
        message: text.into(),
    })
}

/// AIP-193's `ErrorInfo`: why (`reason`), whose (`domain`), and the code.
fn error_info(reason: &str, domain: &str, code: impl Display) -> Any {
    let info = pb::ErrorInfo {
        reason: reason.into(),
        domain: domain.into(),
        metadata: [(String::from(CODE_KEY), code.to_string())].into(),
    };
    any(ErrorInfo::TYPE_URL, &info)
}

fn any(type_url: &str, message: &impl Message) -> Any {
    Any {
        type_url: type_url.into(),
        value: message.encode_to_vec(),
    }
}

/// The status with `details` encoded as a `google.rpc.Status`, which
/// carries the code and message too; the message is moved out of it after.
fn encode(code: tonic::Code, message: String, details: Vec<Any>) -> Status {
    let status = pb::Status {
        code: code as i32,
        message,
        details,
    };
    let bytes = status.encode_to_vec();
    Status::with_details(code, status.message, bytes.into())
}

/// A code as received goes out as its error's status; an unknown one with
/// the gRPC code of the status its family's scheme gives it
/// ([`Code::http_status`]; `Unknown` without one), the code as the
/// message, and an `ErrorInfo` whose reason is `UNKNOWN_CODE`.
impl<E: GrpcStatus> From<Code<E>> for Status {
    fn from(code: Code<E>) -> Status {
        match code {
            Code::Known(error) => status(error, None),
            Code::Unknown(_) => {
                let grpc = code
                    .http_status()
                    .map_or(tonic::Code::Unknown, grpc_code_for_status);
                let raw = code.raw();
                let info = error_info(UNKNOWN_REASON, E::FAMILY, raw);
                encode(grpc, raw.to_string(), alloc::vec![info])
            }
        }
    }
}

impl<E: ErrorCode> Code<E> {
    /// The code a gRPC status carries, read from its `ErrorInfo` (as
    /// `From<E> for tonic::Status` writes it): `Known` for a code of the
    /// table, `Unknown` for another code of the same domain (`E::FAMILY`),
    /// kept as received. `None` for a status without an `ErrorInfo`, with
    /// one of another domain, or with details that do not decode or hold
    /// no code: never a panic.
    ///
    /// ```
    /// use error_table::{error_table, Code};
    ///
    /// #[error_table(http = split(4), name = "xlink", tonic)]
    /// pub enum Xlink {
    ///     /// 无效的Access-Token
    ///     InvalidAccessToken = 4031003,
    /// }
    ///
    /// let status = tonic::Status::from(Xlink::InvalidAccessToken);
    /// assert_eq!(Code::<Xlink>::from_status(&status), Some(Code::Known(Xlink::InvalidAccessToken)));
    ///
    /// let newer = tonic::Status::from(Code::<Xlink>::from(4039999u32));
    /// assert_eq!(Code::<Xlink>::from_status(&newer), Some(Code::Unknown(4039999)));
    ///
    /// let plain = tonic::Status::not_found("no such device");
    /// assert_eq!(Code::<Xlink>::from_status(&plain), None);
    /// ```
    pub fn from_status(status: &Status) -> Option<Self> {
        let info = status.get_details_error_info()?;
        if info.domain != E::FAMILY {
            return None;
        }
        let code = info.metadata.get(CODE_KEY)?;
        E::Code::parse_ref(code).map(Code::from_ref)
    }
}

/// `From<E> for tonic::Status` and [`GrpcStatus`] for a family (its gRPC
/// code, reason and language, each a closure of the error) or a union
/// (the same, dispatching to its families).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_tonic {
    ($ty:ident, $kind:ident($grpc_code:expr, $reason:expr, $lang:expr)) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $crate::__private::GrpcStatus for $ty {
            #[inline]
            fn grpc_code(self) -> $crate::__private::tonic::Code {
                ($grpc_code)(self)
            }
            #[inline]
            fn reason(self) -> &'static ::core::primitive::str {
                ($reason)(self)
            }
            #[inline]
            fn message_lang(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                ($lang)(self)
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<$ty> for $crate::__private::tonic::Status {
            #[inline]
            fn from(error: $ty) -> Self {
                $crate::__private::grpc_status(error, ::core::option::Option::None)
            }
        }
    };
}

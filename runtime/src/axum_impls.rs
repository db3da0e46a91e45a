//! The `axum` feature: `IntoResponse` for the families and unions that ask
//! for it with `#[error_table(axum)]`.
//!
//! The macro writes each row's whole body at expansion (a text known from
//! the table, one a language), so a response is a status, one header and a
//! `&'static str`: no serializer and no allocation for the body. A
//! [`Reply`](crate::Reply) adds the values of one request (`respond.rs`).

use axum_core::body::Body;
use axum_core::response::Response;
use http::StatusCode;
use http::header::{CONTENT_TYPE, HeaderValue};

/// The content type of `body = problem`, RFC 9457.
#[doc(hidden)]
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The content type of a `body = "<JSON template>"`.
#[doc(hidden)]
pub const JSON: &str = "application/json";

/// The content type of a `body = xml("<XML template>")`.
#[doc(hidden)]
pub const XML: &str = "application/xml";

/// A response with `status`, `content_type` and `body`.
#[inline]
pub(crate) fn response(status: u16, content_type: &'static str, body: Body) -> Response {
    let mut response = Response::new(body);
    // The macro only accepts statuses in 100..=599, which `from_u16` accepts.
    *response.status_mut() =
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// Implements [`Serve`](crate::Serve) and `IntoResponse` for a family (a
/// closure from the error to its languages, and one to its bodies, one a
/// language) or for a union (the same, read from the family).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum {
    ($ty:ident, $kind:ident($languages:expr, $templates:expr)) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $crate::Serve for $ty {
            #[inline]
            fn __languages(self) -> &'static [&'static ::core::primitive::str] {
                ($languages)(self)
            }
            #[inline]
            fn __templates(self) -> &'static [$crate::__private::Template] {
                ($templates)(self)
            }
        }
        #[automatically_derived]
        impl $crate::__private::axum_core::response::IntoResponse for $ty {
            #[inline]
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::__private::respond(self)
            }
        }
    };
}

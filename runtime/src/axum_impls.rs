//! The `axum` feature: `IntoResponse` for the families and unions that ask
//! for it with `#[error_table(axum)]`.
//!
//! The macro writes each row's whole body at expansion (a JSON text known
//! from the table), so a response is a status, one header and a
//! `&'static str`: no serializer and no allocation for the body.

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

/// A response with `status`, `content_type` and the static `body`.
#[doc(hidden)]
#[inline]
pub fn response(status: u16, content_type: &'static str, body: &'static str) -> Response {
    let mut response = Response::new(Body::from(body));
    // The macro only accepts statuses in 100..=599, which `from_u16` accepts.
    *response.status_mut() =
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// Implements `IntoResponse` for a family (its status, a content type and a
/// closure from the error to its static body) or for a union (a closure from
/// the union to the response of its family).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum {
    ($ty:ident, body($content_type:expr, $body:expr)) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $crate::__private::axum_core::response::IntoResponse for $ty {
            #[inline]
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::__private::response(
                    $crate::ErrorCode::http_status(self),
                    $content_type,
                    ($body)(self),
                )
            }
        }
    };
    ($ty:ident, dispatch($respond:expr)) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $crate::__private::axum_core::response::IntoResponse for $ty {
            #[inline]
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                ($respond)(self)
            }
        }
    };
}

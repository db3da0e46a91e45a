//! The `http` feature: `From<Family> for http::StatusCode`, generated per
//! family (the orphan rule allows it in the family's crate only).

/// Implements `From<$ty> for http::StatusCode`; expands to nothing without
/// the `http` feature.
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($ty:ident) => {
        #[automatically_derived]
        impl ::core::convert::From<$ty> for $crate::__private::http::StatusCode {
            fn from(error: $ty) -> Self {
                $crate::ErrorCode::status_code(error)
            }
        }
    };
}

#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($ty:ident) => {};
}

//! The `http` feature: `From<Family> for http::StatusCode`, generated for
//! a family that asks with `#[error_table(status_code)]` (the orphan rule
//! allows it in the family's crate only).

/// Implements `From<$ty> for http::StatusCode`.
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_status_code {
    ($ty:ident) => {
        #[automatically_derived]
        impl ::core::convert::From<$ty> for $crate::__private::http::StatusCode {
            fn from(error: $ty) -> Self {
                $crate::ErrorCode::status_code(error)
            }
        }
    };
}

/// A family asked for `status_code` without the feature.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_status_code {
    ($ty:ident) => {
        ::core::compile_error!(
            "the `status_code` option needs the `http` feature of error-table: error-table = { version = \"0.1\", features = [\"http\"] }"
        );
    };
}

//! The integer types a family's codes can have.

use core::fmt::{Debug, Display};
use core::hash::Hash;
use core::str::FromStr;

/// An integer type that codes of a family are written in: `u8`..`u64`,
/// `usize`, `i8`..`i64` or `isize`, chosen by the enum's `#[repr(..)]`
/// (`u32` by default).
///
/// This trait is sealed: it is implemented for the primitive integers the macro
/// accepts and cannot be implemented outside this crate.
pub trait CodeInt:
    Copy + Eq + Ord + Hash + Debug + Display + FromStr + Send + Sync + 'static + sealed::Sealed
{
    /// Converts from any integer, `None` when the value does not fit.
    #[doc(hidden)]
    fn from_i128(value: i128) -> Option<Self>;
}

mod sealed {
    pub trait Sealed: crate::__private::MaybeSerde {}
}

macro_rules! code_int {
    ($($int:ty)*) => {$(
        impl sealed::Sealed for $int {}
        impl CodeInt for $int {
            #[inline]
            fn from_i128(value: i128) -> Option<Self> {
                <$int>::try_from(value).ok()
            }
        }
    )*};
}

code_int!(u8 u16 u32 u64 usize i8 i16 i32 i64 isize);

//! The pieces of a family's `display = ".."` format, written by generated code.

use core::fmt;

use crate::ErrorCode;

/// One piece of a `display` format: literal text or a placeholder.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub enum Piece {
    Text(&'static str),
    Code,
    Msg,
    Name,
    Status,
    Sub,
}

/// Writes `error` in the format `pieces`; messages are written as they are,
/// never read as format strings.
#[doc(hidden)]
pub fn write_pieces<E: ErrorCode>(
    error: E,
    pieces: &[Piece],
    f: &mut fmt::Formatter<'_>,
) -> fmt::Result {
    for piece in pieces {
        match *piece {
            Piece::Text(text) => f.write_str(text)?,
            Piece::Code => fmt::Display::fmt(&error.code(), f)?,
            Piece::Msg => f.write_str(error.message())?,
            Piece::Name => f.write_str(error.name())?,
            Piece::Status => fmt::Display::fmt(&error.http_status(), f)?,
            Piece::Sub => fmt::Display::fmt(&error.sub_code(), f)?,
        }
    }
    Ok(())
}

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
/// never read as format strings. The formatter's width, fill, alignment and
/// precision apply to the whole text, as they do to `{msg}` alone.
#[doc(hidden)]
pub fn write_pieces<E: ErrorCode>(
    error: E,
    pieces: &[Piece],
    f: &mut fmt::Formatter<'_>,
) -> fmt::Result {
    if f.width().is_none() && f.precision().is_none() {
        return write_all(error, pieces, f);
    }
    // The text is measured first, then written padded: no buffer, so no
    // allocation and no length limit.
    let mut measure = Limited {
        out: None,
        left: f.precision().unwrap_or(usize::MAX),
    };
    write_all(error, pieces, &mut measure)?;
    let chars = f.precision().unwrap_or(usize::MAX) - measure.left;
    let pad = f.width().unwrap_or(0).saturating_sub(chars);
    let (before, after) = match f.align() {
        Some(fmt::Alignment::Right) => (pad, 0),
        Some(fmt::Alignment::Center) => (pad / 2, pad - pad / 2),
        // Text is left-aligned by default, as `Formatter::pad` does.
        Some(fmt::Alignment::Left) | None => (0, pad),
    };
    let fill = f.fill();
    for _ in 0..before {
        fmt::Write::write_char(f, fill)?;
    }
    let mut limited = Limited {
        out: Some(&mut *f),
        left: chars,
    };
    write_all(error, pieces, &mut limited)?;
    for _ in 0..after {
        fmt::Write::write_char(f, fill)?;
    }
    Ok(())
}

fn write_all<E: ErrorCode>(error: E, pieces: &[Piece], f: &mut dyn fmt::Write) -> fmt::Result {
    for piece in pieces {
        match *piece {
            Piece::Text(text) => f.write_str(text)?,
            Piece::Code => write!(f, "{}", error.code())?,
            Piece::Msg => f.write_str(error.message())?,
            Piece::Name => f.write_str(error.name())?,
            Piece::Status => write!(f, "{}", error.http_status())?,
            Piece::Sub => write!(f, "{}", error.sub_code())?,
        }
    }
    Ok(())
}

/// Writes at most `left` characters to `out` (or only counts them, with no
/// `out`), dropping the rest: the precision of `{:.10}`.
struct Limited<'a, 'b> {
    out: Option<&'a mut fmt::Formatter<'b>>,
    left: usize,
}

impl fmt::Write for Limited<'_, '_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let end = text
            .char_indices()
            .nth(self.left)
            .map_or(text.len(), |(at, _)| at);
        let kept = &text[..end];
        self.left -= kept.chars().count();
        match &mut self.out {
            Some(out) => out.write_str(kept),
            None => Ok(()),
        }
    }
}

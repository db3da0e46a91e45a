//! The `display = ".."` option, read into pieces once, at compile time.

/// One piece of a display format.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Piece {
    Text(String),
    Code,
    Msg,
    Name,
    Status,
    Sub,
}

const PLACEHOLDERS: [(&str, Piece); 5] = [
    ("code", Piece::Code),
    ("msg", Piece::Msg),
    ("name", Piece::Name),
    ("status", Piece::Status),
    ("sub", Piece::Sub),
];

/// The default format, `"{msg}"`.
pub fn default_format() -> Vec<Piece> {
    vec![Piece::Msg]
}

/// Reads `"({code}){msg}"`; `{{` and `}}` are literal braces.
pub fn parse(format: &str) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.as_str().starts_with('{') => {
                chars.next();
                text.push('{');
            }
            '}' if chars.as_str().starts_with('}') => {
                chars.next();
                text.push('}');
            }
            '{' => {
                let rest = chars.as_str();
                let Some(end) = rest.find('}') else {
                    return Err(
                        "unmatched `{` in display format: write `{{` for a literal brace".into(),
                    );
                };
                let piece = placeholder(&rest[..end])?;
                chars = rest[end + 1..].chars();
                if !text.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut text)));
                }
                pieces.push(piece);
            }
            '}' => {
                return Err(
                    "unmatched `}` in display format: write `}}` for a literal brace".into(),
                );
            }
            c => text.push(c),
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(pieces)
}

pub fn placeholder(name: &str) -> Result<Piece, String> {
    PLACEHOLDERS
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(_, piece)| piece.clone())
        .ok_or_else(|| {
            format!(
                "unknown placeholder `{{{name}}}` in display format: expected {{code}}, {{msg}}, {{name}}, {{status}} or {{sub}}"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_placeholders_and_escapes() {
        assert_eq!(
            parse("({code}){msg} {{x}}").unwrap(),
            vec![
                Piece::Text("(".into()),
                Piece::Code,
                Piece::Text(")".into()),
                Piece::Msg,
                Piece::Text(" {x}".into()),
            ]
        );
        assert_eq!(parse("").unwrap(), vec![]);
    }

    #[test]
    fn rejects_unknown_and_unmatched() {
        assert!(
            parse("{cod}")
                .unwrap_err()
                .contains("unknown placeholder `{cod}`")
        );
        assert!(parse("{msg").unwrap_err().contains("unmatched `{`"));
        assert!(parse("msg}").unwrap_err().contains("unmatched `}`"));
    }
}

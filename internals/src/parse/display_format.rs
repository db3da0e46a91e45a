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
    if PER_REQUEST.iter().any(|(known, _)| *known == name) {
        return Err(format!(
            "`{{{name}}}` is a per-request value: it goes in a `body` template, not in `display`, which has no request"
        ));
    }
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

/// A value a handler gives one response (`Reply` in the runtime), which
/// a `body` template may place beside the row's own.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PerRequest {
    /// `{request_id}`: the request's id, such as S3's `<RequestId>`.
    RequestId,
    /// `{instance}`: RFC 9457's `instance`, a URI of this occurrence.
    Instance,
    /// `{detail}`: this occurrence's explanation, else the row's `#[help]`.
    Detail,
}

/// The per-request placeholders, by name.
pub const PER_REQUEST: [(&str, PerRequest); 3] = [
    ("request_id", PerRequest::RequestId),
    ("instance", PerRequest::Instance),
    ("detail", PerRequest::Detail),
];

/// A placeholder of a `body` template: a value of the row, or of the request.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Placeholder {
    Row(Piece),
    Request(PerRequest),
}

impl Placeholder {
    /// The placeholder as written, without its braces.
    pub fn name(&self) -> &'static str {
        let by_row = PLACEHOLDERS
            .iter()
            .map(|(n, p)| (*n, Placeholder::Row(p.clone())));
        let by_request = PER_REQUEST
            .iter()
            .map(|(n, r)| (*n, Placeholder::Request(*r)));
        by_row
            .chain(by_request)
            .find(|(_, known)| known == self)
            .map_or("", |(name, _)| name)
    }
}

/// Reads a `body` template's placeholder: the display ones and the
/// per-request ones.
pub fn body_placeholder(name: &str) -> Result<Placeholder, String> {
    if let Some((_, value)) = PER_REQUEST.iter().find(|(known, _)| *known == name) {
        return Ok(Placeholder::Request(*value));
    }
    if let Some((_, piece)) = PLACEHOLDERS.iter().find(|(known, _)| *known == name) {
        return Ok(Placeholder::Row(piece.clone()));
    }
    let known: Vec<&str> = PLACEHOLDERS
        .iter()
        .chain(&PER_REQUEST.map(|(n, _)| (n, Piece::Msg)))
        .map(|(n, _)| *n)
        .collect();
    let near = match crate::parse::suggest::closest(name, &known) {
        Some(near) => format!(" (did you mean `{{{near}}}`?)"),
        None => String::new(),
    };
    Err(format!(
        "unknown placeholder `{{{name}}}` in the body template{near}: expected a value of the row, {{code}}, {{msg}}, {{name}}, {{status}}, {{sub}}, or of the request, {{request_id}}, {{instance}}, {{detail}}"
    ))
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
        assert!(
            parse("{request_id}")
                .unwrap_err()
                .contains("per-request value")
        );
        assert!(parse("{msg").unwrap_err().contains("unmatched `{`"));
        assert!(parse("msg}").unwrap_err().contains("unmatched `}`"));
    }
}

#[cfg(test)]
mod body_tests {
    use super::*;

    #[test]
    fn body_placeholders_are_the_rows_and_the_requests() {
        assert_eq!(body_placeholder("msg"), Ok(Placeholder::Row(Piece::Msg)));
        assert_eq!(
            body_placeholder("request_id"),
            Ok(Placeholder::Request(PerRequest::RequestId))
        );
        let error = body_placeholder("requestid").unwrap_err();
        assert!(error.contains("did you mean `{request_id}`"), "{error}");
        assert!(body_placeholder("zzz").unwrap_err().contains("{instance}"));
        assert_eq!(Placeholder::Request(PerRequest::Detail).name(), "detail");
        assert_eq!(Placeholder::Row(Piece::Sub).name(), "sub");
    }
}

//! A JSON reader (RFC 8259) for body templates: it checks that a template
//! gives valid JSON for any message, and finds out, for each placeholder,
//! whether it stands inside a JSON string (its text is escaped there) or
//! where a value goes (it is a value of its own there).

use crate::parse::display_format::Placeholder;

/// A piece of a checked template.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Segment {
    /// JSON text, as written.
    Text(String),
    /// A placeholder inside a JSON string (or, in an XML body, in text or
    /// an attribute value): its text, escaped.
    InString(Placeholder),
    /// A placeholder where a JSON value goes: the value itself (a number
    /// for `{code}`, `{status}`, `{sub}`; a string for `{msg}`, `{name}`;
    /// a string or `null` for a per-request value).
    Value(Placeholder),
}

/// What the JSON reader sees: a character of the template, or a placeholder.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Item {
    Char(char),
    Hole(Placeholder),
}

/// How deep arrays and objects may nest: enough for any vendor's body, and
/// the reader's recursion stays far from the stack's end.
const MAX_DEPTH: usize = 64;

/// The template's segments, or why it cannot give valid JSON.
pub fn check(items: &[Item]) -> Result<Vec<Segment>, String> {
    let mut reader = Reader {
        items,
        pos: 0,
        depth: 0,
        segments: Vec::new(),
        text: String::new(),
    };
    reader.whitespace();
    reader.value()?;
    reader.whitespace();
    if reader.pos < items.len() {
        return Err(reader.error("more text after the JSON value: a body is one value"));
    }
    reader.flush();
    Ok(reader.segments)
}

struct Reader<'a> {
    items: &'a [Item],
    pos: usize,
    depth: usize,
    segments: Vec<Segment>,
    /// JSON text read since the last placeholder.
    text: String,
}

impl Reader<'_> {
    fn peek(&self) -> Option<Item> {
        self.items.get(self.pos).cloned()
    }

    fn peek_char(&self) -> Option<char> {
        match self.peek() {
            Some(Item::Char(c)) => Some(c),
            _ => None,
        }
    }

    /// Takes the next character if `accept` says yes.
    fn eat_if(&mut self, accept: impl Fn(char) -> bool) -> Option<char> {
        let c = self.peek_char().filter(|&c| accept(c))?;
        self.text.push(c);
        self.pos += 1;
        Some(c)
    }

    fn eat(&mut self, wanted: char) -> bool {
        self.eat_if(|c| c == wanted).is_some()
    }

    fn expect(&mut self, wanted: char, what: &str) -> Result<(), String> {
        match self.eat(wanted) {
            true => Ok(()),
            false => Err(self.error(format_args!("expected {what}"))),
        }
    }

    fn whitespace(&mut self) {
        while self
            .eat_if(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
            .is_some()
        {}
    }

    fn flush(&mut self) {
        if !self.text.is_empty() {
            self.segments
                .push(Segment::Text(std::mem::take(&mut self.text)));
        }
    }

    fn hole(&mut self, segment: Segment) {
        self.flush();
        self.segments.push(segment);
        self.pos += 1;
    }

    fn value(&mut self) -> Result<(), String> {
        match self.peek() {
            Some(Item::Hole(piece)) => {
                self.hole(Segment::Value(piece));
                Ok(())
            }
            Some(Item::Char('{')) => self.nested(Self::object),
            Some(Item::Char('[')) => self.nested(Self::array),
            Some(Item::Char('"')) => self.string(),
            Some(Item::Char(c)) if c == '-' || c.is_ascii_digit() => self.number(),
            Some(Item::Char(c)) if c.is_ascii_alphabetic() => self.literal(),
            _ => Err(self.error("expected a JSON value (an object, array, string, number, true, false, null) or a placeholder")),
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> Result<(), String>) -> Result<(), String> {
        if self.depth == MAX_DEPTH {
            return Err(self.error(format_args!(
                "arrays and objects nest deeper than {MAX_DEPTH} levels"
            )));
        }
        self.depth += 1;
        let result = read(self);
        self.depth -= 1;
        result
    }

    fn object(&mut self) -> Result<(), String> {
        self.expect('{', "`{`")?;
        self.whitespace();
        if self.eat('}') {
            return Ok(());
        }
        loop {
            self.key()?;
            self.whitespace();
            self.expect(':', "`:` after the object key")?;
            self.whitespace();
            self.value()?;
            self.whitespace();
            if !self.eat(',') {
                return self.expect('}', "`,` or `}` after the object member");
            }
            self.whitespace();
        }
    }

    fn key(&mut self) -> Result<(), String> {
        match self.peek() {
            Some(Item::Hole(piece)) => Err(self.error(format_args!(
                "a placeholder cannot be an object key: a key is a JSON string, write \"{{{}}}\" in quotes",
                piece.name()
            ))),
            Some(Item::Char('"')) => self.string(),
            _ => Err(self.error("expected an object key, a string in double quotes")),
        }
    }

    fn array(&mut self) -> Result<(), String> {
        self.expect('[', "`[`")?;
        self.whitespace();
        if self.eat(']') {
            return Ok(());
        }
        loop {
            self.value()?;
            self.whitespace();
            if !self.eat(',') {
                return self.expect(']', "`,` or `]` after the array element");
            }
            self.whitespace();
        }
    }

    fn string(&mut self) -> Result<(), String> {
        self.expect('"', "`\"`")?;
        loop {
            match self.peek() {
                None => return Err(self.error("unterminated string: close it with `\"`")),
                Some(Item::Hole(piece)) => self.hole(Segment::InString(piece)),
                Some(Item::Char('"')) => return self.expect('"', "`\"`"),
                Some(Item::Char('\\')) => self.escape()?,
                Some(Item::Char(c)) if c < ' ' => {
                    return Err(self.error(
                        "a control character (such as a newline) in a string: write it escaped, `\\n`",
                    ));
                }
                Some(Item::Char(_)) => {
                    self.eat_if(|_| true);
                }
            }
        }
    }

    fn escape(&mut self) -> Result<(), String> {
        self.expect('\\', "`\\`")?;
        const BAD: &str =
            "a bad escape in a string: JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX";
        match self.eat_if(|c| "\"\\/bfnrtu".contains(c)) {
            Some('u') => {
                for _ in 0..4 {
                    self.eat_if(|c| c.is_ascii_hexdigit())
                        .ok_or_else(|| self.error(BAD))?;
                }
                Ok(())
            }
            Some(_) => Ok(()),
            None => Err(self.error(BAD)),
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Result<(), String> {
        const BAD: &str = "a bad number: JSON numbers are like -12, 0.5 or 1e3";
        self.eat('-');
        if !self.eat('0') && self.digits() == 0 {
            return Err(self.error(BAD));
        }
        if self.eat('.') && self.digits() == 0 {
            return Err(self.error(BAD));
        }
        if self.eat_if(|c| c == 'e' || c == 'E').is_some() {
            self.eat_if(|c| c == '+' || c == '-');
            if self.digits() == 0 {
                return Err(self.error(BAD));
            }
        }
        Ok(())
    }

    fn digits(&mut self) -> usize {
        let mut count = 0;
        while self.eat_if(|c| c.is_ascii_digit()).is_some() {
            count += 1;
        }
        count
    }

    fn literal(&mut self) -> Result<(), String> {
        let start = self.text.len();
        while self.eat_if(|c| c.is_ascii_alphanumeric()).is_some() {}
        match &self.text[start..] {
            "true" | "false" | "null" => Ok(()),
            word => Err(format!(
                "the body template is not valid JSON: `{word}` is not a value; a text goes in double quotes, \"{word}\""
            )),
        }
    }

    /// The error at the current position, quoting the template up to it.
    fn error(&self, what: impl std::fmt::Display) -> String {
        let read: String = self.items[..self.pos]
            .iter()
            .map(|item| match item {
                Item::Char(c) => c.to_string(),
                Item::Hole(piece) => format!("{{{}}}", piece.name()),
            })
            .collect();
        let tail: String = {
            let chars: Vec<char> = read.chars().collect();
            chars[chars.len().saturating_sub(24)..].iter().collect()
        };
        format!("the body template is not valid JSON: {what}, after `{tail}`")
    }
}

#[cfg(test)]
mod tests {
    use crate::parse::body::template;

    #[test]
    fn accepts_json_with_placeholders_anywhere_a_value_or_text_goes() {
        for ok in [
            r#"{"a":[1,-0.5,2e10,1E-3,true,false,null,{}],"b":"x\"\\\/\b\f\n\r\t\u00e9"}"#,
            r#" { "code" : {code} , "list" : [ {msg} , "{name}: {sub}" ] } "#,
            r#"{"{name}":{status}}"#,
            r#"{"id":{request_id},"detail":"{detail} ({instance})"}"#,
            r#""{msg}""#,
            "{code}",
        ] {
            assert!(template(ok).is_ok(), "{ok}: {:?}", template(ok));
        }
    }

    #[test]
    fn rejects_what_no_message_can_make_json() {
        for bad in [
            "",
            r#"{"a":1,}"#,
            r#"{"a" 1}"#,
            r#"[1 2]"#,
            r#"{"a":01}"#,
            r#"{"a":1.}"#,
            r#"{"a":"\x"}"#,
            r#"{"a":"\u12"}"#,
            r#"{"a":"open}"#,
            r#"{"a":1}{"b":2}"#,
            r#"{{msg}:1}"#,
            r#"{"a":nul}"#,
        ] {
            assert!(template(bad).is_err(), "{bad} was accepted");
        }
        let deep = "[".repeat(1000);
        assert!(template(&deep).unwrap_err().contains("nest deeper"));
    }
}

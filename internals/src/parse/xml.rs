//! A well-formedness check (XML 1.0, without a DTD) for `body = xml("..")`
//! templates: one root element, matching tags, quoted attributes, the five
//! predefined entities and character references, comments and processing
//! instructions. Placeholders may stand in text and in attribute values,
//! where their text is escaped; never in a name, a comment or CDATA.
//!
//! Hand-written because the macro depends on syn, quote and proc-macro2
//! only; it reads templates a vendor's error body is made of, nothing more
//! (no DTD, no namespaces beyond `:` in names).

use crate::parse::json::{Item, Segment};

/// The template's segments, or why it is not well-formed XML.
pub fn check(items: &[Item]) -> Result<Vec<Segment>, String> {
    let mut reader = Reader {
        items,
        pos: 0,
        segments: Vec::new(),
        text: String::new(),
    };
    reader.misc()?;
    reader.element()?;
    reader.misc()?;
    if reader.pos < items.len() {
        return Err(reader.error("more after the root element: a body is one element"));
    }
    if !reader.text.is_empty() {
        reader.segments.push(Segment::Text(reader.text));
    }
    Ok(reader.segments)
}

struct Reader<'a> {
    items: &'a [Item],
    pos: usize,
    segments: Vec<Segment>,
    /// XML text read since the last placeholder.
    text: String,
}

impl Reader<'_> {
    fn peek(&self) -> Option<char> {
        match self.items.get(self.pos) {
            Some(Item::Char(c)) => Some(*c),
            _ => None,
        }
    }

    fn at_hole(&self) -> bool {
        matches!(self.items.get(self.pos), Some(Item::Hole(_)))
    }

    fn starts_with(&self, text: &str) -> bool {
        let mut at = self.pos;
        text.chars().all(|c| {
            at += 1;
            matches!(self.items.get(at - 1), Some(Item::Char(d)) if *d == c)
        })
    }

    fn take(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.text.push(c);
        self.pos += 1;
        Some(c)
    }

    fn eat(&mut self, text: &str) -> bool {
        let found = self.starts_with(text);
        if found {
            for _ in text.chars() {
                self.take();
            }
        }
        found
    }

    fn expect(&mut self, text: &str, what: &str) -> Result<(), String> {
        match self.eat(text) {
            true => Ok(()),
            false => Err(self.error(format_args!("expected {what}"))),
        }
    }

    fn whitespace(&mut self) -> bool {
        let start = self.pos;
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.take();
        }
        self.pos > start
    }

    /// A placeholder, in text or an attribute value: escaped there.
    fn hole(&mut self) {
        if let Some(Item::Hole(placeholder)) = self.items.get(self.pos) {
            if !self.text.is_empty() {
                let text = std::mem::take(&mut self.text);
                self.segments.push(Segment::Text(text));
            }
            self.segments.push(Segment::InString(placeholder.clone()));
            self.pos += 1;
        }
    }

    /// Whitespace, comments and processing instructions around the root.
    fn misc(&mut self) -> Result<(), String> {
        loop {
            self.whitespace();
            if self.starts_with("<!--") {
                self.comment()?;
            } else if self.starts_with("<?") {
                self.instruction()?;
            } else if self.starts_with("<!") {
                return Err(self.error("a DTD (`<!DOCTYPE ..>`) is not supported in a body"));
            } else {
                return Ok(());
            }
        }
    }

    fn element(&mut self) -> Result<(), String> {
        self.expect("<", "an element, `<Name>`")?;
        let name = self.name("an element name")?;
        loop {
            let spaced = self.whitespace();
            if self.eat("/>") {
                return Ok(());
            }
            if self.eat(">") {
                break;
            }
            if !spaced {
                return Err(self.error("expected whitespace, `>` or `/>` after the name"));
            }
            self.attribute()?;
        }
        self.content()?;
        self.expect("</", "a closing tag")?;
        let closing = self.name("the closing tag's name")?;
        if closing != name {
            return Err(self.error(format_args!(
                "`</{closing}>` closes `<{name}>`: write `</{name}>`"
            )));
        }
        self.whitespace();
        self.expect(">", "`>`")
    }

    fn attribute(&mut self) -> Result<(), String> {
        self.name("an attribute name")?;
        self.whitespace();
        self.expect("=", "`=` after the attribute name")?;
        self.whitespace();
        let quote = match self.peek() {
            Some(quote @ ('"' | '\'')) => quote,
            _ => return Err(self.error("expected an attribute value in quotes")),
        };
        self.take();
        loop {
            match self.peek() {
                _ if self.at_hole() => self.hole(),
                Some(c) if c == quote => {
                    self.take();
                    return Ok(());
                }
                Some('<') => return Err(self.error("`<` in an attribute value: write `&lt;`")),
                Some('&') => self.reference()?,
                Some(c) => self.char(c)?,
                None => return Err(self.error("unterminated attribute value")),
            }
        }
    }

    /// Text, placeholders and child nodes, up to the closing tag.
    fn content(&mut self) -> Result<(), String> {
        loop {
            if self.at_hole() {
                self.hole();
            } else if self.starts_with("</") {
                return Ok(());
            } else if self.starts_with("<!--") {
                self.comment()?;
            } else if self.starts_with("<![CDATA[") {
                self.cdata()?;
            } else if self.starts_with("<?") {
                self.instruction()?;
            } else if self.starts_with("]]>") {
                return Err(self.error("`]]>` in text: write `]]&gt;`"));
            } else {
                match self.peek() {
                    Some('<') => self.element()?,
                    Some('&') => self.reference()?,
                    Some(c) => self.char(c)?,
                    None => return Err(self.error("unclosed element: close it with its end tag")),
                }
            }
        }
    }

    /// A character XML allows in text.
    fn char(&mut self, c: char) -> Result<(), String> {
        if c < ' ' && !matches!(c, '\t' | '\n' | '\r') || matches!(c, '\u{fffe}' | '\u{ffff}') {
            return Err(self.error(format_args!("U+{:04X} is not allowed in XML", u32::from(c))));
        }
        self.take();
        Ok(())
    }

    /// `&lt;` `&gt;` `&amp;` `&quot;` `&apos;`, `&#NN;` or `&#xHH;`.
    fn reference(&mut self) -> Result<(), String> {
        const BAD: &str = "a bad reference: XML without a DTD has &lt; &gt; &amp; &quot; &apos;, &#NN; and &#xHH; (write `&amp;` for `&`)";
        self.expect("&", "`&`")?;
        let start = self.text.len();
        while let Some(c) = self
            .peek()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '#')
        {
            self.text.push(c);
            self.pos += 1;
        }
        let name = self.text[start..].to_owned();
        if !self.eat(";") {
            return Err(self.error(BAD));
        }
        let number = match name.strip_prefix("#x") {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => name.strip_prefix('#').and_then(|dec| dec.parse().ok()),
        };
        let char_ok = number.and_then(char::from_u32).is_some_and(|c| {
            c >= ' ' || matches!(c, '\t' | '\n' | '\r') && !matches!(c, '\u{fffe}' | '\u{ffff}')
        });
        match char_ok || matches!(name.as_str(), "lt" | "gt" | "amp" | "quot" | "apos") {
            true => Ok(()),
            false => Err(self.error(BAD)),
        }
    }

    fn comment(&mut self) -> Result<(), String> {
        self.expect("<!--", "`<!--`")?;
        let start = self.text.len();
        self.until("-->", "a comment")?;
        let body = &self.text[start..self.text.len() - 3];
        match body.contains("--") || body.ends_with('-') {
            true => Err(self.error("`--` in a comment: XML comments cannot hold it")),
            false => Ok(()),
        }
    }

    fn cdata(&mut self) -> Result<(), String> {
        self.expect("<![CDATA[", "`<![CDATA[`")?;
        self.until("]]>", "a CDATA section")
    }

    fn instruction(&mut self) -> Result<(), String> {
        let first = self.pos == 0;
        self.expect("<?", "`<?`")?;
        let target = self.name("a processing instruction's target")?;
        if target.eq_ignore_ascii_case("xml") && !first {
            return Err(self.error("the XML declaration `<?xml ..?>` must come first"));
        }
        self.until("?>", "a processing instruction")
    }

    /// Everything up to `end` (taken too), where no placeholder may stand.
    fn until(&mut self, end: &str, what: &str) -> Result<(), String> {
        while !self.eat(end) {
            if self.at_hole() {
                return Err(self.error(format_args!(
                    "a placeholder in {what}: its text would not be escaped there; put it in text or an attribute value"
                )));
            }
            match self.peek() {
                Some(c) => self.char(c)?,
                None => return Err(self.error(format_args!("unterminated {what}"))),
            }
        }
        Ok(())
    }

    /// An element or attribute name (`Name` of XML 1.0, simplified to
    /// letters, digits, `_`, `:`, `-`, `.` and any non-ASCII character).
    fn name(&mut self, what: &str) -> Result<String, String> {
        if self.at_hole() {
            return Err(self.error(format_args!(
                "a placeholder cannot be {what}: names are the template's own"
            )));
        }
        let first = |c: char| c.is_alphabetic() || c == '_' || c == ':';
        let rest = |c: char| first(c) || c.is_alphanumeric() || c == '-' || c == '.';
        if !self.peek().is_some_and(first) {
            return Err(self.error(format_args!("expected {what}")));
        }
        let start = self.text.len();
        while self.peek().is_some_and(rest) {
            self.take();
        }
        Ok(self.text[start..].to_owned())
    }

    /// The error at the current position, quoting the template up to it.
    fn error(&self, what: impl std::fmt::Display) -> String {
        let read: Vec<String> = self.items[..self.pos]
            .iter()
            .map(|item| match item {
                Item::Char(c) => c.to_string(),
                Item::Hole(placeholder) => format!("{{{}}}", placeholder.name()),
            })
            .collect();
        let tail = read[read.len().saturating_sub(24)..].concat();
        format!("the body template is not well-formed XML: {what}, after `{tail}`")
    }
}

#[cfg(test)]
mod tests {
    use crate::parse::body::{Body, xml_template};
    use crate::parse::display_format::{Piece, Placeholder};
    use crate::parse::json::Segment;

    #[test]
    fn reads_s3s_error_body() {
        let body = xml_template(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{msg}</Message><RequestId>{request_id}</RequestId></Error>",
        );
        let Ok(Body::Xml(segments)) = body else {
            panic!("{body:?}")
        };
        assert_eq!(segments.len(), 7, "{segments:?}");
        assert_eq!(
            segments[1],
            Segment::InString(Placeholder::Row(Piece::Code))
        );
        assert_eq!(segments[6], Segment::Text("</RequestId></Error>".into()));
    }

    #[test]
    fn accepts_well_formed_xml() {
        for ok in [
            "<a/>",
            "<a x='{code}' y=\"1 &amp; {msg}\"/>",
            "<!-- c --><a>t &lt;&#60;&#x3C; <![CDATA[<raw>]]> <?pi x?><b/></a>\n",
            "<ns:a xmlns:ns=\"urn:x\"><ns:b-c.d>{detail}{instance}</ns:b-c.d></ns:a>",
            "<错误><代码>{code}</代码></错误>",
        ] {
            assert!(xml_template(ok).is_ok(), "{ok}: {:?}", xml_template(ok));
        }
    }

    #[test]
    fn rejects_what_is_not_well_formed() {
        for (bad, why) in [
            ("", "expected an element"),
            ("<a>", "unclosed element"),
            ("<a></b>", "`</b>` closes `<a>`"),
            ("<a><b></a>", "closes"),
            ("<a/><b/>", "one element"),
            ("<a x=1/>", "in quotes"),
            ("<a x='<'/>", "`<` in an attribute"),
            ("<a>&nbsp;</a>", "a bad reference"),
            ("<a>& b</a>", "a bad reference"),
            ("<a>&#0;</a>", "a bad reference"),
            ("<a>]]></a>", "`]]>`"),
            ("<a><!-- a -- b --></a>", "`--`"),
            ("<{code}/>", "a placeholder cannot be an element name"),
            (
                "<a {msg}='1'/>",
                "a placeholder cannot be an attribute name",
            ),
            ("<a><!-- {msg} --></a>", "a placeholder in a comment"),
            ("<a><![CDATA[{msg}]]></a>", "a placeholder in a CDATA"),
            ("<!DOCTYPE a><a/>", "DTD"),
            ("<a/><?xml version=\"1.0\"?>", "must come first"),
            (" <?xml version=\"1.0\"?><a/>", "must come first"),
            ("<a>\u{1}</a>", "U+0001"),
            ("<a x='1'y='2'/>", "expected whitespace"),
        ] {
            let error = xml_template(bad).unwrap_err();
            assert!(error.contains(why), "{bad}: {error}");
        }
    }
}

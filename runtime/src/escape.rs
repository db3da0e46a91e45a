//! Texts escaped for JSON strings and XML: the one escaper of both crates.
//! The macro includes this file (`macros/src/escape.rs` is a symlink to it)
//! to escape the table's own texts at expansion, and a `Reply` escapes the
//! request's values with it, so a text reads back the same whether the
//! table or the request gave it.

use alloc::string::String;

/// `text` escaped for the inside of a JSON string, as the macro escapes
/// the table's texts: quotes, backslashes and control characters, and `<`,
/// `>`, `&`, U+2028, U+2029 as `\uXXXX`, so a body inlined in a `<script>`
/// cannot close it.
pub(crate) fn escape_json(out: &mut String, text: &str) {
    let mut start = 0;
    for (at, c) in text.char_indices() {
        let escaped = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' | '\0'..='\u{1f}' | '\u{7f}' => "",
            _ => continue,
        };
        out.push_str(&text[start..at]);
        start = at + c.len_utf8();
        if escaped.is_empty() {
            push_unicode_escape(out, c);
        } else {
            out.push_str(escaped);
        }
    }
    out.push_str(&text[start..]);
}

/// `text` as a JSON string, quotes included: where a JSON value goes.
pub(crate) fn quote_json(out: &mut String, text: &str) {
    out.push('"');
    escape_json(out, text);
    out.push('"');
}

fn push_unicode_escape(out: &mut String, c: char) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let code = u32::from(c);
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(char::from(HEX[(code >> shift & 0xf) as usize]));
    }
}

/// `text` escaped for XML text and attribute values: `<`, `>`, `&`, `"`
/// and `'` as entities; characters XML 1.0 cannot carry at all (control
/// characters but tab, newline and carriage return) as U+FFFD.
pub(crate) fn escape_xml(out: &mut String, text: &str) {
    let mut start = 0;
    for (at, c) in text.char_indices() {
        let escaped = match c {
            '<' => "&lt;",
            '>' => "&gt;",
            '&' => "&amp;",
            '"' => "&quot;",
            '\'' => "&apos;",
            '\t' | '\n' | '\r' => continue,
            '\0'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => "\u{fffd}",
            _ => continue,
        };
        out.push_str(&text[start..at]);
        out.push_str(escaped);
        start = at + c.len_utf8();
    }
    out.push_str(&text[start..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(text: &str) -> String {
        let mut out = String::new();
        escape_json(&mut out, text);
        out
    }

    fn xml(text: &str) -> String {
        let mut out = String::new();
        escape_xml(&mut out, text);
        out
    }

    #[test]
    fn json_escapes_as_the_macro_does() {
        assert_eq!(json(r#"a "b" \c"#), r#"a \"b\" \\c"#);
        assert_eq!(json("l1\nl2\t\u{1}"), r"l1\nl2\t\u0001");
        assert_eq!(
            json("</script>&\u{2028}"),
            r"\u003c/script\u003e\u0026\u2028"
        );
        assert_eq!(json("无效的Access-Token"), "无效的Access-Token");
        let mut value = String::new();
        quote_json(&mut value, "say \"hi\"</b>");
        assert_eq!(value, r#""say \"hi\"\u003c/b\u003e""#);
    }

    #[test]
    fn xml_escapes_markup_and_drops_what_xml_cannot_carry() {
        assert_eq!(
            xml(r#"<a href="x">&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;"
        );
        assert_eq!(xml("tab\tnl\n\u{1}"), "tab\tnl\n\u{fffd}");
        assert_eq!(xml("无效"), "无效");
    }
}

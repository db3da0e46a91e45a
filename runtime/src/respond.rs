//! Real responses: [`Reply`], an error with the values of one request (a
//! request id, RFC 9457's `instance`, a `detail`) and the caller's
//! language, and the static bodies the macro writes for it ([`Serve`]).
//!
//! The macro writes every row's body ahead, once a language, cut where a
//! per-request value goes. A response without per-request values sends the
//! whole static text; one with them copies the static pieces and the
//! escaped values into one buffer, sized once.

use alloc::borrow::Cow;
use alloc::string::String;

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::HeaderMap;
use http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, HeaderValue, RETRY_AFTER};

use crate::ErrorCode;
use crate::axum_impls::response;
use crate::escape::{escape_json, escape_xml, quote_json};
use crate::language;

/// A value a handler gives one response.
#[doc(hidden)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Field {
    /// `{request_id}`, and the problem member `request_id`.
    RequestId,
    /// `{instance}`, and the problem member `instance`.
    Instance,
    /// `{detail}`, and the problem member `detail`.
    Detail,
}

/// How a per-request value is written where it stands.
#[doc(hidden)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Escape {
    /// Inside a JSON string: JSON-escaped.
    InJsonString,
    /// Where a JSON value goes: a JSON string.
    JsonValue,
    /// In XML text or an attribute value: XML-escaped.
    Xml,
}

/// A piece of a body, as the macro writes it.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub enum Part {
    /// Body text, sent as it is.
    Text(&'static str),
    /// A per-request value, or `default` (written already) without one.
    Hole {
        field: Field,
        escape: Escape,
        default: &'static str,
    },
    /// An RFC 9457 member: `key` (such as `,"instance":`) and the value as a
    /// JSON string, or `default` (a whole member, or nothing) without one.
    Member {
        key: &'static str,
        field: Field,
        default: &'static str,
    },
}

/// A row's body in one language.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct Template {
    pub content_type: &'static str,
    /// The body without per-request values: what `into_response` sends.
    pub whole: &'static str,
    /// The same body cut where per-request values go; empty when it has
    /// no place for them.
    pub parts: &'static [Part],
}

/// The bodies of a family that asks for `axum` (implemented by the macro):
/// the bound of [`Reply`], and `reply()` to start one.
///
/// ```
/// use error_table::{Serve, error_table};
///
/// #[error_table(axum)]
/// pub enum Acme {
///     #[msg(en = "Too many requests", zh = "请求过于频繁")]
///     #[http(429)]
///     Throttled = 4291,
/// }
///
/// let reply = Acme::Throttled.reply().request_id("req-1").accept_language("zh, en;q=0.5");
/// assert_eq!(reply.language(), Some("zh"));
/// assert_eq!(Acme::Throttled.reply().language(), Some("en"));
/// ```
pub trait Serve: ErrorCode {
    /// The languages of the bodies, the default one first; empty for a
    /// family without keyed messages.
    #[doc(hidden)]
    fn __languages(self) -> &'static [&'static str];

    /// The row's body in each language of [`Serve::__languages`] (one
    /// without languages).
    #[doc(hidden)]
    fn __templates(self) -> &'static [Template];

    /// A response of this error that per-request values can be added to.
    fn reply<'a>(self) -> Reply<'a, Self> {
        Reply::new(self)
    }
}

/// An error as one request's response: the table's status and body, with a
/// request id, an RFC 9457 `instance`, a `detail` for this occurrence, and
/// the language the caller asked for. `IntoResponse` sends it.
///
/// In a `body = problem` response the values are the members `request_id`,
/// `instance` and `detail` (which replaces the row's `#[help]`); in a
/// template, the placeholders `{request_id}`, `{instance}` and `{detail}`
/// (the row's help, else empty, without one). A value left out leaves the
/// row's static body as the table wrote it.
#[must_use = "a reply does nothing until it is turned into a response"]
#[derive(Clone, Debug)]
pub struct Reply<'a, E> {
    error: E,
    request_id: Option<Cow<'a, str>>,
    instance: Option<Cow<'a, str>>,
    detail: Option<Cow<'a, str>>,
    /// The index of the body's language in `Serve::__languages`.
    language: usize,
}

impl<'a, E: Serve> Reply<'a, E> {
    /// The response of `error`, without per-request values yet.
    pub fn new(error: E) -> Self {
        Reply {
            error,
            request_id: None,
            instance: None,
            detail: None,
            language: 0,
        }
    }

    /// The error it answers.
    pub fn error(&self) -> E {
        self.error
    }

    /// The request's id: `{request_id}`, or the problem member `request_id`.
    pub fn request_id(mut self, id: impl Into<Cow<'a, str>>) -> Self {
        self.request_id = Some(id.into());
        self
    }

    /// RFC 9457's `instance`, a URI reference of this occurrence:
    /// `{instance}`, or the problem member `instance`.
    pub fn instance(mut self, instance: impl Into<Cow<'a, str>>) -> Self {
        self.instance = Some(instance.into());
        self
    }

    /// What went wrong this time ("field `name` is too long"): `{detail}`,
    /// or the problem member `detail`, in place of the row's `#[help]`.
    pub fn detail(mut self, detail: impl Into<Cow<'a, str>>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// The body in the language an `Accept-Language` value asks for
    /// (`"en;q=0.8, zh"`), by its q-values, else in the family's default
    /// language; the response says which in `Content-Language`.
    pub fn accept_language(mut self, header: &str) -> Self {
        self.language = language::negotiate(header, self.error.__languages());
        self
    }

    /// [`Reply::accept_language`] with the request's `Accept-Language`
    /// header, if it has one.
    pub fn language_of(self, headers: &HeaderMap) -> Self {
        match headers.get(ACCEPT_LANGUAGE).map(HeaderValue::to_str) {
            Some(Ok(header)) => self.accept_language(header),
            _ => self,
        }
    }

    /// The language of the body: the one chosen, or the default; `None`
    /// for a family without keyed messages.
    pub fn language(&self) -> Option<&'static str> {
        self.error.__languages().get(self.language).copied()
    }

    fn value(&self, field: Field) -> Option<&str> {
        match field {
            Field::RequestId => self.request_id.as_deref(),
            Field::Instance => self.instance.as_deref(),
            Field::Detail => self.detail.as_deref(),
        }
    }

    /// The body: the static text itself without per-request values, else
    /// the static pieces and the escaped values.
    fn body(&self, template: &Template) -> Body {
        let values = [&self.request_id, &self.instance, &self.detail];
        if values.iter().all(|value| value.is_none()) || template.parts.is_empty() {
            return Body::from(template.whole);
        }
        let extra: usize = values
            .iter()
            .filter_map(|v| v.as_deref())
            .map(str::len)
            .sum();
        // Escaping rarely grows a value much; one reserve covers most bodies.
        let mut out = String::with_capacity(template.whole.len() + extra + extra / 2 + 16);
        for part in template.parts {
            match *part {
                Part::Text(text) => out.push_str(text),
                Part::Hole {
                    field,
                    escape,
                    default,
                } => match self.value(field) {
                    Some(value) => write_escaped(&mut out, value, escape),
                    None => out.push_str(default),
                },
                Part::Member {
                    key,
                    field,
                    default,
                } => match self.value(field) {
                    Some(value) => {
                        out.push_str(key);
                        write_escaped(&mut out, value, Escape::JsonValue);
                    }
                    None => out.push_str(default),
                },
            }
        }
        Body::from(out)
    }
}

impl<E: Serve> From<E> for Reply<'_, E> {
    fn from(error: E) -> Self {
        Reply::new(error)
    }
}

impl<E: Serve> IntoResponse for Reply<'_, E> {
    fn into_response(self) -> Response {
        let templates = self.error.__templates();
        let template = templates.get(self.language).unwrap_or(&templates[0]);
        let response = response(
            self.error.http_status(),
            template.content_type,
            self.body(template),
        );
        with_headers(response, self.error, self.language())
    }
}

/// The response of an error without per-request values: the
/// `IntoResponse` of every family and union that asks for `axum`. It is
/// what `Reply::new(error).into_response()` gives, written out: going
/// through an empty `Reply` measured 8% slower on this path (1.05 of a
/// hand-written response instead of 0.92, `into_response_xlink` in
/// `cargo bench --bench response`).
#[doc(hidden)]
#[inline]
pub fn respond<E: Serve>(error: E) -> Response {
    let template = &error.__templates()[0];
    let response = response(
        error.http_status(),
        template.content_type,
        Body::from(template.whole),
    );
    with_headers(response, error, error.__languages().first().copied())
}

/// `Content-Language` when the body is in a keyed language, and
/// `Retry-After` (in seconds) when the table gives the error a delay.
#[inline]
fn with_headers<E: Serve>(
    mut response: Response,
    error: E,
    language: Option<&'static str>,
) -> Response {
    let headers = response.headers_mut();
    if let Some(language) = language {
        headers.insert(CONTENT_LANGUAGE, HeaderValue::from_static(language));
    }
    if let Some(delay) = error.retry_after() {
        headers.insert(RETRY_AFTER, HeaderValue::from(delay.as_secs()));
    }
    response
}

fn write_escaped(out: &mut String, value: &str, escape: Escape) {
    match escape {
        Escape::InJsonString => escape_json(out, value),
        Escape::JsonValue => quote_json(out, value),
        Escape::Xml => escape_xml(out, value),
    }
}

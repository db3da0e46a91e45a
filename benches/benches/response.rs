//! Error -> axum response: error-table's `into_response()` (feature `axum`,
//! the Xlink union with the vendor's body template) against the responses a
//! handler writes by hand, `(StatusCode, [(CONTENT_TYPE, ..)], body)`:
//!
//! - `hand_same_body`: the very bytes error-table sends, made ahead of the
//!   timing (a `&'static str` per error, and its `StatusCode`), so that the
//!   hand-written side does only what `into_response` must also do: the
//!   strictest comparison;
//! - `hand_same_body_static_header`: the same, with the content type as a
//!   `HeaderValue::from_static` (which does not copy it, as a `&str` header
//!   value is copied): the fastest hand-written response we know;
//! - `hand_json`: the body made with `serde_json::json!`, as a handler
//!   without error-table would write it.
//!
//! Every iteration turns the same errors into responses and drops them (64
//! errors 1,024 times, "hot", or 65,536 once, "cold": [`INPUTS`]).
//!
//! `cargo bench -p error-table-benches --bench response`

#![allow(missing_docs)]

use std::hint::black_box;

use axum_core::response::{IntoResponse, Response};
use divan::counter::ItemsCount;
use divan::{AllocProfiler, Bencher};
use error_table_benches::{INPUTS, ITEMS, batch, rounds, sample};
use http::StatusCode;
use http::header::{CONTENT_TYPE, HeaderValue};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

/// The Xlink tables with `axum` and the vendor's body template.
#[allow(clippy::enum_variant_names)]
mod et {
    include!(concat!(env!("OUT_DIR"), "/xlink_axum.rs"));
}

use et::xlink::XlinkError;

fn main() {
    agree();
    agree_per_request();
    divan::main();
}

fn errors(kind: &str) -> Vec<XlinkError> {
    sample(XlinkError::ALL, 3, batch(kind))
}

/// The vendor's body, written by hand with serde_json.
fn hand_json(error: XlinkError) -> Response {
    let status = StatusCode::from_u16(error.http_status()).unwrap_or(StatusCode::BAD_GATEWAY);
    let body = serde_json::json!({
        "error": { "code": error.code().to_string(), "msg": error.message() }
    });
    (
        status,
        [(CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

/// Each error's status and body, made before any timing.
fn same_bodies(errors: &[XlinkError]) -> Vec<(StatusCode, &'static str)> {
    errors
        .iter()
        .map(|&error| {
            let status = StatusCode::from_u16(error.http_status()).unwrap_or(StatusCode::OK);
            let body = String::leak(hand_json_body(error));
            (status, &*body)
        })
        .collect()
}

fn hand_json_body(error: XlinkError) -> String {
    serde_json::json!({
        "error": { "code": error.code().to_string(), "msg": error.message() }
    })
    .to_string()
}

/// All three give the same status, content type and body for every error.
fn agree() {
    let rt = |response: Response| {
        let (parts, body) = response.into_parts();
        let bytes = futures_bytes(body);
        (parts.status, parts.headers[CONTENT_TYPE].clone(), bytes)
    };
    for &error in XlinkError::ALL {
        let ours = rt(error.into_response());
        assert_eq!(ours, rt(hand_json(error)), "{error:?}");
        let (status, body) = same_bodies(&[error])[0];
        let hand = (status, [(CONTENT_TYPE, "application/json")], body).into_response();
        assert_eq!(ours, rt(hand), "{error:?}");
    }
}

/// The bytes of a body made of one in-memory chunk, without an executor.
fn futures_bytes(body: axum_core::body::Body) -> Vec<u8> {
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};
    let mut body = pin!(body);
    let mut bytes = Vec::new();
    let mut cx = Context::from_waker(Waker::noop());
    while let Poll::Ready(Some(Ok(frame))) = http_body::Body::poll_frame(body.as_mut(), &mut cx) {
        bytes.extend_from_slice(frame.data_ref().map_or(&[][..], |data| data));
    }
    bytes
}

fn run<T: Copy>(bencher: Bencher, inputs: &[T], f: impl Fn(T) -> Response) {
    bencher.counter(ItemsCount::new(ITEMS)).bench_local(|| {
        for _ in 0..rounds(inputs.len()) {
            for &input in black_box(inputs) {
                black_box(f(input));
            }
        }
    });
}

/// An Xlink error as an axum response, in the vendor's body shape.
#[divan::bench_group]
mod into_response_xlink {
    use super::*;

    #[divan::bench(args = INPUTS)]
    fn error_table(bencher: Bencher, kind: &str) {
        run(bencher, &errors(kind), IntoResponse::into_response);
    }

    #[divan::bench(args = INPUTS)]
    fn hand_same_body(bencher: Bencher, kind: &str) {
        let bodies = same_bodies(&errors(kind));
        run(bencher, &bodies, |(status, body)| {
            (status, [(CONTENT_TYPE, "application/json")], body).into_response()
        });
    }

    #[divan::bench(args = INPUTS)]
    fn hand_same_body_static_header(bencher: Bencher, kind: &str) {
        let bodies = same_bodies(&errors(kind));
        let json = HeaderValue::from_static("application/json");
        run(bencher, &bodies, |(status, body)| {
            (status, [(CONTENT_TYPE, json.clone())], body).into_response()
        });
    }

    #[divan::bench(args = INPUTS)]
    fn hand_json(bencher: Bencher, kind: &str) {
        run(bencher, &errors(kind), super::hand_json);
    }
}

/// What a handler adds to each response: a request id as a gateway makes
/// them (16 hex digits), and a language header as browsers send it.
const REQUEST_ID: &str = "4442587FB7D0A2F9";
const ACCEPT: &str = "fr-FR,zh;q=0.9,en;q=0.8";

/// A company API's RFC 9457 problems.
#[error_table::error_table(axum, name = "acme")]
mod problem {
    pub enum Acme {
        /// Invalid parameter
        #[http(400)]
        #[help("see the \"parameters\" section")]
        InvalidParameter = 4001,
        /// Missing parameter
        #[http(400)]
        MissingParameter = 4002,
        /// Token expired
        #[http(401)]
        TokenExpired = 4011,
        /// Not allowed
        #[http(403)]
        Forbidden = 4031,
        /// No such device
        #[http(404)]
        DeviceNotFound = 4041,
        /// Too many requests
        #[http(429)]
        Throttled = 4291,
        /// Internal error
        Internal = 5000,
        /// Try again later
        #[http(503)]
        Unavailable = 5031,
    }
}

/// S3's XML error body, with the request id.
#[error_table::error_table(
    name = "s3",
    axum,
    body = xml(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{msg}</Message><RequestId>{request_id}</RequestId></Error>"
    )
)]
mod s3 {
    pub enum S3Error {
        /// The specified key does not exist.
        #[http(404)]
        NoSuchKey = "NoSuchKey",
        /// The specified bucket does not exist.
        #[http(404)]
        NoSuchBucket = "NoSuchBucket",
        /// Access Denied
        #[http(403)]
        AccessDenied = "AccessDenied",
        /// The Content-MD5 you specified did not match what we received.
        #[http(400)]
        BadDigest = "BadDigest",
        /// Your proposed upload exceeds the maximum allowed object size.
        #[http(400)]
        EntityTooLarge = "EntityTooLarge",
        /// We encountered an internal error. Please try again.
        #[http(500)]
        InternalError = "InternalError",
        /// Please reduce your request rate.
        #[http(503)]
        SlowDown = "SlowDown",
        /// The bucket you tried to delete is not empty & still <in use>.
        #[http(409)]
        BucketNotEmpty = "BucketNotEmpty",
    }
}

/// A shop's API in English (the default) and Chinese, its own JSON shape.
#[error_table::error_table(
    axum,
    lang = "en",
    body = r#"{"error":{"code":{code},"message":"{msg}","request_id":"{request_id}"}}"#
)]
mod shop {
    pub enum Shop {
        #[msg(en = "Out of stock", zh = "库存不足")]
        #[http(409)]
        OutOfStock = 1001,
        #[msg(en = "Too many requests", zh = "请求过于频繁")]
        #[http(429)]
        Throttled = 1002,
        #[msg(en = "Payment declined", zh = "支付被拒绝")]
        #[http(402)]
        PaymentDeclined = 1003,
        #[msg(en = "No such order", zh = "订单不存在")]
        #[http(404)]
        NoSuchOrder = 1004,
        #[msg(en = "Internal error", zh = "内部错误")]
        Internal = 1005,
    }
}

use error_table::{ErrorCode, Serve};
use problem::Acme;
use s3::S3Error;
use shop::Shop;

/// `text` as a JSON string as the crate writes it (serde_json's escaping,
/// and `<`, `>`, `&` as `\u00XX`): the hand-written side sends the same bytes.
fn json_string(text: &str) -> String {
    serde_json::to_string(text)
        .unwrap()
        .replace('<', r"\u003c")
        .replace('>', r"\u003e")
        .replace('&', r"\u0026")
}

/// XML text escaped as a handler writes it.
fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

fn status<E: ErrorCode>(error: E) -> StatusCode {
    StatusCode::from_u16(error.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The problem with a request id, written by hand with `serde_json::json!`.
fn hand_problem(error: Acme, id: &str) -> Response {
    let mut body = serde_json::json!({
        "type": "about:blank",
        "title": error.message(),
        "status": error.http_status(),
        "code": error.code(),
    });
    if let Some(help) = error.help() {
        body["detail"] = help.into();
    }
    body["request_id"] = id.into();
    let body = body.to_string();
    let headers = [(
        CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    )];
    (status(error), headers, body).into_response()
}

/// The same problem from pieces made before the timing: the static text
/// up to the request id, and the end; the id escaped between them.
fn problem_pieces(errors: &[Acme]) -> Vec<(StatusCode, &'static str)> {
    errors
        .iter()
        .map(|&error| {
            let mut head = format!(
                r#"{{"type":"about:blank","title":{},"status":{},"code":{}"#,
                json_string(error.message()),
                error.http_status(),
                error.code()
            );
            if let Some(help) = error.help() {
                head.push_str(&format!(r#","detail":{}"#, json_string(help)));
            }
            head.push_str(r#","request_id":"#);
            (status(error), &*String::leak(head))
        })
        .collect()
}

fn hand_problem_pieces((status, head): (StatusCode, &'static str), id: &str) -> Response {
    let id = json_string(id);
    let mut body = String::with_capacity(head.len() + id.len() + 1);
    body.push_str(head);
    body.push_str(&id);
    body.push('}');
    let headers = [(
        CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    )];
    (status, headers, body).into_response()
}

/// S3's body with a request id, written by hand with `format!`.
fn hand_xml(error: S3Error, id: &str) -> Response {
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{}</Code><Message>{}</Message><RequestId>{}</RequestId></Error>",
        xml_escape(error.code()),
        xml_escape(error.message()),
        xml_escape(id),
    );
    let headers = [(CONTENT_TYPE, HeaderValue::from_static("application/xml"))];
    (status(error), headers, body).into_response()
}

/// The shop's body in the caller's language, written by hand: the header
/// parsed by the same crate, the body by `serde_json::json!`.
fn hand_localized(error: Shop, accept: &str, id: &str) -> Response {
    let lang = accept_language::parse_with_quality(accept)
        .into_iter()
        .filter(|(_, q)| *q > 0.0)
        .find_map(|(range, _)| {
            let primary = range.split('-').next().unwrap_or("");
            ["en", "zh"]
                .into_iter()
                .find(|l| l.eq_ignore_ascii_case(primary))
        })
        .unwrap_or("en");
    let body = serde_json::json!({
        "error": { "code": error.code(), "message": error.message_in(lang), "request_id": id }
    })
    .to_string();
    let headers = [
        (CONTENT_TYPE, HeaderValue::from_static("application/json")),
        (
            http::header::CONTENT_LANGUAGE,
            HeaderValue::from_static(lang),
        ),
    ];
    (status(error), headers, body).into_response()
}

/// The hand-written responses are the same responses as error-table's:
/// the same bytes where the body is made of the same pieces, the same JSON
/// where `json!` orders the members its own way.
fn agree_per_request() {
    let parts = |response: Response| {
        let (parts, body) = response.into_parts();
        (parts.status, parts.headers, futures_bytes(body))
    };
    let json = |response: Response| {
        let (status, headers, body) = parts(response);
        let value: serde_json::Value = serde_json::from_slice(&body).unwrap();
        (status, headers, value)
    };
    let id = "4442587F <&\"'>";
    for &error in Acme::ALL {
        let ours = || error.reply().request_id(id).into_response();
        assert_eq!(json(ours()), json(hand_problem(error, id)), "{error:?}");
        let pieces = problem_pieces(&[error])[0];
        assert_eq!(
            parts(ours()),
            parts(hand_problem_pieces(pieces, id)),
            "{error:?}"
        );
    }
    for &error in S3Error::ALL {
        let ours = parts(error.reply().request_id(id).into_response());
        assert_eq!(ours, parts(hand_xml(error, id)), "{error:?}");
    }
    for &error in Shop::ALL {
        for accept in [ACCEPT, "zh-CN", "fr", "en;q=0.8, zh"] {
            let ours = error.reply().accept_language(accept).request_id(id);
            let hand = hand_localized(error, accept, id);
            assert_eq!(json(ours.into_response()), json(hand), "{error:?} {accept}");
        }
    }
}

/// A problem body with a request id.
#[divan::bench_group]
mod problem_request_id {
    use super::*;

    fn errors(kind: &str) -> Vec<Acme> {
        sample(Acme::ALL, 5, batch(kind))
    }

    #[divan::bench(args = INPUTS)]
    fn error_table(bencher: Bencher, kind: &str) {
        run(bencher, &errors(kind), |e| {
            e.reply().request_id(REQUEST_ID).into_response()
        });
    }

    /// Today's `into_response()`, without the id: what the id costs.
    #[divan::bench(args = INPUTS)]
    fn error_table_without_id(bencher: Bencher, kind: &str) {
        run(bencher, &errors(kind), IntoResponse::into_response);
    }

    #[divan::bench(args = INPUTS)]
    fn hand_json(bencher: Bencher, kind: &str) {
        run(bencher, &errors(kind), |e| hand_problem(e, REQUEST_ID));
    }

    #[divan::bench(args = INPUTS)]
    fn hand_pieces(bencher: Bencher, kind: &str) {
        let pieces = problem_pieces(&errors(kind));
        run(bencher, &pieces, |p| hand_problem_pieces(p, REQUEST_ID));
    }
}

/// S3's XML body with a request id.
#[divan::bench_group]
mod xml_request_id {
    use super::*;

    fn errors(kind: &str) -> Vec<S3Error> {
        sample(S3Error::ALL, 7, batch(kind))
    }

    #[divan::bench(args = INPUTS)]
    fn error_table(bencher: Bencher, kind: &str) {
        run(bencher, &errors(kind), |e| {
            e.reply().request_id(REQUEST_ID).into_response()
        });
    }

    #[divan::bench(args = INPUTS)]
    fn error_table_without_id(bencher: Bencher, kind: &str) {
        run(bencher, &errors(kind), IntoResponse::into_response);
    }

    #[divan::bench(args = INPUTS)]
    fn hand_format(bencher: Bencher, kind: &str) {
        run(bencher, &errors(kind), |e| hand_xml(e, REQUEST_ID));
    }
}

/// The shop's body in the caller's language (Chinese, by q-value), with a
/// request id.
#[divan::bench_group]
mod localized {
    use super::*;

    fn errors(kind: &str) -> Vec<Shop> {
        sample(Shop::ALL, 11, batch(kind))
    }

    #[divan::bench(args = INPUTS)]
    fn error_table(bencher: Bencher, kind: &str) {
        run(bencher, &errors(kind), |e| {
            e.reply()
                .accept_language(ACCEPT)
                .request_id(REQUEST_ID)
                .into_response()
        });
    }

    #[divan::bench(args = INPUTS)]
    fn hand_json(bencher: Bencher, kind: &str) {
        run(bencher, &errors(kind), |e| {
            hand_localized(e, ACCEPT, REQUEST_ID)
        });
    }
}

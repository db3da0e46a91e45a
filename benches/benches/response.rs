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

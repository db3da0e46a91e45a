//! A mock Xlink server: `GET /errors/{code}` answers with any code of the
//! Xlink union as the vendor does, its HTTP status and the vendor's body,
//! `{"error":{"code":"4031003","msg":"无效的Access-Token"}}`. A client's
//! tests can point at it instead of the real API.
//!
//! The tables are `examples/xlink.rs`, declared with `axum` and the vendor's
//! body template, so the error is the response. The handler is the one of
//! the README's "Serving real responses": every answer carries the
//! request's id (the caller's `x-request-id`, else a new one) in an
//! `x-request-id` header, and in the body wherever the template has a
//! place for it (Xlink's own body has none, so it stays the vendor's).
//! Retryable errors (503 here) also get `Retry-After: 1`, from the table's
//! `retryable(after = 1)`.
//!
//! `cargo run --example xlink_server` serves on 127.0.0.1 until stopped, and
//! prints the address and a `curl` line. With `--smoke` (which `.ci/run`
//! passes, and which `CI=true` implies) it asks itself a few codes, checks
//! the answers and exits.

#[path = "xlink.rs"]
#[allow(dead_code)]
mod xlink;

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::Router;
use axum::extract::Path;
use axum::http::header::{CONTENT_TYPE, RETRY_AFTER};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use error_table::Serve;
use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};

use xlink::xlink::XlinkError;

/// The port of an interactive run; taken by something else, any free one.
const PORT: u16 = 3000;

fn app() -> Router {
    Router::new().route("/errors/{code}", get(error))
}

static X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The error with `code`, as Xlink answers it, with the request's id.
async fn error(Path(code): Path<u32>, headers: HeaderMap) -> Response {
    let Some(error) = XlinkError::from_code(code) else {
        let text = format!("not an Xlink code: {code}\n");
        return (StatusCode::NOT_FOUND, text).into_response();
    };
    // The caller's id if it sent one (a gateway's), else a new one.
    let id = match headers.get(&X_REQUEST_ID).and_then(|id| id.to_str().ok()) {
        Some(id) => id.to_owned(),
        None => new_request_id(),
    };
    let reply = error
        .reply()
        .request_id(id.clone())
        .instance(format!("/errors/{code}"))
        .language_of(&headers); // Accept-Language, q-values and all
    let echo = HeaderValue::try_from(id).expect("a header value, it came as one");
    ([(X_REQUEST_ID.clone(), echo)], reply).into_response()
}

/// A request id of this server: its process id and a counter.
fn new_request_id() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    format!("xlink-{:x}-{n:06}", std::process::id())
}

fn main() -> ExitCode {
    let smoke = std::env::args().any(|arg| arg == "--smoke")
        || std::env::var("CI").is_ok_and(|ci| ci == "true");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    runtime.block_on(async {
        let port = if smoke { 0 } else { PORT };
        let listener = match TcpListener::bind(("127.0.0.1", port)).await {
            Ok(listener) => listener,
            Err(_) => TcpListener::bind("127.0.0.1:0").await.expect("a free port"),
        };
        let address = listener.local_addr().expect("the bound address");
        println!("mock Xlink server on http://{address}");
        println!("  curl -i http://{address}/errors/4031003");
        let server = axum::serve(listener, app());
        if !smoke {
            return match server.await {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("xlink_server: {error}");
                    ExitCode::FAILURE
                }
            };
        }
        tokio::spawn(async move { server.await });
        match smoke_test(address).await {
            Ok(count) => {
                println!("smoke: {count} answers as Xlink gives them");
                ExitCode::SUCCESS
            }
            Err(problem) => {
                eprintln!("xlink_server --smoke: {problem}");
                ExitCode::FAILURE
            }
        }
    })
}

/// Asks the server a few codes over HTTP and checks each answer.
async fn smoke_test(address: SocketAddr) -> Result<usize, String> {
    let cases = [
        (
            4031003,
            403,
            r#"{"error":{"code":"4031003","msg":"无效的Access-Token"}}"#,
        ),
        (
            4001001,
            400,
            r#"{"error":{"code":"4001001","msg":"请求数据字段验证不通过"}}"#,
        ),
        (
            5031001,
            503,
            r#"{"error":{"code":"5031001","msg":"服务端发生异常"}}"#,
        ),
        (4039999, 404, "not an Xlink code: 4039999\n"),
    ];
    for (code, status, body) in cases {
        let answer = tokio::time::timeout(Duration::from_secs(10), ask(address, code, None))
            .await
            .map_err(|_| format!("no answer for {code} in 10 s"))??;
        let expected = (status, body.to_owned(), status == 503);
        if answer.0 != expected {
            return Err(format!("{code}: got {answer:?}, expected {expected:?}"));
        }
        if status != 404
            && !answer
                .1
                .as_deref()
                .is_some_and(|id| id.starts_with("xlink-"))
        {
            return Err(format!("{code}: no new request id, got {:?}", answer.1));
        }
    }
    // A caller's own request id comes back.
    let (_, id) = ask(address, 4031003, Some("gateway-7")).await?;
    if id.as_deref() != Some("gateway-7") {
        return Err(format!("the caller's request id came back as {id:?}"));
    }
    Ok(cases.len() + 1)
}

/// What a response said: the status, the body, and whether it says
/// `Retry-After`; and its request id.
type Answer = ((u16, String, bool), Option<String>);

/// `GET /errors/{code}`, with `request_id` if given; an error body must be
/// `application/json`.
async fn ask(address: SocketAddr, code: u32, request_id: Option<&str>) -> Result<Answer, String> {
    let failed = |error: &dyn std::fmt::Display| format!("{code}: {error}");
    let stream = TcpStream::connect(address).await.map_err(|e| failed(&e))?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| failed(&e))?;
    tokio::spawn(connection);
    let mut request = Request::get(format!("/errors/{code}")).header("host", address.to_string());
    if let Some(id) = request_id {
        request = request.header(&X_REQUEST_ID, id);
    }
    let request = request
        .body(Empty::<Bytes>::new())
        .map_err(|e| failed(&e))?;
    let response = sender.send_request(request).await.map_err(|e| failed(&e))?;
    let status = response.status().as_u16();
    let json = response.headers().get(CONTENT_TYPE) == Some(&"application/json".parse().unwrap());
    if status != 404 && !json {
        return Err(format!("{code}: the body is not application/json"));
    }
    let retry = response.headers().contains_key(RETRY_AFTER);
    let id = response.headers().get(&X_REQUEST_ID);
    let id = id.and_then(|id| id.to_str().ok()).map(str::to_owned);
    let body = response
        .into_body()
        .collect()
        .await
        .map_err(|e| failed(&e))?;
    let body = String::from_utf8_lossy(&body.to_bytes()).into_owned();
    Ok(((status, body, retry), id))
}

//! A mock Xlink server: `GET /errors/{code}` answers with any code of the
//! Xlink union as the vendor does, its HTTP status and the vendor's body,
//! `{"error":{"code":"4031003","msg":"无效的Access-Token"}}`. A client's
//! tests can point at it instead of the real API.
//!
//! The tables are `examples/xlink.rs`, declared with `axum` and the vendor's
//! body template, so the handler is one line: the error is the response.
//! Retryable errors (503 here) also get a `Retry-After` header.
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
use std::time::Duration;

use axum::Router;
use axum::extract::Path;
use axum::http::header::{CONTENT_TYPE, RETRY_AFTER};
use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
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

/// The error with `code`, as Xlink answers it.
async fn error(Path(code): Path<u32>) -> Response {
    match XlinkError::from_code(code) {
        Some(error) if error.is_retryable() => ([(RETRY_AFTER, "1")], error).into_response(),
        Some(error) => error.into_response(),
        None => (
            StatusCode::NOT_FOUND,
            format!("not an Xlink code: {code}\n"),
        )
            .into_response(),
    }
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
        let answer = tokio::time::timeout(Duration::from_secs(10), ask(address, code))
            .await
            .map_err(|_| format!("no answer for {code} in 10 s"))??;
        let expected = (status, body.to_owned(), status == 503);
        if answer != expected {
            return Err(format!("{code}: got {answer:?}, expected {expected:?}"));
        }
    }
    Ok(cases.len())
}

/// `GET /errors/{code}`: the status, the body, and whether it says
/// `Retry-After`; an error body must be `application/json`.
async fn ask(address: SocketAddr, code: u32) -> Result<(u16, String, bool), String> {
    let failed = |error: &dyn std::fmt::Display| format!("{code}: {error}");
    let stream = TcpStream::connect(address).await.map_err(|e| failed(&e))?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| failed(&e))?;
    tokio::spawn(connection);
    let request = Request::get(format!("/errors/{code}"))
        .header("host", address.to_string())
        .body(Empty::<Bytes>::new())
        .map_err(|e| failed(&e))?;
    let response = sender.send_request(request).await.map_err(|e| failed(&e))?;
    let status = response.status().as_u16();
    let json = response.headers().get(CONTENT_TYPE) == Some(&"application/json".parse().unwrap());
    if status != 404 && !json {
        return Err(format!("{code}: the body is not application/json"));
    }
    let retry = response.headers().contains_key(RETRY_AFTER);
    let body = response
        .into_body()
        .collect()
        .await
        .map_err(|e| failed(&e))?;
    let body = String::from_utf8_lossy(&body.to_bytes()).into_owned();
    Ok((status, body, retry))
}

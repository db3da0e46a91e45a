//! The `axum` feature over real HTTP: an axum server on 127.0.0.1 answers
//! every code of the Xlink union (the vendor's body) and of a `problem`
//! family (RFC 9457); a hyper client checks each status, content type and
//! body byte for byte, and decodes the body back into `Code<E>`.

#[path = "../examples/xlink.rs"]
#[allow(dead_code)]
mod xlink;

use std::fmt::Display;
use std::time::Duration;

use axum::Router;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use error_table::{Code, ErrorCode, error_table};
use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use tokio::net::{TcpListener, TcpStream};

use xlink::xlink::XlinkError;

/// A company API of its own, answering RFC 9457 problems; its messages hold
/// every character JSON or an HTML page cares about.
#[error_table(axum, name = "acme")]
pub enum Acme {
    /// 参数错误
    #[http(400)]
    #[help("see the \"parameters\" section")]
    InvalidParameter = 4001,
    #[msg("quote \" backslash \\ slash / </script><!-- & tab\tnewline\ncontrol \u{1}")]
    #[http(422)]
    Tricky = 4002,
    /// 请求过于频繁
    #[http(429)]
    #[help("retry after a second")]
    Throttled = 4291,
    /// 服务器内部错误
    Internal = 5000,
}

/// Serves `GET /errors/{code}` from `E::from_code`, like a mock vendor.
fn router<E>() -> Router
where
    E: ErrorCode<Code = u32> + IntoResponse,
{
    Router::new().route(
        "/errors/{code}",
        get(|Path(code): Path<u32>| async move {
            E::from_code(code).map_or_else(
                || (http::StatusCode::NOT_FOUND, "no such code").into_response(),
                IntoResponse::into_response,
            )
        }),
    )
}

/// Starts `router` on an ephemeral port of 127.0.0.1; the server runs until
/// the test's runtime ends.
async fn serve(router: Router) -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    address
}

/// An HTTP/1.1 connection to `address`, kept alive for every request.
async fn connect(address: std::net::SocketAddr) -> SendRequest<Empty<Bytes>> {
    let stream = TcpStream::connect(address).await.unwrap();
    let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .unwrap();
    tokio::spawn(connection);
    sender
}

/// What a response said.
struct Answer {
    status: u16,
    content_type: String,
    body: String,
}

async fn get_error(client: &mut SendRequest<Empty<Bytes>>, code: impl Display) -> Answer {
    let request = http::Request::get(format!("/errors/{code}"))
        .header(http::header::HOST, "127.0.0.1")
        .body(Empty::new())
        .unwrap();
    let exchange = async {
        client.ready().await.unwrap();
        let response = client.send_request(request).await.unwrap();
        let status = response.status().as_u16();
        let content_type = response.headers()[http::header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .to_owned();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        Answer {
            status,
            content_type,
            body: String::from_utf8(body.to_vec()).unwrap(),
        }
    };
    // A guard against a hung server, not a timing assertion.
    tokio::time::timeout(Duration::from_secs(60), exchange)
        .await
        .expect("the server answers")
}

/// `text` as a JSON string the way the crate writes it: serde_json's
/// escaping, and `<`, `>`, `&` as `\u00XX`.
fn json_string(text: &str) -> String {
    serde_json::to_string(text)
        .unwrap()
        .replace('<', r"\u003c")
        .replace('>', r"\u003e")
        .replace('&', r"\u0026")
}

#[derive(Deserialize)]
#[serde(bound = "Code<E>: DeserializeOwned")]
struct XlinkBody<E: ErrorCode> {
    error: XlinkDetail<E>,
}

#[derive(Deserialize)]
#[serde(bound = "Code<E>: DeserializeOwned")]
struct XlinkDetail<E: ErrorCode> {
    code: Code<E>,
    msg: String,
}

#[tokio::test(flavor = "current_thread")]
async fn xlink_union_answers_every_code_as_the_vendor_does() {
    let mut client = connect(serve(router::<XlinkError>()).await).await;
    assert_eq!(
        XlinkError::ALL.len(),
        82,
        "every code of the four Xlink tables"
    );
    for &error in XlinkError::ALL {
        let answer = get_error(&mut client, error.code()).await;
        assert_eq!(answer.status, error.http_status(), "{error:?}");
        assert_eq!(answer.content_type, "application/json", "{error:?}");
        let expected = format!(
            r#"{{"error":{{"code":"{}","msg":{}}}}}"#,
            error.code(),
            json_string(error.message())
        );
        assert_eq!(answer.body, expected, "{error:?}");
        let decoded: XlinkBody<XlinkError> = serde_json::from_str(&answer.body).unwrap();
        assert_eq!(decoded.error.code, Code::Known(error));
        assert_eq!(decoded.error.msg, error.message());
    }
}

#[tokio::test(flavor = "current_thread")]
async fn xlink_body_is_the_vendors_byte_for_byte() {
    let mut client = connect(serve(router::<XlinkError>()).await).await;
    let answer = get_error(&mut client, 4031003).await;
    assert_eq!(answer.status, 403);
    assert_eq!(
        answer.body,
        r#"{"error":{"code":"4031003","msg":"无效的Access-Token"}}"#
    );
    // A family of the union answers as the union does.
    let family = xlink::xlink::Forbidden::InvalidAccessToken.into_response();
    let union = XlinkError::from_code(4031003).unwrap().into_response();
    assert_eq!(body_of(family).await, body_of(union).await);
}

async fn body_of(response: Response) -> Bytes {
    response.into_body().collect().await.unwrap().to_bytes()
}

#[derive(Deserialize)]
struct Problem {
    r#type: String,
    title: String,
    status: u16,
    code: Code<Acme>,
    detail: Option<String>,
}

#[tokio::test(flavor = "current_thread")]
async fn problem_family_answers_rfc_9457_for_every_code() {
    let mut client = connect(serve(router::<Acme>()).await).await;
    for &error in Acme::ALL {
        let answer = get_error(&mut client, error.code()).await;
        assert_eq!(answer.status, error.http_status(), "{error:?}");
        assert_eq!(answer.content_type, "application/problem+json");
        let detail = error
            .help()
            .map(|help| format!(r#","detail":{}"#, json_string(help)))
            .unwrap_or_default();
        let expected = format!(
            r#"{{"type":"about:blank","title":{},"status":{},"code":{}{detail}}}"#,
            json_string(error.message()),
            error.http_status(),
            error.code(),
        );
        assert_eq!(answer.body, expected, "{error:?}");
        let problem: Problem = serde_json::from_str(&answer.body).unwrap();
        assert_eq!(problem.r#type, "about:blank");
        assert_eq!(problem.title, error.message());
        assert_eq!(problem.status, error.http_status());
        assert_eq!(problem.code, Code::Known(error));
        assert_eq!(problem.detail.as_deref(), error.help());
    }
}

#[tokio::test(flavor = "current_thread")]
async fn messages_are_escaped_for_json_and_script_tags() {
    let mut client = connect(serve(router::<Acme>()).await).await;
    let answer = get_error(&mut client, 4002).await;
    assert_eq!(
        answer.body,
        r#"{"type":"about:blank","title":"quote \" backslash \\ slash / \u003c/script\u003e\u003c!-- \u0026 tab\tnewline\ncontrol \u0001","status":422,"code":4002}"#
    );
    assert!(!answer.body.contains("</"));
}

/// Tencent Cloud API v2's shape: the code as a number, placeholders outside
/// strings as JSON values.
#[error_table(
    http = 200,
    axum,
    body = r#"{"code":{code},"message":"{msg}","name":{name},"http":[{status},{sub}]}"#
)]
#[repr(i32)]
pub enum TencentV2 {
    /// 参数错误 "x"
    InvalidParameter = 4000,
    /// 系统繁忙
    Busy = -1,
}

#[tokio::test(flavor = "current_thread")]
async fn templates_put_values_outside_strings() {
    assert_eq!(
        body_of(TencentV2::InvalidParameter.into_response()).await,
        r#"{"code":4000,"message":"参数错误 \"x\"","name":"InvalidParameter","http":[200,4000]}"#
    );
    let response = TencentV2::Busy.into_response();
    assert_eq!(response.status(), http::StatusCode::OK);
    assert_eq!(
        body_of(response).await,
        r#"{"code":-1,"message":"系统繁忙","name":"Busy","http":[200,-1]}"#
    );
}

#[tokio::test(flavor = "current_thread")]
async fn unknown_codes_reach_the_handler_not_the_table() {
    let mut client = connect(serve(router::<XlinkError>()).await).await;
    let answer = get_error(&mut client, 4039999).await;
    assert_eq!(answer.status, 404);
    assert_eq!(answer.body, "no such code");
}

/// Rows compiled out or retired: the response's match follows the rows'
/// `#[cfg]`s, and serving a retired code raises no warning of its own.
#[deny(deprecated, warnings)]
mod sdk_rows {
    use error_table::error_table;

    #[error_table(http = 200, axum, body = r#"{"code":{code}}"#)]
    pub enum Versioned {
        /// 当前
        Current = 1,
        /// 旧版
        #[deprecated = "retired in v2"]
        Retired = 2,
        /// 测试版
        #[cfg(any())]
        Beta = 3,
    }
}

#[tokio::test(flavor = "current_thread")]
async fn cfg_rows_and_deprecated_rows_are_served() {
    use sdk_rows::Versioned;
    assert_eq!(Versioned::ALL.len(), 2);
    assert_eq!(
        body_of(Versioned::Current.into_response()).await,
        r#"{"code":1}"#
    );
    #[allow(deprecated)]
    let retired = Versioned::Retired;
    assert_eq!(body_of(retired.into_response()).await, r#"{"code":2}"#);
}

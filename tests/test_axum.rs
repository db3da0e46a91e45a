//! The `axum` feature over real HTTP: an axum server on 127.0.0.1 answers
//! every code of the Xlink union (the vendor's body) and of a `problem`
//! family (RFC 9457); a hyper client checks each status, content type and
//! body byte for byte, and decodes the body back into `Code<E>`. Handlers
//! that add per-request values (`Reply`) answer with a request id, an
//! `instance` and a `detail`, in the caller's language, in JSON and XML.

#[path = "../examples/xlink.rs"]
#[allow(dead_code)]
mod xlink;

use std::fmt::Display;
use std::time::Duration;

use axum::Router;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use error_table::{Code, ErrorCode, Serve, error_table};
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
    headers: http::HeaderMap,
    body: String,
}

impl Answer {
    fn header(&self, name: impl http::header::AsHeaderName) -> Option<&str> {
        self.headers.get(name).map(|value| value.to_str().unwrap())
    }
}

async fn get_error(client: &mut SendRequest<Empty<Bytes>>, code: impl Display) -> Answer {
    get_with(client, code, &[]).await
}

/// `GET /errors/{code}` with the request headers `headers`.
async fn get_with(
    client: &mut SendRequest<Empty<Bytes>>,
    code: impl Display,
    headers: &[(&str, &str)],
) -> Answer {
    let mut request =
        http::Request::get(format!("/errors/{code}")).header(http::header::HOST, "127.0.0.1");
    for &(name, value) in headers {
        request = request.header(name, value);
    }
    let request = request.body(Empty::new()).unwrap();
    let exchange = async {
        client.ready().await.unwrap();
        let response = client.send_request(request).await.unwrap();
        let status = response.status().as_u16();
        let content_type = response.headers()[http::header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .to_owned();
        let headers = response.headers().clone();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        Answer {
            status,
            content_type,
            headers,
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

/// Serves `GET /errors/{code}` as a real API does: the request's id (its
/// `x-request-id` header), the path as `instance`, a detail of this request
/// (the test's `x-detail` header) and the caller's language.
fn reply_router<E>() -> Router
where
    E: Serve + ErrorCode<Code = u32>,
{
    Router::new().route(
        "/errors/{code}",
        get(
            |Path(code): Path<u32>, headers: http::HeaderMap| async move {
                let Some(error) = E::from_code(code) else {
                    return (http::StatusCode::NOT_FOUND, "no such code").into_response();
                };
                reply(error, &headers, format!("/errors/{code}"))
            },
        ),
    )
}

/// The reply of `error` with what the request says.
fn reply<E: Serve>(error: E, headers: &http::HeaderMap, instance: String) -> Response {
    let header = |name: &str| headers.get(name).map(|v| v.to_str().unwrap().to_owned());
    let mut reply = error.reply().instance(instance).language_of(headers);
    if let Some(id) = header("x-request-id") {
        reply = reply.request_id(id);
    }
    if let Some(detail) = header("x-detail") {
        reply = reply.detail(detail);
    }
    reply.into_response()
}

#[derive(Deserialize)]
struct RequestProblem {
    title: String,
    status: u16,
    code: Code<Acme>,
    detail: Option<String>,
    instance: String,
    request_id: Option<String>,
}

#[tokio::test(flavor = "current_thread")]
async fn a_problem_carries_the_request_id_instance_and_detail() {
    let mut client = connect(serve(reply_router::<Acme>()).await).await;
    let detail = "field `name` is too long:\t\"</script>\" & more";
    for &error in Acme::ALL {
        let headers = [("x-request-id", "req-42"), ("x-detail", detail)];
        let answer = get_with(&mut client, error.code(), &headers).await;
        assert_eq!(answer.status, error.http_status(), "{error:?}");
        assert_eq!(answer.content_type, "application/problem+json");
        let expected = format!(
            r#"{{"type":"about:blank","title":{},"status":{},"code":{},"detail":{},"instance":"/errors/{}","request_id":"req-42"}}"#,
            json_string(error.message()),
            error.http_status(),
            error.code(),
            json_string(detail),
            error.code(),
        );
        assert_eq!(answer.body, expected, "{error:?}");
        let problem: RequestProblem = serde_json::from_str(&answer.body).unwrap();
        assert_eq!(problem.title, error.message());
        assert_eq!(problem.status, error.http_status());
        assert_eq!(problem.code, Code::Known(error));
        assert_eq!(problem.detail.as_deref(), Some(detail));
        assert_eq!(problem.instance, format!("/errors/{}", error.code()));
        assert_eq!(problem.request_id.as_deref(), Some("req-42"));
        // Without a detail of its own, the row's help is the detail.
        let answer = get_with(&mut client, error.code(), &headers[..1]).await;
        let problem: RequestProblem = serde_json::from_str(&answer.body).unwrap();
        assert_eq!(problem.detail.as_deref(), error.help(), "{error:?}");
    }
}

/// A shop's own API: the template carries the per-request values, and its
/// messages are in English (the default) and Chinese.
#[error_table(
    axum,
    lang = "en",
    body = r#"{"error":{"code":{code},"message":"{msg}","detail":{detail},"request":"{request_id}","at":"{instance}"}}"#
)]
pub enum Shop {
    #[msg(en = "Out of stock", zh = "库存不足")]
    #[http(409)]
    #[help("Try again when the item is restocked.")]
    OutOfStock = 1001,
    #[msg(en = "Too many requests", zh = "请求过于频繁")]
    #[http(429)]
    #[retryable(after = 30)]
    Throttled = 1002,
    #[msg(en = "Internal error")]
    Internal = 1003,
}

#[derive(Deserialize, Debug, PartialEq)]
struct ShopBody {
    error: ShopError,
}

#[derive(Deserialize, Debug, PartialEq)]
struct ShopError {
    code: u32,
    message: String,
    detail: Option<String>,
    request: String,
    at: String,
}

#[tokio::test(flavor = "current_thread")]
async fn a_template_carries_the_request_id_and_detail() {
    let mut client = connect(serve(reply_router::<Shop>()).await).await;
    let detail = "sku \"A-1\" <b>sold out</b>";
    for &error in Shop::ALL {
        let headers = [("x-request-id", "r\"1\\"), ("x-detail", detail)];
        let answer = get_with(&mut client, error.code(), &headers).await;
        assert_eq!(answer.status, error.http_status());
        assert_eq!(answer.content_type, "application/json");
        let body: ShopBody = serde_json::from_str(&answer.body).unwrap();
        let expected = ShopError {
            code: error.code(),
            message: error.message().into(),
            detail: Some(detail.into()),
            request: "r\"1\\".into(),
            at: format!("/errors/{}", error.code()),
        };
        assert_eq!(body.error, expected, "{}", answer.body);
        assert!(!answer.body.contains('<'), "{}", answer.body);
    }
    // Without values: the row's help, else null, and empty strings.
    let answer = get_error(&mut client, 1002).await;
    assert_eq!(
        answer.body,
        r#"{"error":{"code":1002,"message":"Too many requests","detail":null,"request":"","at":"/errors/1002"}}"#
    );
    assert_eq!(
        body_of(Shop::OutOfStock.into_response()).await,
        r#"{"error":{"code":1001,"message":"Out of stock","detail":"Try again when the item is restocked.","request":"","at":""}}"#
    );
}

#[tokio::test(flavor = "current_thread")]
async fn the_callers_language_is_chosen_by_q_values() {
    let mut client = connect(serve(reply_router::<Shop>()).await).await;
    let ask = [("accept-language", "en;q=0.8, zh")];
    let answer = get_with(&mut client, 1001, &ask).await;
    let body: ShopBody = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(body.error.message, "库存不足");
    assert_eq!(answer.header(http::header::CONTENT_LANGUAGE), Some("zh"));
    // A language of the request the family does not have: the default one.
    for unknown in ["fr", "fr-CA, de;q=0.5", "zh;q=0, fr"] {
        let answer = get_with(&mut client, 1001, &[("accept-language", unknown)]).await;
        let body: ShopBody = serde_json::from_str(&answer.body).unwrap();
        assert_eq!(body.error.message, "Out of stock", "{unknown}");
        assert_eq!(answer.header(http::header::CONTENT_LANGUAGE), Some("en"));
    }
    // A row without a Chinese message falls back to the default one.
    let answer = get_with(&mut client, 1003, &[("accept-language", "zh-CN")]).await;
    assert!(answer.body.contains("Internal error"), "{}", answer.body);
    // A longer range is looked up by its prefixes.
    let answer = get_with(
        &mut client,
        1001,
        &[("accept-language", "zh-Hans-CN, en;q=0.1")],
    )
    .await;
    assert!(answer.body.contains("库存不足"));
}

/// S3's error body: string codes, an XML template.
#[error_table(
    name = "s3",
    axum,
    body = xml(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>{code}</Code><Message>{msg}</Message><Resource>{instance}</Resource><RequestId>{request_id}</RequestId></Error>"#
    )
)]
pub enum S3Error {
    /// The specified key does not exist.
    #[http(404)]
    NoSuchKey = "NoSuchKey",
    /// Access Denied
    #[http(403)]
    AccessDenied = "AccessDenied",
    /// Your <Upload> & "part" wasn't found: 'check' it.
    #[http(400)]
    InvalidPart = "InvalidPart",
    /// Please reduce your request rate.
    #[http(503)]
    SlowDown = "SlowDown",
}

#[tokio::test(flavor = "current_thread")]
async fn xml_bodies_parse_back_for_every_code() {
    let router = Router::new().route(
        "/errors/{code}",
        get(
            |Path(code): Path<String>, headers: http::HeaderMap| async move {
                match S3Error::from_code(&code) {
                    Some(error) => reply(error, &headers, format!("/bucket/{code}")),
                    None => http::StatusCode::NOT_FOUND.into_response(),
                }
            },
        ),
    );
    let mut client = connect(serve(router).await).await;
    let id = "4442587FB7D0A2F9 <&'\">";
    for &error in S3Error::ALL {
        let answer = get_with(&mut client, error.code(), &[("x-request-id", id)]).await;
        assert_eq!(answer.status, error.http_status(), "{error:?}");
        assert_eq!(answer.content_type, "application/xml");
        let document = roxmltree::Document::parse(&answer.body).unwrap();
        let root = document.root_element();
        assert_eq!(root.tag_name().name(), "Error");
        let text = |name: &str| {
            let node = root.children().find(|n| n.has_tag_name(name)).unwrap();
            node.text().unwrap_or("").to_owned()
        };
        assert_eq!(text("Code"), error.code());
        assert_eq!(text("Message"), error.message());
        assert_eq!(text("Resource"), format!("/bucket/{}", error.code()));
        assert_eq!(text("RequestId"), id);
        // Served without a reply: the same document, the values empty.
        let plain = String::from_utf8(body_of(error.into_response()).await.to_vec()).unwrap();
        let document = roxmltree::Document::parse(&plain).unwrap();
        let code = document.descendants().find(|n| n.has_tag_name("Code"));
        assert_eq!(code.and_then(|n| n.text()), Some(error.code()));
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_reply_without_values_is_the_static_response() {
    for &error in Acme::ALL {
        let plain = error.into_response();
        let reply = error.reply().into_response();
        assert_eq!(plain.status(), reply.status());
        assert_eq!(plain.headers(), reply.headers());
        assert_eq!(body_of(plain).await, body_of(reply).await);
    }
    // A union replies as its family.
    let family = xlink::xlink::Forbidden::InvalidAccessToken;
    let union = XlinkError::from(family);
    let (a, b) = (
        family.reply().request_id("x"),
        union.reply().request_id("x"),
    );
    assert_eq!(
        body_of(a.into_response()).await,
        body_of(b.into_response()).await
    );
}

#[tokio::test(flavor = "current_thread")]
async fn a_retryable_code_with_a_delay_says_retry_after() {
    let mut client = connect(serve(reply_router::<Shop>()).await).await;
    let answer = get_with(&mut client, 1002, &[("x-request-id", "r")]).await;
    assert_eq!(answer.status, 429);
    assert_eq!(answer.header(http::header::RETRY_AFTER), Some("30"));
    // Not retryable (409), or retryable without a delay (Acme's 429): none.
    let answer = get_error(&mut client, 1001).await;
    assert_eq!(answer.header(http::header::RETRY_AFTER), None);
    let plain = Acme::Throttled.into_response();
    assert!(Acme::Throttled.is_retryable());
    assert_eq!(plain.headers().get(http::header::RETRY_AFTER), None);
    // Without a reply too, and from a union's family-wide delay.
    let plain = Shop::Throttled.into_response();
    assert_eq!(plain.headers()[http::header::RETRY_AFTER], "30");
    let mut client = connect(serve(router::<XlinkError>()).await).await;
    let answer = get_error(&mut client, 5031001).await;
    assert_eq!(answer.header(http::header::RETRY_AFTER), Some("1"));
    let answer = get_error(&mut client, 4031003).await;
    assert_eq!(answer.header(http::header::RETRY_AFTER), None);
}

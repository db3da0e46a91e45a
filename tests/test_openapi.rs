//! The `utoipa` flag: an axum app's OpenAPI document (made by utoipa) lists
//! every code of its error families under the code's status, with the body
//! the family serves as the example, and the codes as a schema; the test
//! reads the document back with `oas3`, which models OpenAPI 3.1.

use axum::response::IntoResponse;
use error_table::{Serve, error_table};
use http_body_util::BodyExt;
use oas3::spec::{MediaTypeExamples, ObjectOrReference, Spec};
use utoipa::OpenApi;

/// A company API's RFC 9457 problems; two codes share a status.
#[error_table(axum, utoipa, name = "acme")]
pub enum Acme {
    /// 参数错误
    #[http(400)]
    #[help("see the \"parameters\" section")]
    InvalidParameter = 4001,
    /// 缺少参数
    #[http(400)]
    MissingParameter = 4002,
    /// 请求过于频繁
    #[http(429)]
    Throttled = 4291,
    /// 服务器内部错误
    Internal = 5000,
}

/// A vendor's tables in a module: the union's responses are every family's.
#[error_table(
    http = split(4),
    union = XlinkError,
    axum,
    utoipa,
    body = r#"{"error":{"code":"{code}","msg":"{msg}"}}"#
)]
pub mod xlink {
    pub enum Forbidden {
        /// 无效的Access-Token
        InvalidAccessToken = 4031003,
        /// 权限不足
        PermissionDenied = 4031004,
    }
    pub enum NotFound {
        /// 设备不存在
        DeviceNotFound = 4041001,
    }
}

/// An object store answering S3's XML.
#[error_table(
    axum,
    utoipa,
    body = xml("<Error><Code>{code}</Code><Message>{msg}</Message></Error>")
)]
pub enum S3Error {
    /// The specified key does not exist.
    #[http(404)]
    NoSuchKey = "NoSuchKey",
    /// Access Denied
    #[http(403)]
    AccessDenied = "AccessDenied",
}

#[utoipa::path(get, path = "/acme/{code}", responses((status = 200, description = "fine"), Acme))]
#[allow(dead_code)]
async fn acme() {}

#[utoipa::path(get, path = "/xlink/{code}", responses(xlink::XlinkError))]
#[allow(dead_code)]
async fn xlink() {}

#[utoipa::path(get, path = "/s3/{key}", responses(S3Error))]
#[allow(dead_code)]
async fn s3() {}

#[derive(OpenApi)]
#[openapi(paths(acme, xlink, s3), components(schemas(Acme, S3Error)))]
struct ApiDoc;

/// The document as a client's generator reads it: JSON, OpenAPI 3.1.
fn spec() -> Spec {
    let json = ApiDoc::openapi().to_pretty_json().unwrap();
    oas3::from_json(json).unwrap()
}

/// What `error` serves: its content type and body.
async fn served<E: Serve + IntoResponse>(error: E) -> (String, String) {
    let response = error.into_response();
    let content_type = response.headers()[http::header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .to_owned();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (content_type, String::from_utf8(body.to_vec()).unwrap())
}

/// Every code of `E` is an example, named by its variant, of the response
/// of its status at `path`, whose value is the body `E` serves.
async fn assert_every_code<E: Serve + IntoResponse>(spec: &Spec, path: &str, xml: bool) {
    let operation = spec.paths.as_ref().unwrap()[path].get.as_ref().unwrap();
    let responses = operation.responses.as_ref().unwrap();
    let mut statuses: Vec<String> = E::ALL.iter().map(|e| e.http_status().to_string()).collect();
    statuses.dedup();
    for &error in E::ALL {
        let status = error.http_status().to_string();
        let Some(ObjectOrReference::Object(response)) = responses.get(&status) else {
            panic!("{path}: no response {status} for {error:?}");
        };
        let code = error.code().to_string();
        let description = response.description.as_deref().unwrap_or_default();
        assert!(description.contains(&code), "{description}");
        let (content_type, body) = served(error).await;
        let media = &response.content[&content_type];
        let Some(MediaTypeExamples::Examples { examples }) = &media.examples else {
            panic!("{path} {status}: no examples");
        };
        let Some(ObjectOrReference::Object(example)) = examples.get(error.name()) else {
            panic!("{path} {status}: no example {}", error.name());
        };
        let expected = match xml {
            true => serde_json::Value::String(body),
            false => serde_json::from_str(&body).unwrap(),
        };
        assert_eq!(example.value.as_ref(), Some(&expected), "{error:?}");
        let summary = example.summary.as_deref().unwrap_or_default();
        assert!(summary.contains(error.message()), "{summary}");
    }
    for status in statuses {
        let Some(ObjectOrReference::Object(response)) = responses.get(&status) else {
            panic!("{path}: no response {status}");
        };
        let count = E::ALL
            .iter()
            .filter(|e| e.http_status().to_string() == status)
            .count();
        let examples = response
            .content
            .values()
            .map(|media| match &media.examples {
                Some(MediaTypeExamples::Examples { examples }) => examples.len(),
                _ => 0,
            });
        assert_eq!(examples.sum::<usize>(), count, "{path} {status}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn every_code_appears_with_its_status_and_example() {
    let spec = spec();
    assert!(spec.openapi.starts_with("3.1"), "{}", spec.openapi);
    assert_every_code::<Acme>(&spec, "/acme/{code}", false).await;
    assert_every_code::<xlink::XlinkError>(&spec, "/xlink/{code}", false).await;
    assert_every_code::<S3Error>(&spec, "/s3/{key}", true).await;
    // The handler's own responses stay beside the family's.
    let acme = spec.paths.as_ref().unwrap()["/acme/{code}"]
        .get
        .as_ref()
        .unwrap();
    assert!(acme.responses.as_ref().unwrap().contains_key("200"));
}

#[test]
fn the_codes_are_a_schema_each_described_by_its_message() {
    let json: serde_json::Value = serde_json::to_value(ApiDoc::openapi()).unwrap();
    let schemas = &json["components"]["schemas"];
    for (name, codes) in [
        (
            "Acme",
            Acme::ALL
                .iter()
                .map(|e| (serde_json::json!(e.code()), e.message(), e.name()))
                .collect::<Vec<_>>(),
        ),
        (
            "S3Error",
            S3Error::ALL
                .iter()
                .map(|e| (serde_json::json!(e.code()), e.message(), e.name()))
                .collect(),
        ),
    ] {
        let one_of = schemas[name]["oneOf"].as_array().unwrap();
        assert_eq!(one_of.len(), codes.len(), "{name}");
        for (schema, (code, message, variant)) in one_of.iter().zip(codes) {
            assert_eq!(schema["enum"], serde_json::json!([code]));
            assert_eq!(schema["description"], message);
            assert_eq!(schema["title"], variant);
        }
    }
    // And oas3 reads them as schemas.
    let spec = spec();
    let components = spec.components.unwrap();
    assert!(components.schemas.contains_key("Acme"));
}

//! Tencent Cloud API 3.0, the common error codes (公共错误码) that every
//! product's API can answer: dotted string codes such as
//! `AuthFailure.SignatureExpire`, declared as a string-code family.
//!
//! An API 3.0 answer carries its error in the body, beside the request's id:
//! `{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":".."},"RequestId":".."}}`.
//! The document gives no HTTP status per code (the answer that carries the
//! error is a 200), so the family says `http = 200`.
//!
//! The example prints the table (code, HTTP status, category, variant,
//! message) through the printer the other examples share, then decodes error
//! bodies with serde into `Code<CommonError>`: a code the table does not
//! have (a product's own code, or one added later) is kept as it came.
//!
//! Run it with `cargo run --example tencent_api3`.
//!
//! The table is the vendor's, code for code: `tests/test_tencent_api3.rs`
//! checks it against `tests/fixtures/tencent_api3_common_errors.md`.

mod common;

use error_table::{Code, error_table};
use serde::Deserialize;

use common::print_table;

/// The common error codes of Tencent Cloud API 3.0, shared by every product.
/// A code's category is the part before its first `.` (`AuthFailure`).
#[error_table(http = 200, name = "tencent-api3")]
pub enum CommonError {
    /// 密钥非法（不是云 API 密钥类型）。
    AuthFailureInvalidSecretId = "AuthFailure.InvalidSecretId",
    /// MFA 错误。
    AuthFailureMFAFailure = "AuthFailure.MFAFailure",
    /// 密钥不存在。
    AuthFailureSecretIdNotFound = "AuthFailure.SecretIdNotFound",
    /// 签名过期。
    AuthFailureSignatureExpire = "AuthFailure.SignatureExpire",
    /// 签名错误。
    AuthFailureSignatureFailure = "AuthFailure.SignatureFailure",
    /// token 错误。
    AuthFailureTokenFailure = "AuthFailure.TokenFailure",
    /// 请求未 CAM 授权。
    AuthFailureUnauthorizedOperation = "AuthFailure.UnauthorizedOperation",
    /// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
    DryRunOperation = "DryRunOperation",
    /// 操作失败。
    FailedOperation = "FailedOperation",
    /// 内部错误。
    InternalError = "InternalError",
    /// 接口不存在。
    InvalidAction = "InvalidAction",
    /// 参数错误。
    InvalidParameter = "InvalidParameter",
    /// 参数取值错误。
    InvalidParameterValue = "InvalidParameterValue",
    /// 超过配额限制。
    LimitExceeded = "LimitExceeded",
    /// 缺少参数错误。
    MissingParameter = "MissingParameter",
    /// 接口版本不存在。
    NoSuchVersion = "NoSuchVersion",
    /// 请求的次数超过了频率限制。
    RequestLimitExceeded = "RequestLimitExceeded",
    /// 资源被占用。
    ResourceInUse = "ResourceInUse",
    /// 资源不足。
    ResourceInsufficient = "ResourceInsufficient",
    /// 资源不存在。
    ResourceNotFound = "ResourceNotFound",
    /// 资源不可用。
    ResourceUnavailable = "ResourceUnavailable",
    /// 未授权操作。
    UnauthorizedOperation = "UnauthorizedOperation",
    /// 未知参数错误。
    UnknownParameter = "UnknownParameter",
    /// 操作不支持。
    UnsupportedOperation = "UnsupportedOperation",
    /// HTTPS 请求方法错误，只支持 GET 和 POST 请求。
    UnsupportedProtocol = "UnsupportedProtocol",
    /// 接口不支持所传地域。
    UnsupportedRegion = "UnsupportedRegion",
}

/// An answer of API 3.0, as sent: `Error` is there when the call failed.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Answer {
    response: Response,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Response {
    error: Option<ErrorBody>,
    request_id: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ErrorBody {
    code: Code<CommonError>,
    message: String,
}

/// Prints what an answer says: success, a known common code with its
/// category and status, or an unknown code kept as received.
fn print_answer(answer: &str) {
    println!("{answer}");
    let Answer { response } = serde_json::from_str(answer).expect("an API 3.0 answer");
    let Some(ErrorBody { code, message }) = response.error else {
        println!("  success, request {}", response.request_id);
        return;
    };
    match &code {
        Code::Known(error) => println!(
            "  {code:?}: {error} (category {}, HTTP {}), the vendor says {message:?}",
            error.category(),
            error.http_status()
        ),
        Code::Unknown(raw) => {
            println!("  {code:?}: not a common code, kept as {raw:?}; the vendor says {message:?}");
        }
    }
    println!("  request {}", response.request_id);
}

fn main() {
    print_table::<CommonError>();
    print_answer(
        r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated. Please check your signature is correct."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#,
    );
    print_answer(
        r#"{"Response":{"Error":{"Code":"ResourceNotFound.InstanceNotFound","Message":"The instance does not exist."},"RequestId":"5587f800-e5b1-4441-9c53-9237e22468cb"}}"#,
    );
    print_answer(
        r#"{"Response":{"TotalCount":0,"InstanceStatusSet":[],"RequestId":"b5b41468-520d-4192-b42f-595cc34b6c1c"}}"#,
    );
}

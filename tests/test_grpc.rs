//! The `tonic` feature: `From<E> for tonic::Status` with google.rpc's rich
//! error model, and `Code::<E>::from_status` back. The round trips go over
//! real gRPC: the tonic server of `examples/xlink_grpc.rs` on 127.0.0.1 and
//! a tonic client, for every Xlink code and every code of a string family.

#[path = "../examples/xlink_grpc.rs"]
#[allow(dead_code)]
mod xlink_grpc;

use std::collections::HashMap;

use error_table::{Code, GrpcStatus, error_table, grpc_code_for_status};
use tokio::net::TcpListener;
use tonic::{Code as Grpc, Status};
use tonic_types::{ErrorDetails, StatusExt};

use xlink_grpc::xlink::xlink::{BadRequest, Forbidden, ServiceUnavailable, XlinkError};
use xlink_grpc::{Errors, connect, raise, serve};

/// Azure Blob Storage, a string family: a dotted code, a keyed message, a
/// row's own gRPC code.
#[error_table(name = "azure-blob", display = "{code}: {msg}", lang = "en", tonic)]
pub enum BlobError {
    /// The specified blob does not exist.
    #[http(404)]
    BlobNotFound = "BlobNotFound",
    #[msg(en = "The specified blob already exists.", zh = "指定的 blob 已存在。")]
    #[http(409)]
    BlobAlreadyExists = "BlobAlreadyExists",
    /// The server is busy.
    #[http(503)]
    ServerBusy = "ServerBusy",
    /// The signature expired.
    #[http(403)]
    #[grpc(Unauthenticated)]
    SignatureExpire = "AuthFailure.SignatureExpire",
}

/// `ErrorInfo` as a tuple: reason, domain, and the code of its metadata.
fn error_info(status: &Status) -> Option<(String, String, Option<String>)> {
    let info = status.get_details_error_info()?;
    let code = info.metadata.get("code").cloned();
    Some((info.reason, info.domain, code))
}

/// A status with an `ErrorInfo` of our making.
fn status_with_info(domain: &str, metadata: &[(&str, &str)]) -> Status {
    let metadata: HashMap<String, String> = metadata
        .iter()
        .map(|(key, value)| ((*key).to_owned(), (*value).to_owned()))
        .collect();
    let details = ErrorDetails::with_error_info("SOME_REASON", domain, metadata);
    Status::with_error_details(Grpc::NotFound, "text", details)
}

/// What a status says, for comparing a sent one with a received one.
fn parts(status: &Status) -> (Grpc, String, Vec<u8>) {
    (
        status.code(),
        status.message().to_owned(),
        status.details().to_vec(),
    )
}

fn blob_status(code: &str) -> Status {
    match code {
        "foreign" => Status::not_found("a status of no family"),
        "malformed" => Status::with_details(Grpc::Internal, "bad details", vec![0x1a, 0xff].into()),
        code => Status::from(Code::<BlobError>::from(code)),
    }
}

/// A server of `status` on an ephemeral port, and a channel to it.
async fn start(status: fn(&str) -> Status) -> tonic::transport::Channel {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    serve(listener, Errors { status });
    connect(address).await.unwrap()
}

#[tokio::test]
async fn every_xlink_code_goes_out_and_comes_back_over_grpc() {
    let channel =
        start(|code| Status::from(Code::<XlinkError>::from(code.parse::<u32>().unwrap()))).await;
    assert_eq!(XlinkError::ALL.len(), 82);
    for &error in XlinkError::ALL {
        let status = raise(&channel, &error.code().to_string()).await.unwrap();
        assert_eq!(parts(&status), parts(&Status::from(error)), "{error:?}");
        assert_eq!(status.code(), grpc_code_for_status(error.http_status()));
        assert_eq!(status.message(), error.to_string());
        let code = Some(error.code().to_string());
        let reason = error.reason().to_owned();
        assert_eq!(
            error_info(&status),
            Some((reason, "xlink".to_owned(), code))
        );
        assert_eq!(
            Code::<XlinkError>::from_status(&status),
            Some(Code::Known(error))
        );
        // The family decodes its own codes too: one domain for the module.
        if let XlinkError::Forbidden(forbidden) = error {
            assert_eq!(
                Code::<Forbidden>::from_status(&status),
                Some(Code::Known(forbidden))
            );
        }
    }
}

#[tokio::test]
async fn unknown_and_foreign_statuses_over_grpc() {
    let channel = start(xlink_grpc_status).await;
    // A code of no table: its status's gRPC code, the code as the message.
    let status = raise(&channel, "4039999").await.unwrap();
    assert_eq!(
        (status.code(), status.message()),
        (Grpc::PermissionDenied, "4039999")
    );
    let info = (
        "UNKNOWN_CODE".to_owned(),
        "xlink".to_owned(),
        Some("4039999".to_owned()),
    );
    assert_eq!(error_info(&status), Some(info));
    assert_eq!(
        Code::<XlinkError>::from_status(&status),
        Some(Code::Unknown(4039999))
    );
    // One whose leading digits are no HTTP status: `UNKNOWN`.
    let status = raise(&channel, "9990001").await.unwrap();
    assert_eq!(status.code(), Grpc::Unknown);
    assert_eq!(
        Code::<XlinkError>::from_status(&status),
        Some(Code::Unknown(9990001))
    );
    // Not an Xlink status: no family's.
    let status = raise(&channel, "oops").await.unwrap();
    assert_eq!(status.code(), Grpc::InvalidArgument);
    assert_eq!(Code::<XlinkError>::from_status(&status), None);
}

fn xlink_grpc_status(code: &str) -> Status {
    match code.parse::<u32>() {
        Ok(code) => Status::from(Code::<XlinkError>::from(code)),
        Err(_) => Status::invalid_argument(code.to_owned()),
    }
}

#[tokio::test]
async fn every_code_of_a_string_family_over_grpc() {
    let channel = start(blob_status).await;
    for &error in BlobError::ALL {
        let status = raise(&channel, error.code()).await.unwrap();
        assert_eq!(parts(&status), parts(&Status::from(error)), "{error:?}");
        assert_eq!(status.message(), error.to_string());
        let info = (
            error.reason().to_owned(),
            "azure-blob".to_owned(),
            Some(error.code().to_owned()),
        );
        assert_eq!(error_info(&status), Some(info));
        assert_eq!(
            Code::<BlobError>::from_status(&status),
            Some(Code::Known(error))
        );
    }
    let status = raise(&channel, "ContainerBeingDeleted").await.unwrap();
    // The family has no `http` scheme: no status, so `UNKNOWN`.
    assert_eq!(status.code(), Grpc::Unknown);
    assert_eq!(
        Code::<BlobError>::from_status(&status),
        Some(Code::Unknown("ContainerBeingDeleted".into()))
    );
    let status = raise(&channel, "foreign").await.unwrap();
    assert_eq!(status.code(), Grpc::NotFound);
    assert_eq!(Code::<BlobError>::from_status(&status), None);
    let status = raise(&channel, "malformed").await.unwrap();
    assert_eq!(status.details(), [0x1a, 0xff]);
    assert_eq!(Code::<BlobError>::from_status(&status), None);
}

#[test]
fn the_status_is_the_display_text_and_error_info() {
    let status = Status::from(BlobError::SignatureExpire);
    assert_eq!(status.code(), Grpc::Unauthenticated);
    assert_eq!(
        status.message(),
        "AuthFailure.SignatureExpire: The signature expired."
    );
    let info = (
        "SIGNATURE_EXPIRE".to_owned(),
        "azure-blob".to_owned(),
        Some("AuthFailure.SignatureExpire".to_owned()),
    );
    assert_eq!(error_info(&status), Some(info));
    let details = status.get_error_details();
    assert!(details.localized_message().is_none());
    assert!(details.retry_info().is_none());
}

#[test]
fn a_retryable_row_with_a_delay_gets_retry_info() {
    #[error_table(http = split(4), tonic)]
    pub enum Throttled {
        /// 请求过于频繁
        #[retryable(after = 30)]
        TooManyRequests = 4291001,
        /// 服务暂不可用: retryable by its status, with no delay
        ServiceUnavailable = 5031001,
        /// 锁冲突
        #[retryable(after = 2)]
        LockConflict = 4091001,
        /// 参数错误: not retryable
        InvalidParameter = 4001001,
    }
    let delay = |error: Throttled| {
        let status = Status::from(error);
        // `ErrorInfo` is there either way.
        assert!(status.get_details_error_info().is_some(), "{error:?}");
        status.get_details_retry_info().map(|info| info.retry_delay)
    };
    let seconds = |n| Some(Some(std::time::Duration::from_secs(n)));
    assert_eq!(delay(Throttled::TooManyRequests), seconds(30));
    assert_eq!(delay(Throttled::LockConflict), seconds(2));
    assert_eq!(delay(Throttled::ServiceUnavailable), None);
    assert_eq!(delay(Throttled::InvalidParameter), None);
    // The same bytes as tonic-types writes for RetryInfo and ErrorInfo.
    let error = Throttled::TooManyRequests;
    let mut details = ErrorDetails::new();
    details.set_retry_info(Some(std::time::Duration::from_secs(30)));
    let metadata = HashMap::from([("code".to_owned(), "4291001".to_owned())]);
    details.set_error_info("TOO_MANY_REQUESTS", "Throttled", metadata);
    let hand = Status::with_error_details(Grpc::ResourceExhausted, "请求过于频繁", details);
    assert_eq!(parts(&Status::from(error)), parts(&hand));
    // A family-wide delay reaches the retryable rows; a union's status has it too.
    #[error_table(http = split(4), retryable(after = 5), union = Upstream, tonic)]
    pub mod upstream {
        pub enum Gateway {
            /// 网关错误
            BadGateway = 5021001,
            /// 内部错误
            Internal = 5001001,
        }
    }
    let gateway = upstream::Upstream::from(upstream::Gateway::BadGateway);
    let status = Status::from(gateway);
    assert_eq!(
        status.get_details_retry_info().unwrap().retry_delay,
        Some(std::time::Duration::from_secs(5))
    );
    assert!(
        Status::from(upstream::Gateway::Internal)
            .get_details_retry_info()
            .is_none()
    );
}

#[test]
fn a_language_asked_for_adds_a_localized_message() {
    let localized = |status: Status| {
        let message = status.get_details_localized_message().unwrap();
        (message.locale, message.message)
    };
    let exists = BlobError::BlobAlreadyExists;
    assert_eq!(
        localized(exists.to_status_in("zh")),
        ("zh".to_owned(), "指定的 blob 已存在。".to_owned())
    );
    assert_eq!(
        localized(exists.to_status_in("en")),
        (
            "en".to_owned(),
            "The specified blob already exists.".to_owned()
        )
    );
    // No text in that language: the default one, labelled as what it is.
    assert_eq!(
        localized(BlobError::BlobNotFound.to_status_in("zh")),
        (
            "en".to_owned(),
            "The specified blob does not exist.".to_owned()
        )
    );
    // The status itself is the same as without a language.
    let status = exists.to_status_in("zh");
    assert_eq!(status.message(), Status::from(exists).message());
    assert_eq!(
        Code::<BlobError>::from_status(&status),
        Some(Code::Known(exists))
    );
    // A table that names no language cannot say which one its text is in.
    assert_eq!(ServiceUnavailable::InternalServerError.message_lang(), None);
    let status = ServiceUnavailable::InternalServerError.to_status_in("en");
    assert!(status.get_details_localized_message().is_none());
    assert!(status.get_details_error_info().is_some());
}

#[test]
fn from_status_reads_only_a_sound_error_info_of_its_domain() {
    let cases = [
        (
            status_with_info("xlink", &[("code", "4031003")]),
            Some(Code::Known(XlinkError::from(Forbidden::InvalidAccessToken))),
        ),
        (
            status_with_info("xlink", &[("code", "4031999")]),
            Some(Code::Unknown(4031999)),
        ),
        (status_with_info("other", &[("code", "4031003")]), None),
        (status_with_info("xlink", &[]), None),
        (status_with_info("xlink", &[("sub", "4031003")]), None),
        (status_with_info("xlink", &[("code", "forbidden")]), None),
        (status_with_info("xlink", &[("code", "")]), None),
        (status_with_info("xlink", &[("code", "99999999999")]), None),
        (Status::permission_denied("no details"), None),
        (
            Status::with_details(Grpc::Internal, "bad", vec![0xff; 7].into()),
            None,
        ),
        (
            Status::with_details(Grpc::Internal, "truncated", vec![0x1a, 0x20, 0x0a].into()),
            None,
        ),
    ];
    for (status, expected) in cases {
        assert_eq!(
            Code::<XlinkError>::from_status(&status),
            expected,
            "{status:?}"
        );
    }
}

#[test]
fn a_union_has_its_own_domain_and_each_family_its_own() {
    #[error_table(http = split(4), union = Acme, tonic)]
    pub mod acme {
        pub enum Auth {
            /// token expired
            TokenExpired = 4011001,
        }
        pub enum Quota {
            /// too many requests
            TooManyRequests = 4291001,
        }
    }
    use acme::{Acme, Auth, Quota};

    let family = Status::from(Auth::TokenExpired);
    let union = Status::from(Acme::from(Auth::TokenExpired));
    assert_eq!(
        (family.code(), union.code()),
        (Grpc::Unauthenticated, Grpc::Unauthenticated)
    );
    assert_eq!(error_info(&family).unwrap().1, "Auth");
    assert_eq!(error_info(&union).unwrap().1, "Acme");
    assert_eq!(
        Acme::from(Quota::TooManyRequests).reason(),
        "TOO_MANY_REQUESTS"
    );
    assert_eq!(
        Acme::from(Quota::TooManyRequests).grpc_code(),
        Grpc::ResourceExhausted
    );
    assert_eq!(
        Code::<Acme>::from_status(&union),
        Some(Code::Known(Acme::from(Auth::TokenExpired)))
    );
    assert_eq!(
        Code::<Auth>::from_status(&family),
        Some(Code::Known(Auth::TokenExpired))
    );
    // The domain says whose code it is.
    assert_eq!(Code::<Acme>::from_status(&family), None);
    assert_eq!(Code::<Quota>::from_status(&family), None);
}

#[test]
fn overrides_of_the_grpc_code() {
    #[error_table(http = 400, grpc = OutOfRange, tonic)]
    pub enum Family {
        /// every row takes the family's code
        Plain = 1,
        /// unless it has its own
        #[grpc(AlreadyExists)]
        Own = 2,
        /// under cfg_attr, as rustc applies it: this predicate holds
        #[cfg_attr(all(), grpc(DataLoss))]
        Applied = 3,
        /// and this one does not
        #[cfg_attr(any(), grpc(DataLoss))]
        NotApplied = 4,
    }
    assert_eq!(Family::Plain.grpc_code(), Grpc::OutOfRange);
    assert_eq!(Family::Own.grpc_code(), Grpc::AlreadyExists);
    assert_eq!(Family::Applied.grpc_code(), Grpc::DataLoss);
    assert_eq!(Family::NotApplied.grpc_code(), Grpc::OutOfRange);
    assert_eq!(Status::from(Family::Own).code(), Grpc::AlreadyExists);

    // A row's override without a family one; the others keep the mapping.
    assert_eq!(
        BlobError::SignatureExpire.grpc_code(),
        Grpc::Unauthenticated
    );
    assert_eq!(BlobError::BlobNotFound.grpc_code(), Grpc::NotFound);
    assert_eq!(BlobError::ServerBusy.grpc_code(), Grpc::Unavailable);
    assert_eq!(
        BadRequest::FieldValidationFailed.grpc_code(),
        Grpc::InvalidArgument
    );
}

/// One test for each row of the design guide's mapping: the runtime's
/// function, and a family row with that status.
macro_rules! mapping {
    ($($test:ident: $status:literal => $code:ident,)*) => {
        #[error_table(tonic)]
        pub enum Mapped {
            $(
                #[msg("a row")]
                #[http($status)]
                #[allow(non_camel_case_types)]
                $test = $status,
            )*
        }
        $(
            #[test]
            fn $test() {
                assert_eq!(grpc_code_for_status($status), Grpc::$code);
                assert_eq!(Mapped::$test.grpc_code(), Grpc::$code);
                assert_eq!(Status::from(Mapped::$test).code(), Grpc::$code);
            }
        )*
    };
}

mapping! {
    status_400_invalid_argument: 400 => InvalidArgument,
    status_401_unauthenticated: 401 => Unauthenticated,
    status_403_permission_denied: 403 => PermissionDenied,
    status_404_not_found: 404 => NotFound,
    status_409_aborted: 409 => Aborted,
    status_429_resource_exhausted: 429 => ResourceExhausted,
    status_499_cancelled: 499 => Cancelled,
    status_500_internal: 500 => Internal,
    status_501_unimplemented: 501 => Unimplemented,
    status_503_unavailable: 503 => Unavailable,
    status_504_deadline_exceeded: 504 => DeadlineExceeded,
    other_4xx_402_failed_precondition: 402 => FailedPrecondition,
    other_4xx_422_failed_precondition: 422 => FailedPrecondition,
    other_5xx_502_internal: 502 => Internal,
    other_5xx_599_internal: 599 => Internal,
    anything_else_200_unknown: 200 => Unknown,
    anything_else_302_unknown: 302 => Unknown,
    anything_else_100_unknown: 100 => Unknown,
}

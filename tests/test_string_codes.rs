//! String-code families: `Name = "Code"`, looked up by `&str`, with every
//! piece of the integer families' surface.

use error_table::{Code, ErrorCode, UnknownCode, error_table};

/// Azure Blob Storage errors (a few rows of the real table).
#[error_table(name = "azure-blob", display = "{code}: {msg}", serde)]
pub enum BlobError {
    /// The specified blob does not exist.
    #[http(404)]
    BlobNotFound = "BlobNotFound",
    /// The specified blob already exists.
    #[http(409)]
    BlobAlreadyExists = "BlobAlreadyExists",
    #[msg("Server failed to authenticate the request.")]
    #[help("Make sure the Authorization header is formed correctly.")]
    #[http(403)]
    AuthenticationFailed = "AuthenticationFailed",
    /// A real code with a colon.
    NotEnoughMaps = "NotEnoughMapsInConfig:",
}

/// Tencent Cloud API 3.0 style: dotted codes, one status for the family.
#[error_table(http = 200, lang = "zh")]
pub enum Api3 {
    #[msg(zh = "签名过期", en = "Signature expired")]
    SignatureExpire = "AuthFailure.SignatureExpire",
    #[msg(zh = "签名错误")]
    SignatureFailure = "AuthFailure.SignatureFailure",
    /// 请求的次数超过了频率限制
    RequestLimitExceeded = "RequestLimitExceeded",
    /// 一个八字节以下的码
    Short = "a",
    /// 空格也是码的一部分
    Spaced = "In Use",
}

#[test]
fn code_and_from_code() {
    for &e in BlobError::ALL {
        assert_eq!(BlobError::from_code(e.code()), Some(e));
        assert_eq!(<BlobError as ErrorCode>::from_code_str(e.code()), Some(e));
        let received = String::from(e.code());
        assert_eq!(BlobError::from_code(&received), Some(e));
    }
    assert_eq!(BlobError::BlobNotFound.code(), "BlobNotFound");
    assert_eq!(BlobError::NotEnoughMaps.code(), "NotEnoughMapsInConfig:");
    for miss in [
        "",
        "blobnotfound",
        "BlobNotFoun",
        "BlobNotFoundX",
        "NotEnoughMapsInConfig",
        "AuthFailure",
        " BlobNotFound",
        "BlobAlreadyExists\0",
    ] {
        assert_eq!(BlobError::from_code(miss), None, "{miss:?}");
    }
    assert_eq!(Api3::from_code("a"), Some(Api3::Short));
    assert_eq!(Api3::from_code("b"), None);
    assert_eq!(Api3::from_code("In Use"), Some(Api3::Spaced));
}

#[test]
fn from_code_is_const() {
    const FOUND: BlobError = BlobError::from_code("BlobNotFound").unwrap();
    const MISSED: Option<BlobError> = BlobError::from_code("Nope");
    const CODE: &str = BlobError::BlobAlreadyExists.code();
    assert_eq!(FOUND, BlobError::BlobNotFound);
    assert_eq!(MISSED, None);
    assert_eq!(CODE, "BlobAlreadyExists");
}

#[test]
fn conversions() {
    assert_eq!(<&str>::from(BlobError::BlobNotFound), "BlobNotFound");
    assert_eq!(
        BlobError::try_from("BlobNotFound"),
        Ok(BlobError::BlobNotFound)
    );
    let text = String::from("Gone");
    let err: UnknownCode<&str> = BlobError::try_from(text.as_str()).unwrap_err();
    assert_eq!(err.to_string(), "unknown azure-blob code Gone");
    assert_eq!(
        "BlobAlreadyExists".parse(),
        Ok(BlobError::BlobAlreadyExists)
    );
    let err = "Gone".parse::<BlobError>().unwrap_err();
    assert_eq!(&*err.code, "Gone");
    assert_eq!(err.to_string(), "unknown azure-blob code Gone");
}

#[test]
fn messages_status_and_display() {
    let e = BlobError::AuthenticationFailed;
    assert_eq!(e.message(), "Server failed to authenticate the request.");
    assert_eq!(
        e.help(),
        Some("Make sure the Authorization header is formed correctly.")
    );
    assert_eq!(BlobError::BlobNotFound.help(), None);
    assert_eq!(
        (e.http_status(), BlobError::BlobNotFound.http_status()),
        (403, 404)
    );
    assert_eq!(BlobError::NotEnoughMaps.http_status(), 500);
    assert_eq!(e.sub_code(), "AuthenticationFailed");
    assert_eq!(e.name(), "AuthenticationFailed");
    assert_eq!(BlobError::FAMILY, "azure-blob");
    assert_eq!(
        BlobError::BlobNotFound.to_string(),
        "BlobNotFound: The specified blob does not exist."
    );
    assert_eq!(format!("{:?}", BlobError::BlobNotFound), "BlobNotFound");
    assert_eq!(Api3::SignatureExpire.to_string(), "签名过期");
    assert_eq!(Api3::SignatureExpire.message_in("en"), "Signature expired");
    assert_eq!(Api3::SignatureFailure.message_in("en"), "签名错误");
    assert!(Api3::ALL.iter().all(|e| e.http_status() == 200));
}

#[test]
fn category_is_the_text_before_the_first_dot() {
    assert_eq!(Api3::SignatureExpire.category(), "AuthFailure");
    assert_eq!(
        Api3::RequestLimitExceeded.category(),
        "RequestLimitExceeded"
    );
    assert_eq!(
        ErrorCode::category(Api3::SignatureFailure),
        Some("AuthFailure")
    );
    assert_eq!(
        ErrorCode::category(BlobError::BlobNotFound),
        Some("BlobNotFound")
    );
}

#[test]
fn code_keeps_unknown_text() {
    let known = Code::<Api3>::from("AuthFailure.SignatureExpire");
    assert_eq!(known, Code::Known(Api3::SignatureExpire));
    assert_eq!(known.raw(), "AuthFailure.SignatureExpire");
    let unknown = Code::<Api3>::from("AuthFailure.New");
    assert_eq!(unknown.known(), None);
    assert!(!unknown.is_known());
    assert_eq!(unknown.raw(), "AuthFailure.New");
    assert_eq!(unknown.to_string(), "AuthFailure.New");
    assert_eq!(format!("{unknown:?}"), "Unknown(\"AuthFailure.New\")");
    assert_eq!(unknown.clone(), Code::from(String::from("AuthFailure.New")));
    assert_eq!(Code::<Api3>::Unknown("a".into()), Code::Known(Api3::Short));
    assert!(Code::<Api3>::from("a") < Code::from("b"));
}

#[test]
fn generic_code_serves_both_kinds() {
    fn describe<E: ErrorCode>(text: &str) -> String {
        match E::from_code_str(text) {
            Some(e) => format!("{} {} {}", e.code(), e.http_status(), e.name()),
            None => format!("unknown {} code {}", E::FAMILY, text),
        }
    }
    assert_eq!(
        describe::<BlobError>("BlobNotFound"),
        "BlobNotFound 404 BlobNotFound"
    );
    assert_eq!(
        describe::<BlobError>("Nope"),
        "unknown azure-blob code Nope"
    );
}

#[error_table(union = Storage)]
mod storage {
    pub enum Blob {
        /// The specified blob does not exist.
        #[http(404)]
        BlobNotFound = "BlobNotFound",
    }
    #[error_table(http = 409)]
    pub enum Queue {
        /// The specified queue already exists.
        QueueAlreadyExists = "QueueAlreadyExists",
        /// The specified queue is being deleted.
        QueueBeingDeleted = "QueueBeingDeleted",
    }
}

#[test]
fn modules_and_unions() {
    use storage::{Blob, Queue, Storage};
    assert_eq!(
        Storage::from_code("QueueBeingDeleted"),
        Some(Storage::Queue(Queue::QueueBeingDeleted))
    );
    assert_eq!(
        Storage::from_code("BlobNotFound"),
        Some(Storage::Blob(Blob::BlobNotFound))
    );
    assert_eq!(Storage::from_code("Nope"), None);
    let e = Storage::from(Queue::QueueAlreadyExists);
    assert_eq!(
        (e.code(), e.http_status(), e.category()),
        ("QueueAlreadyExists", 409, "QueueAlreadyExists")
    );
    assert_eq!(Storage::ALL.len(), 3);
    assert_eq!(e.to_string(), "The specified queue already exists.");
}

/// Large enough for a table of many slots; every code found, misses not.
#[test]
fn many_codes() {
    #[error_table]
    enum Many {
        /// a
        A1 = "Alpha.One",
        /// b
        A2 = "Alpha.Two",
        /// c
        A3 = "Alpha.Three",
        /// d
        B1 = "Beta",
        /// e
        B2 = "BetaBetaBetaBetaBetaBetaBeta1",
        /// f
        B3 = "BetaBetaBetaBetaBetaBetaBeta2",
        /// g
        C1 = "ResourceNotFound.InstanceNotFound",
        /// h
        C2 = "ResourceNotFound.InstanceNotFounD",
        /// i
        C3 = "1234567",
        /// j
        C4 = "12345678",
        /// k
        C5 = "123456789",
    }
    // Codes that differ only where the sampled key does not look (bytes
    // 16..24 of 40): the macro falls back to a perfect hash of every byte.
    #[error_table]
    enum Sampled {
        /// x
        X = "Aaaaaaaaaaaaaaaaaa_x_aaaaaaaaaaaaaaaaaaa",
        /// y
        Y = "Aaaaaaaaaaaaaaaaaa_y_aaaaaaaaaaaaaaaaaaa",
        /// z
        Z = "Z",
        /// short: every byte is in the first word
        Zeta = "Zeta",
        /// eight bytes
        Zeta8 = "Zeta1234",
    }
    for &e in Sampled::ALL {
        assert_eq!(Sampled::from_code(e.code()), Some(e));
    }
    assert_eq!(
        Sampled::from_code("Aaaaaaaaaaaaaaaaaa_z_aaaaaaaaaaaaaaaaaaa"),
        None
    );
    for miss in ["Zetb", "Zeta1235", "Zeta123", "Y"] {
        assert_eq!(Sampled::from_code(miss), None, "{miss}");
    }
    for &e in Many::ALL {
        assert_eq!(Many::from_code(e.code()), Some(e));
        let mut longer = e.code().to_owned();
        longer.push('!');
        assert_eq!(Many::from_code(&longer), None);
        assert_eq!(Many::from_code(&e.code()[1..]), None);
        // One byte changed, wherever it is (past 32 bytes too, where the
        // comparison reads the bytes the sampled words leave out): a miss.
        for at in 0..e.code().len() {
            let mut changed = e.code().as_bytes().to_vec();
            changed[at] ^= 1;
            let changed = String::from_utf8(changed).unwrap();
            assert_eq!(Many::from_code(&changed), None, "{changed}");
        }
    }
}

#[test]
fn serde_as_the_code_string() {
    use serde_json::{from_str, json, to_value};
    assert_eq!(
        to_value(BlobError::BlobNotFound).unwrap(),
        json!("BlobNotFound")
    );
    assert_eq!(
        from_str::<BlobError>("\"BlobNotFound\"").unwrap(),
        BlobError::BlobNotFound
    );
    // An escaped string is unescaped first: the lookup sees the text.
    assert_eq!(
        from_str::<BlobError>("\"Blob\\u004eotFound\"").unwrap(),
        BlobError::BlobNotFound
    );
    let err = from_str::<BlobError>("\"Gone\"").unwrap_err();
    assert!(
        err.to_string().contains("unknown azure-blob code Gone"),
        "{err}"
    );
    assert!(from_str::<BlobError>("404").is_err());

    let unknown: Code<BlobError> = from_str("\"Gone\"").unwrap();
    assert_eq!(unknown, Code::Unknown("Gone".into()));
    assert_eq!(to_value(&unknown).unwrap(), json!("Gone"));
    let known: Code<BlobError> = from_str("\"BlobAlreadyExists\"").unwrap();
    assert_eq!(known.known(), Some(BlobError::BlobAlreadyExists));
    assert_eq!(to_value(&known).unwrap(), json!("BlobAlreadyExists"));
    assert!(from_str::<Code<BlobError>>("12").is_err());
}

#[test]
fn unknown_codes_get_the_family_status() {
    assert_eq!(
        Code::<Api3>::from("AuthFailure.New").http_status(),
        Some(200)
    );
    assert_eq!(
        Code::<Api3>::from("RequestLimitExceeded").http_status(),
        Some(200)
    );
    assert_eq!(
        Code::<BlobError>::from("BlobNotFound").http_status(),
        Some(404)
    );
    assert_eq!(Code::<BlobError>::from("Gone").http_status(), None);
    assert_eq!(Api3::http_status_of("AuthFailure.New"), Some(200));
}

#[test]
fn cfg_rows_are_out_of_everything() {
    #[error_table]
    enum Versioned {
        /// kept
        Kept = "Kept",
        /// retired
        #[cfg(any())]
        Retired = "Retired",
        /// kept too
        KeptToo = "Kept.Too",
    }
    assert_eq!(Versioned::ALL, [Versioned::Kept, Versioned::KeptToo]);
    assert_eq!(Versioned::from_code("Retired"), None);
    assert_eq!(Versioned::from_code("Kept.Too"), Some(Versioned::KeptToo));
}

/// Tencent Cloud API 3.0's error body, served: `{code}` outside a JSON string
/// is the code as a JSON string, and the problem body's `"code"` is one too.
#[error_table(
    http = 200,
    axum,
    body = r#"{"Response":{"Error":{"Code":{code},"Message":"{msg}"}}}"#
)]
pub enum Api3Body {
    /// 签名过期。
    SignatureExpire = "AuthFailure.SignatureExpire",
}

#[error_table(axum)]
pub enum BlobProblem {
    /// The specified blob does not exist.
    #[http(404)]
    #[help("Check the \"name\".")]
    BlobNotFound = "BlobNotFound",
}

#[tokio::test(flavor = "current_thread")]
async fn axum_bodies_carry_the_string_code() {
    use axum::response::IntoResponse as _;
    use http_body_util::BodyExt as _;
    async fn body(response: axum::response::Response) -> (u16, String) {
        let status = response.status().as_u16();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (status, String::from_utf8(bytes.to_vec()).unwrap())
    }
    assert_eq!(
        body(Api3Body::SignatureExpire.into_response()).await,
        (
            200,
            r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"签名过期。"}}}"#.to_owned()
        )
    );
    let (status, problem) = body(BlobProblem::BlobNotFound.into_response()).await;
    assert_eq!(status, 404);
    let problem: serde_json::Value = serde_json::from_str(&problem).unwrap();
    assert_eq!(problem["code"], "BlobNotFound");
    assert_eq!(problem["detail"], "Check the \"name\".");
    assert!(!BlobProblem::BlobNotFound.is_retryable());
}

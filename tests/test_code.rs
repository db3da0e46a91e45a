//! `Code<E>`: a code as received, known or not, nothing lost.

use std::collections::HashSet;

use error_table::{Code, error_table};

#[error_table(http = split(3), name = "gateway")]
pub enum Gateway {
    /// 签名错误
    BadSignature = 401001,
    /// 限流
    Throttled = 429001,
}

#[test]
fn from_raw_looks_the_code_up() {
    assert_eq!(
        Code::<Gateway>::from(401001u32),
        Code::Known(Gateway::BadSignature)
    );
    assert!(matches!(
        Code::<Gateway>::from(401999u32),
        Code::Unknown(401999)
    ));
    assert_eq!(
        Code::from(Gateway::Throttled),
        Code::Known(Gateway::Throttled)
    );
}

#[test]
fn accessors() {
    let known = Code::from(Gateway::Throttled);
    let unknown = Code::<Gateway>::from(401999u32);
    assert_eq!(
        (known.known(), known.raw(), known.is_known()),
        (Some(Gateway::Throttled), 429001, true)
    );
    assert_eq!(
        (unknown.known(), unknown.raw(), unknown.is_known()),
        (None, 401999, false)
    );
    assert_eq!(known.message(), Some("限流"));
    assert_eq!(unknown.message(), None);
}

#[test]
fn display_message_or_number() {
    assert_eq!(Code::from(Gateway::BadSignature).to_string(), "签名错误");
    assert_eq!(Code::<Gateway>::from(401999u32).to_string(), "401999");
    assert_eq!(
        format!("{:?}", Code::<Gateway>::from(401999u32)),
        "Unknown(401999)"
    );
}

#[test]
fn compares_hashes_and_orders_by_code() {
    let mut codes: Vec<Code<Gateway>> = [429001u32, 401999, 401001].map(Code::from).to_vec();
    codes.sort();
    assert_eq!(
        codes.iter().map(|c| c.raw()).collect::<Vec<_>>(),
        [401001, 401999, 429001]
    );
    assert_eq!(Code::Known(Gateway::BadSignature), Code::Unknown(401001));
    let set: HashSet<Code<Gateway>> = codes.into_iter().chain([Code::Unknown(401999)]).collect();
    assert_eq!(set.len(), 3);
}

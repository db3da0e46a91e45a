//! serde: families and `Code<E>` travel as numbers and are read from numbers
//! or decimal strings; unknown codes are an error for a family and kept for
//! `Code<E>`; hostile input is an error, never a panic.

use error_table::{Code, error_table};
use proptest::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::json;

#[error_table(http = split(4), union = XlinkError, name = "xlink", serde)]
pub mod xlink {
    pub enum BadRequest {
        /// 请求数据字段验证不通过
        FieldValidationFailed = 4001001,
    }
    pub enum Forbidden {
        /// 无效的Access-Token
        InvalidAccessToken = 4031003,
    }
}
use xlink::{Forbidden, XlinkError};

#[error_table(http = 200, name = "ucloud", serde)]
#[repr(i32)]
pub enum UCloud {
    /// 失败
    Failure = -1,
    /// 签名错误。
    BadSignature = 171,
}

fn from_json<T: for<'de> Deserialize<'de>>(value: serde_json::Value) -> Result<T, String> {
    serde_json::from_value(value).map_err(|e| e.to_string())
}

#[test]
fn families_serialize_as_their_number() {
    assert_eq!(json!(Forbidden::InvalidAccessToken), json!(4031003));
    assert_eq!(
        json!(XlinkError::from(Forbidden::InvalidAccessToken)),
        json!(4031003)
    );
    assert_eq!(json!(UCloud::Failure), json!(-1));
}

#[test]
fn families_read_numbers_and_decimal_strings() {
    for value in [json!(4031003), json!("4031003")] {
        assert_eq!(
            from_json::<Forbidden>(value.clone()),
            Ok(Forbidden::InvalidAccessToken)
        );
        assert_eq!(
            from_json::<XlinkError>(value),
            Ok(XlinkError::Forbidden(Forbidden::InvalidAccessToken))
        );
    }
    assert_eq!(from_json::<UCloud>(json!("-1")), Ok(UCloud::Failure));
    assert_eq!(from_json::<UCloud>(json!(-1)), Ok(UCloud::Failure));
}

#[test]
fn an_unknown_code_is_an_error_naming_the_family() {
    assert_eq!(
        from_json::<Forbidden>(json!(4031999)),
        Err("unknown xlink code 4031999".into())
    );
    assert_eq!(
        from_json::<XlinkError>(json!("4001999")),
        Err("unknown xlink code 4001999".into())
    );
}

#[test]
fn code_keeps_unknown_codes_and_writes_them_back() {
    let known: Code<XlinkError> = from_json(json!("4031003")).unwrap();
    assert_eq!(
        known,
        Code::Known(XlinkError::Forbidden(Forbidden::InvalidAccessToken))
    );
    let unknown: Code<XlinkError> = from_json(json!(4039999)).unwrap();
    assert_eq!(unknown, Code::Unknown(4039999));
    assert_eq!(json!(unknown), json!(4039999));
    assert_eq!(json!(known), json!(4031003));
}

#[derive(Debug, Deserialize, Serialize, PartialEq)]
struct XlinkBody {
    error: XlinkDetail,
}

#[derive(Debug, Deserialize, Serialize, PartialEq)]
struct XlinkDetail {
    code: Code<XlinkError>,
    msg: String,
}

#[test]
fn decodes_an_xlink_error_body() {
    let body = r#"{"error":{"code":"4031003","msg":"无效的Access-Token"}}"#;
    let parsed: XlinkBody = serde_json::from_str(body).unwrap();
    assert_eq!(
        parsed.error.code.known(),
        Some(XlinkError::Forbidden(Forbidden::InvalidAccessToken))
    );
    assert_eq!(parsed.error.code.to_string(), parsed.error.msg);
    let unknown: XlinkBody =
        serde_json::from_str(r#"{"error":{"code":"5039999","msg":"新错误"}}"#).unwrap();
    assert_eq!(unknown.error.code, Code::Unknown(5039999));
    assert_eq!(
        serde_json::to_string(&unknown).unwrap(),
        r#"{"error":{"code":5039999,"msg":"新错误"}}"#
    );
}

#[test]
fn hostile_input_is_an_error() {
    let hostile = [
        json!(4031003.0),
        json!(1e300),
        json!(-4031003),
        json!(u64::MAX),
        json!("4031003 "),
        json!(" 4031003"),
        json!(""),
        json!("４０３１００３"),
        json!("0x3D7F9B"),
        json!("99999999999999999999999999"),
        json!(null),
        json!(true),
        json!([4031003]),
        json!({"code": 4031003}),
    ];
    for value in hostile {
        assert!(from_json::<Forbidden>(value.clone()).is_err(), "{value}");
        assert!(
            from_json::<Code<XlinkError>>(value.clone()).is_err(),
            "{value}"
        );
    }
    assert!(from_json::<UCloud>(json!(i64::MIN)).is_err());
    let huge = serde_json::from_str::<Code<XlinkError>>("340282366920938463463374607431768211456");
    assert!(huge.is_err());
}

fn code_strategy() -> impl Strategy<Value = serde_json::Value> {
    prop_oneof![
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|n| json!(n)),
        any::<String>().prop_map(|s| json!(s)),
        "[-+ ]?[0-9０-９]{0,12}[ .]?".prop_map(|s| json!(s)),
        (4_000_000u32..5_100_000).prop_map(|n| json!(n.to_string())),
    ]
}

proptest! {
    #[test]
    fn any_input_decodes_exactly_when_it_is_a_code(value in code_strategy()) {
        let expected_raw = match &value {
            serde_json::Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
            serde_json::Value::String(s) => s.parse::<u32>().ok(),
            _ => None,
        };
        let code = from_json::<Code<XlinkError>>(value.clone());
        prop_assert_eq!(code.as_ref().ok().map(|c| c.raw()), expected_raw);
        let family = from_json::<XlinkError>(value);
        prop_assert_eq!(family.ok(), expected_raw.and_then(XlinkError::from_code));
        if let Ok(code) = code {
            prop_assert_eq!(from_json::<Code<XlinkError>>(json!(code)), Ok(code));
        }
    }
}

//! What one `#[error_table]` enum gets: codes both ways, messages, HTTP
//! status, names, the conversions and the `ErrorCode` trait.

use error_table::{ErrorCode, ParseCodeError, UnknownCode, error_table};

#[error_table(http = split(4), name = "xlink")]
#[derive(PartialOrd, Ord)]
pub enum Xlink {
    /// 请求数据字段验证不通过
    FieldValidationFailed = 4001001,
    #[msg("无效的Access-Token")]
    #[help("log in again")]
    InvalidAccessToken = 4031003,
    /// 服务器
    /// 发生异常
    ServerError = 5031001,
}

#[test]
fn code_both_ways() {
    assert_eq!(Xlink::InvalidAccessToken.code(), 4031003u32);
    assert_eq!(Xlink::from_code(4031003), Some(Xlink::InvalidAccessToken));
    assert_eq!(Xlink::from_code(4031004), None);
    assert_eq!(Xlink::InvalidAccessToken as u32, 4031003);
    assert_eq!(u32::from(Xlink::ServerError), 5031001);
    assert_eq!(Xlink::try_from(4001001), Ok(Xlink::FieldValidationFailed));
    assert_eq!(
        Xlink::try_from(4001999),
        Err(UnknownCode::new("xlink", 4001999))
    );
    for e in Xlink::ALL {
        assert_eq!(Xlink::from_code(e.code()), Some(*e));
    }
}

#[test]
fn code_constants_are_checked_at_compile_time() {
    const TOKEN: Xlink = Xlink::from_code(4031003).unwrap();
    const STATUS: u16 = TOKEN.http_status();
    const MESSAGE: &str = TOKEN.message();
    assert_eq!(
        (TOKEN, STATUS, MESSAGE),
        (Xlink::InvalidAccessToken, 403, "无效的Access-Token")
    );
}

#[test]
fn all_and_family() {
    assert_eq!(
        Xlink::ALL,
        [
            Xlink::FieldValidationFailed,
            Xlink::InvalidAccessToken,
            Xlink::ServerError
        ]
    );
    assert_eq!(Xlink::FAMILY, "xlink");
    assert_eq!(<Xlink as ErrorCode>::ALL, Xlink::ALL);
    assert_eq!(<Xlink as ErrorCode>::FAMILY, "xlink");
}

#[test]
fn messages_from_msg_or_joined_doc_lines() {
    assert_eq!(
        Xlink::FieldValidationFailed.message(),
        "请求数据字段验证不通过"
    );
    assert_eq!(Xlink::InvalidAccessToken.message(), "无效的Access-Token");
    assert_eq!(Xlink::ServerError.message(), "服务器 发生异常");
    assert_eq!(Xlink::InvalidAccessToken.to_string(), "无效的Access-Token");
    assert_eq!(Xlink::InvalidAccessToken.help(), Some("log in again"));
    assert_eq!(Xlink::ServerError.help(), None);
    assert_eq!(Xlink::ServerError.name(), "ServerError");
}

#[test]
fn split_status_and_sub_code() {
    let split: Vec<_> = Xlink::ALL
        .iter()
        .map(|e| (e.http_status(), e.sub_code()))
        .collect();
    assert_eq!(split, [(400, 1001), (403, 1003), (503, 1001)]);
}

#[error_table(http = 200)]
pub enum Tencent {
    /// 参数错误
    InvalidParameter = 4000,
    /// 接口不存在
    #[http(404)]
    NoSuchAction = 4300,
}

#[error_table]
pub enum Plain {
    /// fails
    Failed = 7,
    /// throttled
    #[http(429)]
    Throttled = 8,
}

#[test]
fn fixed_default_and_per_code_status() {
    assert_eq!(Tencent::InvalidParameter.http_status(), 200);
    assert_eq!(Tencent::NoSuchAction.http_status(), 404);
    assert_eq!(Tencent::NoSuchAction.sub_code(), 4300);
    assert_eq!(Plain::Failed.http_status(), 500);
    assert_eq!(Plain::Throttled.http_status(), 429);
    assert_eq!(Plain::FAMILY, "Plain");
}

#[test]
fn from_str_reads_decimal_codes() {
    assert_eq!("4031003".parse::<Xlink>(), Ok(Xlink::InvalidAccessToken));
    let invalid = ParseCodeError::Invalid { family: "xlink" };
    for text in [
        "",
        " 4031003",
        "4031003 ",
        "0x3D7F9B",
        "４０３１００３",
        "-4031003",
        "4031003.0",
    ] {
        assert_eq!(text.parse::<Xlink>(), Err(invalid), "{text:?}");
    }
    let unknown = "4031999".parse::<Xlink>().unwrap_err();
    assert_eq!(
        unknown,
        ParseCodeError::Unknown(UnknownCode::new("xlink", 4031999))
    );
    assert_eq!(unknown.to_string(), "unknown xlink code 4031999");
    assert_eq!(
        invalid.to_string(),
        "invalid xlink code: expected a decimal integer"
    );
}

#[test]
fn is_an_error_and_keeps_user_derives() {
    fn boxed(
        e: impl core::error::Error + Send + Sync + 'static,
    ) -> Box<dyn core::error::Error + Send + Sync> {
        Box::new(e)
    }
    assert_eq!(boxed(Xlink::ServerError).to_string(), "服务器 发生异常");
    assert!(Xlink::FieldValidationFailed < Xlink::ServerError);
    assert_eq!(format!("{:?}", Xlink::ServerError), "ServerError");
}

#[error_table(http = 200, name = "ucloud")]
#[repr(i32)]
#[derive(Debug)]
#[allow(clippy::enum_variant_names)]
pub enum Signed {
    /// 失败
    Failure = -1,
    /// 成功
    Success = 0,
    /// 十六进制
    Hex = 0x10,
    /// 后缀
    Suffixed = 171i32,
}

#[test]
fn repr_chooses_the_code_type() {
    let code: i32 = Signed::Failure.code();
    assert_eq!(code, -1);
    assert_eq!(Signed::from_code(-1), Some(Signed::Failure));
    assert_eq!(Signed::from_code(16), Some(Signed::Hex));
    assert_eq!(Signed::from_code(171), Some(Signed::Suffixed));
    assert_eq!("-1".parse::<Signed>(), Ok(Signed::Failure));
    assert_eq!(core::mem::size_of::<Signed>(), 4);
}

#[error_table]
#[repr(u8)]
pub enum Small {
    /// max
    Max = 255,
}

#[test]
fn small_code_types() {
    assert_eq!(Small::Max.code(), 255u8);
    assert_eq!(core::mem::size_of::<Small>(), 1);
    assert_eq!(
        Small::try_from(0u8).unwrap_err().to_string(),
        "unknown Small code 0"
    );
}

#[repr(u16)]
#[error_table]
#[derive(Debug, PartialOrd)]
pub enum AttributesFirst {
    /// first
    First = 1,
    /// second
    Second = 2,
}

#[test]
fn repr_before_the_macro_is_seen() {
    assert!(AttributesFirst::First < AttributesFirst::Second);
    assert_eq!(AttributesFirst::Second.code(), 2u16);
}

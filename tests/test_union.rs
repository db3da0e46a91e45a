//! `union = Name` on a module: one enum over every family, with the whole
//! API, dispatching `from_code` across the families.

use error_table::{Code, ErrorCode, error_table};

#[error_table(http = split(4), union = XlinkError, name = "xlink")]
pub mod xlink {
    /// HTTP 400.
    pub enum BadRequest {
        /// 请求数据字段验证不通过
        FieldValidationFailed = 4001001,
        #[msg(zh = "请求数据必须字段不可为空", en = "A required field is empty")]
        #[help("fill in every required field")]
        FieldRequired = 4001002,
    }
    /// HTTP 403.
    pub enum Forbidden {
        /// 无效的Access-Token
        InvalidAccessToken = 4031003,
    }
    /// HTTP 503, named on its own.
    #[error_table(name = "xlink-service")]
    pub enum Unavailable {
        /// 服务器发生异常
        ServerError = 5031001,
    }
}

use xlink::{BadRequest, Forbidden, Unavailable, XlinkError};

#[test]
fn from_code_dispatches_across_families() {
    assert_eq!(
        XlinkError::from_code(4031003),
        Some(XlinkError::Forbidden(Forbidden::InvalidAccessToken))
    );
    assert_eq!(
        XlinkError::from_code(5031001),
        Some(XlinkError::Unavailable(Unavailable::ServerError))
    );
    assert_eq!(XlinkError::from_code(4041001), None);
    const TOKEN: XlinkError = XlinkError::from_code(4031003).unwrap();
    assert_eq!(TOKEN.code(), 4031003);
}

#[test]
fn all_spans_every_family_in_order() {
    let codes: Vec<u32> = XlinkError::ALL.iter().map(|e| e.code()).collect();
    assert_eq!(codes, [4001001, 4001002, 4031003, 5031001]);
    assert_eq!(XlinkError::FAMILY, "xlink");
    assert_eq!(BadRequest::FAMILY, "xlink");
    assert_eq!(Unavailable::FAMILY, "xlink-service");
}

#[test]
fn delegates_to_the_family() {
    let e = XlinkError::from(BadRequest::FieldRequired);
    assert_eq!(e.to_string(), "请求数据必须字段不可为空");
    assert_eq!(e.message_in("en"), "A required field is empty");
    assert_eq!(e.help(), Some("fill in every required field"));
    assert_eq!(
        (e.http_status(), e.sub_code(), e.name()),
        (400, 1002, "FieldRequired")
    );
    assert_eq!(u32::from(e), 4001002);
    assert_eq!(
        "5031001".parse::<XlinkError>(),
        Ok(XlinkError::Unavailable(Unavailable::ServerError))
    );
    assert_eq!(
        XlinkError::try_from(4039999).unwrap_err().to_string(),
        "unknown xlink code 4039999"
    );
}

#[test]
fn generic_code_works_over_unions() {
    fn statuses<E: ErrorCode>() -> Vec<u16> {
        E::ALL.iter().map(|e| e.http_status()).collect()
    }
    assert_eq!(statuses::<XlinkError>(), [400, 400, 403, 503]);
    assert_eq!(Code::<XlinkError>::from(4039999u32), Code::Unknown(4039999));
    let boxed: Box<dyn core::error::Error> =
        Box::new(XlinkError::from(Forbidden::InvalidAccessToken));
    assert_eq!(boxed.to_string(), "无效的Access-Token");
}

/// Families whose ranges overlap, at both ends of a signed code type, one of
/// them a single code: the union tries each family whose range holds the
/// code, and finds every code in the right family.
#[error_table(union = Interleaved)]
pub mod interleaved {
    #[repr(i16)]
    pub enum Odd {
        /// lowest
        Lowest = -32768,
        /// minus one
        MinusOne = -1,
        /// one
        One = 1,
        /// three
        Three = 3,
    }
    #[repr(i16)]
    pub enum Even {
        /// zero
        Zero = 0,
        /// two
        Two = 2,
        /// highest
        Highest = 32767,
    }
    #[repr(i16)]
    pub enum Single {
        /// fifty
        Fifty = 50,
    }
}

#[test]
fn from_code_finds_each_code_in_its_family() {
    use interleaved::{Even, Interleaved, Odd, Single};
    for code in i16::MIN..=i16::MAX {
        let expected = Interleaved::ALL.iter().copied().find(|e| e.code() == code);
        assert_eq!(Interleaved::from_code(code), expected, "code {code}");
    }
    assert_eq!(
        Interleaved::from_code(2),
        Some(Interleaved::Even(Even::Two))
    );
    assert_eq!(
        Interleaved::from_code(3),
        Some(Interleaved::Odd(Odd::Three))
    );
    assert_eq!(
        Interleaved::from_code(50),
        Some(Interleaved::Single(Single::Fifty))
    );
    assert_eq!(
        Interleaved::from_code(i16::MIN),
        Some(Interleaved::Odd(Odd::Lowest))
    );
    assert_eq!(
        Interleaved::from_code(i16::MAX),
        Some(Interleaved::Even(Even::Highest))
    );
    assert_eq!(Interleaved::ALL.len(), 8);

    for error in XlinkError::ALL {
        assert_eq!(XlinkError::from_code(error.code()), Some(*error));
    }
}

//! What SDK crates write around a vendor's table: `#[cfg]` and
//! `#[deprecated]` rows, any variant name and any message text, `crate = ..`,
//! the status of unknown codes, unions converted back, `macro_rules!`
//! tables, path-qualified attributes, `cfg_attr` and macro-built docs.

// Every generated item of a family with a retired code must be silent.
#![deny(deprecated, warnings)]

use error_table::{Code, ErrorCode, error_table};

#[track_caller]
fn assert_codes<E: ErrorCode>(expected: &[E::Code]) {
    let codes: Vec<E::Code> = E::ALL.iter().map(|e| e.code()).collect();
    assert_eq!(codes, expected);
}

mod cfg {
    use super::*;

    #[error_table(http = split(4))]
    pub enum Api {
        /// 无效的Access-Token
        InvalidAccessToken = 4031003,
        /// only in the beta API
        #[cfg(not(test))]
        BetaOnly = 4031004,
        /// the v1 meaning of 4041001
        #[cfg(not(test))]
        GoneV1 = 4041001,
        /// the v2 meaning of 4041001
        #[cfg(test)]
        GoneV2 = 4041001,
    }

    #[test]
    fn a_row_compiled_out_is_out_of_everything() {
        assert_codes::<Api>(&[4031003, 4041001]);
        assert_eq!(Api::from_code(4031004), None);
        assert_eq!(Api::from_code(4041001), Some(Api::GoneV2));
        assert_eq!(Api::GoneV2.message(), "the v2 meaning of 4041001");
        assert_eq!(Api::GoneV2.name(), "GoneV2");
    }

    #[error_table(http = 503, union = All)]
    pub mod module {
        pub enum First {
            /// one
            One = 1,
            /// two, compiled out
            #[cfg(not(test))]
            Two = 2,
            /// four, as the old API meant it
            #[cfg(not(test))]
            FourOld = 4,
            /// four
            #[cfg(test)]
            Four = 4,
        }
        pub enum Second {
            /// three
            Three = 3,
        }
    }

    #[test]
    fn and_out_of_the_union() {
        use module::{All, First, Second};
        assert_eq!(
            All::ALL,
            [
                All::First(First::One),
                All::First(First::Four),
                All::Second(Second::Three)
            ]
        );
        assert_eq!(All::from_code(2), None);
        assert_eq!(All::from_code(4), Some(All::First(First::Four)));
    }
}

mod deprecated {
    use super::*;

    #[error_table(http = split(4), union = Retired)]
    pub mod retired {
        pub enum Family {
            /// 现行
            Current = 4001001,
            /// 已废弃
            #[deprecated = "the vendor retired this code"]
            Retired = 4001002,
        }
    }

    #[test]
    fn generated_code_raises_no_warning() {
        use retired::{Family, Retired};
        assert_eq!(Family::ALL.len(), 2);
        assert_eq!(Family::from_code(4001001), Some(Family::Current));
        assert_eq!(Retired::ALL.len(), 2);
        #[allow(deprecated)]
        let retired = Family::Retired;
        assert_eq!(Family::from_code(4001002), Some(retired));
        assert_eq!(retired.to_string(), "已废弃");
    }
}

mod names {
    use super::*;

    #[error_table]
    #[allow(non_camel_case_types)]
    pub enum Names {
        /// Err
        Err = 1,
        /// Error
        Error = 2,
        /// Ok
        Ok = 3,
        /// None
        None = 4,
        /// Some
        Some = 5,
        /// Code
        Code = 6,
        /// type
        r#type = 7,
    }

    #[test]
    fn any_identifier_is_a_variant_name() {
        assert_eq!("1".parse::<Names>(), Ok(Names::Err));
        assert_eq!(Names::try_from(2), Ok(Names::Error));
        assert_eq!(Names::from_code(4), Option::Some(Names::None));
        assert_eq!(Names::r#type.name(), "type");
        assert_eq!(format!("{:?}", Names::r#type), "type");
        assert_eq!(format!("{:?}", Names::Err), "Err");
    }

    #[error_table]
    #[allow(non_camel_case_types)]
    pub enum StrNames {
        /// type
        r#type = "InvalidType",
        /// Err
        Err = "Err",
    }

    #[test]
    fn raw_names_of_string_families_too() {
        assert_eq!(StrNames::r#type.name(), "type");
        assert_eq!(format!("{:?}", StrNames::r#type), "type");
        assert_eq!("Err".parse::<StrNames>(), Ok(StrNames::Err));
    }

    #[error_table]
    pub enum Texts {
        /// 第一行
        /// 第二行
        Joined = 1,
        #[msg("line 1\nline 2 | a <b>bold</b> `tick` {code} {{braces}} \\ \"q\"")]
        Verbatim = 2,
    }

    #[test]
    fn any_text_is_a_message() {
        assert_eq!(Texts::Joined.to_string(), "第一行 第二行");
        assert_eq!(
            Texts::Verbatim.to_string(),
            "line 1\nline 2 | a <b>bold</b> `tick` {code} {{braces}} \\ \"q\""
        );
    }
}

mod renamed {
    /// An SDK that re-exports error-table under another path.
    pub mod sdk {
        pub use error_table as et;
    }

    #[crate::error_table(crate = "crate::renamed::sdk::et", http = split(4))]
    pub enum Through {
        /// 无效的Access-Token
        InvalidAccessToken = 4031003,
    }

    #[test]
    fn generated_code_uses_the_given_path() {
        use sdk::et::ErrorCode;
        assert_eq!(
            Through::from_code(4031003),
            Some(Through::InvalidAccessToken)
        );
        assert_eq!(
            <Through as ErrorCode>::http_status(Through::InvalidAccessToken),
            403
        );
    }
}

mod unknown_status {
    use super::*;

    #[error_table(http = split(4))]
    pub enum Split {
        /// 无效的Access-Token
        InvalidAccessToken = 4031003,
    }

    #[error_table(http = 200)]
    pub enum Fixed {
        /// 失败
        Failed = 1,
    }

    #[error_table]
    pub enum Plain {
        /// 不存在
        #[http(404)]
        Missing = 1,
    }

    #[test]
    fn families_give_the_status_of_any_code() {
        assert_eq!(Split::http_status_of(4031003), Some(403));
        assert_eq!(Split::http_status_of(4039999), Some(403));
        assert_eq!(Split::http_status_of(6001000), None);
        assert_eq!(Split::http_status_of(99), None);
        assert_eq!(Fixed::http_status_of(1), Some(200));
        assert_eq!(Fixed::http_status_of(2), Some(200));
        assert_eq!(Plain::http_status_of(1), Some(404));
        assert_eq!(Plain::http_status_of(2), None);
        assert_eq!(<Split as ErrorCode>::http_status_of(4049999), Some(404));
        const FORBIDDEN: Option<u16> = Split::http_status_of(4031999);
        assert_eq!(FORBIDDEN, Some(403));
    }

    #[test]
    fn code_has_a_status_known_or_not() {
        assert_eq!(Code::<Split>::from(4031003u32).http_status(), Some(403));
        assert_eq!(Code::<Split>::from(5009999u32).http_status(), Some(500));
        assert_eq!(Code::<Plain>::from(7u32).http_status(), None);
    }

    #[error_table(http = split(4), union = Xlink)]
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

    #[test]
    fn unions_too() {
        use xlink::Xlink;
        assert_eq!(Xlink::http_status_of(4001001), Some(400));
        assert_eq!(Xlink::http_status_of(4299999), Some(429));
        assert_eq!(Code::<Xlink>::from(4039999u32).http_status(), Some(403));
    }

    #[test]
    fn a_union_converts_back_into_its_families() {
        use xlink::{BadRequest, Forbidden, Xlink};
        let token = Xlink::from(Forbidden::InvalidAccessToken);
        assert_eq!(
            Forbidden::try_from(token),
            Ok(Forbidden::InvalidAccessToken)
        );
        assert_eq!(BadRequest::try_from(token), Err(token));
    }
}

mod formats {
    use super::*;

    #[error_table(display = "{code}: {msg}")]
    pub enum Padded {
        /// 失败
        Failed = 42,
    }

    #[test]
    fn width_fill_and_alignment_apply_to_the_whole_text() {
        let e = Padded::Failed;
        assert_eq!(format!("[{e:>10}]"), "[    42: 失败]");
        assert_eq!(format!("[{e:<10}]"), "[42: 失败    ]");
        assert_eq!(format!("[{e:*^11}]"), "[**42: 失败***]");
        assert_eq!(format!("[{e:10}]"), format!("[{:10}]", e.to_string()));
        assert_eq!(format!("[{e:.3}]"), "[42:]");
        assert_eq!(format!("[{e:>6.3}]"), "[   42:]");
        assert_eq!(format!("[{e:2}]"), "[42: 失败]");
    }
}

mod macro_rules_tables {
    use super::*;

    macro_rules! table {
        ($vis:vis enum $name:ident { $($variant:ident = $code:literal => $msg:literal,)* }) => {
            #[error_table(http = split(4))]
            $vis enum $name {
                $(#[msg($msg)] $variant = $code,)*
            }
        };
    }

    table!(pub enum Public { Forbidden = 4031003 => "无效的Access-Token", });
    table!(enum Private { NotFound = 4041001 => "不存在", });

    macro_rules! module {
        ($vis:vis $name:ident; $($doc:literal $variant:ident = $code:literal,)*) => {
            #[error_table(union = Union)]
            mod generated {
                $vis enum $name {
                    $(#[doc = $doc] $variant = $code,)*
                }
            }
        };
    }

    module!(pub Family; "一" One = 1, "二" Two = 2,);

    #[test]
    fn fragments_behave_as_tokens_written_by_hand() {
        assert_eq!(Public::from_code(4031003), Some(Public::Forbidden));
        assert_eq!(Public::Forbidden.to_string(), "无效的Access-Token");
        assert_eq!(Private::NotFound.http_status(), 404);
        assert_eq!(generated::Family::Two.message(), "二");
        assert_eq!(
            generated::Union::from_code(1),
            Some(generated::Union::Family(generated::Family::One))
        );
    }
}

mod attributes {
    use super::*;

    #[error_table(http = split(4), union = Union)]
    pub mod module {
        pub enum Split {
            /// 无效的Access-Token
            InvalidAccessToken = 4031003,
        }
        #[error_table::error_table(http = 503)]
        pub enum Fixed {
            /// 服务不可用
            Unavailable = 1,
        }
    }

    #[test]
    fn a_path_qualified_attribute_is_the_same_override() {
        assert_eq!(module::Fixed::Unavailable.http_status(), 503);
        assert_eq!(module::Split::InvalidAccessToken.http_status(), 403);
    }

    #[error_table]
    pub enum Conditional {
        /// 没有 test 时的消息
        #[cfg_attr(test, msg("来自 cfg_attr"))]
        #[cfg_attr(test, help("帮助"), allow(unused))]
        Read = 1,
        #[doc = concat!("拼", "接 ", 42)]
        Concatenated = 2,
    }

    #[test]
    fn cfg_attr_helpers_and_concat_docs_are_read() {
        assert_eq!(Conditional::Read.message(), "来自 cfg_attr");
        assert_eq!(Conditional::Read.help(), Some("帮助"));
        assert_eq!(Conditional::Concatenated.message(), "拼接 42");
    }

    #[error_table]
    #[repr(usize)]
    pub enum Sized {
        /// 大
        Big = 4_000_000_000,
    }

    #[test]
    fn usize_codes() {
        assert_eq!(Sized::from_code(4_000_000_000usize), Some(Sized::Big));
        assert_eq!(Sized::Big.code(), 4_000_000_000usize);
    }
}

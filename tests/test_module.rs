//! `#[error_table]` on a module: its options are the defaults of every enum
//! inside, an enum's own `#[error_table(..)]` overrides them, and every other
//! item stays as written.

use error_table::{ErrorCode, error_table};

// Tencent Cloud API errors.
#[error_table(http = 200, display = "({code}){msg}", lang = "zh")]
pub mod tencent {
    //! Families of the Tencent Cloud API v2.
    #![allow(clippy::doc_markdown)]

    use core::fmt::Write as _;

    /// A constant next to the families.
    pub const VERSION: u32 = 2;

    /// The public codes, shown without the code.
    #[error_table(display = "{msg}", name = "tencent-public")]
    pub enum Public {
        #[msg(zh = "参数错误", en = "InvalidParameter")]
        InvalidParameter = 4000,
        /// 接口不存在
        #[http(404)]
        NoSuchAction = 4300,
    }

    /// The IoT module's codes; 4000 is a public code too, which is fine
    /// without a union.
    pub enum Iot {
        /// projectId不正确
        InvalidProjectId = 100004,
        /// 模块内参数错误
        ModuleInvalidParameter = 4000,
    }

    /// A function next to the families.
    pub fn describe(error: Iot) -> String {
        let mut out = String::new();
        let _ = write!(out, "{} / {}", error, Self_::NAME);
        out
    }

    struct Self_;
    impl Self_ {
        const NAME: &'static str = "iot";
    }

    impl Iot {
        /// An impl block of the user's, on a generated family.
        pub const fn is_project_error(self) -> bool {
            matches!(self, Iot::InvalidProjectId)
        }
    }
}

use tencent::{Iot, Public};

#[test]
fn module_options_are_defaults() {
    assert_eq!(Iot::InvalidProjectId.to_string(), "(100004)projectId不正确");
    assert_eq!(Iot::InvalidProjectId.http_status(), 200);
    assert_eq!(Iot::FAMILY, "Iot");
}

#[test]
fn an_enum_overrides_the_module() {
    assert_eq!(Public::InvalidParameter.to_string(), "参数错误");
    assert_eq!(
        Public::InvalidParameter.message_in("en"),
        "InvalidParameter"
    );
    assert_eq!(Public::NoSuchAction.http_status(), 404);
    assert_eq!(Public::FAMILY, "tencent-public");
}

#[test]
fn other_items_stay() {
    assert_eq!(tencent::VERSION, 2);
    assert_eq!(
        tencent::describe(Iot::ModuleInvalidParameter),
        "(4000)模块内参数错误 / iot"
    );
    assert!(Iot::InvalidProjectId.is_project_error());
}

#[test]
fn families_without_a_union_may_share_codes() {
    assert_eq!(Public::from_code(4000), Some(Public::InvalidParameter));
    assert_eq!(Iot::from_code(4000), Some(Iot::ModuleInvalidParameter));
    fn names<E: ErrorCode<Code = u32>>(code: u32) -> Option<&'static str> {
        E::from_code(code).map(E::name)
    }
    assert_eq!(names::<Public>(4000), Some("InvalidParameter"));
    assert_eq!(names::<Iot>(4000), Some("ModuleInvalidParameter"));
}

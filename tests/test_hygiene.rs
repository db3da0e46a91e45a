//! Generated code names everything by absolute path: it compiles where the
//! user shadows `core`, `Option`, `Result`, `Some`, `None` or the integers.
#![allow(dead_code, non_camel_case_types)]

mod core {}
mod std {}
struct Option;
struct Result;
struct Some;
struct None;
struct u32;
struct u16;
struct str;
trait Display {}
trait Error {}
mod error_table_shadow {
    pub use ::error_table::error_table;
}

#[error_table_shadow::error_table(
    http = split(4),
    display = "({code}){msg}",
    axum,
    body = r#"{"code":{code},"msg":"{msg}"}"#,
    tonic
)]
pub enum Xlink {
    /// 无效的Access-Token
    #[grpc(Unauthenticated)]
    InvalidAccessToken = 4031003,
    #[msg(zh = "中", en = "en")]
    #[help("help")]
    Keyed = 4001001,
}

#[error_table_shadow::error_table(union = Union, axum, utoipa, tonic, grpc = Aborted)]
pub mod family {
    pub enum One {
        /// one
        #[http(404)]
        A = 1,
    }
    pub enum Two {
        /// two
        B = 2,
    }
}

#[error_table_shadow::error_table(display = "{code}/{sub}/{name}: {msg}", union = Strings, tonic)]
pub mod strings {
    pub enum Auth {
        /// 签名过期
        #[http(401)]
        SignatureExpire = "AuthFailure.SignatureExpire",
        #[msg(zh = "中", en = "en")]
        #[help("help")]
        Keyed = "AuthFailure.Keyed",
    }
    pub enum Other {
        /// limit
        Limit = "RequestLimitExceeded",
    }
}

#[test]
fn string_codes_expand_with_shadowed_names() {
    assert_eq!(
        strings::Strings::from_code("AuthFailure.Keyed"),
        ::core::option::Option::Some(strings::Strings::Auth(strings::Auth::Keyed))
    );
    assert_eq!(
        strings::Auth::SignatureExpire.to_string(),
        "AuthFailure.SignatureExpire/AuthFailure.SignatureExpire/SignatureExpire: 签名过期"
    );
}

#[test]
fn expands_with_shadowed_names() {
    assert_eq!(
        Xlink::from_code(4031003).map(Xlink::code),
        ::core::option::Option::Some(4031003)
    );
    assert_eq!(
        Xlink::InvalidAccessToken.to_string(),
        "(4031003)无效的Access-Token"
    );
    assert_eq!(
        family::Union::from_code(2),
        ::core::option::Option::Some(family::Union::Two(family::Two::B))
    );
}

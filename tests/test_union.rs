use error_table::{ErrorCode, error_table};

#[error_table(http = split(4), union = XlinkError, name = "xlink")]
pub mod xlink {
    /// 400
    pub enum BadRequest {
        /// 请求数据字段验证不通过
        FieldValidationFailed = 4001001,
        /// 请求数据必须字段不可为空
        FieldRequired = 4001002,
    }
    pub enum Forbidden {
        /// 无效的Access-Token
        InvalidAccessToken = 4031003,
    }
    pub fn helper() -> u32 {
        7
    }
    #[error_table(http = 503, name = "svc")]
    pub enum Unavailable {
        /// 服务器异常
        ServiceError = 5031001,
    }
}

#[test]
fn union_dispatch() {
    use xlink::*;
    assert_eq!(
        XlinkError::from_code(4031003),
        Some(XlinkError::Forbidden(Forbidden::InvalidAccessToken))
    );
    assert_eq!(XlinkError::ALL.len(), 4);
    assert_eq!(XlinkError::FAMILY, "xlink");
    assert_eq!(Unavailable::FAMILY, "svc");
    assert_eq!(helper(), 7);
    let e: XlinkError = Forbidden::InvalidAccessToken.into();
    assert_eq!(e.to_string(), "无效的Access-Token");
    assert_eq!(e.http_status(), 403);
    assert_eq!(<XlinkError as ErrorCode>::name(e), "InvalidAccessToken");
}

use error_table::error_table;

#[error_table(http = split(4), union = XlinkError)]
pub mod xlink {
    pub enum BadRequest {
        /// 请求数据字段验证不通过
        FieldValidationFailed = 4001001,
    }
    pub enum Forbidden {
        /// 无效的Access-Token
        InvalidAccessToken = 4031003,
        /// 没有权限
        NoPermission = 40310004,
    }
}

use xlink::{BadRequest, Forbidden, XlinkError};

// The broken family's error is the only one: the union still finds the
// codes of the sound families, and the sound codes of the broken one.
const FIELD: XlinkError = XlinkError::from_code(4001001).unwrap();
const TOKEN: XlinkError = XlinkError::from_code(4031003).unwrap();

fn main() {
    assert_eq!(FIELD, XlinkError::BadRequest(BadRequest::FieldValidationFailed));
    assert_eq!(TOKEN, XlinkError::Forbidden(Forbidden::InvalidAccessToken));
    let _ = BadRequest::try_from(FIELD);
}

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

use error_table::ErrorCode;
use xlink::{BadRequest, XlinkError};

fn describe<E: ErrorCode>(e: E) -> String {
    format!("{} {} {}", e.code(), e.http_status(), e)
}

fn main() {
    let e = XlinkError::from(BadRequest::FieldValidationFailed);
    println!("{}", describe(e));
    println!("{:?}", XlinkError::from_code(4031003));
    println!("{}", XlinkError::ALL.len());
}

use error_table::error_table;

#[error_table(http = split(4))]
pub mod xlink {
    pub enum BadRequest {
        /// 请求数据字段验证不通过
        FieldValidationFailed = 4001001,
        /// 请求数据必须字段不可为空
        FieldRequired = 4001002,
    }
    pub enum Forbidden {
        /// 无效的Access-Token
        InvalidAccessToken = 4031003,
        NoPermission = 4031004,
    }
}

use xlink::BadRequest;

const REQUIRED: BadRequest = BadRequest::from_code(4001002).unwrap();

fn main() {
    let e = REQUIRED;
    assert_eq!(e.code(), 4001002);
    assert_eq!(e.http_status(), 400);
    assert_eq!(e.message(), "请求数据必须字段不可为空");
    assert_eq!(BadRequest::ALL.len(), 2);
    println!("{e}");
}

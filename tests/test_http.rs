//! The `http` feature: an `http::StatusCode` for any family or union, and
//! `From<Family> for StatusCode` for those that ask with `status_code`.

use error_table::{ErrorCode, error_table};

#[error_table(http = split(4), union = Xlink, status_code)]
pub mod xlink {
    pub enum NotFound {
        /// 产品不存在
        ProductNotFound = 4041001,
    }
    pub enum Unavailable {
        /// 服务器发生异常
        ServerError = 5031001,
    }
}

#[error_table(http = 200, status_code)]
pub enum Tencent {
    /// 参数错误
    InvalidParameter = 4000,
}

#[test]
fn status_code_of_families_and_unions() {
    use xlink::{NotFound, Unavailable, Xlink};
    assert_eq!(
        NotFound::ProductNotFound.status_code(),
        http::StatusCode::NOT_FOUND
    );
    assert_eq!(
        Xlink::from(Unavailable::ServerError).status_code(),
        http::StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(
        Tencent::InvalidParameter.status_code(),
        http::StatusCode::OK
    );
}

#[test]
fn families_and_unions_convert_into_status_codes() {
    use xlink::{NotFound, Xlink};
    let status: http::StatusCode = NotFound::ProductNotFound.into();
    assert_eq!(status, http::StatusCode::NOT_FOUND);
    assert_eq!(
        http::StatusCode::from(Xlink::from(NotFound::ProductNotFound)),
        404
    );
}

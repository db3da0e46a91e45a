use error_table::error_table;

// A family's own template is checked like a module's; the union and the
// sound family still compile and serve.
#[error_table(http = split(4), axum, union = Xlink)]
pub mod xlink {
    pub enum BadRequest {
        /// 请求数据字段验证不通过
        FieldValidationFailed = 4001001,
    }
    #[error_table(body = r#"{"code":"{code}","detail":{help}}"#)]
    pub enum Forbidden {
        /// 无效的Access-Token
        InvalidAccessToken = 4031003,
    }
}

fn main() {
    use axum::response::IntoResponse;
    let _ = xlink::BadRequest::FieldValidationFailed.into_response();
    let _ = xlink::Xlink::from_code(4001001).map(IntoResponse::into_response);
}

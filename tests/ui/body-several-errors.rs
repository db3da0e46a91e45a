use error_table::error_table;

// Every family of a module with a bad template is reported in one build,
// and the union still compiles.
#[error_table(http = split(4), axum, union = Xlink)]
pub mod xlink {
    #[error_table(body = r#"{"code":{code},}"#)]
    pub enum BadRequest {
        /// 请求数据字段验证不通过
        FieldValidationFailed = 4001001,
    }
    #[error_table(body = r#"["{msg}" "{code}"]"#)]
    pub enum Forbidden {
        /// 无效的Access-Token
        InvalidAccessToken = 4031003,
    }
}

fn main() {
    use axum::response::IntoResponse;
    let _ = xlink::Xlink::from_code(4031003).map(IntoResponse::into_response);
}

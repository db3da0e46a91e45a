use error_table::error_table;

// `{requestid}` for `{request_id}`: the per-request values are checked
// like the row's, in a JSON and in an XML template.
#[error_table(axum, body = r#"{"code":{code},"request":"{requestid}"}"#)]
pub enum Acme {
    /// 参数错误
    InvalidParameter = 4001,
}

#[error_table(axum, body = xml("<Error><Id>{request}</Id></Error>"))]
pub enum S3Error {
    /// Access Denied
    AccessDenied = "AccessDenied",
}

fn main() {}

use error_table::error_table;

#[error_table]
pub fn public_error(code: u32) -> &'static str {
    match code {
        4000 => "请求参数非法",
        _ => "未知错误",
    }
}

fn main() {}

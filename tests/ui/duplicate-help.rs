use error_table::error_table;

#[error_table(http = 200)]
pub enum PublicError {
    /// 请求参数非法
    #[help("缺少必要参数，或者参数值格式不正确")]
    #[help("具体错误信息请查看错误描述 message 字段")]
    InvalidParameter = 4000,
}

fn main() {}

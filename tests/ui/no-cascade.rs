use error_table::error_table;

#[error_table(http = split(4))]
pub enum XlinkError {
    /// 请求数据字段验证不通过
    FieldValidationFailed = 4001001,
    /// 无效的Access-Token
    InvalidAccessToken = 4031003,
    /// 产品不存在
    ProductNotFound = 4031003,
}

const TOKEN: XlinkError = XlinkError::from_code(4031003).unwrap();

fn main() {
    let e = TOKEN;
    println!("{} {} {}", e.code(), e.message(), e.to_string());
    println!("{} {}", XlinkError::ALL.len(), XlinkError::FAMILY);
    let parsed: XlinkError = "4001001".parse().unwrap();
    let raw: u32 = parsed.into();
    assert_eq!(XlinkError::try_from(raw).ok(), Some(parsed));
}

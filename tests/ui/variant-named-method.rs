use error_table::error_table;

#[error_table]
#[allow(non_camel_case_types)]
pub enum Api {
    /// 代码
    code = 1,
    /// 名字
    name = 2,
    /// 可重试
    is_retryable = 3,
}

fn main() {
    let _ = Api::ALL;
}

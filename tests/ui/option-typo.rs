use error_table::error_table;

#[error_table(nmae = "xlink", dispaly = "{msg}")]
pub enum Api {
    /// 服务器内部错误
    Internal = 1,
}

fn main() {}

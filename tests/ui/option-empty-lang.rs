use error_table::error_table;

#[error_table(lang = "")]
pub enum IotError {
    #[msg(zh = "创建产品失败", en = "Create product failed")]
    CreateProductFailed = 1001,
}

fn main() {}

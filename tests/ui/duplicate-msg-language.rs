use error_table::error_table;

#[error_table(lang = "zh")]
pub enum IotError {
    #[msg(zh = "创建产品失败", en = "Create product failed", zh = "产品创建失败")]
    CreateProductFailed = 1001,
}

fn main() {}

use error_table::error_table;

#[error_table(lang = "zh")]
pub enum IotError {
    #[msg(zh = "创建产品失败", en = "Create product failed")]
    CreateProductFailed = 1001,
    #[msg(en = "Product not found")]
    ProductNotFound = 1002,
}

fn main() {}

//! Keyed messages: one text per language, the default language's text is
//! the message, and a missing language falls back to it.

use error_table::{ErrorCode, error_table};

#[error_table(lang = "zh")]
pub enum Product {
    #[msg(en = "Create product failed", zh = "创建产品失败")]
    CreateFailed = 100000,
    /// 产品不存在
    NotFound = 100001,
    #[msg(zh = "只有中文")]
    ChineseOnly = 100002,
}

#[error_table]
pub enum FirstKey {
    #[msg(en = "Success", zh = "成功")]
    Success = 0,
}

#[test]
fn default_language_is_the_message() {
    assert_eq!(Product::CreateFailed.message(), "创建产品失败");
    assert_eq!(Product::CreateFailed.to_string(), "创建产品失败");
    assert_eq!(Product::CreateFailed.message_in("zh"), "创建产品失败");
    assert_eq!(
        Product::CreateFailed.message_in("en"),
        "Create product failed"
    );
}

#[test]
fn missing_language_falls_back() {
    assert_eq!(Product::NotFound.message_in("en"), "产品不存在");
    assert_eq!(Product::ChineseOnly.message_in("en"), "只有中文");
    assert_eq!(Product::CreateFailed.message_in("fr"), "创建产品失败");
    assert_eq!(
        <Product as ErrorCode>::message_in(Product::CreateFailed, "en"),
        "Create product failed"
    );
}

#[test]
fn without_lang_the_first_key_is_the_default() {
    assert_eq!(FirstKey::Success.message(), "Success");
    assert_eq!(FirstKey::Success.message_in("zh"), "成功");
}

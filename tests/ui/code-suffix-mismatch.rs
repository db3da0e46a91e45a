use error_table::error_table;

#[error_table]
#[repr(i32)]
pub enum WechatError {
    /// 系统繁忙，此时请开发者稍候再试
    SystemBusy = -1i32,
    /// 不合法的 AppID
    InvalidAppId = 40013u32,
}

fn main() {}

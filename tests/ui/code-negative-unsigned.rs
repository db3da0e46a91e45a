use error_table::error_table;

#[error_table]
pub enum WechatError {
    /// 系统繁忙，此时请开发者稍候再试
    SystemBusy = -1,
    /// 不合法的 AppID
    InvalidAppId = 40013,
}

fn main() {}

use error_table::error_table;

#[error_table]
pub enum GatewayError {
    /// 设备不在线
    DeviceOffline = 4001001,
    /// 网关超时
    GatewayTimeout = 5040000001,
}

fn main() {}

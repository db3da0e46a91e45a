use error_table::error_table;

#[error_table]
pub enum IotError {
    /// projectId不正确
    #[http(400)]
    InvalidProjectId = 100004,
    /// 设备不存在
    #[http(99)]
    DeviceNotFound = 100005,
}

fn main() {}

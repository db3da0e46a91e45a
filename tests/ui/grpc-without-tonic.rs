use error_table::error_table;

#[error_table(grpc = NotFound)]
pub enum Devices {
    /// 设备不存在
    DeviceNotFound = 4041001,
    /// 设备离线
    #[grpc(Unavailable)]
    DeviceOffline = 5031001,
}

#[error_table(grpc = NotFound)]
pub mod module {
    pub enum Devices {
        /// 设备不存在
        DeviceNotFound = 4041001,
    }
    pub enum Users {
        /// 用户不存在
        UserNotFound = 4042001,
    }
}

fn main() {}

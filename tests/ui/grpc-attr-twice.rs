use error_table::error_table;

#[error_table(tonic)]
pub enum Devices {
    /// 设备不存在
    #[grpc(NotFound)]
    #[grpc(Unavailable)]
    DeviceNotFound = 4041001,
    /// 设备离线
    #[grpc(Unavailable)]
    #[cfg_attr(feature = "beta", grpc(Aborted))]
    DeviceOffline = 5031001,
}

fn main() {}

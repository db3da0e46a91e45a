use error_table::error_table;

#[error_table(tonic)]
pub enum Devices {
    /// 设备不存在
    #[grpc(Unavailible)]
    DeviceOffline = 5031001,
}

fn main() {}

use error_table::error_table;

#[error_table(tonic, grpc = "NotFound")]
pub enum Devices {
    /// 设备不存在
    #[grpc(404)]
    DeviceNotFound = 4041001,
    /// 设备离线
    #[grpc = "Unavailable"]
    DeviceOffline = 5031001,
}

fn main() {}

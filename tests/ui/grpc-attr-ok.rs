use error_table::error_table;

#[error_table(tonic)]
pub enum Devices {
    /// 设备不存在
    #[grpc(Ok)]
    DeviceNotFound = 4041001,
}

fn main() {}

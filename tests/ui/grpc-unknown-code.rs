use error_table::error_table;

#[error_table(tonic, grpc = NOT_FOUND)]
pub enum Devices {
    /// 设备不存在
    DeviceNotFound = 4041001,
}

fn main() {}

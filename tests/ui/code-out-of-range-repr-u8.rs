use error_table::error_table;

#[error_table]
#[repr(u8)]
pub enum ModbusError {
    /// 非法功能码
    IllegalFunction = 1,
    /// 非法数据地址
    IllegalDataAddress = 2,
    /// 网关目标设备无响应
    GatewayTargetNoResponse = 300,
}

fn main() {}

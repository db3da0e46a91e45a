use error_table::error_table;

#[error_table(http = 200, union = TencentError)]
pub mod tencent {
    pub enum PublicError {
        /// 请求参数非法
        InvalidParameter = 4000,
    }
    #[repr(i32)]
    pub enum IotError {
        /// 内部错误
        InternalError = -1,
        /// projectId不正确
        InvalidProjectId = 100004,
    }
}

fn main() {}

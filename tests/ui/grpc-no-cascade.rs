use error_table::{error_table, Code, GrpcStatus};

#[error_table(http = split(4), tonic)]
pub enum XlinkError {
    /// 无效的Access-Token
    InvalidAccessToken = 4031003,
    /// 产品不存在
    ProductNotFound = 4031003,
}

#[error_table(http = split(4), union = Api, tonic)]
pub mod api {
    pub enum Forbidden {
        /// 无效的Access-Token
        InvalidAccessToken = 4031003,
        /// 产品不存在
        #[grpc(NOT_FOUND)]
        ProductNotFound = 4031004,
    }
}

fn main() {
    let status = tonic::Status::from(XlinkError::InvalidAccessToken);
    let _ = (XlinkError::InvalidAccessToken.grpc_code(), Code::<XlinkError>::from_status(&status));
    let _ = tonic::Status::from(api::Api::from(api::Forbidden::InvalidAccessToken));
    let _ = tonic::Status::from(api::Forbidden::ProductNotFound);
}

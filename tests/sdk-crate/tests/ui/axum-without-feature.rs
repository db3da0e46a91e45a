use et::error_table;

#[error_table(crate = "::et", http = split(4), axum)]
pub enum Gateway {
    /// 服务不可用
    Unavailable = 5031001,
}

/// A union asks once: its families carry the flag and report it.
#[error_table(crate = "::et", http = split(4), union = Api, axum)]
pub mod api {
    pub enum Forbidden {
        /// 无效的Access-Token
        InvalidAccessToken = 4031003,
    }
}

fn main() {}

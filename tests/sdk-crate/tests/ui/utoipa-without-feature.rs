use et::error_table;

#[error_table(crate = "::et", http = split(4), axum, utoipa)]
pub enum Gateway {
    /// 服务不可用
    Unavailable = 5031001,
}

fn main() {}

use error_table::error_table;

#[error_table]
pub enum Api {
    #[doc = include_str!("message.txt")]
    Internal = 1,
    /// read: the message comes from #[msg]
    #[doc = include_str!("message.txt")]
    #[msg("服务不可用")]
    Unavailable = 2,
}

fn main() {}

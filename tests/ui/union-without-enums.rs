use error_table::error_table;

#[error_table(http = split(4), union = XlinkError)]
pub mod xlink {
    pub const BASE_URL: &str = "https://api2.xlink.cn";
}

fn main() {}

use error_table::error_table;

// Both predicates can hold at once: the build would break only then, so
// it is an error in every build.
#[error_table]
pub enum Sdk {
    /// plain
    #[cfg_attr(unix, msg("on unix"))]
    #[cfg_attr(target_pointer_width = "64", msg("on 64 bits"))]
    Twice = 1,
}

fn main() {}

//! The second step: the rules of a table and of a union, turning the parsed
//! [`Family`](crate::parse::ast::Family) into the checked [`model`].

pub mod cfg_rows;
pub mod codes;
pub mod family;
pub mod found;
pub mod messages;
pub mod model;
pub mod strings;
pub mod union;

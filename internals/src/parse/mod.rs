//! The first step: the attribute's options and the item as written, read into
//! [`ast`] without judging them beyond what parsing needs.

pub mod ast;
pub mod body;
pub mod cfg;
pub mod cfg_override;
pub mod code_type;
pub mod display_format;
pub mod doc_comment;
pub mod grpc_code;
pub mod helper_args;
pub mod json;
pub mod module;
pub mod option_item;
pub mod options;
pub mod suggest;
pub mod symbol;
pub mod variant_attrs;
pub mod xml;

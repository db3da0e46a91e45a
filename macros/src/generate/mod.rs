//! The third step: the code of a checked family or union, or the fallback
//! that keeps follow-up errors away after a compile error.

pub mod api;
pub mod axum;
pub mod bodies;
pub mod derives;
pub mod docs;
pub mod fallback;
pub mod family;
pub mod grpc;
pub mod lookup;
pub mod methods;
pub mod perfect_hash;
pub mod strings;
pub mod tokens;
pub mod union;
pub mod utoipa;

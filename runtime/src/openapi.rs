//! The `utoipa` feature: a family's responses and codes in an OpenAPI
//! document, made from the table and the very bodies `axum` serves.

use alloc::borrow::Cow;
use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use utoipa::openapi::example::ExampleBuilder;
use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Schema, Type};
use utoipa::openapi::{ContentBuilder, RefOr, Response, ResponseBuilder};

use crate::ErrorCode;
use crate::respond::Serve;

/// `IntoResponses`: one response per status; each has, for its content
/// type, one example per code, named by the variant, whose value is the
/// body served (parsed JSON, or the XML text as a string).
pub fn responses<E: Serve>() -> BTreeMap<String, RefOr<Response>> {
    let mut statuses: BTreeMap<u16, Vec<E>> = BTreeMap::new();
    for &error in E::ALL {
        statuses.entry(error.http_status()).or_default().push(error);
    }
    statuses
        .into_iter()
        .map(|(status, errors)| (status.to_string(), RefOr::T(response(status, &errors))))
        .collect()
}

fn response<E: Serve>(status: u16, errors: &[E]) -> Response {
    let reason = http::StatusCode::from_u16(status)
        .ok()
        .and_then(|status| status.canonical_reason())
        .unwrap_or("Error");
    let codes: Vec<String> = errors.iter().map(|e| code_text(*e)).collect();
    let description = alloc::format!("{reason}: {}", codes.join(", "));
    let mut by_type: BTreeMap<&'static str, Vec<(String, _)>> = BTreeMap::new();
    for &error in errors {
        let template = &error.__templates()[0];
        let value = match serde_json::from_str(template.whole) {
            Ok(json) => json,
            Err(_) => serde_json::Value::String(template.whole.into()),
        };
        let example = ExampleBuilder::new()
            .summary(alloc::format!("{} {}", code_text(error), error.message()))
            .value(Some(value))
            .build();
        by_type
            .entry(template.content_type)
            .or_default()
            .push((error.name().into(), example));
    }
    by_type
        .into_iter()
        .fold(
            ResponseBuilder::new().description(description),
            |builder, (ty, examples)| {
                let content = ContentBuilder::new().examples_from_iter(examples).build();
                builder.content(ty, content)
            },
        )
        .build()
}

/// The code as its body writes it.
fn code_text<E: ErrorCode>(error: E) -> String {
    error.code().to_string()
}

/// `ToSchema`'s schema: one of the codes, each a `const` (a one-value
/// `enum`) titled by its variant and described by its message.
pub fn codes_schema<E: ErrorCode>() -> RefOr<Schema> {
    let one_of = E::ALL.iter().fold(OneOfBuilder::new(), |builder, &error| {
        let text = code_text(error);
        // A string family has a category; an integer code is a JSON number.
        let (ty, code) = match error.category() {
            Some(_) => (Type::String, serde_json::Value::String(text)),
            None => (
                Type::Integer,
                serde_json::from_str(&text).unwrap_or_default(),
            ),
        };
        builder.item(
            ObjectBuilder::new()
                .schema_type(ty)
                .enum_values(Some([code]))
                .title(Some(error.name()))
                .description(Some(error.message())),
        )
    });
    let description = alloc::format!("The codes of {}", E::FAMILY);
    RefOr::T(Schema::OneOf(one_of.description(Some(description)).build()))
}

/// What `ToSchema::name` returns.
pub type Name = Cow<'static, str>;

/// `ToSchema::name`: the type's name, as written.
pub fn schema_name(name: &'static str) -> Name {
    Cow::Borrowed(name)
}

/// What `IntoResponses::responses` returns.
pub type Responses = BTreeMap<String, RefOr<Response>>;

/// Implements utoipa's `IntoResponses`, `PartialSchema` and `ToSchema` for
/// a family or union (which implements `Serve`).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa {
    ($ty:ident $(, union)?) => {
        #[automatically_derived]
        impl $crate::__private::utoipa::IntoResponses for $ty {
            fn responses() -> $crate::__private::openapi::Responses {
                $crate::__private::openapi::responses::<Self>()
            }
        }
        #[automatically_derived]
        impl $crate::__private::utoipa::PartialSchema for $ty {
            fn schema() -> $crate::__private::utoipa::openapi::RefOr<
                $crate::__private::utoipa::openapi::schema::Schema,
            > {
                $crate::__private::openapi::codes_schema::<Self>()
            }
        }
        #[automatically_derived]
        impl $crate::__private::utoipa::ToSchema for $ty {
            fn name() -> $crate::__private::openapi::Name {
                $crate::__private::openapi::schema_name(::core::stringify!($ty))
            }
        }
    };
}

//! The rules of the codes themselves: each fits the code type, and no two
//! rows of one build share one.

use std::collections::HashMap;

use crate::check::found::{Found, key};
use crate::check::model::{self, Key};
use crate::errors::Errors;
use crate::parse::ast::{Family, Variant};
use crate::parse::code_type::CodeType;

/// Every code fits the code type, and any suffix is that type.
pub fn check_codes(family: &Family, found: &mut [Found], errors: &mut Errors) {
    let ty = family.code_type;
    if ty == CodeType::Str {
        return;
    }
    let (min, max) = ty.range();
    for (code, found) in family
        .variants
        .iter()
        .zip(found)
        .filter_map(|(v, found)| v.code.as_ref().map(|code| (code, found)))
        .filter(|(code, _)| !code.is_str())
    {
        let fits = code.int().is_some_and(|v| (min..=max).contains(&v));
        if !fits {
            found.code = None;
        }
        if !code.suffix.is_empty() && code.suffix != ty.name() {
            let message = format_args!(
                "code has suffix `{}` but the code type is `{}`: drop the suffix",
                code.suffix,
                ty.name()
            );
            errors.spanned(&code.tokens, message);
        } else if !fits {
            let hint = match code.int().map(|v| (v, ty.widened_for(v))) {
                Some((v, Some(wider))) if v < 0 => {
                    format!(
                        ": negative codes need a signed #[repr], such as #[repr({})]",
                        wider.name()
                    )
                }
                Some((_, Some(wider))) => {
                    format!(
                        ": write #[repr({})] on the enum for codes this large",
                        wider.name()
                    )
                }
                _ => ": codes must fit in 64 bits (i64 or u64)".to_owned(),
            };
            let message = format_args!(
                "code out of range for `{}` ({min}..={max}){hint}",
                ty.name()
            );
            errors.spanned(&code.tokens, message);
        }
    }
}

/// Two rows of one table cannot have the same code: the second is the error,
/// the first is pointed at too. Rows under different `#[cfg]`s may share a
/// code (a code that changed meaning between API versions): at most one of
/// them is compiled, and rustc reports the clash if both are.
pub fn check_duplicate_codes(family: &Family, found: &mut [Found], errors: &mut Errors) {
    let mut first: HashMap<(Key, String), &Variant> = HashMap::new();
    for (variant, found) in family.variants.iter().zip(found) {
        let Some(code) = variant
            .code
            .as_ref()
            .and_then(|c| key(c).map(|k| (k, &c.tokens)))
        else {
            continue;
        };
        let key = (code.0.clone(), model::cfg_key(&variant.helpers.cfgs));
        match first.get(&key) {
            Some(earlier) => {
                found.code = None;
                let message = format_args!(
                    "duplicate code {}: `{}` has it already",
                    code.0, earlier.ident
                );
                errors.spanned(code.1, message);
                let note = format_args!("code {} first used here, by `{}`", code.0, earlier.ident);
                errors.spanned(&earlier.ident, note);
            }
            None => {
                first.insert(key, variant);
            }
        }
    }
}

//! `#[cfg]` predicates as rustc reads them: `all`, `any`, `not` over
//! options such as `feature = "a"`. The macro cannot know which options
//! hold; it reads predicates to find, by trying every combination of their
//! options, whether two of them can hold at once and what a row is in each
//! combination.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::punctuated::Punctuated;
use syn::{Meta, Token};

/// A `cfg` predicate.
#[derive(Clone, Debug)]
pub enum Pred {
    /// An option (`unix`, `feature = "a"`), by its text: two spellings of
    /// one option have the same text once written back as tokens.
    Option(String, TokenStream),
    All(Vec<Pred>),
    Any(Vec<Pred>),
    Not(Box<Pred>),
}

impl Pred {
    /// Reads a predicate; what is not `all`/`any`/`not` is one option (rustc
    /// reports a malformed one).
    pub fn parse(tokens: TokenStream) -> Pred {
        match syn::parse2::<Meta>(tokens.clone()) {
            Ok(meta) => Pred::from_meta(&meta),
            Err(_) => Pred::Option(tokens.to_string(), tokens),
        }
    }

    fn from_meta(meta: &Meta) -> Pred {
        let option = || {
            let tokens = meta.to_token_stream();
            Pred::Option(tokens.to_string(), tokens)
        };
        let Meta::List(list) = meta else {
            return option();
        };
        let Ok(args) = list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) else {
            return option();
        };
        let args: Vec<Pred> = args.iter().map(Pred::from_meta).collect();
        if list.path.is_ident("all") {
            Pred::All(args)
        } else if list.path.is_ident("any") {
            Pred::Any(args)
        } else if list.path.is_ident("not") && args.len() == 1 {
            Pred::Not(Box::new(
                args.into_iter().next().unwrap_or(Pred::All(Vec::new())),
            ))
        } else {
            option()
        }
    }

    /// All of `preds` (true for none).
    pub fn all(preds: Vec<Pred>) -> Pred {
        match <[Pred; 1]>::try_from(preds) {
            Ok([only]) => only,
            Err(preds) => Pred::All(preds),
        }
    }

    /// The options the predicate names (each a `Pred::Option`), each once,
    /// in order.
    pub fn options<'a>(&'a self, out: &mut Vec<&'a Pred>) {
        match self {
            Pred::Option(text, _) => {
                if !out.iter().any(|seen| seen.text() == Some(text)) {
                    out.push(self);
                }
            }
            Pred::All(preds) | Pred::Any(preds) => preds.iter().for_each(|p| p.options(out)),
            Pred::Not(pred) => pred.options(out),
        }
    }

    /// The text of an option, `None` for `all`/`any`/`not`.
    fn text(&self) -> Option<&str> {
        match self {
            Pred::Option(text, _) => Some(text),
            _ => None,
        }
    }

    /// Whether the predicate holds when exactly the options in `on` do.
    pub fn holds(&self, on: &dyn Fn(&str) -> bool) -> bool {
        match self {
            Pred::Option(text, _) => on(text),
            Pred::All(preds) => preds.iter().all(|p| p.holds(on)),
            Pred::Any(preds) => preds.iter().any(|p| p.holds(on)),
            Pred::Not(pred) => !pred.holds(on),
        }
    }
}

impl ToTokens for Pred {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(match self {
            Pred::Option(_, option) => option.clone(),
            Pred::All(preds) => quote!(all(#(#preds),*)),
            Pred::Any(preds) => quote!(any(#(#preds),*)),
            Pred::Not(pred) => quote!(not(#pred)),
        });
    }
}

/// The most options a row's predicates may name together: every
/// combination of them is tried (2^12 = 4,096).
pub const MAX_OPTIONS: usize = 12;

/// Every combination of `options`, as a function telling which are on;
/// `None` when there are too many to try.
pub fn combinations<'a>(options: &'a [&'a Pred]) -> Option<Vec<Combination<'a>>> {
    if options.len() > MAX_OPTIONS {
        return None;
    }
    Some(
        (0..1u32 << options.len())
            .map(|bits| Combination { options, bits })
            .collect(),
    )
}

/// One combination of options: bit `i` of `bits` says whether option `i` is on.
#[derive(Clone, Copy)]
pub struct Combination<'a> {
    options: &'a [&'a Pred],
    bits: u32,
}

impl Combination<'_> {
    pub fn on(&self, option: &str) -> bool {
        self.options
            .iter()
            .position(|o| o.text() == Some(option))
            .is_some_and(|i| self.bits & (1 << i) != 0)
    }

    pub fn holds(&self, pred: &Pred) -> bool {
        pred.holds(&|option| self.on(option))
    }

    /// The combination as a predicate: `all(a, not(b))`.
    pub fn pred(&self) -> Pred {
        let options = self.options.iter().enumerate().map(|(i, &option)| {
            let option = option.clone();
            if self.bits & (1 << i) != 0 {
                option
            } else {
                Pred::Not(Box::new(option))
            }
        });
        Pred::all(options.collect())
    }

    /// The combination for people: "`a` on, `b` off".
    pub fn describe(&self) -> String {
        let parts: Vec<String> = self
            .options
            .iter()
            .enumerate()
            .map(|(i, option)| {
                let state = if self.bits & (1 << i) != 0 {
                    "on"
                } else {
                    "off"
                };
                format!("`{}` {state}", option.text().unwrap_or_default())
            })
            .collect();
        if parts.is_empty() {
            "always".to_owned()
        } else {
            format!("with {}", parts.join(", "))
        }
    }
}

/// Whether `a` and `b` can hold at once; `true` when there are too many
/// options to tell (the caller then treats them as overlapping).
pub fn can_both_hold(a: &Pred, b: &Pred) -> bool {
    let mut options = Vec::new();
    a.options(&mut options);
    b.options(&mut options);
    combinations(&options).is_none_or(|all| all.iter().any(|c| c.holds(a) && c.holds(b)))
}

#[cfg(test)]
mod tests {
    use super::{Pred, can_both_hold};

    fn pred(text: &str) -> Pred {
        Pred::parse(text.parse().unwrap())
    }

    #[test]
    fn exclusive_predicates_never_hold_at_once() {
        let a = pred(r#"feature = "a""#);
        assert!(!can_both_hold(&a, &pred(r#"not(feature = "a")"#)));
        assert!(!can_both_hold(
            &pred(r#"all(feature = "a", feature = "b")"#),
            &pred(r#"any(not(feature = "a"), not(feature = "b"))"#)
        ));
        assert!(can_both_hold(&a, &pred(r#"feature = "b""#)));
        assert!(can_both_hold(&a, &pred(r#"any(feature = "a", unix)"#)));
        // Spelt with other spacing, one option.
        assert!(!can_both_hold(&a, &pred(r#"not(feature="a")"#)));
    }
}

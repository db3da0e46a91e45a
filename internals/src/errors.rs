//! Collects every error of an input, so one build reports all of a table's
//! problems instead of one per build.

use proc_macro2::Span;
use std::fmt::Display;

#[derive(Default)]
pub struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    pub fn push(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    pub fn at(&mut self, span: Span, message: impl Display) {
        self.push(syn::Error::new(span, message));
    }

    pub fn spanned(&mut self, tokens: impl quote::ToTokens, message: impl Display) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    /// Records the error of a `Result` and turns it into an `Option`.
    pub fn ok<T>(&mut self, result: syn::Result<T>) -> Option<T> {
        result.map_err(|error| self.push(error)).ok()
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn len(&self) -> usize {
        self.errors.len()
    }

    /// All errors as one `syn::Error`, `None` when there were none.
    pub fn combined(self) -> Option<syn::Error> {
        self.errors.into_iter().reduce(|mut all, error| {
            all.combine(error);
            all
        })
    }
}

//! The helper attributes of a variant: `#[msg]`, `#[help]`, `#[http]`,
//! `#[retryable]`, `#[grpc]`, and its doc comment (the message when there is no `#[msg]`).

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::parse::ParseStream;
use syn::punctuated::Punctuated;
use syn::{Attribute, LitInt, LitStr, Meta, Token};

use crate::errors::Errors;
use crate::parse::cfg::Pred;
use crate::parse::doc_comment::{DocLine, doc_line, join_doc, text_of};
use crate::parse::grpc_code::GrpcCode;
use crate::parse::helper_args::{
    MSG_FORM, RETRYABLE_FORM, attr_args, expect, non_empty, parse_msg, parse_retryable,
};

pub use crate::parse::helper_args::{Message, Retryable};
use crate::parse::options::http_status;
use crate::parse::suggest;
use crate::parse::symbol;

#[derive(Clone)]
pub struct VariantAttrs {
    pub message: Option<Message>,
    /// Where the message was written: the `#[msg]` attribute, else the docs.
    pub message_at: Option<TokenStream>,
    pub help: Option<String>,
    /// `#[http(N)]`, with the attribute's tokens to point errors at.
    pub http: Option<(u16, TokenStream)>,
    /// `#[retryable]`, `#[retryable(false)]` or `#[retryable(after = N)]`.
    pub retryable: Option<Retryable>,
    /// `#[grpc(NotFound)]`, with the attribute's tokens to point errors at.
    pub grpc: Option<(GrpcCode, TokenStream)>,
    /// Whether the variant has a doc comment of its own.
    pub has_doc: bool,
    /// The predicates of the variant's `#[cfg(..)]` attributes (which stay
    /// on the variant): every generated piece of the row carries them.
    pub cfgs: Vec<TokenStream>,
    /// The helpers written inside `#[cfg_attr(pred, ..)]`, each group with
    /// its predicate (nested `cfg_attr`s make a conjunction): they apply
    /// only when it holds, as rustc applies `cfg_attr`.
    pub conditional: Vec<(Pred, VariantAttrs)>,
    /// Every doc line in order, with its `cfg_attr` predicate if it has
    /// one; kept only when one has (else the message is read here).
    pub doc_lines: Vec<DocText>,
}

/// One doc line of a variant whose docs depend on a `cfg_attr`.
#[derive(Clone)]
pub struct DocText {
    pub cond: Option<Pred>,
    /// `None` when the macro cannot read the text (`include_str!`).
    pub text: Option<String>,
    pub at: TokenStream,
}

/// Attributes of the language close to a helper's name: never a typo.
const BUILTIN: [&str; 4] = ["doc", "cfg", "allow", "deny"];

impl VariantAttrs {
    /// Reads the helper attributes and takes them out of `attrs` (also from
    /// inside `#[cfg_attr(..)]`, kept with its predicate); the doc comment,
    /// `#[cfg]` and every other attribute stay.
    pub fn take_from(attrs: &mut Vec<Attribute>, errors: &mut Errors) -> VariantAttrs {
        let mut found = VariantAttrs::empty();
        // Every doc line in order, bare or under a `cfg_attr`.
        let mut lines = Vec::new();
        let mut kept = Vec::with_capacity(attrs.len());
        for attr in attrs.drain(..) {
            if found.read_helper(&attr.meta, &attr, errors) {
                continue;
            }
            if attr.path().is_ident("cfg_attr") {
                kept.extend(found.read_cfg_attr(attr, &mut lines, errors));
                continue;
            }
            if let Meta::List(list) = &attr.meta {
                if list.path.is_ident("cfg") {
                    found.cfgs.push(list.tokens.clone());
                }
            }
            if let Some(line) = doc_line(&attr) {
                lines.push(doc_text(None, &line, &attr.to_token_stream()));
            }
            kept.push(attr);
        }
        *attrs = kept;
        if !found.conditional.is_empty() || lines.iter().any(|doc| doc.cond.is_some()) {
            // The message (a `#[msg]` that applies, else the doc lines that
            // do) is found for each combination of the predicates, in the
            // checks.
            found.has_doc = lines.iter().any(|doc| doc.cond.is_none());
            found.doc_lines = lines;
            return found;
        }
        let docs: Vec<(DocLine, TokenStream)> = lines
            .into_iter()
            .map(|doc| (doc.text.map_or(DocLine::Unreadable, DocLine::Text), doc.at))
            .collect();
        found.has_doc = !docs.is_empty();
        // A `#[msg]` that failed to parse was reported: the docs do not stand
        // in for it (that would add a "missing message" to its error).
        if found.message_at.is_none() {
            found.message_at = docs.first().map(|(_, at)| at.clone());
            found.message = join_doc(&docs, errors).map(Message::Plain);
        }
        found
    }

    /// Reads `meta` if it is a helper (or a misspelt one, reported); `at`
    /// is what errors point at. Returns whether it was one.
    fn read_helper(&mut self, meta: &Meta, at: &dyn ToTokens, errors: &mut Errors) -> bool {
        let path = meta.path();
        if path.is_ident(symbol::MSG) {
            self.read_msg(meta, at, errors);
        } else if path.is_ident(symbol::HELP) {
            self.read_help(meta, at, errors);
        } else if path.is_ident(symbol::HTTP) {
            self.read_http(meta, at, errors);
        } else if path.is_ident(symbol::RETRYABLE) {
            self.read_retryable(meta, at, errors);
        } else if path.is_ident(symbol::GRPC) {
            self.read_grpc(meta, at, errors);
        } else {
            return self.read_misspelt(path, at, errors);
        }
        true
    }

    /// `#[mgs("..")]`: a helper's name with a typo, reported with the
    /// right name; it counts as the message it was meant to be, so no
    /// "missing message" follows.
    fn read_misspelt(&mut self, path: &syn::Path, at: &dyn ToTokens, errors: &mut Errors) -> bool {
        let Some(name) = path.get_ident().map(ToString::to_string) else {
            return false;
        };
        if BUILTIN.contains(&name.as_str()) {
            return false;
        }
        let Some(meant) = suggest::closest(&name, &symbol::HELPERS) else {
            return false;
        };
        errors.spanned(
            path,
            format_args!("unknown attribute `{name}`: did you mean #[{meant}(..)]?"),
        );
        if meant == symbol::MSG && self.message_at.is_none() {
            self.message_at = Some(at.to_token_stream());
        }
        true
    }

    fn empty() -> VariantAttrs {
        VariantAttrs {
            message: None,
            message_at: None,
            help: None,
            http: None,
            retryable: None,
            grpc: None,
            has_doc: false,
            cfgs: Vec::new(),
            conditional: Vec::new(),
            doc_lines: Vec::new(),
        }
    }

    /// Whether anything of the row depends on a `cfg_attr` predicate.
    pub fn is_conditional(&self) -> bool {
        !self.conditional.is_empty() || !self.doc_lines.is_empty()
    }

    /// Whether a helper was read (a `#[msg]` also when it failed to parse).
    fn has_helpers(&self) -> bool {
        self.message_at.is_some()
            || self.help.is_some()
            || self.http.is_some()
            || self.retryable.is_some()
            || self.grpc.is_some()
    }

    /// `#[cfg_attr(pred, a, b)]`: the helpers among `a, b` apply when `pred`
    /// holds; the attribute is kept for the others, if any, which rustc
    /// applies (a `cfg` among them is also a condition of the row, a doc
    /// line a line of the message).
    fn read_cfg_attr(
        &mut self,
        attr: Attribute,
        docs: &mut Vec<DocText>,
        errors: &mut Errors,
    ) -> Option<Attribute> {
        let Ok((predicate, metas)) = attr.parse_args_with(cfg_attr_args) else {
            // Not ours to judge: rustc reports a malformed cfg_attr.
            return Some(attr);
        };
        let rest = self.read_under(&[], predicate.clone(), metas, docs, errors);
        if rest.is_empty() {
            return None;
        }
        let mut attr = attr;
        attr.meta = syn::parse_quote!(cfg_attr(#predicate, #(#rest),*));
        Some(attr)
    }

    /// The attributes of a `cfg_attr` whose predicate is `predicate` inside
    /// those of `outer`; gives back those that are not helpers.
    fn read_under(
        &mut self,
        outer: &[Pred],
        predicate: TokenStream,
        metas: Punctuated<Meta, Token![,]>,
        docs: &mut Vec<DocText>,
        errors: &mut Errors,
    ) -> Vec<Meta> {
        let mut conds = outer.to_vec();
        conds.push(Pred::parse(predicate));
        let cond = Pred::all(conds.clone());
        let mut under = VariantAttrs::empty();
        let mut rest = Vec::new();
        for meta in metas {
            if under.read_helper(&meta, &meta, errors) {
                continue;
            }
            if let Some((inner, inner_metas)) = nested_cfg_attr(&meta) {
                let inner_rest = self.read_under(&conds, inner.clone(), inner_metas, docs, errors);
                if !inner_rest.is_empty() {
                    rest.push(syn::parse_quote!(cfg_attr(#inner, #(#inner_rest),*)));
                }
                continue;
            }
            match &meta {
                // Rustc compiles the row in unless `cond` holds and the
                // inner predicate does not.
                Meta::List(list) if list.path.is_ident("cfg") => {
                    let inner = &list.tokens;
                    self.cfgs.push(quote::quote!(any(not(#cond), #inner)));
                }
                Meta::NameValue(nv) if nv.path.is_ident("doc") => docs.push(DocText {
                    cond: Some(cond.clone()),
                    text: text_of(&nv.value),
                    at: meta.to_token_stream(),
                }),
                _ => {}
            }
            rest.push(meta);
        }
        if under.has_helpers() {
            self.conditional.push((cond, under));
        }
        rest
    }

    fn read_msg(&mut self, meta: &Meta, at: &dyn ToTokens, errors: &mut Errors) {
        if self.message_at.is_some() {
            return errors.spanned(
                at,
                "duplicate #[msg]: write one message, or one #[msg(lang = \"..\", ...)]",
            );
        }
        self.message_at = Some(at.to_token_stream());
        self.message = errors.ok(attr_args(meta, at, MSG_FORM, parse_msg));
    }

    fn read_help(&mut self, meta: &Meta, at: &dyn ToTokens, errors: &mut Errors) {
        if self.help.is_some() {
            return errors.spanned(at, "duplicate #[help]: write one description");
        }
        let form = "#[help(\"...\")]";
        let lit = errors.ok(attr_args(meta, at, form, expect::<LitStr>(form)));
        self.help = lit.and_then(|lit| non_empty(&lit, "#[help]", errors));
    }

    fn read_http(&mut self, meta: &Meta, at: &dyn ToTokens, errors: &mut Errors) {
        if self.http.is_some() {
            return errors.spanned(at, "duplicate #[http]: write one status");
        }
        let form = "#[http(404)]";
        let Some(lit) = errors.ok(attr_args(meta, at, form, expect::<LitInt>(form))) else {
            return;
        };
        match lit.base10_parse::<i128>().ok().and_then(http_status) {
            Some(status) => self.http = Some((status, at.to_token_stream())),
            None => errors.spanned(
                &lit,
                "#[http(..)] must be an HTTP status in 100..=599, such as #[http(404)]",
            ),
        }
    }

    /// `#[grpc(NotFound)]`: the row's gRPC code, whatever its status says.
    fn read_grpc(&mut self, meta: &Meta, at: &dyn ToTokens, errors: &mut Errors) {
        if self.grpc.is_some() {
            return errors.spanned(at, "duplicate #[grpc]: write one gRPC code");
        }
        let form = "#[grpc(NotFound)]";
        let parse = |input: ParseStream| GrpcCode::parse(input.parse()?, form);
        if let Some(code) = errors.ok(attr_args(meta, at, form, parse)) {
            self.grpc = Some((code, at.to_token_stream()));
        }
    }

    /// `#[retryable]`, `#[retryable(true)]`, `#[retryable(false)]` or
    /// `#[retryable(after = N)]`.
    fn read_retryable(&mut self, meta: &Meta, at: &dyn ToTokens, errors: &mut Errors) {
        if self.retryable.is_some() {
            return errors.spanned(at, "duplicate #[retryable]: write it once");
        }
        self.retryable = match meta {
            Meta::Path(_) => Some(Retryable {
                retry: true,
                after: None,
            }),
            _ => errors.ok(attr_args(meta, at, RETRYABLE_FORM, parse_retryable)),
        };
    }
}

/// `cfg_attr(pred, ..)` inside a `cfg_attr`: its predicate and attributes.
fn nested_cfg_attr(meta: &Meta) -> Option<(TokenStream, Punctuated<Meta, Token![,]>)> {
    match meta {
        Meta::List(list) if list.path.is_ident("cfg_attr") => {
            list.parse_args_with(cfg_attr_args).ok()
        }
        _ => None,
    }
}

fn doc_text(cond: Option<Pred>, line: &DocLine, at: &TokenStream) -> DocText {
    DocText {
        cond,
        text: match line {
            DocLine::Text(text) => Some(text.clone()),
            DocLine::Unreadable => None,
        },
        at: at.clone(),
    }
}

/// The arguments of `cfg_attr`: the predicate, then the attributes.
fn cfg_attr_args(input: ParseStream) -> syn::Result<(TokenStream, Punctuated<Meta, Token![,]>)> {
    let mut predicate = TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        predicate.extend([input.parse::<proc_macro2::TokenTree>()?]);
    }
    input.parse::<Token![,]>()?;
    Ok((predicate, Punctuated::parse_terminated(input)?))
}

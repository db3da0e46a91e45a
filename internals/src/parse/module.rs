//! Reading an item under `#[error_table]`: is it an enum or a module, and
//! which items of a module are enums.
//!
//! syn's "full" feature would parse every item of a module; the macro only
//! needs to find the enums and keep everything else as written, which plain
//! token scanning does without the extra build time (see the README).

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, Token, Visibility};

/// What `#[error_table]` was put on.
pub enum ItemKind {
    Enum,
    Module,
    /// Anything else, with the span of its keyword.
    Other(Span),
}

/// The item itself when a `macro_rules!` passed it whole (`$item:item`),
/// in an invisible group.
pub fn unwrap_item(item: TokenStream) -> TokenStream {
    let mut tokens = item.clone().into_iter();
    match (tokens.next(), tokens.next()) {
        (Some(TokenTree::Group(group)), None) if group.delimiter() == Delimiter::None => {
            group.stream()
        }
        _ => item,
    }
}

/// Skips the attributes and visibility, and looks at the keyword.
pub fn kind(item: &TokenStream) -> ItemKind {
    let tokens: Vec<TokenTree> = item.clone().into_iter().collect();
    let mut i = 0;
    while let (Some(TokenTree::Punct(p)), Some(TokenTree::Group(_))) =
        (tokens.get(i), tokens.get(i + 1))
    {
        if p.as_char() != '#' {
            break;
        }
        i += 2;
    }
    if matches!(tokens.get(i), Some(TokenTree::Ident(ident)) if ident == "pub") {
        i += 1;
        if matches!(tokens.get(i), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis)
        {
            i += 1;
        }
    } else if tokens.get(i).is_some_and(|t| is_group(t, Delimiter::None)) {
        // A `$vis:vis` of a `macro_rules!`, in an invisible group (empty
        // for private items).
        i += 1;
    }
    match tokens.get(i) {
        Some(TokenTree::Ident(ident)) if ident == "enum" => ItemKind::Enum,
        Some(TokenTree::Ident(ident)) if ident == "mod" => ItemKind::Module,
        Some(token) => ItemKind::Other(token.span()),
        None => ItemKind::Other(Span::call_site()),
    }
}

/// `mod name { ... }`, its items split into enums and the rest.
pub struct ModuleInput {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub mod_token: Token![mod],
    pub ident: Ident,
    pub inner_attrs: Vec<Attribute>,
    pub items: Vec<ModuleItem>,
}

/// A module without its items: what is written around them.
pub struct ModuleShell {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub mod_token: Token![mod],
    pub ident: Ident,
    pub inner_attrs: Vec<Attribute>,
}

impl ModuleInput {
    /// The module's items apart from what is written around them.
    pub fn split(self) -> (ModuleShell, Vec<ModuleItem>) {
        let ModuleInput {
            attrs,
            vis,
            mod_token,
            ident,
            inner_attrs,
            items,
        } = self;
        let shell = ModuleShell {
            attrs,
            vis,
            mod_token,
            ident,
            inner_attrs,
        };
        (shell, items)
    }
}

pub enum ModuleItem {
    /// An enum, from its attributes to its closing brace.
    Enum(TokenStream),
    /// Anything else, kept exactly as written.
    Other(TokenStream),
}

impl Parse for ModuleInput {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis = input.parse()?;
        let mod_token = input.parse()?;
        let ident = input.parse()?;
        if input.peek(Token![;]) {
            return Err(
                input.error("#[error_table] needs the module's items inline: `mod name { ... }`")
            );
        }
        let content;
        syn::braced!(content in input);
        let inner_attrs = content.call(Attribute::parse_inner)?;
        let body: TokenStream = content.parse()?;
        Ok(ModuleInput {
            attrs,
            vis,
            mod_token,
            ident,
            inner_attrs,
            items: split_items(body),
        })
    }
}

/// Splits a module body around its enums. At the top level of a module,
/// the keyword `enum` can only start an enum item; its attributes and
/// visibility stand right before it, and its body is the next brace group.
fn split_items(body: TokenStream) -> Vec<ModuleItem> {
    let tokens: Vec<TokenTree> = body.into_iter().collect();
    let mut items = Vec::new();
    let mut done = 0;
    let mut i = 0;
    while i < tokens.len() {
        if !matches!(&tokens[i], TokenTree::Ident(ident) if ident == "enum") {
            i += 1;
            continue;
        }
        let start = item_start(&tokens, done, i);
        let end = tokens[i..]
            .iter()
            .position(|t| matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace))
            .map_or(tokens.len(), |offset| i + offset + 1);
        if start > done {
            items.push(ModuleItem::Other(
                tokens[done..start].iter().cloned().collect(),
            ));
        }
        items.push(ModuleItem::Enum(
            tokens[start..end].iter().cloned().collect(),
        ));
        done = end;
        i = end;
    }
    if done < tokens.len() {
        items.push(ModuleItem::Other(tokens[done..].iter().cloned().collect()));
    }
    items
}

/// Walks back from the `enum` keyword at `at` over a visibility (also a
/// `macro_rules!` `$vis:vis`, in an invisible group) and outer attributes,
/// not before `floor`.
fn item_start(tokens: &[TokenTree], floor: usize, at: usize) -> usize {
    let is_pub = |i: usize| matches!(&tokens[i], TokenTree::Ident(ident) if ident == "pub");
    let mut start = at;
    if start >= floor + 2
        && is_pub(start - 2)
        && is_group(&tokens[start - 1], Delimiter::Parenthesis)
    {
        start -= 2;
    } else if start > floor && (is_pub(start - 1) || is_group(&tokens[start - 1], Delimiter::None))
    {
        start -= 1;
    }
    while start >= floor + 2
        && is_group(&tokens[start - 1], Delimiter::Bracket)
        && matches!(&tokens[start - 2], TokenTree::Punct(p) if p.as_char() == '#')
    {
        start -= 2;
    }
    start
}

fn is_group(token: &TokenTree, delimiter: Delimiter) -> bool {
    matches!(token, TokenTree::Group(g) if g.delimiter() == delimiter)
}

//! The API of a string family: `code()`, `message()` and `name()` are
//! arrays indexed by the variant, and `from_code(&str)` reads the text as its
//! length and four words (the runtime's `hash.rs`). Three of the words
//! give a key whose top bits pick a slot of a byte table the macro fills
//! here, so that each code has a slot of its own; the slot's entry is
//! compared with the words, without a loop up to 32 bytes. Where the sampled
//! words cannot tell two codes apart, a perfect hash over every byte serves,
//! then one comparison. A `match` on `&str` compares the text with every code
//! of its length in turn.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::check::model::{Key, Row, Table};
use crate::generate::api::Api;
use crate::generate::methods::{
    display, help, http_status, message_in, retry_after, retryable, status_of,
};
use crate::generate::perfect_hash::{DirectTable, PerfectHash, direct_table, str_keys};
use crate::generate::tokens::{match_rows_keyed, text};

pub fn api(table: &Table) -> Api {
    let runtime = &table.runtime;
    let all = table.rows.iter().map(|row| {
        let (cfgs, ident) = (row.cfg_attrs(), &row.ident);
        quote!(#cfgs Self::#ident)
    });
    let code = texts(table, &table.rows, |row| code_text(row).to_owned());
    let (items, from_code) = lookup(table);
    let code_type = table.code_type;
    Api {
        ident: table.ident.clone(),
        runtime: runtime.clone(),
        impls: table.impls,
        code_type,
        family: table.family.clone(),
        all: quote!(#(#all),*),
        http_status_of: status_of(table.http, runtime),
        retryable: retryable(table),
        retry_after: retry_after(table),
        sub_code: quote!(Self::code(self)),
        code,
        from_code,
        message: texts(table, table.values(), |row| row.message.clone()),
        message_in: message_in(table),
        help: help(table),
        http_status: http_status(table),
        name: texts(table, &table.rows, Row::name),
        category: Some(texts(table, &table.rows, |row| category(row).to_owned())),
        display: display(&table.display, runtime),
        items,
    }
}

/// A text of each row: an array indexed by the variant (a string family's
/// enum has no discriminants, so `self as usize` is the row's index), or,
/// where a `#[cfg]` may take rows out, a `match`. One literal a row is much
/// less for the compiler than one arm a row.
fn texts(table: &Table, rows: &[Row], text_of: impl Fn(&Row) -> String) -> TokenStream {
    if table.has_cfgs() {
        return match_rows_keyed(rows, |row| Some(keyed(&text_of(row))), None);
    }
    let count = rows.len();
    let texts = rows.iter().map(|row| text(&text_of(row)));
    quote! {
        const TEXTS: [&'static ::core::primitive::str; #count] = [#(#texts),*];
        // A reference to the constant is promoted to a static: no copy.
        let texts: &'static [&'static ::core::primitive::str; #count] = &TEXTS;
        texts[self as ::core::primitive::usize]
    }
}

/// A string literal with its text as the key of its arm.
fn keyed(value: &str) -> (String, TokenStream) {
    (value.to_owned(), text(value))
}

fn code_text(row: &Row) -> &str {
    match &row.code {
        Key::Str(code) => code,
        Key::Int(_) => "",
    }
}

/// The text before the first `.`, the whole code without one.
fn category(row: &Row) -> &str {
    match &row.code {
        Key::Str(code) => code.split('.').next().unwrap_or(code),
        Key::Int(_) => "",
    }
}

fn codes(table: &Table) -> Vec<&str> {
    table.rows.iter().map(code_text).collect()
}

/// The items and the body of `from_code`: a direct table over a sample of
/// the bytes, else a perfect hash of all of them, or (if none is found,
/// which the seeds make all but impossible) a comparison per code.
fn lookup(table: &Table) -> (TokenStream, TokenStream) {
    let codes = codes(table);
    if let Some(direct) = direct_table(&codes) {
        return direct_lookup(table, &codes, &direct);
    }
    let Some((str_seed, keys)) = str_keys(&codes) else {
        return (
            TokenStream::new(),
            compare_each(&table.runtime, &codes_of(&table.rows)),
        );
    };
    let Some(hash) = PerfectHash::build(&keys) else {
        return (
            TokenStream::new(),
            compare_each(&table.runtime, &codes_of(&table.rows)),
        );
    };
    let seed = Literal::u64_unsuffixed(hash.seed);
    let str_seed = Literal::u64_unsuffixed(str_seed);
    let slot_count = hash.slots.len();
    let bucket_count = hash.pilots.len();
    let pilots = hash.pilots.iter().map(|&p| Literal::u16_unsuffixed(p));
    let slot_codes = hash
        .slots
        .iter()
        .map(|index| index.map_or("", |i| codes[i]));
    let runtime = &table.runtime;
    let arms = hash.slots.iter().enumerate().filter_map(|(k, index)| {
        let row = &table.rows[(*index)?];
        let (cfgs, ident) = (row.cfg_attrs(), &row.ident);
        Some(quote!(#cfgs #k => ::core::option::Option::Some(Self::#ident),))
    });
    let items = quote! {
        /// The pilots of the perfect hash of the codes (see `from_code`).
        const __ERROR_TABLE_PILOTS: [::core::primitive::u16; #bucket_count] = [#(#pilots),*];

        /// The code in each slot of the perfect hash, `""` in an empty one.
        const __ERROR_TABLE_CODES: [&'static ::core::primitive::str; #slot_count] = [#(#slot_codes),*];

        /// The error in `slot`, if any.
        #[inline]
        const fn __error_table_at(slot: ::core::primitive::usize) -> ::core::option::Option<Self> {
            match slot {
                #(#arms)*
                _ => ::core::option::Option::None,
            }
        }
    };
    let from_code = quote! {
        let slot = #runtime::__private::hash::slot(
            #runtime::__private::hash::str_key(code, #str_seed),
            #seed,
            &Self::__ERROR_TABLE_PILOTS,
            #slot_count,
        );
        // A reference to the constant is promoted to a static: no copy.
        let codes: &'static [&'static ::core::primitive::str; #slot_count] = &Self::__ERROR_TABLE_CODES;
        // Each slot holds one code of the table: the one to compare with.
        if #runtime::__private::str_eq(codes[slot], code) {
            Self::__error_table_at(slot)
        } else {
            ::core::option::Option::None
        }
    };
    (items, from_code)
}

/// A table of one byte per slot, the index of the code plus one (0: empty),
/// written as one byte-string literal (one token, however large), and for
/// each code plus one its entry: what the runtime compares the text with.
fn direct_lookup(
    table: &Table,
    codes: &[&str],
    direct: &DirectTable,
) -> (TokenStream, TokenStream) {
    let runtime = &table.runtime;
    // By index plus one, through a `match`: a row under a `#[cfg]` that is
    // off is left out of the enum, and of `ALL`, but keeps its index here.
    // Without cfgs the variants are numbered in order, and the `match` is
    // the subtraction of one.
    let arms = table.rows.iter().enumerate().map(|(i, row)| {
        let (cfgs, ident) = (row.cfg_attrs(), &row.ident);
        let index = i + 1;
        quote!(#cfgs #index => ::core::option::Option::Some(Self::#ident),)
    });
    let bytes: Vec<u8> = direct
        .slots
        .iter()
        .map(|slot| slot.map_or(0, |i| u8::try_from(i + 1).unwrap_or(0)))
        .collect();
    let slots = Literal::byte_string(&bytes);
    let slot_count = bytes.len();
    let entry_count = codes.len() + 1;
    let seed = Literal::u64_unsuffixed(direct.seed);
    let shift = 64 - direct.bits;
    let private = quote!(#runtime::__private);
    let items = quote! {
        /// For each slot of the key's top bits, the index of the code plus one.
        const __ERROR_TABLE_SLOTS: &'static [::core::primitive::u8; #slot_count] = #slots;

        /// `""`, then the codes in declaration order.
        const __ERROR_TABLE_CODES: [&'static ::core::primitive::str; #entry_count] = ["", #(#codes),*];

        /// What the lookup compares a text with: an entry that matches no
        /// text, then the entry of each code.
        const __ERROR_TABLE_ENTRIES: [#private::StrEntry; #entry_count] = [
            #private::StrEntry::EMPTY,
            #(#private::StrEntry::of(#codes)),*
        ];

        /// The error of the code at `index` minus one, if it is compiled in.
        #[inline]
        const fn __error_table_at(index: ::core::primitive::usize) -> ::core::option::Option<Self> {
            match index {
                #(#arms)*
                _ => ::core::option::Option::None,
            }
        }
    };
    let from_code = quote! {
        let words = #private::hash::words(code);
        let key = #private::hash::words_key(&words, code.len(), #seed);
        let index = Self::__ERROR_TABLE_SLOTS[(key >> #shift) as ::core::primitive::usize] as ::core::primitive::usize;
        // References to the constants are promoted to statics: no copy.
        let entries: &'static [#private::StrEntry; #entry_count] = &Self::__ERROR_TABLE_ENTRIES;
        let codes: &'static [&'static ::core::primitive::str; #entry_count] = &Self::__ERROR_TABLE_CODES;
        // The slot names one code: the text is it or no code. Index 0 is
        // no code, so a miss takes no branch of its own.
        let found = #private::str_found(&entries[index], &words, code, codes[index]);
        Self::__error_table_at(if found { index } else { 0 })
    };
    (items, from_code)
}

/// Each row's `#[cfg]`s, variant and code literal.
fn codes_of(rows: &[Row]) -> Vec<(TokenStream, &syn::Ident, TokenStream)> {
    rows.iter()
        .map(|row| (row.cfg_attrs(), &row.ident, row.code.lit()))
        .collect()
}

/// `from_code` as one comparison per code, given as `(#[cfg]s, variant,
/// literal)`: for the fallback after an error, and should no perfect hash
/// be found.
pub fn compare_each(
    runtime: &TokenStream,
    codes: &[(TokenStream, &syn::Ident, TokenStream)],
) -> TokenStream {
    let tries = codes.iter().map(|(cfgs, ident, code)| {
        quote! {
            #cfgs {
                if #runtime::__private::str_eq(code, #code) {
                    return ::core::option::Option::Some(Self::#ident);
                }
            }
        }
    });
    quote!({
        #(#tries)*
        ::core::option::Option::None
    })
}

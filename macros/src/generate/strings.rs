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

/// A table of one byte per slot, the index of the code (the number of codes
/// in an empty slot), written as one byte-string literal (one token, however
/// large), and for each index its entry, what the runtime compares the text
/// with, and its answer.
///
/// The lookup is a function of its own, `#[inline(never)]`, which ends in a
/// select on the entry's difference: inlined into a caller's loop, LLVM turns
/// that select into a branch, mispredicted half of the time on varied codes
/// (0.55-0.66x of a `match` instead of 0.3x, runs S13 and S14 in
/// BENCHMARKS.md). Texts over 32 bytes, which the four words do not cover,
/// take a second function when a code is that long, so that the first one
/// has no call and saves no register.
fn direct_lookup(
    table: &Table,
    codes: &[&str],
    direct: &DirectTable,
) -> (TokenStream, TokenStream) {
    let runtime = &table.runtime;
    // A row under a `#[cfg]` that is off is left out of the enum, and of
    // `ALL`, but keeps its index here: its answer is `None`.
    let arms = table.rows.iter().enumerate().map(|(i, row)| {
        let (cfgs, ident) = (row.cfg_attrs(), &row.ident);
        quote!(#cfgs #i => ::core::option::Option::Some(Self::#ident),)
    });
    let count = codes.len();
    let empty = u8::try_from(count).unwrap_or(u8::MAX);
    let bytes: Vec<u8> = direct
        .slots
        .iter()
        .map(|slot| slot.map_or(empty, |i| u8::try_from(i).unwrap_or(empty)))
        .collect();
    let slots = Literal::byte_string(&bytes);
    let slot_count = bytes.len();
    // A power of two above the codes: the index masked by `entry_count - 1`
    // needs no bounds check, and the entries past the codes are empty.
    let entry_count = (count + 1).next_power_of_two();
    let mask = entry_count - 1;
    let multiplier = Literal::u64_unsuffixed(direct.multiplier);
    let shift = 64 - direct.bits;
    let private = quote!(#runtime::__private);
    let usize_ty = quote!(::core::primitive::usize);
    let option_self = quote!(::core::option::Option<Self>);
    let entries = quote! {
        /// What the lookup compares a text with: the entry of each code,
        /// then entries that match no text.
        const __ERROR_TABLE_ENTRIES: [#private::StrEntry; #entry_count] = {
            let codes = Self::__ERROR_TABLE_CODES;
            let mut entries = [#private::StrEntry::EMPTY; #entry_count];
            let mut i = 0;
            while i < #count {
                entries[i] = #private::StrEntry::of(codes[i]);
                i += 1;
            }
            entries
        };

        /// The answer of each index when its entry matches: the error of the
        /// code, if it is compiled in; `None` past the codes.
        const __ERROR_TABLE_FOUND: [#option_self; #entry_count] = {
            let mut found = [::core::option::Option::None; #entry_count];
            let mut i = 0;
            while i < #count {
                found[i] = Self::__error_table_at(i);
                i += 1;
            }
            found
        };
    };
    // The text's index, entry and answer: the entry's difference selects
    // the answer or `None`, without a branch.
    let select = |words: TokenStream, rest: TokenStream| {
        quote! {
            let index = Self::__ERROR_TABLE_SLOTS[
                (#private::hash::words_key(&#words, code.len(), #multiplier) >> #shift) as #usize_ty
            ] as #usize_ty & #mask;
            // References to the constants are promoted to statics: no copy.
            let entries: &'static [#private::StrEntry; #entry_count] = &Self::__ERROR_TABLE_ENTRIES;
            let found: &'static [#option_self; #entry_count] = &Self::__ERROR_TABLE_FOUND;
            let answer = found[index];
            if (entries[index].diff(&#words, code.len()) #rest) == 0 {
                answer
            } else {
                ::core::option::Option::None
            }
        }
    };
    let long_codes = codes.iter().any(|code| code.len() > 32);
    let short = select(quote!(words), TokenStream::new());
    let (long_item, long_call) = if long_codes {
        let long = select(
            quote!(words),
            quote!(| #private::str_rest_diff(code, codes[index])),
        );
        let item = quote! {
            /// The lookup of a text over 32 bytes: the words, then the rest.
            #[inline(never)]
            const fn __error_table_long(code: &::core::primitive::str) -> #option_self {
                let words = #private::hash::words(code);
                let codes: &'static [&'static ::core::primitive::str; #entry_count] = &Self::__ERROR_TABLE_CODES;
                #long
            }
        };
        let call = quote! {
            if code.len() > 32 {
                return Self::__error_table_long(code);
            }
        };
        (item, call)
    } else {
        (TokenStream::new(), TokenStream::new())
    };
    let items = quote! {
        /// For each slot of the key's top bits, the index of its code (the
        /// number of codes: none).
        const __ERROR_TABLE_SLOTS: &'static [::core::primitive::u8; #slot_count] = #slots;

        /// The codes in declaration order, then `""`.
        const __ERROR_TABLE_CODES: [&'static ::core::primitive::str; #entry_count] = {
            let codes = [#(#codes),*];
            let mut padded = [""; #entry_count];
            let mut i = 0;
            while i < #count {
                padded[i] = codes[i];
                i += 1;
            }
            padded
        };

        #entries

        /// The error of the code at `index`, if it is compiled in.
        #[inline]
        const fn __error_table_at(index: #usize_ty) -> #option_self {
            match index {
                #(#arms)*
                _ => ::core::option::Option::None,
            }
        }

        /// `from_code`, out of line (see the macro's `direct_lookup`).
        #[inline(never)]
        const fn __error_table_lookup(code: &::core::primitive::str) -> #option_self {
            #long_call
            let words = #private::hash::words(code);
            #short
        }

        #long_item
    };
    let from_code = quote!(Self::__error_table_lookup(code));
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

//! Lookup for large sparse families: `from_code`, `message` and `name`
//! through a perfect hash found when the macro expands.
//!
//! A `match` on sparse codes compiles to a binary search: about eleven
//! unpredictable branches at 2,000 codes. The perfect hash is three
//! multiplications and two loads, whatever the size (`BENCHMARKS.md` has the
//! figures). Small or dense families keep the `match`, which is as fast
//! there (a jump table or a few compares) and lighter to compile.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::check::model::Table;
use crate::generate::perfect_hash::PerfectHash;

/// Below this many codes a `match` is as fast.
const MIN_CODES: usize = 64;
/// Codes spread over more than this many times their number are sparse: a
/// `match` cannot be a jump table.
const SPARSE: u128 = 4;

/// The bodies of the looked-up methods, and the pilots they share.
pub struct Lookup {
    pub items: TokenStream,
    pub from_code: TokenStream,
    pub message: TokenStream,
    pub name: TokenStream,
}

/// The perfect-hash lookup of `table`; `None` where a `match` is as good.
pub fn perfect_hash(table: &Table) -> Option<Lookup> {
    let rows = &table.rows;
    let (min, max) = table.code_range();
    let span = max.abs_diff(min) + 1;
    if rows.len() < MIN_CODES || span <= SPARSE * rows.len() as u128 {
        return None;
    }
    // A code as the generated `code as u64` sees it: two's complement, so
    // the low 64 bits of the i128 (every code fits its 64-bit-at-most type).
    let keys: Vec<u64> = rows.iter().map(|row| row.code as u64).collect();
    let hash = PerfectHash::build(&keys)?;

    let ty = table.code_type;
    let runtime = &table.runtime;
    let seed = Literal::u64_unsuffixed(hash.seed);
    let slot_count = hash.slots.len();
    let pilots = hash.pilots.iter().map(|&p| Literal::u16_unsuffixed(p));
    let bucket_count = hash.pilots.len();

    let slot = |key: TokenStream| {
        quote! {
            #[allow(clippy::cast_sign_loss, clippy::cast_lossless, clippy::cast_possible_wrap)]
            let slot = #runtime::__private::perfect_hash_slot(
                #key as ::core::primitive::u64,
                #seed,
                &Self::__ERROR_TABLE_PILOTS,
                #slot_count,
            );
        }
    };

    let arms = hash.slots.iter().enumerate().filter_map(|(k, index)| {
        let ident = &rows[(*index)?].ident;
        Some(quote!(#k => ::core::option::Option::Some(Self::#ident),))
    });
    let items = quote! {
        /// The pilots of the perfect hash of the codes (see `from_code`).
        const __ERROR_TABLE_PILOTS: [::core::primitive::u16; #bucket_count] = [#(#pilots),*];

        /// The error in `slot`, if any.
        #[inline]
        const fn __error_table_at(slot: ::core::primitive::usize) -> ::core::option::Option<Self> {
            match slot {
                #(#arms)*
                _ => ::core::option::Option::None,
            }
        }
    };
    let code_slot = slot(quote!(code));
    let from_code = quote! {
        #code_slot
        // Each slot holds one code of the table: the one to compare with.
        let found = Self::__error_table_at(slot);
        match found {
            ::core::option::Option::Some(error) if error as #ty == code => found,
            _ => ::core::option::Option::None,
        }
    };
    let by_slot = |text: &dyn Fn(usize) -> String| {
        let texts = hash
            .slots
            .iter()
            .map(|index| index.map_or_else(String::new, text));
        let self_slot = slot(quote!(self as #ty));
        quote! {
            const TEXTS: [&::core::primitive::str; #slot_count] = [#(#texts),*];
            #self_slot
            // A reference to the constant is promoted to a static: no copy.
            let texts: &'static [&'static ::core::primitive::str; #slot_count] = &TEXTS;
            texts[slot]
        }
    };
    Some(Lookup {
        items,
        from_code,
        message: by_slot(&|i| rows[i].message.clone()),
        name: by_slot(&|i| rows[i].name()),
    })
}

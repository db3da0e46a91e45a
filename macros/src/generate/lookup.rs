//! Lookup for large sparse families: `from_code`, `message` and `name`
//! through a perfect hash found when the macro expands.
//!
//! A `match` on sparse codes compiles to a binary search: about eleven
//! unpredictable branches at 2,000 codes. The perfect hash is three
//! multiplications and three loads, whatever the size (`BENCHMARKS.md` has the
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

/// Up to this many codes, `from_code` reads its error from `ALL`; past it,
/// from a `match` on the index. Naming `ALL` makes rustc check its value,
/// which grows with the square of the number of codes (see `all_slice` in
/// `api.rs`): about 0.1 s at 2,000 codes, 6 s at 10,000 (BENCHMARKS.md, run
/// C12). The `match` compiles to the same table, but makes `from_code` too
/// large for LLVM to inline into its caller: 1.5 ns more a lookup at 2,000
/// codes (run R5).
const ALL_INDEX_MAX: usize = 4096;

/// The bodies of the looked-up methods, and the pilots they share.
pub struct Lookup {
    pub items: TokenStream,
    pub from_code: TokenStream,
    pub message: TokenStream,
    pub name: TokenStream,
}

/// The perfect-hash lookup of an integer `table` (a string family has its
/// own, in `strings.rs`); `None` where a `match` is as good.
pub fn perfect_hash(table: &Table) -> Option<Lookup> {
    let rows = &table.rows;
    let (min, max) = table.code_range();
    let span = max.abs_diff(min) + 1;
    if rows.len() < MIN_CODES || span <= SPARSE * rows.len() as u128 {
        return None;
    }
    // A code as the generated `code as u64` sees it: two's complement, so
    // the low 64 bits of the i128 (every code fits its 64-bit-at-most type).
    let keys: Vec<u64> = rows.iter().map(|row| row.code.int() as u64).collect();
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
            let slot = #runtime::__private::hash::slot(
                #key as ::core::primitive::u64,
                #seed,
                &Self::__ERROR_TABLE_PILOTS,
                #slot_count,
            );
        }
    };

    // Each slot holds the index of its code in declaration order; an empty
    // slot holds 0, whose code is not the one looked up (that code has its
    // own slot). The index becomes the error through `ALL[index]`, or, past
    // `ALL_INDEX_MAX` codes, a dense `match` on it (see there).
    let index_ty = if rows.len() <= usize::from(u16::MAX) {
        quote!(::core::primitive::u16)
    } else {
        quote!(::core::primitive::u32)
    };
    let indices = hash
        .slots
        .iter()
        .map(|index| Literal::usize_unsuffixed(index.unwrap_or(0)));
    // No row is under a `#[cfg]` here: index `i` is the `i`th variant.
    let (last, init) = rows.split_last()?;
    let at = if rows.len() <= ALL_INDEX_MAX {
        quote!(Self::ALL[index])
    } else {
        let last = &last.ident;
        let arms = init.iter().enumerate().map(|(i, row)| {
            let ident = &row.ident;
            quote!(#i => Self::#ident,)
        });
        quote! {
            match index {
                #(#arms)*
                _ => Self::#last,
            }
        }
    };
    let items = quote! {
        /// The pilots of the perfect hash of the codes (see `from_code`).
        const __ERROR_TABLE_PILOTS: [::core::primitive::u16; #bucket_count] = [#(#pilots),*];

        /// For each slot of the perfect hash, the index of its code in declaration order.
        const __ERROR_TABLE_INDICES: [#index_ty; #slot_count] = [#(#indices),*];

        /// The error at `index` in declaration order.
        #[inline]
        const fn __error_table_at(index: ::core::primitive::usize) -> Self {
            #at
        }
    };
    let code_slot = slot(quote!(code));
    let from_code = quote! {
        #code_slot
        // A reference to the constant is promoted to a static: no copy.
        let indices: &'static [#index_ty; #slot_count] = &Self::__ERROR_TABLE_INDICES;
        // Each slot holds one code of the table: the one to compare with.
        let error = Self::__error_table_at(indices[slot] as ::core::primitive::usize);
        if error as #ty == code {
            ::core::option::Option::Some(error)
        } else {
            ::core::option::Option::None
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

//! The rules a module's union must keep: one code type, no shared code.

use std::collections::HashMap;

use syn::{Ident, Visibility};

use crate::check::model::{Impls, Key, Row, Table, Union};
use crate::errors::Errors;
use crate::parse::cfg::{self, Pred};
use crate::parse::options::Options;

/// A union's families must share a code type and no code. (That it cannot
/// take a family's name is checked before, in `read`, over every family.)
pub fn check_union<'a>(
    ident: &Ident,
    vis: &Visibility,
    options: &Options,
    tables: &[&'a Table],
    errors: &mut Errors,
) -> Option<Union<'a>> {
    let before = errors.len();
    let code_type = tables.first()?.code_type;
    for table in tables.iter().filter(|table| table.code_type != code_type) {
        let hint = if table.is_str() || tables[0].is_str() {
            "a union's codes are all strings or all integers"
        } else {
            "give them the same #[repr]"
        };
        let message = format_args!(
            "families of union `{ident}` need one code type: `{}` is `{}`, `{}` is `{}`; {hint}",
            table.ident,
            table.code_type.name(),
            tables[0].ident,
            code_type.name()
        );
        errors.spanned(&table.ident, message);
    }
    check_union_overlap(ident, tables, errors);
    (errors.len() == before).then(|| Union {
        ident: ident.clone(),
        vis: narrowest(vis, tables),
        runtime: options.runtime(),
        impls: Impls::of(options),
        family: options.family_name(ident),
        code_type,
        members: tables.to_vec(),
    })
}

/// The union's visibility: the first family's, narrowed to `pub(crate)`
/// when a family is `pub(crate)` (a `pub` union holding it would raise
/// `private_interfaces`), or to a family's own when it is narrower still.
fn narrowest(first: &Visibility, tables: &[&Table]) -> Visibility {
    let rank = |vis: &Visibility| match vis {
        Visibility::Public(_) => 3,
        Visibility::Restricted(r) if r.path.is_ident("crate") => 2,
        Visibility::Restricted(_) => 1,
        Visibility::Inherited => 0,
    };
    tables
        .iter()
        .map(|table| &table.vis)
        .fold(first, |narrowest, vis| {
            if rank(vis) < rank(narrowest) {
                vis
            } else {
                narrowest
            }
        })
        .clone()
}

/// Whether two rows of a union can be compiled in at once, by their
/// families' and their own `#[cfg]`s.
fn can_both_be_in(a: (&Table, &Row), b: (&Table, &Row)) -> bool {
    let pred = |(table, row): (&Table, &Row)| {
        let cfgs = table.cfgs.iter().chain(&row.cfgs);
        Pred::all(cfgs.cloned().map(Pred::parse).collect())
    };
    cfg::can_both_hold(&pred(a), &pred(b))
}

/// The union's `from_code` must find one error per code. (Rows of one
/// family under different `#[cfg]`s may share a code: the family's rules
/// allow it, and at most one of them is compiled; rows of two families
/// may share one when their `#[cfg]`s never hold at once.)
fn check_union_overlap(ident: &Ident, tables: &[&Table], errors: &mut Errors) {
    let mut first: HashMap<&Key, Vec<(&Table, &Row)>> = HashMap::new();
    for table in tables.iter().copied() {
        for row in &table.rows {
            let seen = first.entry(&row.code).or_default();
            let clash = seen
                .iter()
                .find(|(other, earlier)| {
                    other.ident != table.ident && can_both_be_in((other, earlier), (table, row))
                })
                .map(|(other, earlier)| (&other.ident, &earlier.ident));
            seen.push((table, row));
            match clash {
                None => {}
                Some((family, variant)) => {
                    let message = format_args!(
                        "code {} is in both `{family}::{variant}` and `{}::{}`: families of union `{ident}` must not share codes",
                        row.code, table.ident, row.ident
                    );
                    errors.spanned(&row.ident, message);
                    errors.spanned(
                        variant,
                        format_args!(
                            "code {} first used here, by `{family}::{variant}`",
                            row.code
                        ),
                    );
                }
            }
        }
    }
}

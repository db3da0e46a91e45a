//! The rules a module's union must keep: one code type, no shared code.

use std::collections::HashMap;

use syn::{Ident, Visibility};

use crate::check::model::{Impls, Key, Table, Union};
use crate::errors::Errors;
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
        vis: vis.clone(),
        runtime: options.runtime(),
        http: options.http,
        impls: Impls::of(options),
        family: options.name.clone().unwrap_or_else(|| ident.to_string()),
        code_type,
        members: tables.to_vec(),
    })
}

/// The union's `from_code` must find one error per code. (Rows of one
/// family under different `#[cfg]`s may share a code: the family's rules
/// allow it, and at most one of them is compiled.)
fn check_union_overlap(ident: &Ident, tables: &[&Table], errors: &mut Errors) {
    let mut first: HashMap<&Key, (&Ident, &Ident)> = HashMap::new();
    for table in tables.iter().copied() {
        for row in &table.rows {
            match first.get(&row.code) {
                Some((family, _)) if *family == &table.ident => {}
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
                None => {
                    first.insert(&row.code, (&table.ident, &row.ident));
                }
            }
        }
    }
}

//! A row whose helpers or doc lines sit under `#[cfg_attr(pred, ..)]`: what
//! it is in each combination of the options its predicates name, as rustc
//! would apply the attributes. Combinations that give the same row make one
//! version, under a predicate that holds exactly for them; the generated
//! code has one arm per version, so the build picks the right one.

use proc_macro2::TokenStream;
use quote::ToTokens;

use crate::check::messages::message_texts;
use crate::errors::Errors;
use crate::parse::ast::{Family, Variant};
use crate::parse::cfg::{Combination, MAX_OPTIONS, Pred, combinations};
use crate::parse::grpc_code::GrpcCode;
use crate::parse::options::Http;
use crate::parse::variant_attrs::{Retryable, VariantAttrs};

/// What a row is in one combination.
#[derive(Clone, PartialEq)]
pub struct Values {
    pub message: String,
    pub translations: Vec<(String, String)>,
    pub help: Option<String>,
    pub status: u16,
    pub retryable: Option<Retryable>,
    pub grpc: Option<GrpcCode>,
    pub has_doc: bool,
}

/// A row's versions, each under the predicate for which it holds (`None`:
/// the row is the same in every combination).
pub type Versions = Vec<(Option<Pred>, Values)>;

/// The versions of a variant whose helpers depend on a `cfg_attr` (none
/// for the others, which the other checks read as they are). `status`: the
/// row's status without its conditional `#[http]`.
pub fn versions(
    family: &Family,
    variant: &Variant,
    status: u16,
    default_lang: Option<&str>,
    errors: &mut Errors,
) -> Versions {
    if !variant.helpers.is_conditional() {
        return Vec::new();
    }
    let helpers = &variant.helpers;
    let mut options = Vec::new();
    for (cond, _) in &helpers.conditional {
        cond.options(&mut options);
    }
    for cond in helpers.doc_lines.iter().filter_map(|doc| doc.cond.as_ref()) {
        cond.options(&mut options);
    }
    let Some(combinations) = combinations(&options) else {
        let name = &variant.ident;
        errors.spanned(
            name,
            format_args!(
                "the cfg_attr helpers of `{name}` name {} cfg options, more than the {MAX_OPTIONS} #[error_table] can try in every combination: write fewer predicates, or split the row",
                options.len()
            ),
        );
        return Vec::new();
    };
    let row = Row {
        family,
        variant,
        status,
        default_lang,
    };
    // One error for the row, from the first combination that has one:
    // the others would only repeat it.
    let mut first_error = None;
    let mut groups: Vec<(Vec<Pred>, Values)> = Vec::new();
    for combination in &combinations {
        let mut scratch = Errors::default();
        let values = row.values_in(combination, &mut scratch);
        if let Some(error) = scratch.combined() {
            first_error.get_or_insert(error);
            continue;
        }
        match groups.iter_mut().find(|(_, seen)| *seen == values) {
            Some((preds, _)) => preds.push(combination.pred()),
            None => groups.push((vec![combination.pred()], values)),
        }
    }
    if let Some(error) = first_error {
        errors.push(error);
        return Vec::new();
    }
    if groups.len() == 1 {
        return groups
            .into_iter()
            .map(|(_, values)| (None, values))
            .collect();
    }
    groups
        .into_iter()
        .map(|(preds, values)| (Some(any(preds)), values))
        .collect()
}

fn any(preds: Vec<Pred>) -> Pred {
    match <[Pred; 1]>::try_from(preds) {
        Ok([only]) => only,
        Err(preds) => Pred::Any(preds),
    }
}

/// What one row's versions are computed from.
struct Row<'a> {
    family: &'a Family,
    variant: &'a Variant,
    /// The status without a conditional `#[http]`.
    status: u16,
    default_lang: Option<&'a str>,
}

impl Row<'_> {
    /// The row in `combination`: the helpers that apply (the bare ones and
    /// those whose predicate holds), at most one of each kind.
    fn values_in(&self, combination: &Combination, errors: &mut Errors) -> Values {
        let helpers = &self.variant.helpers;
        let on: Vec<&VariantAttrs> = std::iter::once(helpers)
            .chain(
                helpers
                    .conditional
                    .iter()
                    .filter(|(cond, _)| combination.holds(cond))
                    .map(|(_, attrs)| attrs),
            )
            .collect();
        let lines: Vec<_> = helpers
            .doc_lines
            .iter()
            .filter(|doc| doc.cond.as_ref().is_none_or(|cond| combination.holds(cond)))
            .collect();
        let when = combination;
        let (message, translations) = match self.one(&on, "#[msg]", when, errors, |a| {
            a.message_at.as_ref().map(|at| (a, at))
        }) {
            Some((attrs, at)) => match &attrs.message {
                Some(message) => message_texts(self.family, message, self.default_lang, at, errors),
                // It failed to parse, and was reported.
                None => (String::new(), Vec::new()),
            },
            None => (self.doc_message(&lines, when, errors), Vec::new()),
        };
        let http = self.one(&on, "#[http]", when, errors, |a| a.http.clone());
        if let (Some(Http::Split { .. }), Some((_, at))) = (self.family.options.http, &http) {
            errors.spanned(at, "#[http] is not allowed with `http = split(N)`: the code already holds its status, remove #[http]");
        }
        Values {
            message,
            translations,
            help: self.one(&on, "#[help]", when, errors, |a| a.help.clone()),
            status: http.map_or(self.status, |(status, _)| status),
            retryable: self.one(&on, "#[retryable]", when, errors, |a| a.retryable),
            grpc: self.one(&on, "#[grpc]", when, errors, |a| {
                a.grpc.as_ref().map(|(code, _)| *code)
            }),
            has_doc: !lines.is_empty(),
        }
    }

    /// The one helper of a kind that applies, if any; two are an error
    /// (whatever the combination: the build must not break in only one).
    fn one<'a, T>(
        &self,
        on: &[&'a VariantAttrs],
        what: &str,
        when: &Combination,
        errors: &mut Errors,
        get: impl Fn(&'a VariantAttrs) -> Option<T>,
    ) -> Option<T> {
        let mut found = on.iter().filter_map(|attrs| get(attrs));
        let first = found.next();
        if found.next().is_some() {
            let (name, when) = (&self.variant.ident, when.describe());
            errors.spanned(
                name,
                format_args!(
                    "{what} applies twice to `{name}` {when}: write it once, or make the cfg_attr predicates exclusive, such as `feature = \"x\"` and `not(feature = \"x\")`"
                ),
            );
        }
        first
    }

    /// The message the doc lines that apply give, as the bare docs do.
    fn doc_message(
        &self,
        lines: &[&crate::parse::variant_attrs::DocText],
        when: &Combination,
        errors: &mut Errors,
    ) -> String {
        let mut words: Vec<&str> = Vec::new();
        for line in lines {
            match &line.text {
                Some(text) => words.extend(text.lines().map(str::trim).filter(|l| !l.is_empty())),
                None => {
                    errors.spanned(
                        &line.at,
                        "#[error_table] cannot read the text of this doc attribute for the message (only literals and `concat!` of literals): write the message in #[msg(\"...\")]",
                    );
                    return String::new();
                }
            }
        }
        if words.is_empty() {
            let (name, when) = (&self.variant.ident, when.describe());
            errors.spanned(
                name,
                format_args!(
                    "missing message for `{name}` {when}: add a doc comment `/// ...` or #[msg(\"...\")] that applies then, such as #[cfg_attr(not(..), msg(\"...\"))]"
                ),
            );
        }
        words.join(" ")
    }
}

/// The row's `#[cfg]` predicates and the version's, for its generated arms.
pub fn version_cfgs(cfgs: &[TokenStream], cond: Option<&Pred>) -> Vec<TokenStream> {
    let mut cfgs = cfgs.to_vec();
    cfgs.extend(cond.map(ToTokens::to_token_stream));
    cfgs
}

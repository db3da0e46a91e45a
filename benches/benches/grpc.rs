//! Error -> gRPC status: error-table's `Status::from(error)` (feature
//! `tonic`, the Xlink union) against the same status built by hand with
//! tonic-types, `Status::with_error_details(code, message,
//! ErrorDetails::with_error_info(reason, domain, metadata))`:
//!
//! - `hand_prebuilt`: every text of the status (message, reason, code) and
//!   its gRPC code made ahead of the timing, so that the hand-written side
//!   does only what tonic-types must do with them: the strictest comparison;
//! - `hand_from_methods`: the message and the code's text made at the call
//!   from the error's own methods (`to_string()`), as a handler over any
//!   error writes it; only the reason is prebuilt.
//!
//! `agree()` checks first that all three give the same code, message and
//! detail bytes for every error. Every iteration turns the same errors into
//! statuses and drops them (64 errors 1,024 times, "hot", or 65,536 once,
//! "cold": [`INPUTS`]).
//!
//! `cargo bench -p error-table-benches --bench grpc`

#![allow(missing_docs)]

use std::collections::HashMap;
use std::hint::black_box;

use divan::counter::ItemsCount;
use divan::{AllocProfiler, Bencher};
use error_table::{GrpcStatus, grpc_code_for_status};
use error_table_benches::{INPUTS, ITEMS, batch, rounds, sample};
use tonic::Status;
use tonic_types::{ErrorDetails, StatusExt};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

/// The Xlink tables with `tonic`.
#[allow(clippy::enum_variant_names)]
mod et {
    include!(concat!(env!("OUT_DIR"), "/xlink_tonic.rs"));
}

use et::xlink::XlinkError;

fn main() {
    agree();
    divan::main();
}

fn errors(kind: &str) -> Vec<XlinkError> {
    sample(XlinkError::ALL, 3, batch(kind))
}

/// What the hand-written status is made of, made before any timing.
#[derive(Clone, Copy)]
struct Parts {
    error: XlinkError,
    code: tonic::Code,
    message: &'static str,
    reason: &'static str,
    code_text: &'static str,
}

fn prebuilt(errors: &[XlinkError]) -> Vec<Parts> {
    errors
        .iter()
        .map(|&error| Parts {
            error,
            code: grpc_code_for_status(error.http_status()),
            message: String::leak(error.to_string()),
            reason: error.reason(),
            code_text: String::leak(error.code().to_string()),
        })
        .collect()
}

fn hand_prebuilt(parts: Parts) -> Status {
    let metadata = HashMap::from([("code".to_owned(), parts.code_text.to_owned())]);
    let details = ErrorDetails::with_error_info(parts.reason, "xlink", metadata);
    Status::with_error_details(parts.code, parts.message, details)
}

fn hand_from_methods(parts: Parts) -> Status {
    let error = parts.error;
    let metadata = HashMap::from([("code".to_owned(), error.code().to_string())]);
    let details = ErrorDetails::with_error_info(parts.reason, XlinkError::FAMILY, metadata);
    Status::with_error_details(parts.code, error.to_string(), details)
}

/// All three give the same status, detail bytes included, for every error.
fn agree() {
    let parts = |status: Status| {
        (
            status.code(),
            status.message().to_owned(),
            status.details().to_vec(),
        )
    };
    for parts_of in prebuilt(XlinkError::ALL) {
        let ours = parts(Status::from(parts_of.error));
        assert_eq!(ours, parts(hand_prebuilt(parts_of)), "{:?}", parts_of.error);
        assert_eq!(
            ours,
            parts(hand_from_methods(parts_of)),
            "{:?}",
            parts_of.error
        );
    }
}

fn run<T: Copy>(bencher: Bencher, inputs: &[T], f: impl Fn(T) -> Status) {
    bencher.counter(ItemsCount::new(ITEMS)).bench_local(|| {
        for _ in 0..rounds(inputs.len()) {
            for &input in black_box(inputs) {
                black_box(f(input));
            }
        }
    });
}

/// An Xlink error as a gRPC status with an `ErrorInfo`.
#[divan::bench_group(sample_count = 30)]
mod status_xlink {
    use super::*;

    #[divan::bench(args = INPUTS)]
    fn error_table(bencher: Bencher, kind: &str) {
        run(bencher, &errors(kind), Status::from);
    }

    #[divan::bench(args = INPUTS)]
    fn hand_prebuilt(bencher: Bencher, kind: &str) {
        run(bencher, &prebuilt(&errors(kind)), super::hand_prebuilt);
    }

    #[divan::bench(args = INPUTS)]
    fn hand_from_methods(bencher: Bencher, kind: &str) {
        run(bencher, &prebuilt(&errors(kind)), super::hand_from_methods);
    }
}

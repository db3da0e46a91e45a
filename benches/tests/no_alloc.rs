//! error-table's lookups, messages and `Display` never allocate: counted by
//! a global allocator, for every code of the Xlink seed table and of the
//! generated 2,000-code table, of the 149 Azure string codes, and for a family with a `display` format and
//! localized messages. `Display` writes into a fixed buffer ([`Sink`]); only
//! `to_string` allocates (its `String`), which checks that the count works.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;

use error_table::{Code, ErrorCode, UnknownCode, error_table};
use error_table_benches::Sink;

/// The tables, declared with `#[error_table]` (the vendor's names kept).
#[allow(clippy::enum_variant_names)]
mod et {
    include!(concat!(env!("OUT_DIR"), "/xlink_et.rs"));
    include!(concat!(env!("OUT_DIR"), "/sparse_et.rs"));
    include!(concat!(env!("OUT_DIR"), "/azure_et.rs"));
}

/// Counts the allocations of the current thread (tests run in parallel).
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded to `System` unchanged; the count is a
// const-initialized thread local, which does not allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The allocations `f` makes on this thread.
fn allocations(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

/// A family with a `display` format of every placeholder and localized messages.
#[error_table(http = split(4), display = "[{status}] {name} ({code}, {sub}): {msg}")]
pub enum Formatted {
    #[msg(zh = "无效的Access-Token", en = "Invalid Access-Token")]
    #[help("Log in again.")]
    InvalidAccessToken = 4031003,
    #[msg(zh = "设备不存在", en = "Device not found")]
    DeviceNotFound = 4041008,
}

/// Every method of `E` that returns text or looks a code up, on every error
/// of `E`, and `Display` of `E`, `Code<E>` (known and unknown) and
/// `UnknownCode` into a fixed buffer: `(allocations, bytes written)`.
fn exercise<E: ErrorCode<Code = u32>>() -> (usize, usize) {
    let mut sink = Sink::new();
    let mut sum = 0usize;
    let n = allocations(|| {
        for &e in E::ALL {
            sum += e.message().len() + e.name().len() + e.message_in("en").len();
            sum += e.help().map_or(0, str::len) + usize::from(e.http_status());
            assert_eq!(E::from_code(e.code()), Some(e));
            assert_eq!(E::from_code(e.code() + 1_000_000_000), None);
            sink.clear();
            write!(sink, "{e}").unwrap();
            write!(sink, "{e:>60}|{e:?}").unwrap();
            write!(sink, "{}", Code::from(e)).unwrap();
            write!(sink, "{}", Code::<E>::from_raw(e.code() + 1_000_000_000)).unwrap();
            let unknown = UnknownCode::new(E::FAMILY, e.code() + 1_000_000_000);
            write!(sink, "{unknown}").unwrap();
        }
    });
    (n, sink.total + sum)
}

#[test]
fn counting_works() {
    let e = et::xlink::Forbidden::InvalidAccessToken;
    assert!(allocations(|| assert_eq!(e.to_string(), "无效的Access-Token")) >= 1);
}

#[test]
fn message_and_display_do_not_allocate() {
    let mut sink = Sink::new();
    for &e in et::Sparse::ALL {
        let n = allocations(|| {
            let message = e.message();
            sink.clear();
            write!(sink, "{e}").unwrap();
            assert_eq!(sink.as_str(), message);
        });
        assert_eq!(n, 0, "{e:?}");
    }
}

#[test]
fn xlink_families_and_union_do_not_allocate() {
    use et::xlink::{BadRequest, Forbidden, NotFound, ServiceUnavailable, XlinkError};
    for (family, (n, written)) in [
        ("BadRequest", exercise::<BadRequest>()),
        ("Forbidden", exercise::<Forbidden>()),
        ("NotFound", exercise::<NotFound>()),
        ("ServiceUnavailable", exercise::<ServiceUnavailable>()),
        ("XlinkError", exercise::<XlinkError>()),
    ] {
        assert_eq!(n, 0, "{family} allocated");
        assert!(written > 0);
    }
}

#[test]
fn sparse_2000_does_not_allocate() {
    let (n, written) = exercise::<et::Sparse>();
    assert_eq!(n, 0);
    assert!(written > 0);
}

#[test]
fn display_format_does_not_allocate() {
    let (n, _) = exercise::<Formatted>();
    assert_eq!(n, 0);
    let mut sink = Sink::new();
    let n = allocations(|| {
        write!(sink, "{}", Formatted::InvalidAccessToken).unwrap();
    });
    assert_eq!(n, 0);
    assert_eq!(
        sink.as_str(),
        "[403] InvalidAccessToken (4031003, 1003): 无效的Access-Token"
    );
    assert_eq!(
        Formatted::DeviceNotFound.message_in("en"),
        "Device not found"
    );
}

/// A string family: lookups (hits, misses, through the trait), `Display` of
/// the family and of a known `Code`, `category`; only an unknown `Code` owns
/// its text, which is the one allocation.
#[test]
fn string_family_does_not_allocate() {
    use et::Azure;
    let mut sink = Sink::new();
    let n = allocations(|| {
        for &e in Azure::ALL {
            assert_eq!(Azure::from_code(e.code()), Some(e));
            assert_eq!(<Azure as ErrorCode>::from_code_str(e.code()), Some(e));
            assert_eq!(Azure::from_code(&e.code()[1..]), None);
            assert_eq!(Azure::try_from(e.code()), Ok(e));
            sink.clear();
            write!(sink, "{e}|{e:>60}|{e:?}|{}", e.category()).unwrap();
            write!(sink, "{}", Code::from(e)).unwrap();
            write!(sink, "{}", Code::<Azure>::from(e.code())).unwrap();
        }
    });
    assert_eq!(n, 0);
    assert!(sink.total > 0);
    let n = allocations(|| {
        let unknown = Code::<Azure>::from("NoSuchKey");
        assert!(!unknown.is_known());
    });
    assert_eq!(n, 1, "an unknown code owns its text");
}

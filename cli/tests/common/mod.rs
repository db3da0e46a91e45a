//! What every test of the real binary needs: running it, reading what it
//! printed, the repository's fixtures and files of the test run.

// Each test binary uses some of these.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository's root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A vendor document of `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// Runs `error-table` with `args`.
pub fn run(args: &[&dyn AsRef<std::ffi::OsStr>]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_error-table"))
        .args(args.iter().map(|arg| arg.as_ref()))
        .output()
        .expect("error-table runs")
}

/// What the command printed on standard output.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// What the command printed on standard error.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A file `name` with `text` in it, in the folder `dir` of this test run
/// (one folder a test file, so that test binaries running at once never
/// write the same file).
pub fn temp_file(dir: &str, name: &str, text: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(dir);
    std::fs::create_dir_all(&dir).expect("the test directory is writable");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("the test directory is writable");
    path
}

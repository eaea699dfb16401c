//! How the tests and tools start Debian's Chromium (a browser download by
//! a test tool fails on these machines).

pub const CHROMIUM: &str = "/usr/bin/chromium";

/// Headless as root, without the background connections that this
/// machine's closed network refuses by the dozen.
pub const CHROMIUM_ARGS: &[&str] = &[
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

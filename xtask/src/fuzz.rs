//! `cargo xtask fuzz [CASES]`: the URL-check properties of
//! `app/tests/properties.rs` for CASES cases each (default 3,400,000:
//! three properties, over 10 M executions in all), once, outside CI; the
//! suite runs the same properties with a few thousand cases.

use anyhow::{Context, Result};

use crate::{cargo, cmd};

const DEFAULT_CASES: u64 = 3_400_000;
const PROPERTIES: [&str; 3] = [
    "accepted_links_are_plain_http_urls_or_paths",
    "redirects_stay_on_the_deployment",
    "any_string_is_checked_without_panicking",
];

pub fn run(args: &[String]) -> Result<()> {
    let cases = match args.first() {
        Some(n) => n
            .replace(['_', ','], "")
            .parse::<u64>()
            .with_context(|| format!("CASES must be a number, not {n:?}"))?,
        None => DEFAULT_CASES,
    };
    let started = std::time::Instant::now();
    let mut list = vec![
        "test",
        "--release",
        "--package",
        "app",
        "--test",
        "properties",
        "--",
        "--exact",
    ];
    list.extend(PROPERTIES);
    cmd(
        &cargo(),
        &list,
        &[("VESTIBULE_PROPTEST_CASES", cases.to_string())],
    )?;
    eprintln!(
        "fuzz: {} properties x {cases} cases = {} executions, 0 failures, in {:.0?}",
        PROPERTIES.len(),
        cases * PROPERTIES.len() as u64,
        started.elapsed()
    );
    Ok(())
}

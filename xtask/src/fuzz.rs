//! `cargo xtask fuzz [CASES [RENDER_CASES]]`: the properties of
//! `app/tests/properties.rs` for millions of cases, once, outside CI (the
//! suite runs the same properties with a few thousand cases): the three
//! URL-check properties for CASES cases each (default 3,400,000: over
//! 10 M executions), then the rendering property (hostile text in every
//! place of a flow, rendered and parsed back) for RENDER_CASES cases
//! (default 300,000; a rendering costs ~60 URL checks).
//!
//! The release build runs in batches, each with a fresh random seed
//! (proptest's default), so a long run prints its progress, rate and the
//! time left after every batch.

use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use crate::{cargo, cmd};

const DEFAULT_CASES: u64 = 3_400_000;
const DEFAULT_RENDER_CASES: u64 = 300_000;
const URL_PROPERTIES: [&str; 3] = [
    "accepted_links_are_plain_http_urls_or_paths",
    "redirects_stay_on_the_deployment",
    "any_string_is_checked_without_panicking",
];
const RENDER_PROPERTY: [&str; 1] = ["rendered_flows_carry_no_markup_from_kratos"];
/// Cases per property in one run of the test binary (about a minute each
/// on a busy machine).
const URL_BATCH: u64 = 500_000;
const RENDER_BATCH: u64 = 20_000;

fn parse_cases(arg: Option<&String>, default: u64) -> Result<u64> {
    match arg {
        Some(n) => {
            let cases = n
                .replace(['_', ','], "")
                .parse::<u64>()
                .with_context(|| format!("CASES must be a number, not {n:?}"))?;
            anyhow::ensure!(cases > 0, "CASES must be greater than 0");
            Ok(cases)
        }
        None => Ok(default),
    }
}

/// The batch sizes that add up to `cases`.
fn batches(cases: u64, batch: u64) -> Vec<u64> {
    let mut left = cases;
    let mut all = Vec::new();
    while left > 0 {
        let n = left.min(batch);
        all.push(n);
        left -= n;
    }
    all
}

const TEST: [&str; 7] = [
    "test",
    "--quiet",
    "--release",
    "--package",
    "app",
    "--test",
    "properties",
];

pub fn run(args: &[String]) -> Result<()> {
    let cases = parse_cases(args.first(), DEFAULT_CASES)?;
    let render_cases = parse_cases(args.get(1), DEFAULT_RENDER_CASES)?;
    let mut build = TEST.to_vec();
    build.push("--no-run");
    cmd(&cargo(), &build, &[])?;
    let started = Instant::now();
    let urls = run_batches(&URL_PROPERTIES, cases, URL_BATCH)?;
    let renders = run_batches(&RENDER_PROPERTY, render_cases, RENDER_BATCH)?;
    eprintln!(
        "fuzz: {} URL properties x {cases} cases = {} executions and {render_cases} \
         renderings, 0 failures, 0 panics, in {:.0?} (release build; {:.0?} and {:.0?})",
        URL_PROPERTIES.len(),
        cases * URL_PROPERTIES.len() as u64,
        started.elapsed(),
        urls,
        renders,
    );
    Ok(())
}

/// Runs `properties` for `cases` cases each in batches of `batch`,
/// printing progress after each; how long it took.
fn run_batches(properties: &[&str], cases: u64, batch: u64) -> Result<Duration> {
    let mut test = TEST.to_vec();
    test.extend(["--", "--exact"]);
    test.extend(properties);
    let per_case = properties.len() as u64;
    let started = Instant::now();
    let mut done = 0u64;
    for n in batches(cases, batch) {
        cmd(
            &cargo(),
            &test,
            &[("VESTIBULE_PROPTEST_CASES", n.to_string())],
        )?;
        done += n;
        let elapsed = started.elapsed();
        let rate = (done * per_case) as f64 / elapsed.as_secs_f64().max(1e-3);
        let left = Duration::from_secs_f64(((cases - done) * per_case) as f64 / rate);
        eprintln!(
            "fuzz: {}: {done} of {cases} cases ({} executions), 0 failures, {elapsed:.0?}, \
             {rate:.0} executions/s, about {left:.0?} left",
            properties.join(", "),
            done * per_case,
        );
    }
    Ok(started.elapsed())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_add_up_to_the_cases_asked_for() {
        assert_eq!(batches(1, 10), [1]);
        assert_eq!(batches(10, 10), [10]);
        assert_eq!(batches(25, 10), [10, 10, 5]);
        let all = batches(DEFAULT_CASES, URL_BATCH);
        assert_eq!(all.iter().sum::<u64>(), DEFAULT_CASES);
    }

    #[test]
    fn cases_are_a_positive_number() {
        let arg = |s: &str| Some(s.to_owned());
        assert_eq!(parse_cases(None, 7).unwrap(), 7);
        assert_eq!(
            parse_cases(arg("10_000_000").as_ref(), 7).unwrap(),
            10_000_000
        );
        assert_eq!(parse_cases(arg("1,000").as_ref(), 7).unwrap(), 1_000);
        assert!(parse_cases(arg("0").as_ref(), 7).is_err());
        assert!(parse_cases(arg("many").as_ref(), 7).is_err());
    }
}

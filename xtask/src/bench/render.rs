//! In-process: `cargo bench -p app --bench render` (divan), its medians
//! read back from divan's table.

use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};

use super::cargo;

#[derive(Debug, Clone, Default)]
pub struct RenderReport {
    /// Median ns per render of the flow to HTML.
    pub render_ns: f64,
    /// Median ns per JSON parse + render.
    pub parse_render_ns: f64,
    /// Median ns per JSON parse alone.
    pub parse_ns: f64,
    pub html_bytes: u64,
    pub json_bytes: u64,
    /// (nodes, median ns of parse + render, JSON bytes, HTML bytes) for
    /// the grown flows.
    pub nodes: Vec<(usize, f64, u64, u64)>,
    /// divan's table as printed.
    pub table: String,
}

pub fn build() -> Result<()> {
    crate::cmd(
        &cargo(),
        &["bench", "--package", "app", "--bench", "render", "--no-run"],
        &[],
    )
}

pub fn run(shared: &Path) -> Result<RenderReport> {
    eprintln!("+ cargo bench --package app --bench render");
    let out = Command::new(cargo())
        .args(["bench", "--quiet", "--package", "app", "--bench", "render"])
        .current_dir(vestibule_e2e::paths::repo_root())
        .env("VESTIBULE_BENCH_DIR", shared)
        .env("NO_COLOR", "1")
        .stderr(Stdio::inherit())
        .output()
        .context("running cargo bench")?;
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    print!("{stdout}");
    if !out.status.success() {
        bail!(
            "cargo bench --package app --bench render failed ({})",
            out.status
        );
    }
    parse(&stdout)
}

fn parse(stdout: &str) -> Result<RenderReport> {
    let mut r = RenderReport::default();
    for line in stdout.lines() {
        if let Some(rest) = line.strip_prefix("BENCH nodes=") {
            let mut kv = rest.split_whitespace();
            let n = kv.next().and_then(|v| v.parse().ok()).unwrap_or(0);
            let mut sizes = (0, 0);
            for kv in kv {
                match kv.split_once('=') {
                    Some(("json_bytes", v)) => sizes.0 = v.parse().unwrap_or(0),
                    Some(("html_bytes", v)) => sizes.1 = v.parse().unwrap_or(0),
                    _ => {}
                }
            }
            r.nodes.push((n, f64::NAN, sizes.0, sizes.1));
            continue;
        }
        if let Some(rest) = line.strip_prefix("BENCH ") {
            for kv in rest.split_whitespace() {
                match kv.split_once('=') {
                    Some(("html_bytes", v)) => r.html_bytes = v.parse().unwrap_or(0),
                    Some(("json_bytes", v)) => r.json_bytes = v.parse().unwrap_or(0),
                    _ => {}
                }
            }
            continue;
        }
        if line.contains("skipped") {
            bail!("{}", line.trim());
        }
        // `├─ render  12.3 µs │ 40 µs │ 13.1 µs │ 13.4 µs │ 100 │ 1600`:
        // name and fastest, slowest, median, mean, samples, iterations.
        let cols: Vec<&str> = line.split('│').collect();
        if cols.len() < 6 {
            continue;
        }
        let name = cols[0]
            .trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
            .split_whitespace()
            .next()
            .unwrap_or("");
        let Some(median) = duration_ns(cols[2]) else {
            continue;
        };
        match name {
            "render" => r.render_ns = median,
            "parse_and_render" => r.parse_render_ns = median,
            "parse_only" => r.parse_ns = median,
            other => {
                let Some(n) = other
                    .strip_prefix("nodes_")
                    .and_then(|n| n.parse::<usize>().ok())
                else {
                    continue;
                };
                match r.nodes.iter_mut().find(|e| e.0 == n) {
                    Some(e) => e.1 = median,
                    None => r.nodes.push((n, median, 0, 0)),
                }
            }
        }
        r.table.push_str(line);
        r.table.push('\n');
    }
    if r.render_ns == 0.0 || r.parse_render_ns == 0.0 {
        bail!("no medians for render and parse_and_render in divan's output");
    }
    Ok(r)
}

/// `"13.1 µs"` → 13100.0.
fn duration_ns(text: &str) -> Option<f64> {
    let mut parts = text.split_whitespace();
    let value: f64 = parts.next()?.parse().ok()?;
    let scale = match parts.next()? {
        "ps" => 1e-3,
        "ns" => 1.0,
        "µs" | "μs" | "us" => 1e3,
        "ms" => 1e6,
        "s" => 1e9,
        _ => return None,
    };
    Some(value * scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_divans_table() {
        let out = "BENCH fixture=x json_bytes=4908 html_bytes=9000\n\
BENCH nodes=1000 json_bytes=300000 html_bytes=200000\n\
render               fastest       │ slowest       │ median        │ mean          │ samples │ iters\n\
├─ parse_and_render  60.79 µs      │ 157.4 µs      │ 63.29 µs      │ 65.74 µs      │ 100     │ 100\n\
├─ nodes_1000        3 ms          │ 4 ms          │ 3.1 ms        │ 3.2 ms        │ 100     │ 100\n\
├─ parse_only        10 µs         │ 20 µs         │ 11 µs         │ 12 µs         │ 100     │ 100\n\
╰─ render            950 ns        │ 1.2 ms        │ 40.5 µs       │ 41 µs         │ 100     │ 100\n";
        let r = parse(out).unwrap();
        assert_eq!(r.parse_render_ns, 63290.0);
        assert_eq!(r.render_ns, 40500.0);
        assert_eq!(r.parse_ns, 11000.0);
        assert_eq!(r.html_bytes, 9000);
        assert_eq!(r.nodes, vec![(1000, 3.1e6, 300000, 200000)]);
    }
}

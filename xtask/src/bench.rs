//! `cargo xtask bench`: the performance report of issues 5 and 13 (see
//! bench/README.md). Measures; never asserts a timing.
//!
//! 1. stops unless the shared upstream (`../shared/bench`) is there;
//! 2. builds the release `login-svc`, the render bench and the browser
//!    example before anything is timed;
//! 3. in-process: `cargo bench -p app --bench render` (divan);
//! 4. over HTTP: the shared Kratos stand-in, `login-svc` in front of it,
//!    wrk against both at 1 and 32 connections; start-up, memory and CPU
//!    time from /proc;
//! 5. first load in Chromium against the real Kratos (the `first_load`
//!    example of vestibule-e2e);
//! 6. one markdown table on stdout, also written to
//!    `<target>/bench/latest.md` next to the logs of the run.
//!
//! `--quick` shortens every load run to 2–5 s and one round (to check the
//! machinery, not to quote); `--no-pin` runs without `taskset`;
//! `--http-only` skips the in-process bench and the browser (for
//! before/after runs of a server change); `--bin PATH` measures that
//! login-svc instead of building the dist binary.

mod first_load;
mod http;
mod nginx;
mod render;
mod report;
mod scaling;
mod sys;
mod upstream;

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Result};
use vestibule_e2e::paths;

#[derive(Debug, Clone)]
pub struct Options {
    pub quick: bool,
    pub pin: bool,
    pub http_only: bool,
    /// `--bin PATH`: measure this login-svc instead of building the dist
    /// binary (before/after runs of one change, each binary built once).
    pub bin: Option<PathBuf>,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options> {
        let mut o = Options {
            quick: false,
            pin: true,
            http_only: false,
            bin: None,
        };
        let mut args = args.iter();
        while let Some(a) = args.next() {
            match a.as_str() {
                "--quick" => o.quick = true,
                "--no-pin" => o.pin = false,
                "--http-only" => o.http_only = true,
                "--bin" => {
                    let Some(path) = args.next() else {
                        bail!("cargo xtask bench: --bin needs the path of a login-svc binary");
                    };
                    let path = PathBuf::from(path);
                    if !path.is_file() {
                        bail!("cargo xtask bench: --bin {}: no such file", path.display());
                    }
                    o.bin = Some(path);
                }
                other => bail!(
                    "cargo xtask bench: unknown argument {other:?} (accepted: --quick, --no-pin, --http-only, --bin PATH)"
                ),
            }
        }
        Ok(o)
    }

    /// The command line as the table quotes it.
    fn command(&self) -> String {
        let mut c = "cargo xtask bench".to_owned();
        if self.quick {
            c.push_str(" --quick");
        }
        if !self.pin {
            c.push_str(" --no-pin");
        }
        if self.http_only {
            c.push_str(" --http-only");
        }
        if let Some(bin) = &self.bin {
            c.push_str(" --bin ");
            c.push_str(&bin.display().to_string());
        }
        c
    }
}

/// `$VESTIBULE_BENCH_DIR`, else `../shared/bench` next to the repository.
pub fn shared_dir() -> PathBuf {
    std::env::var_os("VESTIBULE_BENCH_DIR")
        .filter(|d| !d.is_empty())
        .map_or_else(
            || {
                paths::repo_root()
                    .parent()
                    .map_or_else(|| PathBuf::from(".."), PathBuf::from)
                    .join("shared")
                    .join("bench")
            },
            PathBuf::from,
        )
}

pub fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

pub fn run(args: &[String]) -> Result<()> {
    let opts = Options::parse(args)?;
    let shared = shared_dir();
    let missing: Vec<_> = ["kratos_stub.py", "login_flow.json"]
        .into_iter()
        .filter(|f| !shared.join(f).is_file())
        .collect();
    if !missing.is_empty() {
        bail!(
            "the shared benchmark upstream is absent: {} has no {} (every UI is measured against that \
             same stand-in, so there is nothing to compare against); nothing was measured",
            shared.display(),
            missing.join(", ")
        );
    }
    let started = Instant::now();

    // Set-up and builds, before anything is timed.
    if !opts.http_only {
        crate::wasm::build()?;
        crate::setup::all()?;
    }
    sys::ensure_wrk()?;
    nginx::ensure()?;
    // The binary that ships: static, musl, the `dist` profile (release,
    // stripped), as `cargo xtask dist` builds it; or the one `--bin` names.
    let login_svc = match &opts.bin {
        Some(bin) => bin.clone(),
        None => crate::dist::binary()?,
    };
    if !opts.http_only {
        render::build()?;
        first_load::build()?;
    }
    let out_dir = paths::target_dir().join("bench");
    let logs = out_dir.join("logs");
    let _ = std::fs::remove_dir_all(&logs);
    std::fs::create_dir_all(&logs)?;

    let machine = sys::Machine::probe();
    fn skipped<T>() -> Result<T> {
        Err(anyhow::anyhow!("skipped (--http-only)"))
    }
    let render = if opts.http_only {
        skipped()
    } else {
        eprintln!("bench: in-process rendering");
        render::run(&shared)
    };
    if let Err(e) = &render {
        eprintln!("bench: in-process rendering failed: {e:#}");
    }
    eprintln!("bench: over HTTP (logs in {})", logs.display());
    let http = http::run(&shared, &login_svc, &opts, &logs);
    if let Err(e) = &http {
        eprintln!("bench: HTTP load failed: {e:#}");
    }
    eprintln!(
        "bench: flows of {:?} nodes, and a slow upstream",
        scaling::SIZES
    );
    let scaling = scaling::run(&shared, &login_svc, &opts, &logs);
    if let Err(e) = &scaling {
        eprintln!("bench: scaling runs failed: {e:#}");
    }
    let first = if opts.http_only {
        skipped()
    } else {
        eprintln!("bench: first load in Chromium");
        first_load::run(&login_svc, &logs)
    };
    if let Err(e) = &first {
        eprintln!("bench: first load failed: {e:#}");
    }

    let table = report::table(&report::Inputs {
        command: opts.command(),
        machine: &machine,
        render: &render,
        http: &http,
        scaling: &scaling,
        first: &first,
        elapsed: started.elapsed(),
        shared: &shared,
    });
    println!("\n{table}");
    let latest = out_dir.join("latest.md");
    std::fs::write(&latest, &table)?;
    eprintln!("bench: the table is also in {}", latest.display());

    let failed: Vec<&str> = [
        ("in-process rendering", render.is_err() && !opts.http_only),
        ("HTTP", http.is_err()),
        ("node scaling and slow upstream", scaling.is_err()),
        ("first load", first.is_err() && !opts.http_only),
    ]
    .into_iter()
    .filter_map(|(n, f)| f.then_some(n))
    .collect();
    if !failed.is_empty() {
        bail!("not measured: {}", failed.join(", "));
    }
    Ok(())
}

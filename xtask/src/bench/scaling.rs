//! Cost as work grows, over HTTP: a second release `login-svc` in front of
//! the hand-written stand-in (`upstream.rs`), which serves the shared login
//! flow grown to 10, 50, 200 and 1,000 nodes, and one flow it answers only
//! after 200 ms, loaded at 256 connections with Vestibule's memory sampled
//! every 100 ms.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use serde_json::Value;

use super::http::{self, Wrk, ACCEPT_ENCODING};
use super::sys::{self, Proc};
use super::upstream::{flow_id, grown_flow, Fixture, StandIn};
use super::Options;

pub const SIZES: [usize; 4] = [10, 50, 200, 1000];
/// How long the slow flow takes to arrive, and how many connections wait.
pub const SLOW_MS: u64 = 200;
pub const SLOW_CONNECTIONS: u32 = 256;
/// The slow flow's id (the 11-node flow, answered late).
const SLOW_ID: &str = "00000000-0000-4000-8000-0000000c0256";

#[derive(Debug, Clone)]
pub struct SizeRun {
    pub nodes: usize,
    pub json_bytes: usize,
    /// The page's body, gzip, as sent with `Accept-Encoding: br, gzip`.
    pub page_bytes: usize,
    pub page_bytes_identity: usize,
    pub wrk: Wrk,
    pub cpu_ms: f64,
    /// Connections the stand-in accepted during the run, and flows served.
    pub upstream_connections: u64,
    pub upstream_flows: u64,
}

#[derive(Debug, Clone)]
pub struct SlowRun {
    pub seconds: u32,
    pub wrk: Wrk,
    pub rss_before_kb: u64,
    pub rss_max_kb: u64,
    pub rss_after_kb: u64,
    /// The node runs' process after them (the slow run has its own).
    pub rss_after_sizes_kb: u64,
    pub upstream_connections: u64,
    pub upstream_flows: u64,
}

#[derive(Debug, Clone)]
pub struct ScalingReport {
    pub seconds: u32,
    pub sizes: Vec<SizeRun>,
    pub slow: SlowRun,
}

pub fn run(shared: &Path, login_svc: &Path, opts: &Options, logs: &Path) -> Result<ScalingReport> {
    let base: Value = serde_json::from_str(
        &std::fs::read_to_string(shared.join("login_flow.json")).context("login_flow.json")?,
    )
    .context("login_flow.json is not JSON")?;
    let mut fixtures: Vec<Fixture> = SIZES
        .iter()
        .map(|&n| {
            let id = flow_id(n);
            let body = serde_json::to_vec(&grown_flow(&base, n, &id)).unwrap_or_default();
            Fixture {
                id,
                body,
                delay: Duration::ZERO,
            }
        })
        .collect();
    let slow_nodes = base["ui"]["nodes"].as_array().map_or(0, Vec::len);
    fixtures.push(Fixture {
        id: SLOW_ID.to_owned(),
        body: serde_json::to_vec(&grown_flow(&base, slow_nodes, SLOW_ID))?,
        delay: Duration::from_millis(SLOW_MS),
    });
    let json_bytes: Vec<usize> = fixtures.iter().map(|f| f.body.len()).collect();
    let pin = opts.pin && sys::have("taskset");
    // The stand-in's threads are this process's: keep them (and wrk) off
    // Vestibule's CPU, as the benchmark keeps the stub off it.
    let _unpin = pin.then(|| PinnedSelf::to(0));
    let stand_in = StandIn::start(fixtures)?;
    let port = sys::free_port(23100)?;
    let mut vestibule = start_pinned(
        "login-svc (scaling)",
        login_svc,
        &stand_in,
        port,
        pin,
        &logs.join("login-svc-scaling.log"),
    )?;
    let vpid = vestibule.pid();
    let wrk_cpu = pin.then_some(0);
    let script = logs.join("report.lua");
    let tck = sys::clk_tck() as f64;
    let seconds = if opts.quick { 2 } else { 5 };

    let mut sizes = Vec::new();
    for (i, &nodes) in SIZES.iter().enumerate() {
        let path = format!("/login?flow={}", flow_id(nodes));
        let page = http::check_page(port, &path)?;
        if page.status != 200 {
            bail!(
                "GET {path} answered {}; login-svc log:\n{}",
                page.status,
                vestibule.log_tail()
            );
        }
        let url = format!("http://127.0.0.1:{port}{path}");
        let out = logs.join(format!("wrk-nodes-{nodes}.txt"));
        // Warm-up, then the measured run.
        http::wrk(&script, &out, 1, 32, Some(ACCEPT_ENCODING), wrk_cpu, &url)?;
        let (c0, f0, t0) = (
            stand_in.connections(),
            stand_in.flows(),
            sys::cpu_ticks(vpid)?,
        );
        let w = http::wrk(
            &script,
            &out,
            seconds,
            32,
            Some(ACCEPT_ENCODING),
            wrk_cpu,
            &url,
        )?;
        let t1 = sys::cpu_ticks(vpid)?;
        vestibule.check_alive()?;
        let run = SizeRun {
            nodes,
            json_bytes: json_bytes[i],
            page_bytes: page.body_br,
            page_bytes_identity: page.body_identity,
            wrk: w,
            cpu_ms: t1.saturating_sub(t0) as f64 / tck * 1e3 / (w.requests.max(1) as f64),
            upstream_connections: stand_in.connections() - c0,
            upstream_flows: stand_in.flows() - f0,
        };
        eprintln!(
            "bench: {nodes:>4} nodes  {:>7.0} req/s  CPU {:.3} ms/req  {} upstream connections for {} flows",
            w.rps, run.cpu_ms, run.upstream_connections, run.upstream_flows
        );
        sizes.push(run);
    }

    // What the node runs left resident (mimalloc keeps what the 1,000-node
    // pages took), then a fresh process for the slow run, so its row
    // shows what 256 waiting requests cost and not what came before.
    let rss_after_sizes_kb = sys::status_kb(vpid, "VmRSS:")?;
    vestibule.stop();
    let port = sys::free_port(port + 1)?;
    let mut vestibule = start_pinned(
        "login-svc (slow upstream)",
        login_svc,
        &stand_in,
        port,
        pin,
        &logs.join("login-svc-slow-upstream.log"),
    )?;
    let vpid = vestibule.pid();

    // A slow upstream: every request waits 200 ms for its flow.
    let slow_seconds = if opts.quick { 5 } else { 30 };
    let url = format!("http://127.0.0.1:{port}/login?flow={SLOW_ID}");
    // As the node runs did: one page before the clock starts.
    let page = http::check_page(port, &format!("/login?flow={SLOW_ID}"))?;
    if page.status != 200 {
        bail!(
            "the slow flow answered {}; login-svc log:\n{}",
            page.status,
            vestibule.log_tail()
        );
    }
    let rss_before_kb = sys::status_kb(vpid, "VmRSS:")?;
    let (c0, f0) = (stand_in.connections(), stand_in.flows());
    let sampling = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    let sampler = {
        let sampling = sampling.clone();
        std::thread::spawn(move || {
            let mut max = 0;
            while sampling.load(std::sync::atomic::Ordering::Relaxed) {
                max = max.max(sys::status_kb(vpid, "VmRSS:").unwrap_or(0));
                std::thread::sleep(Duration::from_millis(100));
            }
            max
        })
    };
    eprintln!(
        "bench: c{SLOW_CONNECTIONS} for {slow_seconds} s, the upstream answering in {SLOW_MS} ms"
    );
    let w = http::wrk(
        &script,
        &logs.join("wrk-slow-upstream-c256.txt"),
        slow_seconds,
        SLOW_CONNECTIONS,
        Some(ACCEPT_ENCODING),
        wrk_cpu,
        &url,
    );
    sampling.store(false, std::sync::atomic::Ordering::Relaxed);
    let rss_max_kb = sampler.join().unwrap_or(0);
    let w = w?;
    vestibule.check_alive()?;
    std::thread::sleep(Duration::from_secs(1));
    let slow = SlowRun {
        seconds: slow_seconds,
        wrk: w,
        rss_before_kb,
        rss_max_kb,
        rss_after_kb: sys::status_kb(vpid, "VmRSS:")?,
        rss_after_sizes_kb,
        upstream_connections: stand_in.connections() - c0,
        upstream_flows: stand_in.flows() - f0,
    };
    eprintln!(
        "bench: slow upstream c256 {:.0} req/s p99 {:.1} ms errors {}  RSS {} → max {} KiB",
        w.rps, w.p99_ms, w.errors, slow.rss_before_kb, slow.rss_max_kb
    );
    vestibule.stop();
    Ok(ScalingReport {
        seconds,
        sizes,
        slow,
    })
}

/// A login-svc in front of `stand_in` on `port`, ready, and on CPU 1
/// when `pin`.
fn start_pinned(
    name: &'static str,
    login_svc: &Path,
    stand_in: &StandIn,
    port: u16,
    pin: bool,
    log: &Path,
) -> Result<Proc> {
    let mut vestibule = Proc::spawn(
        name,
        http::login_svc_command(login_svc, stand_in.port, port),
        log,
    )?;
    http::wait_ready_polling(&mut vestibule, port, Instant::now())?;
    let vpid = vestibule.pid();
    if pin {
        let ok = std::process::Command::new("taskset")
            .args(["-a", "-p", "-c", "1", &vpid.to_string()])
            .stdout(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            bail!("taskset could not pin login-svc (pid {vpid}) to CPU 1");
        }
    }
    Ok(vestibule)
}

/// This process's main thread on one CPU (threads it starts inherit that)
/// until dropped, when it may use every CPU again.
struct PinnedSelf {
    /// The CPUs it had before, as taskset lists them.
    all: String,
}

impl PinnedSelf {
    fn to(cpu: u32) -> PinnedSelf {
        let n = std::thread::available_parallelism().map_or(1, usize::from);
        set_affinity(&cpu.to_string());
        PinnedSelf {
            all: format!("0-{}", n.saturating_sub(1)),
        }
    }
}

impl Drop for PinnedSelf {
    fn drop(&mut self) {
        set_affinity(&self.all);
    }
}

fn set_affinity(cpus: &str) {
    let _ = std::process::Command::new("taskset")
        .args(["-p", "-c", cpus, &std::process::id().to_string()])
        .stdout(std::process::Stdio::null())
        .status();
}

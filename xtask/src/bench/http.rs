//! Over HTTP: the shared Kratos stand-in, release `login-svc` in front of
//! it, wrk against both; start-up, memory and CPU from /proc.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use serde_json::Value;

use super::nginx;
use super::sys::{self, Proc};
use super::Options;

/// The flow of `login_flow.json`, which the stub serves.
pub const FLOW_ID: &str = "8a5f1b0e-3c2d-4e7f-9a1b-2c3d4e5f6a7b";
pub const ACCEPT_ENCODING: &str = "br, gzip";

/// Reports wrk's totals and latency percentiles on one line (`done` runs
/// once, after the load, so it costs the load nothing).
const WRK_SCRIPT: &str = r#"
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d duration_us=%d bytes=%d connect=%d read=%d write=%d status=%d timeout=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
"#;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Vestibule,
    Stub,
    /// Vestibule, the stub and wrk unpinned: Vestibule may use both CPUs.
    VestibuleUnpinned,
    /// Vestibule asked for gzip only, or for no compression: what
    /// compressing the page on the fly costs.
    VestibuleGzip,
    VestibuleIdentity,
    /// The floor: nginx proxying and gzipping the stub's flow JSON, pinned
    /// like Vestibule.
    Nginx,
}

impl Target {
    pub fn is_vestibule(self) -> bool {
        !matches!(self, Target::Stub | Target::Nginx)
    }

    /// The `Accept-Encoding` wrk sends (none: no header).
    pub fn accept_encoding(self) -> Option<&'static str> {
        match self {
            Target::VestibuleGzip => Some("gzip"),
            Target::VestibuleIdentity => None,
            _ => Some(ACCEPT_ENCODING),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Target::Vestibule => "Vestibule",
            Target::Stub => "stub",
            Target::VestibuleUnpinned => "Vestibule unpinned",
            Target::VestibuleGzip => "Vestibule gzip",
            Target::VestibuleIdentity => "Vestibule uncompressed",
            Target::Nginx => "nginx floor",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Run {
    pub target: Target,
    pub connections: u32,
    pub requests: u64,
    pub rps: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    /// Socket errors (connect, read, write, timeout) plus responses that
    /// were not 2xx/3xx, as wrk counts them.
    pub errors: u64,
    pub mean_body_bytes: f64,
    /// The measured server's (Vestibule's or nginx's) utime+stime per
    /// request, ms; none for the stub's own runs.
    pub cpu_ms: Option<f64>,
    /// The stub's utime+stime per request, ms.
    pub stub_cpu_ms: f64,
    /// Calls the stub answered per request (all routes).
    pub upstream_per_request: f64,
    /// Upstream answers that were not 200 during the run.
    pub upstream_not_ok: u64,
}

/// What one request for the page looks like.
#[derive(Debug, Clone, Default)]
pub struct PageCheck {
    pub status: u16,
    pub content_encoding: String,
    /// Body bytes as sent with `Accept-Encoding: br, gzip`.
    pub body_br: usize,
    /// Body bytes with `Accept-Encoding: gzip`.
    pub body_gzip: usize,
    /// Body bytes uncompressed.
    pub body_identity: usize,
}

#[derive(Debug, Clone)]
pub struct HttpReport {
    pub pinning: String,
    pub stub_port: u16,
    pub ui_port: u16,
    pub startups_ms: Vec<f64>,
    pub rss_idle_kb: u64,
    pub rss_after_kb: u64,
    pub hwm_kb: u64,
    pub page: PageCheck,
    pub stub_page: PageCheck,
    /// nginx's answer for the stub's flow (gzip).
    pub nginx_page: PageCheck,
    pub runs: Vec<Run>,
    pub seconds: u32,
    pub rounds: usize,
}

/// Which CPU each party runs on (`None`: wherever the kernel likes).
#[derive(Debug, Clone, Copy)]
struct Pins {
    vestibule: Option<u32>,
    stub: Option<u32>,
    wrk: Option<u32>,
}

pub fn pinned(cpu: Option<u32>, program: &str) -> Command {
    match cpu {
        Some(cpu) => {
            let mut c = Command::new("taskset");
            c.args(["-c", &cpu.to_string(), program]);
            c
        }
        None => Command::new(program),
    }
}

pub fn run(shared: &Path, login_svc: &Path, opts: &Options, logs: &Path) -> Result<HttpReport> {
    let pin = opts.pin
        && sys::have("taskset")
        && std::thread::available_parallelism().map_or(1, usize::from) >= 2;
    let pins = if pin {
        Pins {
            vestibule: Some(1),
            stub: Some(0),
            wrk: Some(0),
        }
    } else {
        Pins {
            vestibule: None,
            stub: None,
            wrk: None,
        }
    };
    let pinning = if pin {
        "Vestibule on CPU 1; the stub and wrk on CPU 0 (taskset), for both targets".to_owned()
    } else {
        "none (all processes share every CPU)".to_owned()
    };
    let stub_port = sys::free_port(24433)?;
    let ui_port = sys::free_port(23000)?;
    if stub_port == ui_port {
        bail!("no two free ports on 127.0.0.1");
    }
    let script = logs.join("report.lua");
    std::fs::write(&script, WRK_SCRIPT)?;

    // The stub.
    eprintln!("bench: the Kratos stand-in on 127.0.0.1:{stub_port}");
    let mut stub_cmd = pinned(pins.stub, "python3");
    stub_cmd
        .arg(shared.join("kratos_stub.py"))
        .current_dir(shared)
        .env("STUB_HOST", "127.0.0.1")
        .env("STUB_PORT", stub_port.to_string())
        .env("UI_URL", format!("http://127.0.0.1:{ui_port}"));
    let mut stub = Proc::spawn("kratos_stub.py", stub_cmd, &logs.join("stub.log"))?;
    wait_ready(&mut stub, stub_port, Duration::from_secs(15))?;

    // The floor, on Vestibule's CPU.
    let nginx_port = sys::free_port(24480)?;
    eprintln!("bench: nginx (the floor) on 127.0.0.1:{nginx_port}");
    let mut nginx = nginx::start(logs, nginx_port, stub_port, pins.vestibule)?;
    wait_ready(&mut nginx, nginx_port, Duration::from_secs(15))?;

    // Start-up, a few times; the last instance stays for the load.
    let starts = if opts.quick { 3 } else { 5 };
    let mut startups_ms = Vec::new();
    let mut vestibule = None;
    for i in 0..starts {
        let cmd = login_svc_command(login_svc, stub_port, ui_port);
        let t0 = Instant::now();
        let mut p = Proc::spawn("login-svc", cmd, &logs.join("login-svc.log"))?;
        wait_ready_polling(&mut p, ui_port, t0)?;
        startups_ms.push(t0.elapsed().as_secs_f64() * 1e3);
        if i + 1 < starts {
            p.stop();
            // The port is free again before the next start.
            std::thread::sleep(Duration::from_millis(100));
        } else {
            vestibule = Some(p);
        }
    }
    let mut vestibule = vestibule.context("login-svc did not start")?;
    let vpid = vestibule.pid();
    eprintln!(
        "bench: login-svc ready on 127.0.0.1:{ui_port} (pid {vpid}); start-ups {:?} ms",
        startups_ms
            .iter()
            .map(|m| (m * 10.0).round() / 10.0)
            .collect::<Vec<_>>()
    );
    if let Some(cpu) = pins.vestibule {
        let ok = Command::new("taskset")
            .args(["-a", "-p", "-c", &cpu.to_string(), &vpid.to_string()])
            .stdout(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            bail!("taskset could not pin login-svc (pid {vpid}) to CPU {cpu}");
        }
    }
    std::thread::sleep(Duration::from_secs(1));
    let rss_idle_kb = sys::status_kb(vpid, "VmRSS:")?;

    // What the page is, once, before the load.
    let page_path = format!("/login?flow={FLOW_ID}");
    let page = check_page(ui_port, &page_path)?;
    if page.status != 200 {
        bail!(
            "GET {page_path} answered {} instead of 200; login-svc log:\n{}",
            page.status,
            vestibule.log_tail()
        );
    }
    let stub_path = format!("/self-service/login/flows?id={FLOW_ID}");
    let stub_page = check_page(stub_port, &stub_path)?;
    if stub_page.status != 200 {
        bail!("the stub answered {} to GET {stub_path}", stub_page.status);
    }

    let ui_url = format!("http://127.0.0.1:{ui_port}{page_path}");
    let stub_url = format!("http://127.0.0.1:{stub_port}{stub_path}");
    let tck = sys::clk_tck() as f64;
    let seconds = if opts.quick { 3 } else { 10 };
    let rounds = if opts.quick { 1 } else { 3 };
    let ctx = LoadCtx {
        script: &script,
        logs,
        seconds,
        tck,
        stub_port,
        stub_pid: stub.pid(),
    };

    // Warm-up (connections, allocator, caches): not reported.
    eprintln!("bench: warm-up, 2 s at 32 connections");
    let warm = LoadCtx { seconds: 2, ..ctx };
    warm.wrk(Target::Vestibule, &ui_url, 32, 0, pins.wrk, Some(vpid))?;

    let nginx_url = format!("http://127.0.0.1:{nginx_port}{stub_path}");
    let nginx_page = check_page(nginx_port, &stub_path)?;
    if nginx_page.status != 200 || nginx_page.content_encoding != "gzip" {
        bail!(
            "nginx answered {} ({}) to GET {stub_path} instead of 200 gzip",
            nginx_page.status,
            nginx_page.content_encoding
        );
    }
    let npid = nginx.pid();
    warm.wrk(Target::Nginx, &nginx_url, 32, 0, pins.wrk, Some(npid))?;

    let mut runs = Vec::new();
    for round in 1..=rounds {
        for connections in [1, 32] {
            let all = [
                (Target::Vestibule, &ui_url, Some(vpid)),
                (Target::Nginx, &nginx_url, Some(npid)),
                (Target::Stub, &stub_url, None),
            ];
            // The stub alone only at c32 (the old yardstick, for context).
            let targets = if connections == 1 {
                &all[..2]
            } else {
                &all[..]
            };
            for &(target, url, vest) in targets {
                vestibule.check_alive()?;
                nginx.check_alive()?;
                stub.check_alive()?;
                let r = ctx.wrk(target, url, connections, round, pins.wrk, vest)?;
                eprintln!(
                    "bench: round {round} {:<9} c{connections:<2} {:>8.0} req/s  p99 {:>6.2} ms  errors {}{}",
                    target.label(),
                    r.rps,
                    r.p99_ms,
                    r.errors,
                    r.cpu_ms
                        .map(|c| format!("  CPU {c:.3} ms/req"))
                        .unwrap_or_default()
                );
                runs.push(r);
                std::thread::sleep(Duration::from_millis(500));
            }
        }
    }
    // What compression costs: the same page asked for with gzip only and
    // uncompressed (short runs, pinned as above).
    let short = LoadCtx {
        seconds: if opts.quick { 2 } else { 5 },
        ..ctx
    };
    for target in [Target::VestibuleGzip, Target::VestibuleIdentity] {
        vestibule.check_alive()?;
        let r = short.wrk(target, &ui_url, 32, 1, pins.wrk, Some(vpid))?;
        eprintln!(
            "bench: {:<22} c32 {:>8.0} req/s  Vestibule CPU {:.3} ms/req  {:.0} B/response",
            target.label(),
            r.rps,
            r.cpu_ms.unwrap_or(f64::NAN),
            r.mean_body_bytes
        );
        runs.push(r);
        std::thread::sleep(Duration::from_millis(500));
    }

    // As deployed: nothing pinned, Vestibule may use both CPUs (and
    // shares them with the stub and wrk). One run each.
    if pin {
        for pid in [vpid, stub.pid()] {
            let _ = Command::new("taskset")
                .args(["-a", "-p", "-c", "0-1", &pid.to_string()])
                .stdout(std::process::Stdio::null())
                .status();
        }
        {
            let target = Target::VestibuleUnpinned;
            vestibule.check_alive()?;
            let r = ctx.wrk(target, &ui_url, 32, 1, None, Some(vpid))?;
            eprintln!(
                "bench: {:<18} c32 {:>8.0} req/s  p99 {:>6.2} ms  errors {}",
                target.label(),
                r.rps,
                r.p99_ms,
                r.errors
            );
            runs.push(r);
            std::thread::sleep(Duration::from_millis(500));
        }
    }
    let hwm_kb = sys::status_kb(vpid, "VmHWM:")?;
    let rss_after_kb = sys::status_kb(vpid, "VmRSS:")?;
    vestibule.check_alive()?;
    vestibule.stop();
    nginx.stop();
    stub.stop();

    Ok(HttpReport {
        pinning,
        stub_port,
        ui_port,
        startups_ms,
        rss_idle_kb,
        rss_after_kb,
        hwm_kb,
        page,
        stub_page,
        nginx_page,
        runs,
        seconds,
        rounds,
    })
}

/// `login-svc` on `port` in front of the Kratos stand-in on `kratos_port`.
pub fn login_svc_command(login_svc: &Path, kratos_port: u16, port: u16) -> Command {
    let mut cmd = Command::new(login_svc);
    cmd.env(
        "KRATOS_PUBLIC_URL",
        format!("http://127.0.0.1:{kratos_port}"),
    )
    .env_remove("KRATOS_BROWSER_URL")
    .env_remove("BASE_PATH")
    .env("HOST", "127.0.0.1")
    .env("PORT", port.to_string())
    .env("LOG_FORMAT", "json")
    .env("RUST_LOG", "warn");
    cmd
}

pub fn check_page(port: u16, path: &str) -> Result<PageCheck> {
    let t = Duration::from_secs(10);
    let br = sys::get(port, path, &[("Accept-Encoding", ACCEPT_ENCODING)], t)?;
    let gzip = sys::get(port, path, &[("Accept-Encoding", "gzip")], t)?;
    let identity = sys::get(port, path, &[], t)?;
    Ok(PageCheck {
        status: br.status,
        content_encoding: br.header("content-encoding").unwrap_or("none").to_owned(),
        body_br: br.body.len(),
        body_gzip: gzip.body.len(),
        body_identity: identity.body.len(),
    })
}

/// Until `GET /health/ready` answers 200 (the stub), polling every 20 ms.
pub fn wait_ready(p: &mut Proc, port: u16, timeout: Duration) -> Result<()> {
    let start = Instant::now();
    loop {
        p.check_alive()?;
        if let Ok(r) = sys::get(port, "/health/ready", &[], Duration::from_secs(2)) {
            if r.status == 200 {
                return Ok(());
            }
        }
        if start.elapsed() > timeout {
            bail!(
                "{} did not answer /health/ready within {timeout:?}; its log:\n{}",
                p.name,
                p.log_tail()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Start-up: polls `/health/ready` every ~2 ms from `t0` (just before
/// exec) until it answers 200.
pub fn wait_ready_polling(p: &mut Proc, port: u16, t0: Instant) -> Result<()> {
    loop {
        if let Ok(r) = sys::get(port, "/health/ready", &[], Duration::from_secs(2)) {
            if r.status == 200 {
                return Ok(());
            }
        }
        p.check_alive()?;
        if t0.elapsed() > Duration::from_secs(20) {
            bail!(
                "login-svc was not ready within 20 s; its log:\n{}",
                p.log_tail()
            );
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// What one wrk run reported.
#[derive(Debug, Clone, Copy)]
pub struct Wrk {
    pub requests: u64,
    pub rps: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    /// Socket errors plus responses that were not 2xx/3xx.
    pub errors: u64,
    pub bytes: u64,
}

/// One wrk run (`-t1`, 5 s timeout), its output kept in `out` (stderr
/// next to it); `accept`: the Accept-Encoding to send, if any.
pub fn wrk(
    script: &Path,
    out: &Path,
    seconds: u32,
    connections: u32,
    accept: Option<&str>,
    cpu: Option<u32>,
    url: &str,
) -> Result<Wrk> {
    let mut cmd = pinned(cpu, "wrk");
    cmd.args([
        "-t1",
        &format!("-c{connections}"),
        &format!("-d{seconds}s"),
        "--timeout",
        "5s",
        "--latency",
        "-s",
    ])
    .arg(script);
    if let Some(encoding) = accept {
        cmd.args(["-H", &format!("Accept-Encoding: {encoding}")]);
    }
    cmd.arg(url);
    let limit = Duration::from_secs(u64::from(seconds) + 30);
    let err = out.with_extension("err");
    let text = sys::run_bounded(cmd, limit, &err)?;
    std::fs::write(out, &text)?;
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("WRK "))
        .with_context(|| format!("no summary in wrk's output:\n{text}"))?;
    let field = |name: &str| -> f64 {
        line.split_whitespace()
            .find_map(|kv| kv.strip_prefix(name).and_then(|v| v.strip_prefix('=')))
            .and_then(|v| v.parse().ok())
            .unwrap_or(f64::NAN)
    };
    let requests = field("requests");
    let errors = ["connect", "read", "write", "status", "timeout"]
        .iter()
        .map(|k| field(k))
        .sum::<f64>();
    Ok(Wrk {
        requests: requests as u64,
        rps: requests / (field("duration_us") / 1e6),
        p50_ms: field("p50_us") / 1e3,
        p99_ms: field("p99_us") / 1e3,
        errors: errors as u64,
        bytes: field("bytes") as u64,
    })
}

#[derive(Clone, Copy)]
struct LoadCtx<'a> {
    script: &'a Path,
    logs: &'a Path,
    seconds: u32,
    tck: f64,
    stub_port: u16,
    stub_pid: u32,
}

impl LoadCtx<'_> {
    /// One wrk run, with Vestibule's and the stub's CPU time and the stub's
    /// hit counters read before and after.
    fn wrk(
        &self,
        target: Target,
        url: &str,
        connections: u32,
        round: usize,
        cpu: Option<u32>,
        vestibule_pid: Option<u32>,
    ) -> Result<Run> {
        let hits_before = self.stub_hits()?;
        let stub_before = sys::cpu_ticks(self.stub_pid)?;
        let vest_before = vestibule_pid.map(sys::cpu_ticks).transpose()?;
        let name = format!(
            "wrk-{}-c{connections}-r{round}.txt",
            target.label().replace(' ', "-")
        );
        let w = wrk(
            self.script,
            &self.logs.join(name),
            self.seconds,
            connections,
            target.accept_encoding(),
            cpu,
            url,
        )?;
        let vest_after = vestibule_pid.map(sys::cpu_ticks).transpose()?;
        let stub_after = sys::cpu_ticks(self.stub_pid)?;
        let hits_after = self.stub_hits()?;
        let requests = w.requests as f64;
        let per_req_ms = |before: u64, after: u64| {
            (after.saturating_sub(before)) as f64 / self.tck * 1e3 / requests.max(1.0)
        };
        let upstream = hits_after.0.saturating_sub(hits_before.0);
        Ok(Run {
            target,
            connections,
            requests: w.requests,
            rps: w.rps,
            p50_ms: w.p50_ms,
            p99_ms: w.p99_ms,
            errors: w.errors,
            mean_body_bytes: w.bytes as f64 / requests.max(1.0),
            cpu_ms: vest_before.zip(vest_after).map(|(b, a)| per_req_ms(b, a)),
            stub_cpu_ms: per_req_ms(stub_before, stub_after),
            upstream_per_request: upstream as f64 / requests.max(1.0),
            upstream_not_ok: hits_after.1.saturating_sub(hits_before.1),
        })
    }

    /// (all calls, calls not answered 200) the stub counted, its own
    /// statistics route aside.
    fn stub_hits(&self) -> Result<(u64, u64)> {
        let r = sys::get(self.stub_port, "/__stub/stats", &[], Duration::from_secs(5))?;
        let v: Value = serde_json::from_slice(&r.body).context("the stub's /__stub/stats")?;
        let mut all = 0;
        let mut not_ok = 0;
        for (route, n) in v["hits"].as_object().into_iter().flatten() {
            if route.starts_with("/__stub/") {
                continue;
            }
            let n = n.as_u64().unwrap_or(0);
            all += n;
            if !route.ends_with(" 200") {
                not_ok += n;
            }
        }
        Ok((all, not_ok))
    }
}

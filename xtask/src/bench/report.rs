//! The one table: every figure, the target issue 5 sets next to it, and
//! where and how it was measured.

use std::fmt::Write;
use std::path::Path;
use std::time::Duration;

use anyhow::Result;

use super::first_load::{PageLoad, Totals, CATEGORIES};
use super::http::{HttpReport, Run, Target};
use super::render::RenderReport;
use super::scaling::{ScalingReport, SIZES, SLOW_CONNECTIONS, SLOW_MS};
use super::sys::{median, Machine};

pub struct Inputs<'a> {
    pub command: String,
    pub machine: &'a Machine,
    pub render: &'a Result<RenderReport>,
    pub http: &'a Result<HttpReport>,
    pub scaling: &'a Result<ScalingReport>,
    pub first: &'a Result<Vec<PageLoad>>,
    pub elapsed: Duration,
    pub shared: &'a Path,
}

const YES: &str = "✅";
const NO: &str = "❌";

fn met(ok: bool) -> &'static str {
    if ok {
        YES
    } else {
        NO
    }
}

fn fmt_ns(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.1} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

fn fmt_ms(ms: f64) -> String {
    if ms < 1.0 {
        format!("{ms:.3} ms")
    } else if ms < 10.0 {
        format!("{ms:.2} ms")
    } else {
        format!("{ms:.1} ms")
    }
}

/// KB = 1000 bytes, as browsers' network panels count.
fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

fn mib(kb: u64) -> String {
    format!("{:.1} MiB", kb as f64 / 1024.0)
}

fn thousands(x: f64) -> String {
    let n = x.round() as i64;
    let s = n.abs().to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

fn runs(h: &HttpReport, target: Target, c: u32) -> Vec<&Run> {
    h.runs
        .iter()
        .filter(|r| r.target == target && r.connections == c)
        .collect()
}

fn med(rs: &[&Run], f: impl Fn(&Run) -> f64) -> f64 {
    median(&rs.iter().map(|r| f(r)).collect::<Vec<_>>())
}

fn not_measured<T>(r: &Result<T>) -> String {
    match r {
        Ok(_) => String::new(),
        Err(e) => format!(
            "not measured: {}",
            format!("{e:#}").lines().next().unwrap_or("")
        ),
    }
}

fn cell(t: &Totals) -> String {
    if t.requests == 0 {
        "–".to_owned()
    } else {
        format!("{} · {}", t.requests, kb(t.bytes))
    }
}

pub fn table(i: &Inputs) -> String {
    let m = i.machine;
    let mut s = String::new();
    let _ = writeln!(s, "### Vestibule benchmark\n");
    let _ = writeln!(
        s,
        "`{}` · {} · {} × {} (nproc {}), {:.0} GiB RAM, Linux {} · load average at start {} · commit {} · {} · took {:.0} s\n",
        i.command,
        m.date,
        m.nproc,
        m.cpu,
        m.nproc,
        m.mem_gb,
        m.kernel,
        m.loadavg,
        m.git,
        m.rustc,
        i.elapsed.as_secs_f64()
    );
    let _ = writeln!(
        s,
        "| Figure | Vestibule | Target (issue 13) | Met | Node reference UI (last measured, issue 13) |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|");

    // In-process.
    match i.render {
        Ok(r) => {
            let _ = writeln!(
                s,
                "| Render the stub's login flow → HTML, in-process (median); parse + render | {}; {} | – | | ~5 ms CPU per render |",
                fmt_ns(r.render_ns),
                fmt_ns(r.parse_render_ns)
            );
        }
        Err(_) => {
            let _ = writeln!(
                s,
                "| Render the stub's login flow → HTML, in-process | {} | – | | |",
                not_measured(i.render)
            );
        }
    }

    // Over HTTP.
    match i.http {
        Ok(h) => http_rows(&mut s, h),
        Err(_) => {
            let _ = writeln!(
                s,
                "| Over HTTP (throughput, latency, CPU, memory, start-up) | {} | | | |",
                not_measured(i.http)
            );
        }
    }
    match i.scaling {
        Ok(sc) => scaling_rows(&mut s, sc),
        Err(_) => {
            let _ = writeln!(
                s,
                "| Flows of 10–1,000 nodes; c{} against a 200 ms upstream | {} | | | |",
                super::scaling::SLOW_CONNECTIONS,
                not_measured(i.scaling)
            );
        }
    }

    // First load.
    match i.first {
        Ok(pages) => {
            for p in pages {
                let has_webauthn = p.webauthn_nodes > 0;
                let (limit_bytes, limit_reqs, target) = if has_webauthn {
                    (25_000, Some(6), "≤ 25 KB in ≤ 6 requests")
                } else {
                    (15_000, None, "≤ 15 KB, no WASM")
                };
                let wasm = p.category("wasm");
                let ok = p.total.bytes <= limit_bytes
                    && limit_reqs.is_none_or(|n| p.total.requests <= n)
                    && (has_webauthn || wasm.requests == 0);
                let hops = p.hop_totals();
                let node = if p.path == "/login" {
                    "19 requests, 506 KB"
                } else {
                    ""
                };
                if let Some(ms) = p.webauthn_ready_ms {
                    let _ = writeln!(
                        s,
                        "| `{}`: navigation start → WebAuthn onload trigger run, buttons wired | {ms:.0} ms | – | | |",
                        p.path
                    );
                }
                let _ = writeln!(
                    s,
                    "| First load of `{}` ({}): the page's requests, bytes (+ redirect hops before it) | {} requests, {} (+ {} hops, {}) | {} | {} | {} |",
                    p.path,
                    if has_webauthn {
                        "WebAuthn nodes"
                    } else {
                        "no WebAuthn node"
                    },
                    p.total.requests,
                    kb(p.total.bytes),
                    hops.requests,
                    kb(hops.bytes),
                    target,
                    met(ok),
                    node
                );
            }
        }
        Err(_) => {
            let _ = writeln!(
                s,
                "| First load in Chromium | {} | ≤ 25 KB / ≤ 6 requests (login) | | |",
                not_measured(i.first)
            );
        }
    }

    // Details: first load by kind.
    if let Ok(pages) = i.first {
        let _ = writeln!(
            s,
            "\nFirst load by kind (requests · bytes over the wire, headers included; KB = 1000 B):\n"
        );
        let _ = write!(s, "| Page |");
        for c in CATEGORIES {
            let name = match c {
                "html" | "css" | "js" | "wasm" => c.to_uppercase(),
                _ => c.to_owned(),
            };
            let _ = write!(s, " {name} |");
        }
        let _ = writeln!(
            s,
            " of which Kratos | page total | redirect hops before it |"
        );
        let _ = writeln!(s, "|---|{}---|---|---|", "---|".repeat(CATEGORIES.len()));
        for p in pages {
            let _ = write!(s, "| `{}` |", p.path);
            for c in CATEGORIES {
                let _ = write!(s, " {} |", cell(&p.category(c)));
            }
            let hops = p
                .hops
                .iter()
                .map(|(origin, status, bytes)| format!("{origin} {status} ({} B)", bytes))
                .collect::<Vec<_>>()
                .join(" → ");
            let _ = writeln!(
                s,
                " {} | **{}** | {} |",
                cell(&p.kratos),
                cell(&p.total),
                if hops.is_empty() {
                    "none".to_owned()
                } else {
                    hops
                }
            );
        }
        let _ = writeln!(s);
        for p in pages {
            let _ = writeln!(
                s,
                "- `{}`: content encodings {}{}",
                p.path,
                p.encodings,
                if p.failed > 0 {
                    format!("; {} request(s) failed", p.failed)
                } else {
                    String::new()
                }
            );
        }
    }

    if let Ok(sc) = i.scaling {
        scaling_details(&mut s, sc, i.render.as_ref().ok());
    }

    // Details: every load run.
    if let Ok(h) = i.http {
        let _ = writeln!(
            s,
            "\nLoad runs (wrk -t1, `Accept-Encoding: br, gzip` unless named; Vestibule, nginx and stub: {} s × {} round(s), medians; \
             gzip and uncompressed: one short run each; unpinned: one run):\n",
            h.seconds, h.rounds
        );
        let _ = writeln!(
            s,
            "| Target | Connections | req/s per run | p50 | p99 | errors | its CPU / req (Vestibule, nginx) | stub CPU / req | bytes per response (headers included) |"
        );
        let _ = writeln!(s, "|---|---|---|---|---|---|---|---|---|");
        for (target, c) in [
            (Target::Vestibule, 1),
            (Target::Nginx, 1),
            (Target::Vestibule, 32),
            (Target::Nginx, 32),
            (Target::Stub, 32),
            (Target::VestibuleGzip, 32),
            (Target::VestibuleIdentity, 32),
            (Target::VestibuleUnpinned, 32),
        ] {
            let rs = runs(h, target, c);
            if rs.is_empty() {
                continue;
            }
            let per_run = rs
                .iter()
                .map(|r| thousands(r.rps))
                .collect::<Vec<_>>()
                .join(" / ");
            let vcpu = med(&rs, |r| r.cpu_ms.unwrap_or(f64::NAN));
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {:.0} B |",
                target.label(),
                c,
                per_run,
                fmt_ms(med(&rs, |r| r.p50_ms)),
                fmt_ms(med(&rs, |r| r.p99_ms)),
                rs.iter().map(|r| r.errors).sum::<u64>(),
                if vcpu.is_nan() {
                    "–".to_owned()
                } else {
                    fmt_ms(vcpu)
                },
                fmt_ms(med(&rs, |r| r.stub_cpu_ms)),
                med(&rs, |r| r.mean_body_bytes)
            );
        }
        let _ = writeln!(
            s,
            "\nStub on 127.0.0.1:{}, Vestibule on 127.0.0.1:{}; nginx (gzip level {}) on Vestibule's CPU. Pinning: {}. Start-ups: {} ms. After the runs: VmRSS {}. Page: `GET /login?flow={}` ({} with `br, gzip`); stub: `GET /self-service/login/flows?id=…` ({} B).",
            h.stub_port,
            h.ui_port,
            super::nginx::GZIP_LEVEL,
            h.pinning,
            h.startups_ms
                .iter()
                .map(|m| format!("{m:.1}"))
                .collect::<Vec<_>>()
                .join(", "),
            mib(h.rss_after_kb),
            super::http::FLOW_ID,
            h.page.content_encoding,
            h.stub_page.body_identity
        );
    }
    if let Ok(r) = i.render {
        let _ = writeln!(
            s,
            "\nIn-process (divan medians): render {}, parse + render {}, parse alone {}; {} B of flow JSON → {} B of HTML.",
            fmt_ns(r.render_ns),
            fmt_ns(r.parse_render_ns),
            fmt_ns(r.parse_ns),
            r.json_bytes,
            r.html_bytes
        );
    }
    let _ = writeln!(
        s,
        "\nTools: {}; {}; {}; nginx from Debian's nginx-light. Upstream: `{}` (the shared stand-in); first load against the real Kratos (end2end/kratos). Vestibule: the static musl login-svc of `cargo xtask dist` (profile `dist`: release with fat LTO and one codegen unit, stripped; mimalloc), what ships.",
        m.wrk, m.python, m.chromium, i.shared.join("kratos_stub.py").display()
    );
    let problems: Vec<String> = [
        (i.render.is_err(), not_measured(i.render)),
        (i.http.is_err(), not_measured(i.http)),
        (i.scaling.is_err(), not_measured(i.scaling)),
        (i.first.is_err(), not_measured(i.first)),
    ]
    .into_iter()
    .filter_map(|(bad, msg)| bad.then_some(msg))
    .collect();
    for p in problems {
        let _ = writeln!(s, "\n**{p}**");
    }
    s
}

/// ui-node's figures from issue 13 (not rebuilt here: it is not on npm).
const NODE_RPS: (f64, f64) = (234.0, 511.0);

fn http_rows(s: &mut String, h: &HttpReport) {
    let v1 = runs(h, Target::Vestibule, 1);
    let v32 = runs(h, Target::Vestibule, 32);
    let n1 = runs(h, Target::Nginx, 1);
    let n32 = runs(h, Target::Nginx, 32);
    let s32 = runs(h, Target::Stub, 32);
    let cpu = |rs: &[&Run]| med(rs, |r| r.cpu_ms.unwrap_or(f64::NAN));
    let (cpu_v32, cpu_n32) = (cpu(&v32), cpu(&n32));
    let ratio32 = cpu_v32 / cpu_n32;
    let _ = writeln!(
        s,
        "| CPU per `/login?flow=` request at c32, one core: Vestibule / nginx floor (same run) | {} / {} = **{:.1}×** | ≤ 2× the floor | {} | 2.0–4.3 ms |",
        fmt_ms(cpu_v32),
        fmt_ms(cpu_n32),
        ratio32,
        met(ratio32 <= 2.0)
    );
    let _ = writeln!(
        s,
        "| … at c1: Vestibule / nginx floor | {} / {} = {:.1}× | – | | |",
        fmt_ms(cpu(&v1)),
        fmt_ms(cpu(&n1)),
        cpu(&v1) / cpu(&n1)
    );
    let (gz, id) = (
        runs(h, Target::VestibuleGzip, 32),
        runs(h, Target::VestibuleIdentity, 32),
    );
    if !gz.is_empty() && !id.is_empty() {
        let _ = writeln!(
            s,
            "| … Vestibule by encoding at c32: br, gzip / gzip only / uncompressed (KB per response, headers included) | {} / {} / {} ({:.1} / {:.1} / {:.1}) | – | | |",
            fmt_ms(cpu_v32),
            fmt_ms(cpu(&gz)),
            fmt_ms(cpu(&id)),
            med(&v32, |r| r.mean_body_bytes) / 1000.0,
            med(&gz, |r| r.mean_body_bytes) / 1000.0,
            med(&id, |r| r.mean_body_bytes) / 1000.0
        );
    }
    let rv32 = med(&v32, |r| r.rps);
    let _ = writeln!(
        s,
        "| Throughput at c32, one core: Vestibule / nginx floor / the stub alone | {} / {} / {} req/s | ≥ 40× ui-node | {} {:.0}× ({:.0}×) ui-node's {:.0} ({:.0}) | {:.0}–{:.0} req/s |",
        thousands(rv32),
        thousands(med(&n32, |r| r.rps)),
        thousands(med(&s32, |r| r.rps)),
        met(rv32 / NODE_RPS.1 >= 40.0),
        rv32 / NODE_RPS.1,
        rv32 / NODE_RPS.0,
        NODE_RPS.1,
        NODE_RPS.0,
        NODE_RPS.0,
        NODE_RPS.1
    );
    let vu = runs(h, Target::VestibuleUnpinned, 32);
    if !vu.is_empty() {
        let _ = writeln!(
            s,
            "| … Vestibule with nothing pinned (may use both CPUs) | {} req/s | – | | |",
            thousands(med(&vu, |r| r.rps))
        );
    }
    let p99v1 = med(&v1, |r| r.p99_ms);
    let _ = writeln!(
        s,
        "| p99 latency at c1: Vestibule (nginx floor) | {} ({}) | ≤ 1 ms | {} | |",
        fmt_ms(p99v1),
        fmt_ms(med(&n1, |r| r.p99_ms)),
        met(p99v1 <= 1.0)
    );
    let _ = writeln!(
        s,
        "| p99 latency at c32: Vestibule (nginx floor) | {} ({}) | – | | |",
        fmt_ms(med(&v32, |r| r.p99_ms)),
        fmt_ms(med(&n32, |r| r.p99_ms))
    );
    let vest: Vec<&Run> = h.runs.iter().filter(|r| r.target.is_vestibule()).collect();
    let errors_v: u64 = vest.iter().map(|r| r.errors).sum();
    let requests_v: u64 = vest.iter().map(|r| r.requests).sum();
    let errors_other: u64 = h
        .runs
        .iter()
        .filter(|r| !r.target.is_vestibule())
        .map(|r| r.errors)
        .sum();
    let _ = writeln!(
        s,
        "| Errors (socket errors + non-2xx/3xx), all runs: Vestibule (nginx and stub) | {} of {} requests ({}) | 0 | {} | |",
        errors_v,
        thousands(requests_v as f64),
        errors_other,
        met(errors_v == 0)
    );
    let up: Vec<&Run> = v1.iter().chain(v32.iter()).copied().collect();
    let not_ok: u64 = up.iter().map(|r| r.upstream_not_ok).sum();
    let _ = writeln!(
        s,
        "| Upstream calls per page (stub's counters); upstream non-200 | {:.2}; {} | – | | |",
        med(&up, |r| r.upstream_per_request),
        not_ok
    );
    let startup = median(&h.startups_ms);
    let _ = writeln!(
        s,
        "| Start-up, exec → first 200 on /health/ready (median of {}) | {} | – | | |",
        h.startups_ms.len(),
        fmt_ms(startup)
    );
    let _ = writeln!(
        s,
        "| RSS idle after start (VmRSS) | {} | ≤ 8 MiB | {} | 83 MB |",
        mib(h.rss_idle_kb),
        met(h.rss_idle_kb <= 8 * 1024)
    );
    let _ = writeln!(
        s,
        "| Peak RSS after the c1/c32 runs (VmHWM) | {} | ≤ 20 MiB | {} | 216 MB |",
        mib(h.hwm_kb),
        met(h.hwm_kb <= 20 * 1024)
    );
    let _ = writeln!(
        s,
        "| The page over HTTP: body for `br, gzip` / `gzip` / uncompressed; nginx's gzip of the flow JSON | {} / {} / {}; {} | – | | |",
        kb(h.page.body_br as u64),
        kb(h.page.body_gzip as u64),
        kb(h.page.body_identity as u64),
        kb(h.nginx_page.body_br as u64)
    );
}

fn scaling_rows(s: &mut String, sc: &ScalingReport) {
    let w = &sc.slow.wrk;
    let bounded = w.errors == 0 && sc.slow.rss_max_kb <= 20 * 1024;
    let _ = writeln!(
        s,
        "| c{SLOW_CONNECTIONS} for {} s, upstream answering in {SLOW_MS} ms, a fresh login-svc: req/s, p99, errors; RSS before → max (sampled every 100 ms) → after (the node runs' process held {} after them) | {} req/s, p99 {}, {} errors of {}; {} → {} → {} | 0 errors, memory bounded (≤ 20 MiB) | {} | |",
        sc.slow.seconds,
        mib(sc.slow.rss_after_sizes_kb),
        thousands(w.rps),
        fmt_ms(w.p99_ms),
        w.errors,
        thousands(w.requests as f64),
        mib(sc.slow.rss_before_kb),
        mib(sc.slow.rss_max_kb),
        mib(sc.slow.rss_after_kb),
        met(bounded)
    );
    let conns: u64 = sc.sizes.iter().map(|r| r.upstream_connections).sum();
    let flows: u64 = sc.sizes.iter().map(|r| r.upstream_flows).sum();
    let _ = writeln!(
        s,
        "| Upstream connection reuse: TCP connections the stand-in accepted / flows it served (c32 runs; c{SLOW_CONNECTIONS} run) | {} / {}; {} / {} | no new connection per request (≤ the requests in flight) | {} | |",
        conns,
        thousands(flows as f64),
        sc.slow.upstream_connections,
        thousands(sc.slow.upstream_flows as f64),
        // Reuse: never more connections than requests in flight (32 per
        // size run, 256 in the slow run), whatever the number of requests.
        met(
            conns <= 32 * sc.sizes.len() as u64
                && sc.slow.upstream_connections <= u64::from(SLOW_CONNECTIONS) + 32
        )
    );
    let first = sc.sizes.first();
    let last = sc.sizes.last();
    if let (Some(a), Some(b)) = (first, last) {
        let _ = writeln!(
            s,
            "| Cost as work grows: CPU per request at c32, {} → {} nodes (table below) | {} → {} ({:.1} µs per added node) | linear, no cliff | | |",
            a.nodes,
            b.nodes,
            fmt_ms(a.cpu_ms),
            fmt_ms(b.cpu_ms),
            (b.cpu_ms - a.cpu_ms) * 1e3 / (b.nodes - a.nodes).max(1) as f64
        );
    }
}

/// The flows-of-N-nodes table, below the main one.
fn scaling_details(s: &mut String, sc: &ScalingReport, render: Option<&RenderReport>) {
    let _ = writeln!(
        s,
        "\nFlows of {SIZES:?} nodes (the shared login flow grown with OIDC-link and passkey buttons; over HTTP: a second login-svc pinned like the first, in front of the hand-written stand-in, wrk c32 for {} s each after 1 s of warm-up):\n",
        sc.seconds
    );
    let _ = writeln!(
        s,
        "| Nodes | flow JSON | page body br, gzip / uncompressed | parse + render in-process (median) | per node | CPU per request over HTTP | per node | req/s | upstream connections / flows |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|---|---|---|---|");
    for r in &sc.sizes {
        let inproc = render
            .and_then(|re| re.nodes.iter().find(|e| e.0 == r.nodes))
            .map(|e| e.1)
            .filter(|ns| ns.is_finite());
        let _ = writeln!(
            s,
            "| {} | {} | {} / {} | {} | {} | {} | {:.2} µs | {} | {} / {} |",
            r.nodes,
            kb(r.json_bytes as u64),
            kb(r.page_bytes as u64),
            kb(r.page_bytes_identity as u64),
            inproc.map_or("–".to_owned(), fmt_ns),
            inproc.map_or("–".to_owned(), |ns| fmt_ns(ns / r.nodes as f64)),
            fmt_ms(r.cpu_ms),
            r.cpu_ms * 1e3 / r.nodes as f64,
            thousands(r.wrk.rps),
            r.upstream_connections,
            thousands(r.upstream_flows as f64)
        );
    }
}

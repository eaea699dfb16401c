//! The one table: every figure, the target issue 5 sets next to it, and
//! where and how it was measured.

use std::fmt::Write;
use std::path::Path;
use std::time::Duration;

use anyhow::Result;

use super::first_load::{PageLoad, Totals, CATEGORIES};
use super::http::{HttpReport, Run, Target};
use super::render::RenderReport;
use super::sys::{median, Machine};

pub struct Inputs<'a> {
    pub command: String,
    pub machine: &'a Machine,
    pub render: &'a Result<RenderReport>,
    pub http: &'a Result<HttpReport>,
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
        "| Figure | Vestibule | Target (issue 5) | Met | Node reference UI (issue 5) |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|");

    // In-process.
    match i.render {
        Ok(r) => {
            let _ = writeln!(
                s,
                "| Render the stub's login flow → HTML, in-process (median) | {} | ≤ 0.1 ms | {} | ~5 ms CPU per render |",
                fmt_ns(r.render_ns),
                met(r.render_ns <= 100_000.0)
            );
            let _ = writeln!(
                s,
                "| Parse its JSON + render, in-process (median) | {} | – | | |",
                fmt_ns(r.parse_render_ns)
            );
        }
        Err(_) => {
            let _ = writeln!(
                s,
                "| Render the stub's login flow → HTML, in-process | {} | ≤ 0.1 ms | | |",
                not_measured(i.render)
            );
        }
    }

    // Over HTTP.
    match i.http {
        Ok(h) => {
            let v1 = runs(h, Target::Vestibule, 1);
            let v32 = runs(h, Target::Vestibule, 32);
            let s1 = runs(h, Target::Stub, 1);
            let s32 = runs(h, Target::Stub, 32);
            let cpu1 = med(&v1, |r| r.vestibule_cpu_ms.unwrap_or(f64::NAN));
            let cpu32 = med(&v32, |r| r.vestibule_cpu_ms.unwrap_or(f64::NAN));
            let _ = writeln!(
                s,
                "| Vestibule CPU per HTTP request (utime+stime ÷ requests), c1 / c32 | {} / {} | ≤ 0.2 ms | {} c1 / {} c32 | 5.1 ms |",
                fmt_ms(cpu1),
                fmt_ms(cpu32),
                met(cpu1 <= 0.2),
                met(cpu32 <= 0.2)
            );
            let (gz, id) = (
                runs(h, Target::VestibuleGzip, 32),
                runs(h, Target::VestibuleIdentity, 32),
            );
            if !gz.is_empty() && !id.is_empty() {
                let _ = writeln!(
                    s,
                    "| … by encoding at c32: br / gzip / uncompressed (KB per response, headers included) | {} / {} / {} ({:.1} / {:.1} / {:.1}) | – | | |",
                    fmt_ms(cpu32),
                    fmt_ms(med(&gz, |r| r.vestibule_cpu_ms.unwrap_or(f64::NAN))),
                    fmt_ms(med(&id, |r| r.vestibule_cpu_ms.unwrap_or(f64::NAN))),
                    med(&v32, |r| r.mean_body_bytes) / 1000.0,
                    med(&gz, |r| r.mean_body_bytes) / 1000.0,
                    med(&id, |r| r.mean_body_bytes) / 1000.0
                );
            }
            let rv32 = med(&v32, |r| r.rps);
            let rs32 = med(&s32, |r| r.rps);
            let ratio = rv32 / rs32;
            let _ = writeln!(
                s,
                "| Throughput at c32: Vestibule / stub in the same run | {} / {} req/s = **{:.0} %** | ≥ 60 % of the stub | {} | ~170 req/s (stub ~15k) |",
                thousands(rv32),
                thousands(rs32),
                ratio * 100.0,
                met(ratio >= 0.6)
            );
            let (vu, su) = (
                runs(h, Target::VestibuleUnpinned, 32),
                runs(h, Target::StubUnpinned, 32),
            );
            if !vu.is_empty() && !su.is_empty() {
                let (v, st) = (med(&vu, |r| r.rps), med(&su, |r| r.rps));
                let _ = writeln!(
                    s,
                    "| … the same, nothing pinned (Vestibule may use both CPUs) | {} / {} req/s = {:.0} % | – | | ~170 req/s |",
                    thousands(v),
                    thousands(st),
                    v / st * 100.0
                );
            }
            let _ = writeln!(
                s,
                "| Throughput at c1: Vestibule / stub | {} / {} req/s | – | | |",
                thousands(med(&v1, |r| r.rps)),
                thousands(med(&s1, |r| r.rps))
            );
            let p99v1 = med(&v1, |r| r.p99_ms);
            let _ = writeln!(
                s,
                "| p99 latency at c1: Vestibule (stub) | {} ({}) | ≤ 2 ms | {} | |",
                fmt_ms(p99v1),
                fmt_ms(med(&s1, |r| r.p99_ms)),
                met(p99v1 <= 2.0)
            );
            let _ = writeln!(
                s,
                "| p99 latency at c32: Vestibule (stub) | {} ({}) | – | | |",
                fmt_ms(med(&v32, |r| r.p99_ms)),
                fmt_ms(med(&s32, |r| r.p99_ms))
            );
            let errors_v: u64 = h
                .runs
                .iter()
                .filter(|r| r.target.is_vestibule())
                .map(|r| r.errors)
                .sum();
            let errors_s: u64 = h
                .runs
                .iter()
                .filter(|r| !r.target.is_vestibule())
                .map(|r| r.errors)
                .sum();
            let requests_v: u64 = h
                .runs
                .iter()
                .filter(|r| r.target.is_vestibule())
                .map(|r| r.requests)
                .sum();
            let _ = writeln!(
                s,
                "| Errors (socket errors + non-2xx/3xx), all runs: Vestibule (stub) | {} of {} requests ({}) | counted | {} | |",
                errors_v,
                thousands(requests_v as f64),
                errors_s,
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
                "| Start-up, exec → first 200 on /health/ready (median of {}) | {} | ≤ 50 ms | {} | |",
                h.startups_ms.len(),
                fmt_ms(startup),
                met(startup <= 50.0)
            );
            let _ = writeln!(
                s,
                "| RSS idle after start (VmRSS) | {} | ≤ 10 MB | {} | 83 MB |",
                mib(h.rss_idle_kb),
                met(h.rss_idle_kb <= 10 * 1024)
            );
            let _ = writeln!(
                s,
                "| Peak RSS after the c32 runs (VmHWM) | {} | ≤ 25 MB | {} | 216 MB |",
                mib(h.hwm_kb),
                met(h.hwm_kb <= 25 * 1024)
            );
            let _ = writeln!(
                s,
                "| The page over HTTP: body br / gzip / uncompressed | {} / {} / {} | – | | |",
                kb(h.page.body_br as u64),
                kb(h.page.body_gzip as u64),
                kb(h.page.body_identity as u64)
            );
        }
        Err(_) => {
            let _ = writeln!(
                s,
                "| Over HTTP (throughput, latency, CPU, memory, start-up) | {} | | | |",
                not_measured(i.http)
            );
        }
    }

    // First load.
    match i.first {
        Ok(pages) => {
            for p in pages {
                let has_webauthn = p.webauthn_nodes > 0;
                let (limit_bytes, limit_reqs, target) = if has_webauthn {
                    (50_000, Some(6), "≤ 50 KB in ≤ 6 requests")
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
                "| First load in Chromium | {} | ≤ 50 KB / ≤ 6 requests (login) | | |",
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

    // Details: every load run.
    if let Ok(h) = i.http {
        let _ = writeln!(
            s,
            "\nLoad runs (wrk -t1, `Accept-Encoding: br, gzip` unless named; Vestibule and stub: {} s × {} round(s), medians; \
             gzip and uncompressed: one short run each; unpinned: one run each):\n",
            h.seconds, h.rounds
        );
        let _ = writeln!(
            s,
            "| Target | Connections | req/s per run | p50 | p99 | errors | Vestibule CPU / req | stub CPU / req | bytes per response (headers included) |"
        );
        let _ = writeln!(s, "|---|---|---|---|---|---|---|---|---|");
        for (target, c) in [
            (Target::Vestibule, 1),
            (Target::Stub, 1),
            (Target::Vestibule, 32),
            (Target::Stub, 32),
            (Target::VestibuleGzip, 32),
            (Target::VestibuleIdentity, 32),
            (Target::VestibuleUnpinned, 32),
            (Target::StubUnpinned, 32),
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
            let vcpu = med(&rs, |r| r.vestibule_cpu_ms.unwrap_or(f64::NAN));
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
            "\nStub on 127.0.0.1:{}, Vestibule on 127.0.0.1:{}. Pinning: {}. Start-ups: {} ms. After the runs: VmRSS {}. Page: `GET /login?flow={}` ({} with `br, gzip`); stub: `GET /self-service/login/flows?id=…` ({} B).",
            h.stub_port,
            h.ui_port,
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
        "\nTools: {}; {}; {}. Upstream: `{}` (the shared stand-in); first load against the real Kratos (end2end/kratos), release login-svc.",
        m.wrk, m.python, m.chromium, i.shared.join("kratos_stub.py").display()
    );
    let problems: Vec<String> = [
        (i.render.is_err(), not_measured(i.render)),
        (i.http.is_err(), not_measured(i.http)),
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

//! First load in Chromium: `cargo run -p vestibule-e2e --example
//! first_load` (end2end/examples/first_load.rs) against the real Kratos,
//! with the release `login-svc`.

use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};
use serde_json::Value;

use super::cargo;

pub const CATEGORIES: [&str; 7] = ["html", "css", "js", "wasm", "fonts", "images", "other"];

#[derive(Debug, Clone, Default)]
pub struct Totals {
    pub requests: u64,
    pub bytes: u64,
}

#[derive(Debug, Clone)]
pub struct PageLoad {
    pub path: String,
    pub webauthn_nodes: u64,
    /// Redirect hops on the way: (origin, status, bytes).
    pub hops: Vec<(String, u64, u64)>,
    /// The page's own requests by category (any origin).
    pub by_category: Vec<(&'static str, Totals)>,
    /// The page's own requests to Kratos (its webauthn.js, say).
    pub kratos: Totals,
    pub total: Totals,
    pub encodings: String,
    pub failed: u64,
    /// Navigation start → the WebAuthn module ran the onload trigger.
    pub webauthn_ready_ms: Option<f64>,
}

impl PageLoad {
    pub fn category(&self, name: &str) -> Totals {
        self.by_category
            .iter()
            .find(|(c, _)| *c == name)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    }

    pub fn hop_totals(&self) -> Totals {
        Totals {
            requests: self.hops.len() as u64,
            bytes: self.hops.iter().map(|h| h.2).sum(),
        }
    }
}

/// The lock every run of a stack on the fixed test ports takes.
const E2E_LOCK: &str = "/tmp/vestibule-e2e.lock";

pub fn build() -> Result<()> {
    crate::cmd(
        &cargo(),
        &[
            "build",
            "--package",
            "vestibule-e2e",
            "--example",
            "first_load",
        ],
        &[],
    )
}

pub fn run(login_svc: &Path, logs: &Path) -> Result<Vec<PageLoad>> {
    eprintln!("+ flock {E2E_LOCK} cargo run --package vestibule-e2e --example first_load");
    // Its stack binds test block 7's fixed ports, as the e2e suite does:
    // the machine-wide lock keeps the two apart.
    let out = Command::new("flock")
        .arg(E2E_LOCK)
        .arg(cargo())
        .args([
            "run",
            "--quiet",
            "--package",
            "vestibule-e2e",
            "--example",
            "first_load",
        ])
        .current_dir(vestibule_e2e::paths::repo_root())
        .env("VESTIBULE_BIN", login_svc)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .context("running the first_load example")?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        bail!("the first_load example failed ({})", out.status);
    }
    let json = stdout
        .lines()
        .find_map(|l| l.strip_prefix("FIRST_LOAD_JSON "))
        .context("the first_load example printed no FIRST_LOAD_JSON line")?;
    std::fs::write(logs.join("first_load.json"), json)?;
    parse(json)
}

fn parse(json: &str) -> Result<Vec<PageLoad>> {
    let pages: Value = serde_json::from_str(json).context("FIRST_LOAD_JSON")?;
    let mut out = Vec::new();
    for p in pages.as_array().into_iter().flatten() {
        let hops = p["hops"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|h| {
                (
                    h["origin"].as_str().unwrap_or("?").to_owned(),
                    h["status"].as_u64().unwrap_or(0),
                    h["transferred"].as_u64().unwrap_or(0),
                )
            })
            .collect();
        let mut by_category: Vec<(&'static str, Totals)> =
            CATEGORIES.iter().map(|c| (*c, Totals::default())).collect();
        let mut total = Totals::default();
        let mut kratos = Totals::default();
        let mut encodings: Vec<String> = Vec::new();
        let mut failed = 0;
        for r in p["requests"].as_array().into_iter().flatten() {
            let bytes = r["transferred"].as_u64().unwrap_or(0);
            let cat = r["category"].as_str().unwrap_or("other");
            if let Some((_, t)) = by_category.iter_mut().find(|(c, _)| *c == cat) {
                t.requests += 1;
                t.bytes += bytes;
            }
            total.requests += 1;
            total.bytes += bytes;
            if r["origin"] == "kratos" {
                kratos.requests += 1;
                kratos.bytes += bytes;
            }
            if r["failed"].as_bool().unwrap_or(false) {
                failed += 1;
            }
            let enc = r["content_encoding"].as_str().unwrap_or("");
            let enc = format!("{cat}: {}", if enc.is_empty() { "none" } else { enc });
            if !encodings.contains(&enc) {
                encodings.push(enc);
            }
        }
        out.push(PageLoad {
            path: p["path"].as_str().unwrap_or("?").to_owned(),
            webauthn_nodes: p["webauthn_nodes"].as_u64().unwrap_or(0),
            hops,
            by_category,
            kratos,
            total,
            encodings: encodings.join(", "),
            failed,
            webauthn_ready_ms: p["webauthn_ready_ms"].as_f64(),
        });
    }
    if out.is_empty() {
        bail!("the first_load example reported no page");
    }
    Ok(out)
}

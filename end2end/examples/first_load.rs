//! First load in Chromium, for `cargo xtask bench`: what a browser with an
//! empty cache fetches to show `/login`, `/registration` and `/recovery`,
//! against the real Kratos (password, code, passkey, webauthn enabled).
//!
//! ```sh
//! VESTIBULE_BIN=<target>/release/login-svc cargo run -p vestibule-e2e --example first_load
//! ```
//!
//! Starts its own stack (Kratos, mail sink, Vestibule on test block 7),
//! opens each page in a fresh browser context (empty cache) and records
//! every network request through the Chrome DevTools Protocol's Network
//! domain: `encodedDataLength` is what came over the wire (headers plus the
//! compressed body). Redirect hops (Vestibule → Kratos' browser init →
//! Vestibule with `?flow=`) are listed apart from the requests of the page
//! itself. Prints one line `FIRST_LOAD_JSON <json>` on stdout; progress and
//! errors go to stderr.

use std::collections::HashMap;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use playwright_rs::api::LaunchOptions;
use playwright_rs::protocol::{Browser, CDPSession};
use playwright_rs::Playwright;
use serde::Serialize;
use serde_json::Value;
use vestibule_e2e::chromium::{CHROMIUM, CHROMIUM_ARGS};
use vestibule_e2e::{KratosOptions, Ports, Stack, StackSpec};

const PAGES: [&str; 3] = ["/login", "/registration", "/recovery"];

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("first_load: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<()> {
    let ports = Ports::test(7);
    let stack = Stack::start(StackSpec {
        name: "bench".to_owned(),
        ports,
        kratos: KratosOptions::default(),
        with_vestibule: true,
        with_hydra: false,
        oathkeeper: None,
    })
    .await
    .context("starting Kratos and Vestibule")?;
    let measured = measure(&stack, ports).await;
    if measured.is_err() {
        eprintln!("{}", stack.log_tails(20));
    }
    stack.stop().await;
    let pages = measured?;
    println!("FIRST_LOAD_JSON {}", serde_json::to_string(&pages)?);
    Ok(())
}

async fn measure(stack: &Stack, ports: Ports) -> Result<Vec<PageLoad>> {
    let playwright = Playwright::launch()
        .await
        .context("starting the Playwright driver")?;
    let browser = playwright
        .chromium()
        .launch_with_options(
            LaunchOptions::new()
                .executable_path(CHROMIUM.to_owned())
                .headless(true)
                .args(CHROMIUM_ARGS.iter().map(|a| (*a).to_owned()).collect()),
        )
        .await
        .context("launching Chromium")?;
    let mut pages = Vec::new();
    let mut failure = None;
    for path in PAGES {
        let url = format!("{}{path}", stack.ui_url());
        match load(&browser, &url, ports).await {
            Ok(mut page) => {
                page.path = path.to_owned();
                eprintln!(
                    "first_load: {path}: {} requests, {} B (+ {} redirect hops)",
                    page.requests.len(),
                    page.requests.iter().map(|r| r.transferred).sum::<u64>(),
                    page.hops.len()
                );
                pages.push(page);
            }
            Err(e) => {
                failure = Some(e.context(format!("loading {url}")));
                break;
            }
        }
    }
    let _ = browser.close().await;
    match failure {
        Some(e) => Err(e),
        None => Ok(pages),
    }
}

/// One page as a browser with an empty cache loads it.
#[derive(Debug, Serialize)]
struct PageLoad {
    path: String,
    final_url: String,
    /// Whether the page has WebAuthn/passkey nodes (the island's page).
    webauthn_nodes: usize,
    hops: Vec<Hop>,
    requests: Vec<Fetched>,
    /// Milliseconds from navigation start (redirects included) until the
    /// WebAuthn module had run the onload trigger and wired the buttons
    /// (`html[data-webauthn-ready]`); none on pages without the module.
    webauthn_ready_ms: Option<f64>,
}

/// Notes when the module marks the page ready, in the page's own clock.
const READY_PROBE: &str = "new MutationObserver((_, o) => { \
    if (document.documentElement && document.documentElement.dataset.webauthnReady === 'true') { \
    window.__vestibuleReadyAt = performance.now(); o.disconnect(); } }) \
    .observe(document, { subtree: true, attributes: true, attributeFilter: ['data-webauthn-ready'] });";

/// A redirect answered on the way to the page.
#[derive(Debug, Serialize)]
struct Hop {
    url: String,
    origin: &'static str,
    status: u64,
    transferred: u64,
}

#[derive(Debug, Serialize)]
struct Fetched {
    url: String,
    origin: &'static str,
    category: &'static str,
    status: u64,
    mime: String,
    content_encoding: String,
    /// Bytes over the wire: response headers plus the body as sent.
    transferred: u64,
    /// The body as sent (compressed when it was).
    body: u64,
    /// The body once decoded.
    decoded: u64,
    failed: bool,
}

type Events = Arc<Mutex<Vec<(&'static str, Value)>>>;

fn record(cdp: &CDPSession, events: &Events, method: &'static str) {
    let sink = events.clone();
    cdp.on(method, move |params| {
        let sink = sink.clone();
        async move {
            if let Ok(mut e) = sink.lock() {
                e.push((method, params));
            }
            Ok::<(), playwright_rs::Error>(())
        }
    });
}

async fn load(browser: &Browser, url: &str, ports: Ports) -> Result<PageLoad> {
    // A new context shares nothing with the previous one: no cookies, an
    // empty HTTP cache.
    let context = browser.new_context().await?;
    context.add_init_script(READY_PROBE).await?;
    let page = context.new_page().await?;
    let cdp = context.new_cdp_session(&page).await?;
    let events: Events = Arc::default();
    for method in [
        "Network.requestWillBeSent",
        "Network.responseReceived",
        "Network.dataReceived",
        "Network.loadingFinished",
        "Network.loadingFailed",
    ] {
        record(&cdp, &events, method);
    }
    cdp.send("Network.enable", None).await?;
    cdp.send("Network.clearBrowserCache", None).await?;
    page.goto(url, None).await?;
    wait_quiet(&events).await;
    let webauthn_nodes: usize = page
        .evaluate(
            "() => document.querySelectorAll('[name*=webauthn],[name*=passkey]').length",
            None::<&()>,
        )
        .await
        .unwrap_or(0);
    let mut webauthn_ready_ms = None;
    if webauthn_nodes > 0 {
        for _ in 0..50 {
            let at: Option<f64> = page
                .evaluate("() => window.__vestibuleReadyAt ?? null", None::<&()>)
                .await
                .unwrap_or(None);
            if at.is_some() {
                webauthn_ready_ms = at;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }
    let final_url = page.url();
    let events = events.lock().map(|e| e.clone()).unwrap_or_default();
    let _ = cdp.detach().await;
    let _ = context.close().await;
    let (hops, requests) = summarise(&events, ports);
    Ok(PageLoad {
        path: String::new(),
        final_url,
        webauthn_nodes,
        hops,
        requests,
        webauthn_ready_ms,
    })
}

/// Until every request seen has finished (or failed) and nothing new came
/// for 750 ms: scripts and the wasm module load after the `load` event.
async fn wait_quiet(events: &Events) {
    let start = Instant::now();
    let mut last_len = 0;
    let mut last_change = Instant::now();
    while start.elapsed() < Duration::from_secs(15) {
        tokio::time::sleep(Duration::from_millis(50)).await;
        let (len, open) = match events.lock() {
            Ok(e) => (e.len(), open_requests(&e)),
            Err(_) => return,
        };
        if len != last_len {
            last_len = len;
            last_change = Instant::now();
        } else if open == 0 && last_change.elapsed() > Duration::from_millis(750) {
            return;
        }
    }
}

fn open_requests(events: &[(&'static str, Value)]) -> usize {
    let mut open: HashMap<&str, bool> = HashMap::new();
    for (method, p) in events {
        let Some(id) = p["requestId"].as_str() else {
            continue;
        };
        match *method {
            "Network.requestWillBeSent" => {
                open.entry(id).or_insert(true);
            }
            "Network.loadingFinished" | "Network.loadingFailed" => {
                open.insert(id, false);
            }
            _ => {}
        }
    }
    open.values().filter(|o| **o).count()
}

/// Whose server answered: Vestibule, Kratos, or anything else.
fn origin_of(url: &str, ports: Ports) -> &'static str {
    let Some((scheme, rest)) = url.split_once("://") else {
        return "other";
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let port = match authority.rsplit_once(':') {
        Some((_, port)) => port.parse::<u16>().ok(),
        None if scheme == "http" => Some(80),
        None if scheme == "https" => Some(443),
        None => None,
    };
    match port {
        Some(p) if p == ports.ui => "vestibule",
        Some(p) if p == ports.kratos_public => "kratos",
        _ => "other",
    }
}

fn category(mime: &str, kind: &str) -> &'static str {
    let mime = mime.to_ascii_lowercase();
    if mime.contains("wasm") {
        "wasm"
    } else if mime.starts_with("text/html") || kind == "Document" {
        "html"
    } else if mime.starts_with("text/css") || kind == "Stylesheet" {
        "css"
    } else if mime.contains("javascript") || mime.contains("ecmascript") || kind == "Script" {
        "js"
    } else if mime.starts_with("font/") || mime.contains("font") || kind == "Font" {
        "fonts"
    } else if mime.starts_with("image/") || kind == "Image" {
        "images"
    } else {
        "other"
    }
}

fn header(headers: &Value, name: &str) -> String {
    headers
        .as_object()
        .and_then(|h| {
            h.iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .and_then(|(_, v)| v.as_str())
        })
        .unwrap_or("")
        .to_owned()
}

fn num(v: &Value) -> u64 {
    v.as_f64().map_or(0, |f| f.max(0.0).round() as u64)
}

/// Redirect hops and the page's own requests, in the order they started.
fn summarise(events: &[(&'static str, Value)], ports: Ports) -> (Vec<Hop>, Vec<Fetched>) {
    #[derive(Default)]
    struct Req {
        url: String,
        kind: String,
        response: Value,
        transferred: u64,
        decoded: u64,
        failed: bool,
        finished: bool,
    }
    let mut hops = Vec::new();
    let mut order: Vec<String> = Vec::new();
    let mut reqs: HashMap<String, Req> = HashMap::new();
    for (method, p) in events {
        let id = p["requestId"].as_str().unwrap_or_default().to_owned();
        match *method {
            "Network.requestWillBeSent" => {
                let redirect = &p["redirectResponse"];
                if redirect.is_object() {
                    let url = redirect["url"].as_str().unwrap_or_default().to_owned();
                    hops.push(Hop {
                        origin: origin_of(&url, ports),
                        url,
                        status: redirect["status"].as_u64().unwrap_or(0),
                        transferred: num(&redirect["encodedDataLength"]),
                    });
                }
                let url = p["request"]["url"].as_str().unwrap_or_default().to_owned();
                if !reqs.contains_key(&id) {
                    order.push(id.clone());
                }
                let r = reqs.entry(id).or_default();
                r.url = url;
                r.kind = p["type"].as_str().unwrap_or_default().to_owned();
            }
            "Network.responseReceived" => {
                if let Some(r) = reqs.get_mut(&id) {
                    r.response = p["response"].clone();
                }
            }
            "Network.dataReceived" => {
                if let Some(r) = reqs.get_mut(&id) {
                    r.decoded += num(&p["dataLength"]);
                }
            }
            "Network.loadingFinished" => {
                if let Some(r) = reqs.get_mut(&id) {
                    r.transferred = num(&p["encodedDataLength"]);
                    r.finished = true;
                }
            }
            "Network.loadingFailed" => {
                if let Some(r) = reqs.get_mut(&id) {
                    r.failed = true;
                    r.finished = true;
                }
            }
            _ => {}
        }
    }
    let fetched = order
        .iter()
        .filter_map(|id| reqs.remove(id))
        // data: URLs never touch the network.
        .filter(|r| !r.url.starts_with("data:"))
        .map(|r| {
            let mime = r.response["mimeType"]
                .as_str()
                .unwrap_or_default()
                .to_owned();
            let headers = &r.response["headers"];
            let header_bytes = num(&r.response["encodedDataLength"]);
            let length = header(headers, "content-length").parse::<u64>().ok();
            Fetched {
                origin: origin_of(&r.url, ports),
                category: category(&mime, &r.kind),
                status: r.response["status"].as_u64().unwrap_or(0),
                content_encoding: header(headers, "content-encoding"),
                transferred: r.transferred,
                body: length.unwrap_or_else(|| r.transferred.saturating_sub(header_bytes)),
                decoded: r.decoded,
                failed: r.failed || !r.finished,
                url: r.url,
                mime,
            }
        })
        .collect();
    (hops, fetched)
}

//! In-process cost of one login page: the benchmark's shared Kratos flow
//! (`../shared/bench/login_flow.json`: password, three OIDC providers,
//! passkey, the webauthn script node) rendered to a whole HTML document.
//!
//! `cargo bench -p app --bench render` (or `cargo xtask bench`, which runs
//! it and puts the medians in its table). The fixture is read at run time
//! from `$VESTIBULE_BENCH_DIR`, else `../shared/bench` next to the
//! repository; when it is absent the bench says so and measures nothing.
//!
//! - `render`: `Flow` → HTML (the flow is cloned outside the timing, as
//!   the server owns the flow it fetched);
//! - `parse_and_render`: the JSON body Kratos sent → `Flow` → HTML, what
//!   the server does per request besides HTTP and compression;
//! - `parse`: the JSON → `Flow` alone;
//! - `nodes_10` … `nodes_1000`: parse + render of the same flow grown (or
//!   cut) to that many nodes, by the rule `xtask/src/bench/upstream.rs`
//!   uses for the HTTP runs: its own nodes, then alternately an OIDC
//!   provider button and a passkey button (a settings page with many
//!   linked providers and passkeys), each with a distinct value.

use std::path::PathBuf;
use std::sync::OnceLock;

use app::flow_ui::FlowNav;
use app::kratos::{Flow, FlowKind};
use app::pages::{flow_page, Shell};
use divan::Bencher;

static FIXTURE: OnceLock<String> = OnceLock::new();
static GROWN: OnceLock<Vec<(usize, String)>> = OnceLock::new();
const SIZES: [usize; 4] = [10, 50, 200, 1000];

/// `base` with `nodes` nodes (see the module comment).
fn grown(base: &str, nodes: usize) -> String {
    let mut flow: serde_json::Value = serde_json::from_str(base).unwrap_or_default();
    let mut list = flow["ui"]["nodes"]
        .as_array_mut()
        .map(std::mem::take)
        .unwrap_or_default();
    list.truncate(nodes);
    let mut k = 0;
    while list.len() < nodes {
        list.push(if k % 2 == 0 {
            serde_json::json!({"type": "input", "group": "oidc", "attributes": {
                "name": "link", "type": "submit", "value": format!("provider-{k}"),
                "disabled": false, "node_type": "input"},
                "messages": [], "meta": {"label": {"id": 1050002, "type": "info",
                "text": format!("Link provider-{k}"), "context": {"provider": format!("provider-{k}")}}}})
        } else {
            serde_json::json!({"type": "input", "group": "passkey", "attributes": {
                "name": "passkey_remove", "type": "submit", "value": format!("credential-{k:06}"),
                "disabled": false, "node_type": "input"},
                "messages": [], "meta": {"label": {"id": 1050018, "type": "info",
                "text": format!("Remove security key \"key {k}\""), "context": {"display_name": format!("key {k}")}}}})
        });
        k += 1;
    }
    flow["ui"]["nodes"] = serde_json::Value::Array(list);
    flow.to_string()
}

fn grown_fixture(nodes: usize) -> &'static str {
    GROWN
        .get()
        .and_then(|g| g.iter().find(|(n, _)| *n == nodes))
        .map_or("", |(_, json)| json.as_str())
}

fn bench_nodes(bencher: Bencher, nodes: usize) {
    let json = grown_fixture(nodes);
    let shell = shell();
    bencher.bench(|| page(&shell, parse(divan::black_box(json))));
}

#[divan::bench(min_time = 0.5)]
fn nodes_10(bencher: Bencher) {
    bench_nodes(bencher, 10);
}

#[divan::bench(min_time = 0.5)]
fn nodes_50(bencher: Bencher) {
    bench_nodes(bencher, 50);
}

#[divan::bench(min_time = 0.5)]
fn nodes_200(bencher: Bencher) {
    bench_nodes(bencher, 200);
}

#[divan::bench(min_time = 0.5)]
fn nodes_1000(bencher: Bencher) {
    bench_nodes(bencher, 1000);
}

fn shared_dir() -> PathBuf {
    std::env::var_os("VESTIBULE_BENCH_DIR")
        .filter(|d| !d.is_empty())
        .map_or_else(
            || {
                std::env::var_os("CARGO_MANIFEST_DIR")
                    .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
                    .join("../../shared/bench")
            },
            PathBuf::from,
        )
}

fn fixture() -> &'static str {
    FIXTURE.get().map_or("", String::as_str)
}

fn parse(json: &str) -> Flow {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("login_flow.json is not a flow: {e}"))
}

/// The document shell as the server builds it (a hashed stylesheet URL).
fn shell() -> Shell {
    Shell {
        stylesheet: "/assets/style.0123456789ab.css".to_owned(),
        ..Shell::default()
    }
}

/// A CSP nonce of the server's length (16 random bytes, base64).
const NONCE: &str = "q7Lx2mV9cT4nR8wK1zY5bA==";

fn page(shell: &Shell, flow: Flow) -> String {
    flow_page(shell, FlowKind::Login, flow, FlowNav::default(), NONCE)
}

fn main() {
    let dir = shared_dir();
    let path = dir.canonicalize().unwrap_or(dir).join("login_flow.json");
    let json = match std::fs::read_to_string(&path) {
        Ok(json) => json,
        Err(e) => {
            println!(
                "render bench skipped: the shared fixture {} is absent ({e})",
                path.display()
            );
            return;
        }
    };
    let html = page(&shell(), parse(&json));
    // A line for `cargo xtask bench` (and for anyone reading along).
    println!(
        "BENCH fixture={} json_bytes={} html_bytes={}",
        path.display(),
        json.len(),
        html.len()
    );
    for nodes in SIZES {
        let g = grown(&json, nodes);
        let html = page(&shell(), parse(&g));
        println!(
            "BENCH nodes={nodes} json_bytes={} html_bytes={}",
            g.len(),
            html.len()
        );
    }
    let _ = GROWN.set(SIZES.iter().map(|&n| (n, grown(&json, n))).collect());
    let _ = FIXTURE.set(json);
    divan::main();
}

#[divan::bench(min_time = 1.5)]
fn render(bencher: Bencher) {
    let flow = parse(fixture());
    let shell = shell();
    bencher
        .with_inputs(|| flow.clone())
        .bench_values(|flow| page(&shell, flow));
}

#[divan::bench(min_time = 1.5)]
fn parse_and_render(bencher: Bencher) {
    let json = fixture();
    let shell = shell();
    bencher.bench(|| page(&shell, parse(divan::black_box(json))));
}

#[divan::bench(min_time = 1.0)]
fn parse_only(bencher: Bencher) {
    let json = fixture();
    bencher.bench(|| parse(divan::black_box(json)));
}

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
//! - `parse`: the JSON → `Flow` alone.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use app::flow_ui::FlowNav;
use app::kratos::{Flow, FlowKind};
use app::pages::{flow_page, Shell};
use divan::Bencher;

static FIXTURE: OnceLock<String> = OnceLock::new();

fn shared_dir() -> PathBuf {
    std::env::var_os("VESTIBULE_BENCH_DIR")
        .filter(|d| !d.is_empty())
        .map_or_else(
            || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/bench"),
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

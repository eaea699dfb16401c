//! Allocations per login page, in-process: the shared benchmark flow
//! (`../shared/bench/login_flow.json`) parsed, and parsed + rendered, with
//! divan's counting allocator, which lives in this bench binary only (the
//! render bench and the server keep the system allocator).
//!
//! `cargo bench -p app --bench allocs`: divan prints, under each bench,
//! the allocations, deallocations and reallocations of one iteration, and
//! their bytes. Timings here include the counting; quote them from the
//! render bench instead.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use app::flow_ui::FlowNav;
use app::kratos::{Flow, FlowKind};
use app::pages::{flow_page, Shell};
use divan::{AllocProfiler, Bencher};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

static FIXTURE: OnceLock<String> = OnceLock::new();

fn shared_dir() -> PathBuf {
    std::env::var_os("VESTIBULE_BENCH_DIR")
        .filter(|d| !d.is_empty())
        .map_or_else(
            || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/bench"),
            PathBuf::from,
        )
}

fn parse(json: &str) -> Flow {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("login_flow.json is not a flow: {e}"))
}

fn main() {
    let path = shared_dir().join("login_flow.json");
    match std::fs::read_to_string(&path) {
        Ok(json) => {
            let _ = FIXTURE.set(json);
            divan::main();
        }
        Err(e) => println!(
            "allocs bench skipped: the shared fixture {} is absent ({e})",
            path.display()
        ),
    }
}

#[divan::bench(min_time = 0.5)]
fn parse_only(bencher: Bencher) {
    let json = FIXTURE.get().map_or("", String::as_str);
    bencher.bench(|| parse(divan::black_box(json)));
}

#[divan::bench(min_time = 0.5)]
fn parse_and_render(bencher: Bencher) {
    let json = FIXTURE.get().map_or("", String::as_str);
    let shell = Shell {
        stylesheet: "/assets/style.0123456789ab.css".to_owned(),
        ..Shell::default()
    };
    bencher.bench(|| {
        flow_page(
            &shell,
            FlowKind::Login,
            parse(divan::black_box(json)),
            FlowNav::default(),
            "q7Lx2mV9cT4nR8wK1zY5bA==",
        )
    });
}

//! Shared by the fixture tests: loading recorded Kratos JSON and rendering.

#![allow(dead_code)]

use std::path::PathBuf;

use app::flow_ui::FlowNav;
use app::kratos::{Flow, FlowKind};
use app::pages::{flow_page, Shell};
use scraper::{Html, Selector};

/// Under the run-time `CARGO_MANIFEST_DIR` (cargo sets it for `test`):
/// checkouts sharing a target directory can run a test binary cargo built
/// for another checkout, whose compile-time path may be gone.
pub fn fixture_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
        .join("tests/fixtures")
}

pub fn raw(name: &str) -> String {
    let path = fixture_dir().join(format!("{name}.json"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn flow(name: &str) -> Flow {
    serde_json::from_str(&raw(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

pub fn kind_of(name: &str) -> FlowKind {
    FlowKind::ALL
        .into_iter()
        .find(|k| name.starts_with(k.as_str()))
        .unwrap_or_else(|| panic!("no flow kind for {name}"))
}

pub fn render(name: &str) -> Html {
    render_flow(kind_of(name), flow(name))
}

pub fn render_flow(kind: FlowKind, flow: Flow) -> Html {
    let html = flow_page(
        &Shell::default(),
        kind,
        flow,
        FlowNav::default(),
        "test-nonce",
    );
    Html::parse_document(&html)
}

pub fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap_or_else(|e| panic!("selector {s}: {e:?}"))
}

pub fn count(html: &Html, s: &str) -> usize {
    html.select(&sel(s)).count()
}

pub fn texts(html: &Html, s: &str) -> Vec<String> {
    html.select(&sel(s))
        .map(|e| e.text().collect::<String>().trim().to_owned())
        .collect()
}

//! URLs a hostile Kratos puts into a flow (`ui.action`, anchor `href`,
//! image `src`, the script node's `src`, the logout link) never reach the
//! page unless they are http(s) or a path (app/src/safe_url.rs); the
//! attribute is left out instead.

mod support;

use app::flow_ui::FlowNav;
use app::kratos::{Flow, FlowKind};
use app::pages::{flow_page, Shell};
use scraper::Html;
use serde_json::Value;
use support::sel;

const HOSTILE: &[&str] = &[
    "javascript:alert(document.domain)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "//evil.example/x",
    "/\\evil.example/x",
    "https://user@evil.example/",
    "&#106;avascript:alert(1)",
];

/// Every `href`, `src` and `action` string in the flow set to `url`.
fn poison(v: &mut Value, url: &str) {
    match v {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if matches!(k.as_str(), "href" | "src" | "action") && v.is_string() {
                    *v = Value::String(url.to_owned());
                } else {
                    poison(v, url);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| poison(v, url)),
        _ => {}
    }
}

fn rendered(fixture: &str, kind: FlowKind, url: &str) -> Html {
    let mut raw: Value = serde_json::from_str(&support::raw(fixture)).unwrap();
    poison(&mut raw, url);
    let flow: Flow = serde_json::from_value(raw).unwrap();
    let nav = FlowNav {
        logout_url: Some(url.to_owned()),
        ..FlowNav::default()
    };
    Html::parse_document(&flow_page(&Shell::default(), kind, flow, nav, "n"))
}

#[test]
fn hostile_urls_from_kratos_are_left_out() {
    for (fixture, kind) in [
        ("login", FlowKind::Login),
        ("settings", FlowKind::Settings),
        ("handmade_unknown_shapes", FlowKind::Registration),
    ] {
        for url in HOSTILE {
            let html = rendered(fixture, kind, url);
            for attr in ["href", "src", "action", "data-src"] {
                let found: Vec<_> = html
                    .select(&sel(&format!("[{attr}]")))
                    .filter_map(|e| e.value().attr(attr))
                    .filter(|v| *v == *url)
                    .collect();
                assert!(found.is_empty(), "{fixture}: {url:?} kept in {attr}");
            }
            // The forms are still there, only without an action.
            assert!(html.select(&sel("form.flow-form")).count() > 0);
            assert_eq!(html.select(&sel("form[action]")).count(), 0, "{fixture}");
        }
    }
}

#[test]
fn http_urls_and_png_qr_codes_stay() {
    let html = rendered(
        "settings",
        FlowKind::Settings,
        "https://kratos.example/self-service/settings?flow=1",
    );
    assert!(
        html.select(&sel("form[action^='https://kratos.example/']"))
            .count()
            > 0
    );
    assert_eq!(
        html.select(&sel(
            "[data-testid=logout-link][href^='https://kratos.example/']"
        ))
        .count(),
        1
    );
    let html = support::render("settings");
    assert_eq!(
        html.select(&sel("img[src^='data:image/png;base64,']"))
            .count(),
        1,
        "the TOTP QR code"
    );
}

//! Property tests (proptest) over the URL check and the renderer, bounded
//! so the suite stays quick: `VESTIBULE_PROPTEST_CASES` sets the number
//! of cases (default below); `cargo xtask fuzz` runs them in a release
//! build for millions of cases once.

mod support;

use app::flow_ui::FlowNav;
use app::kratos::{Flow, FlowKind};
use app::pages::{flow_page, Shell};
use app::safe_url::{image, link, Origins};
use proptest::prelude::*;
use scraper::{Html, Selector};
use serde_json::{json, Value};

fn cases(default: u32) -> ProptestConfig {
    let n = std::env::var("VESTIBULE_PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases: n,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Strings built from the pieces URL tricks are made of.
fn url_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("javascript:".to_owned()),
        Just("JaVaScRiPt:".to_owned()),
        Just("data:".to_owned()),
        Just("vbscript:".to_owned()),
        Just("http:".to_owned()),
        Just("https:".to_owned()),
        Just("//".to_owned()),
        Just("/".to_owned()),
        Just("\\".to_owned()),
        Just("@".to_owned()),
        Just("&#".to_owned()),
        Just("evil.example".to_owned()),
        Just("kratos:4433".to_owned()),
        Just(":".to_owned()),
        Just("%0a".to_owned()),
        prop::sample::select(vec![
            "\t", "\n", "\r", "\0", " ", "\u{a0}", "\u{2028}", "\u{feff}"
        ])
        .prop_map(str::to_owned),
        "[a-z0-9.?#=_-]{0,6}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..8).prop_map(|p| p.concat())
}

/// What a browser would do with an accepted URL: it must be a path on
/// this origin or an http(s) URL whose host is what the string says.
fn plainly_http_or_path(s: &str) -> bool {
    if s.chars()
        .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
        || s.contains("&#")
    {
        return false;
    }
    if let Some(rest) = s.strip_prefix('/') {
        return !rest.starts_with('/');
    }
    let lower = s.to_ascii_lowercase();
    let authority = lower.split_once("://").map_or("", |(_, rest)| {
        rest.split(['/', '?', '#']).next().unwrap_or("")
    });
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && !authority.contains('@')
        && url::Url::parse(s).is_ok_and(|u| {
            u.username().is_empty() && u.password().is_none() && u.host_str().is_some()
        })
}

proptest! {
    #![proptest_config(cases(2_000))]

    #[test]
    fn accepted_links_are_plain_http_urls_or_paths(s in url_like()) {
        if link(&s).is_ok() {
            prop_assert!(plainly_http_or_path(&s), "{s:?}");
        }
        if image(&s).is_ok() && !s.starts_with("data:image/png;base64,") {
            prop_assert!(plainly_http_or_path(&s), "{s:?}");
        }
    }

    #[test]
    fn redirects_stay_on_the_deployment(s in url_like()) {
        let origins = Origins::parse(["http://kratos:4433"]);
        if let Ok(to) = origins.redirect(&s) {
            // Read as written: the deployment's origin, then the path,
            // query or fragment (or nothing).
            let lower = to.to_ascii_lowercase();
            let on_kratos = lower
                .strip_prefix("http://kratos:4433")
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?', '#']));
            prop_assert!(to.starts_with('/') || on_kratos, "{to:?}");
        }
    }

    #[test]
    fn any_string_is_checked_without_panicking(s in any::<String>()) {
        let _ = link(&s);
        let _ = image(&s);
        let _ = Origins::parse(["https://a.example"]).redirect(&s);
    }
}

/// Text with markup characters in it.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "<",
            ">",
            "\"",
            "'",
            "&",
            "`",
            "=",
            "/",
            "<script>",
            "</div>",
            "<img data-xss src=x onerror=1>",
            "\"><b data-xss>",
            "' data-xss='",
            "javascript:",
            "&lt;",
            "<!--",
            "]]>",
            "\u{0}",
        ])
        .prop_map(str::to_owned),
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..6).prop_map(|p| p.concat())
}

fn text(t: &str) -> Value {
    json!({ "id": 1, "text": t, "type": "info" })
}

proptest! {
    #![proptest_config(cases(48))]

    /// Any text or URL in a flow's places comes out as text or is left
    /// out: no element it carries, no script, the page still one form.
    #[test]
    fn rendered_flows_carry_no_markup_from_kratos(t in hostile_text()) {
        let mut raw: Value = serde_json::from_str(&support::raw("registration_profile")).unwrap();
        let node = |attributes: Value| json!({
            "type": attributes["node_type"], "group": "default", "attributes": attributes,
            "messages": [{ "id": 4000001, "text": t, "type": "error" }],
            "meta": { "label": text(&t) }
        });
        let nodes = raw["ui"]["nodes"].as_array_mut().unwrap();
        nodes.extend([
            node(json!({ "node_type": "a", "id": t, "href": t, "title": text(&t) })),
            node(json!({ "node_type": "img", "id": t, "src": t })),
            node(json!({ "node_type": "text", "id": t, "text": text(&t) })),
            node(json!({ "node_type": "div", "id": t, "class": t })),
            node(json!({ "node_type": "input", "name": t, "type": "text", "value": t })),
        ]);
        raw["ui"]["action"] = json!(t);
        raw["ui"]["messages"] = json!([{ "id": 1, "text": t, "type": "error" }]);
        let flow: Flow = serde_json::from_value(raw).unwrap();
        let page = flow_page(&Shell::default(), FlowKind::Registration, flow, FlowNav::default(), "n");
        let html = Html::parse_document(&page);
        let injected = Selector::parse("[data-xss], script, iframe, object, embed").unwrap();
        prop_assert_eq!(html.select(&injected).count(), 0, "{}", page);
        let risky = Selector::parse("body [href], body [src], body [action]").unwrap();
        for el in html.select(&risky) {
            for a in ["href", "src", "action"] {
                if let Some(v) = el.value().attr(a) {
                    // Empty: this very page (Vestibule's own links with no base path);
                    // `?lang=…`: the language menu's links to this very page.
                    let fine = v.is_empty() || v.starts_with("?lang=") || plainly_http_or_path(v) || v.starts_with("data:image/png;base64,");
                    prop_assert!(fine, "{a}={v:?}");
                }
            }
        }
    }
}

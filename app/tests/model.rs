//! The typed model against JSON recorded from Kratos v1.3.1
//! (`cargo xtask record-fixtures`) and hand-made shapes it never emits.

mod support;

use app::kratos::error::ids;
use app::kratos::{ErrorEnvelope, FlowError, Group, InputType, Session, UiNode};
use support::{fixture_dir, flow, raw};

fn recorded_flows() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixture_dir())
        .unwrap()
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            let stem = name.strip_suffix(".json")?.to_owned();
            (!stem.starts_with("error_")
                && !stem.starts_with("handmade_")
                && !stem.starts_with("hydra_")
                && stem != "session")
                .then_some(stem)
        })
        .collect();
    names.sort();
    names
}

#[test]
fn every_recorded_flow_parses_without_unknown_nodes() {
    let names = recorded_flows();
    assert!(names.len() >= 15, "too few fixtures: {names:?}");
    for name in names {
        let f = flow(&name);
        assert!(!f.id.is_empty(), "{name}: no id");
        assert!(!f.ui.nodes.is_empty(), "{name}: no nodes");
        for node in &f.ui.nodes {
            assert!(
                !matches!(node, UiNode::Unknown(_)),
                "{name}: a real node parsed as unknown: {node:?}"
            );
            assert!(
                !matches!(node.group(), Group::Other(_)),
                "{name}: unknown group"
            );
        }
        let csrf =
            f.ui.nodes
                .iter()
                .filter_map(UiNode::as_input)
                .filter(|a| a.name == "csrf_token")
                .count();
        assert_eq!(csrf, 1, "{name}: csrf_token nodes");
    }
}

#[test]
fn recorded_flows_cover_every_node_kind_and_group_v1_3_1_emits() {
    let mut kinds = std::collections::BTreeSet::new();
    let mut groups = std::collections::BTreeSet::new();
    let mut input_types = std::collections::BTreeSet::new();
    for name in recorded_flows() {
        for node in flow(&name).ui.nodes {
            groups.insert(node.group().as_str().to_owned());
            let kind = match &node {
                UiNode::Input(n) => {
                    input_types.insert(n.attributes.input_type.as_str().to_owned());
                    "input"
                }
                UiNode::Img(_) => "img",
                UiNode::A(_) => "a",
                UiNode::Text(_) => "text",
                UiNode::Script(_) => "script",
                UiNode::Div(_) => "div",
                UiNode::Unknown(_) => "unknown",
            };
            kinds.insert(kind);
        }
    }
    for k in ["input", "img", "text", "script"] {
        assert!(kinds.contains(k), "no {k} node recorded: {kinds:?}");
    }
    for g in [
        "default",
        "password",
        "code",
        "passkey",
        "webauthn",
        "totp",
        "lookup_secret",
        "profile",
        "identifier_first",
    ] {
        assert!(groups.contains(g), "no {g} group recorded: {groups:?}");
    }
    for t in ["text", "email", "password", "hidden", "submit", "button"] {
        assert!(
            input_types.contains(t),
            "no {t} input recorded: {input_types:?}"
        );
    }
}

#[test]
fn triggers_and_values_survive_parsing() {
    let login = flow("login");
    let trigger = login
        .ui
        .nodes
        .iter()
        .filter_map(UiNode::as_input)
        .find(|a| a.name == "passkey_login_trigger")
        .expect("passkey trigger");
    assert_eq!(trigger.onclick_trigger.as_deref(), Some("oryPasskeyLogin"));
    assert_eq!(
        trigger.onload_trigger.as_deref(),
        Some("oryPasskeyLoginAutocompleteInit")
    );
    assert_eq!(trigger.known_type(), Some(InputType::Button));
    let identifier = login
        .ui
        .nodes
        .iter()
        .filter_map(UiNode::as_input)
        .find(|a| a.name == "identifier")
        .expect("identifier");
    assert_eq!(
        identifier.autocomplete.as_deref(),
        Some("username webauthn")
    );
    assert!(identifier.required);
    let script = login
        .ui
        .nodes
        .iter()
        .find_map(|n| match n {
            UiNode::Script(s) => Some(&s.attributes),
            _ => None,
        })
        .expect("webauthn script");
    assert!(script.src.ends_with("/.well-known/ory/webauthn.js"));
    assert!(script
        .integrity
        .as_deref()
        .is_some_and(|i| i.starts_with("sha512-")));
}

#[test]
fn flow_states_and_aal_are_read() {
    assert!(flow("login_aal2").is_second_factor());
    assert_eq!(flow("login_refresh").refresh, Some(true));
    assert_eq!(flow("recovery_code_sent").state(), Some("sent_email"));
    assert_eq!(flow("settings_totp_linked").state(), Some("success"));
    let messages = flow("login_invalid_credentials").ui.messages;
    assert_eq!(messages.first().map(|m| m.id), Some(4000006));
}

#[test]
fn error_bodies_parse_with_their_ids() {
    let cases = [
        ("error_flow_expired", Some(ids::FLOW_EXPIRED)),
        ("error_csrf_violation", Some(ids::CSRF_VIOLATION)),
        (
            "error_session_aal2_required",
            Some(ids::SESSION_AAL2_REQUIRED),
        ),
        (
            "error_session_already_available",
            Some(ids::SESSION_ALREADY_AVAILABLE),
        ),
        ("error_return_to_forbidden", Some(ids::RETURN_TO_FORBIDDEN)),
        (
            "error_browser_location_change_required",
            Some(ids::BROWSER_LOCATION_CHANGE_REQUIRED),
        ),
        (
            "error_settings_without_session",
            Some(ids::SESSION_INACTIVE),
        ),
        // Kratos v1.3.1 sends these without an id.
        ("error_flow_not_found", None),
        ("error_session_inactive", None),
    ];
    for (name, id) in cases {
        let e: ErrorEnvelope =
            serde_json::from_str(&raw(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(e.id(), id, "{name}");
        assert!(!e.error.message.is_empty(), "{name}: no message");
    }
    let expired: ErrorEnvelope = serde_json::from_str(&raw("error_flow_expired")).unwrap();
    assert!(expired
        .error
        .redirect_to()
        .is_some_and(|r| r.ends_with("/self-service/login/browser")));
    let aal2: ErrorEnvelope = serde_json::from_str(&raw("error_session_aal2_required")).unwrap();
    assert!(aal2
        .redirect_browser_to()
        .is_some_and(|r| r.contains("aal=aal2")));
    let forbidden: ErrorEnvelope = serde_json::from_str(&raw("error_return_to_forbidden")).unwrap();
    assert!(forbidden
        .error
        .reason
        .is_some_and(|r| r.contains("https://not-allowed.example")));
}

#[test]
fn stored_error_and_session_parse() {
    let stub: FlowError = serde_json::from_str(&raw("error_stub_500")).unwrap();
    let e = stub.generic();
    assert_eq!(e.code, Some(500));
    assert_eq!(e.reason.as_deref(), Some("This is a stub error."));
    let session: Session = serde_json::from_str(&raw("session")).unwrap();
    assert_eq!(session.identity.unwrap().display_name(), "ada@example.com");
    assert_eq!(
        session.authenticator_assurance_level.as_deref(),
        Some("aal1")
    );
    assert_eq!(session.authentication_methods[0].method, "password");
}

#[test]
fn unknown_and_malformed_nodes_degrade_instead_of_failing() {
    let flow: app::kratos::Flow = serde_json::from_str(&raw("handmade_unknown_shapes")).unwrap();
    let unknown: Vec<_> = flow
        .ui
        .nodes
        .iter()
        .filter_map(|n| match n {
            UiNode::Unknown(u) => Some(u),
            _ => None,
        })
        .collect();
    assert_eq!(unknown.len(), 2, "{unknown:?}");
    assert_eq!(unknown[0].attributes.node_type, "hologram");
    assert_eq!(
        unknown[0].meta.label.as_ref().unwrap().text,
        "A hologram of your face"
    );
    assert_eq!(unknown[1].attributes.node_type, "input");
    assert!(unknown[1]
        .attributes
        .problem
        .as_deref()
        .unwrap()
        .contains("name"));
    let groups: Vec<&str> = flow.ui.nodes.iter().map(|n| n.group().as_str()).collect();
    assert!(groups.contains(&"deviceauthn"));
    let odd = flow
        .ui
        .nodes
        .iter()
        .filter_map(UiNode::as_input)
        .find(|a| a.name == "traits.color")
        .unwrap();
    assert_eq!(odd.input_type.as_str(), "color");
    assert_eq!(odd.known_type(), None);
}

//! Which sections share one form and which fields merge
//! (`flow_ui::joined_form`), tested directly on recorded flows and on
//! shapes where Kratos repeats the address in several groups.

mod support;

use app::flow_ui::joined_form::{join_forms, merge, merge_key, JoinedForm};
use app::flow_ui::layout::layout;
use app::kratos::{FlowKind, Group, UiNode};
use serde_json::json;
use support::flow;

fn forms(kind: FlowKind, nodes: &[UiNode]) -> Vec<JoinedForm> {
    join_forms(kind, layout(kind, nodes).sections)
}

fn names(nodes: &[UiNode]) -> Vec<&str> {
    nodes
        .iter()
        .filter_map(|n| n.as_input())
        .map(|a| a.name.as_str())
        .collect()
}

fn input(group: &str, name: &str, kind: &str, extra: serde_json::Value) -> UiNode {
    let mut attributes = json!({"name": name, "type": kind, "node_type": "input"});
    if let (Some(a), Some(e)) = (attributes.as_object_mut(), extra.as_object()) {
        a.extend(e.clone());
    }
    serde_json::from_value(json!({
        "type": "input", "group": group, "attributes": attributes,
        "messages": extra.get("messages").cloned().unwrap_or(json!([])),
        "meta": {"label": {"id": 1070002, "text": name, "type": "info"}}
    }))
    .unwrap()
}

fn message(id: i64, text: &str) -> serde_json::Value {
    json!({"id": id, "text": text, "type": "error"})
}

#[test]
fn recorded_login_is_one_form_with_the_identifier_shared() {
    let forms = forms(FlowKind::Login, &flow("login").ui.nodes);
    assert_eq!(forms.len(), 1);
    let form = &forms[0];
    assert_eq!(form.test_id, "login-flow");
    assert_eq!(names(&form.shared), vec!["csrf_token", "identifier"]);
    let parts: Vec<(&Group, Option<&str>)> = form
        .parts
        .iter()
        .map(|p| (&p.group, p.test_id.as_deref()))
        .collect();
    assert_eq!(
        parts,
        vec![
            (&Group::Password, Some("login-flow-password")),
            (&Group::Code, Some("login-flow-code")),
            (&Group::Passkey, Some("passkey-flow")),
        ]
    );
    for part in &form.parts {
        assert!(
            !names(&part.nodes).contains(&"identifier"),
            "{:?}",
            part.group
        );
        assert!(
            !names(&part.nodes).contains(&"csrf_token"),
            "{:?}",
            part.group
        );
    }
}

/// Kratos may repeat the identifier in each method's group, with different
/// values and messages: one field, the first value, every message, and the
/// passkey-autofill hint.
#[test]
fn an_identifier_repeated_per_group_becomes_one_field_with_all_messages() {
    let nodes = vec![
        input("default", "csrf_token", "hidden", json!({"value": "t"})),
        input(
            "password",
            "identifier",
            "text",
            json!({"required": true, "value": "ada@example.com"}),
        ),
        input(
            "password",
            "password",
            "password",
            json!({"required": true}),
        ),
        input("password", "method", "submit", json!({"value": "password"})),
        input(
            "code",
            "identifier",
            "email",
            json!({"required": true, "value": "other@example.com", "autocomplete": "username webauthn",
                   "messages": [message(4000002, "Property identifier is missing.")]}),
        ),
        input("code", "method", "submit", json!({"value": "code"})),
    ];
    let forms = forms(FlowKind::Login, &nodes);
    assert_eq!(forms.len(), 1, "{forms:?}");
    let shared = &forms[0].shared;
    assert_eq!(names(shared), vec!["csrf_token", "identifier"]);
    let UiNode::Input(identifier) = &shared[1] else {
        panic!("{shared:?}")
    };
    assert_eq!(identifier.attributes.value, json!("ada@example.com"));
    assert_eq!(
        identifier.attributes.autocomplete.as_deref(),
        Some("username webauthn")
    );
    assert!(identifier.attributes.required);
    assert_eq!(
        identifier.messages.iter().map(|m| m.id).collect::<Vec<_>>(),
        vec![4000002]
    );
    // The password field alone no longer blocks the code button.
    let password = forms[0].parts[0]
        .nodes
        .iter()
        .find(|n| merge_key(n) == Some("password"));
    assert_eq!(
        password.and_then(|n| n.as_input()).map(|a| a.required),
        Some(false)
    );
    // Each method keeps its own button.
    assert_eq!(names(&forms[0].parts[1].nodes), vec!["method"]);
}

#[test]
fn a_visible_field_wins_over_a_hidden_one_of_the_same_name() {
    let hidden = input(
        "code",
        "identifier",
        "hidden",
        json!({"value": "old@example.com"}),
    );
    let visible = input("password", "identifier", "text", json!({}));
    let merged = merge(&[&hidden, &visible]).unwrap();
    assert!(!merged.is_hidden_input());
    assert_eq!(
        merged.as_input().map(|a| a.value.clone()),
        Some(json!("old@example.com"))
    );
    assert_eq!(merge(&[]), None);
    // Buttons never merge: their value picks the method.
    assert_eq!(
        merge_key(&input("code", "method", "submit", json!({"value": "code"}))),
        None
    );
}

/// Registration step 2: password, code and passkey in one form with the
/// traits carried once; "Back" stays a form of its own.
#[test]
fn registration_step_two_joins_the_methods_and_keeps_back_apart() {
    let forms = forms(
        FlowKind::Registration,
        &flow("registration_credentials").ui.nodes,
    );
    let ids: Vec<&str> = forms.iter().map(|f| f.test_id.as_str()).collect();
    assert_eq!(ids, vec!["registration-flow", "registration-flow-profile"]);
    let joined = &forms[0];
    let email = names(&joined.shared)
        .iter()
        .filter(|n| **n == "traits.email")
        .count();
    let in_parts: usize = joined
        .parts
        .iter()
        .map(|p| {
            names(&p.nodes)
                .iter()
                .filter(|n| **n == "traits.email")
                .count()
        })
        .sum();
    assert_eq!((email, in_parts), (1, 0));
    assert!(forms[1].navigation);
}

/// Identifier-first step 1: the address field and the hidden fields that
/// passkey autofill fills go in one form; with one submitting method the
/// address stays required.
#[test]
fn identifier_first_keeps_the_address_required_next_to_passkey_autofill() {
    let forms = forms(FlowKind::Login, &flow("login_identifier_first").ui.nodes);
    assert_eq!(forms.len(), 1);
    let all: Vec<&UiNode> = forms[0]
        .shared
        .iter()
        .chain(forms[0].parts.iter().flat_map(|p| p.nodes.iter()))
        .collect();
    let identifier = all
        .iter()
        .find_map(|n| n.as_input().filter(|a| a.name == "identifier"));
    assert_eq!(identifier.map(|a| a.required), Some(true));
    assert!(all.iter().any(|n| merge_key(n) == Some("passkey_login")));
}

/// Settings and second factors are never joined.
#[test]
fn settings_and_second_factor_keep_a_form_per_method() {
    for (kind, name) in [
        (FlowKind::Settings, "settings"),
        (FlowKind::Login, "login_aal2"),
    ] {
        let nodes = flow(name).ui.nodes;
        let sections = layout(kind, &nodes).sections.len();
        let forms = forms(kind, &nodes);
        assert_eq!(forms.len(), sections, "{name}");
        assert!(
            forms
                .iter()
                .all(|f| f.shared.is_empty() && f.parts.len() == 1),
            "{name}"
        );
    }
}

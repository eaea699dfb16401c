//! The layout rules (which form a node goes in, where a message shows),
//! tested directly on flows recorded from Kratos v1.3.1 and on hand-made
//! shapes a newer Kratos may send.

mod support;

use app::flow_ui::layout::{identifier_in_use, layout, Layout, Section};
use app::kratos::{Flow, FlowKind, UiNode};
use support::{count, flow, render, render_flow};

fn names<'a>(section: &Section<'a>) -> Vec<&'a str> {
    section
        .nodes
        .iter()
        .filter_map(|n| n.as_input())
        .map(|a| a.name.as_str())
        .collect()
}

fn occurrences(section: &Section, name: &str) -> usize {
    names(section).iter().filter(|n| **n == name).count()
}

fn message_ids(layout: &Layout) -> Vec<i64> {
    layout.messages.iter().map(|m| m.id).collect()
}

/// Step 2 of identifier-first sign-in keeps the identifier only as a
/// hidden input of group `identifier_first`; every form that posts the flow
/// must carry it, once.
#[test]
fn identifier_first_step2_every_form_posts_the_identifier() {
    let flow = flow("login_identifier_first_step2");
    let laid_out = layout(FlowKind::Login, &flow.ui.nodes);
    let posting: Vec<&Section> = laid_out
        .sections
        .iter()
        .filter(|s| names(s).contains(&"method"))
        .collect();
    assert!(
        posting.iter().any(|s| names(s).contains(&"password")),
        "no password form in {:?}",
        laid_out.sections.iter().map(names).collect::<Vec<_>>()
    );
    for section in &laid_out.sections {
        assert_eq!(occurrences(section, "identifier"), 1, "{}", section.test_id);
        assert_eq!(occurrences(section, "csrf_token"), 1, "{}", section.test_id);
    }
    assert_eq!(identifier_in_use(&flow.ui.nodes), Some("grace@example.com"));
}

#[test]
fn identifier_first_step2_renders_the_identifier_into_each_form() {
    let html = render("login_identifier_first_step2");
    let forms = count(&html, "form");
    assert!(forms >= 1);
    assert_eq!(
        count(
            &html,
            r#"form input[type=hidden][name=identifier][value="grace@example.com"]"#
        ),
        forms
    );
    assert_eq!(
        count(
            &html,
            r#"[data-testid="login-flow"] input[type=password][name=password]"#
        ),
        1
    );
    // Which account step 2 is for, and the way back to step 1.
    assert_eq!(
        support::texts(&html, r#"[data-testid="identifier-in-use"]"#),
        vec!["grace@example.com"]
    );
    assert_eq!(count(&html, r#"a[data-testid="identifier-change"]"#), 1);
}

/// Kratos attaches "Property identifier is missing" to the hidden input it
/// expected; the person must see it.
#[test]
fn a_message_on_a_hidden_input_is_shown() {
    let flow = flow("login_identifier_first_missing_identifier");
    let laid_out = layout(FlowKind::Login, &flow.ui.nodes);
    assert!(
        message_ids(&laid_out).contains(&4_000_002),
        "{:?}",
        message_ids(&laid_out)
    );
    let html = render("login_identifier_first_missing_identifier");
    assert_eq!(count(&html, r#"[data-testid="ui/message/4000002"]"#), 1);
}

fn hand_made(nodes: serde_json::Value) -> Flow {
    serde_json::from_value(serde_json::json!({
        "id": "00000000-0000-0000-0000-000000000000",
        "type": "browser",
        "ui": { "action": "http://kratos/self-service/login?flow=x", "method": "POST", "nodes": nodes }
    }))
    .expect("hand-made flow")
}

fn input(group: &str, name: &str, kind: &str, value: &str) -> serde_json::Value {
    serde_json::json!({
        "type": "input", "group": group, "messages": [], "meta": {},
        "attributes": { "name": name, "type": kind, "value": value, "node_type": "input" }
    })
}

/// A group this build does not know (a newer Kratos') may hold hidden
/// state: it is posted by every form. A method's own hidden inputs
/// (passkey fields that webauthn.js fills) stay in that method's form.
#[test]
fn unknown_groups_hidden_state_goes_everywhere_method_state_stays() {
    let flow = hand_made(serde_json::json!([
        input("default", "csrf_token", "hidden", "t"),
        input("captcha_v9", "transient_payload.token", "hidden", "x"),
        input("default", "identifier", "text", ""),
        input("password", "password", "password", ""),
        input("password", "method", "submit", "password"),
        input("code", "method", "submit", "code"),
        input("passkey", "passkey_login", "hidden", ""),
        input("passkey", "method", "submit", "passkey"),
    ]));
    let laid_out = layout(FlowKind::Login, &flow.ui.nodes);
    assert_eq!(laid_out.sections.len(), 3);
    for section in &laid_out.sections {
        assert_eq!(
            occurrences(section, "transient_payload.token"),
            1,
            "{}",
            section.test_id
        );
        let passkey_fields = occurrences(section, "passkey_login");
        let is_passkey = section.test_id == "passkey-flow";
        assert_eq!(
            passkey_fields,
            usize::from(is_passkey),
            "{}",
            section.test_id
        );
    }
}

/// The same hidden name in two flow-wide groups (a refresh flow's
/// `default` identifier and an identifier-first one) is posted once.
#[test]
fn a_hidden_name_is_posted_once_per_form() {
    let flow = hand_made(serde_json::json!([
        input("default", "csrf_token", "hidden", "t"),
        input("default", "identifier", "hidden", "a@example.org"),
        input("identifier_first", "identifier", "hidden", "a@example.org"),
        input("password", "password", "password", ""),
        input("password", "method", "submit", "password"),
    ]));
    let laid_out = layout(FlowKind::Login, &flow.ui.nodes);
    assert_eq!(laid_out.sections.len(), 1);
    assert_eq!(occurrences(&laid_out.sections[0], "identifier"), 1);
    assert_eq!(identifier_in_use(&flow.ui.nodes), Some("a@example.org"));
}

/// Messages on a method's hidden inputs show on its form; a form dropped
/// as empty hands its messages to the flow.
#[test]
fn messages_of_hidden_nodes_are_never_lost() {
    let mut hidden_passkey = input("passkey", "passkey_register", "hidden", "");
    hidden_passkey["messages"] =
        serde_json::json!([{ "id": 4000099, "text": "on a dropped form", "type": "error" }]);
    let mut hidden_totp = input("totp", "totp_state", "hidden", "");
    hidden_totp["messages"] =
        serde_json::json!([{ "id": 4000098, "text": "on a shown form", "type": "error" }]);
    let flow = hand_made(serde_json::json!([
        input("default", "csrf_token", "hidden", "t"),
        hidden_passkey,
        hidden_totp,
        input("totp", "totp_code", "text", ""),
        input("totp", "method", "submit", "totp"),
    ]));
    let laid_out = layout(FlowKind::Settings, &flow.ui.nodes);
    assert_eq!(message_ids(&laid_out), vec![4_000_099]);
    let totp = laid_out
        .sections
        .iter()
        .find(|s| names(s).contains(&"totp_code"))
        .expect("totp form");
    assert_eq!(
        totp.messages.iter().map(|m| m.id).collect::<Vec<_>>(),
        vec![4_000_098]
    );
    let html = render_flow(FlowKind::Settings, flow);
    assert_eq!(count(&html, r#"[data-testid="ui/message/4000099"]"#), 1);
    assert_eq!(
        count(&html, r#"form [data-testid="ui/message/4000098"]"#),
        1
    );
}

/// A unified login flow has no hidden identifier: nothing claims a step 2.
#[test]
fn unified_login_has_no_identifier_in_use() {
    let flow = flow("login");
    assert_eq!(identifier_in_use(&flow.ui.nodes), None);
    let hidden_identifiers = flow
        .ui
        .nodes
        .iter()
        .filter(|n| n.is_hidden_input())
        .filter_map(UiNode::as_input)
        .filter(|a| a.name == "identifier")
        .count();
    assert_eq!(hidden_identifiers, 0);
}

/// Kratos v1.3.1's code screen lists "Resend code" before "Continue";
/// Enter in the code field submits with the form's first submit button,
/// so "Continue" must come first or Enter mails a new code instead.
#[test]
fn the_primary_action_is_the_first_submit_of_its_form() {
    let flow = hand_made(serde_json::json!([
        input("default", "csrf_token", "hidden", "t"),
        input("code", "identifier", "hidden", "a@example.org"),
        input("code", "code", "text", ""),
        input("code", "resend", "submit", "code"),
        input("code", "method", "submit", "code"),
    ]));
    let laid_out = layout(FlowKind::Login, &flow.ui.nodes);
    assert_eq!(laid_out.sections.len(), 1);
    let submits: Vec<&str> = laid_out.sections[0]
        .nodes
        .iter()
        .filter_map(|n| n.as_input())
        .filter(|a| a.name == "method" || a.name == "resend")
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(submits, vec!["method", "resend"]);
    let html = render_flow(FlowKind::Login, flow);
    assert_eq!(
        count(
            &html,
            r#"form button[type=submit]:first-of-type[name=method][value=code]"#
        ),
        1
    );
    assert_eq!(count(&html, r#"button.secondary[name=resend]"#), 1);
}

/// Later steps say which address they are for: sign-up's step 2 (the email
/// carried hidden), recovery and verification after the code was mailed
/// (the resend button's value); step 1 and settings name none.
#[test]
fn later_steps_name_the_address_in_use() {
    use app::flow_ui::layout::address_in_use;
    for (name, kind, expected) in [
        (
            "registration_credentials",
            FlowKind::Registration,
            Some("ada@example.com"),
        ),
        ("registration_profile", FlowKind::Registration, None),
        (
            "recovery_code_sent",
            FlowKind::Recovery,
            Some("ada@example.com"),
        ),
        ("recovery", FlowKind::Recovery, None),
        (
            "verification_code_sent",
            FlowKind::Verification,
            Some("ada@example.com"),
        ),
        (
            "login_identifier_first_step2",
            FlowKind::Login,
            Some("grace@example.com"),
        ),
        ("settings", FlowKind::Settings, None),
    ] {
        assert_eq!(
            address_in_use(kind, &flow(name).ui.nodes),
            expected,
            "{name}"
        );
    }
    let html = render("registration_credentials");
    assert_eq!(count(&html, r#"[data-testid="identifier-in-use"]"#), 1);
    assert_eq!(
        count(
            &html,
            r#"a[data-testid="identifier-change"][href^="/registration"]"#
        ),
        1
    );
}

/// Recovery's resend is a submit named `email`: it comes after "Continue".
#[test]
fn recovery_resend_comes_after_continue() {
    let html = render("recovery_code_sent");
    assert_eq!(
        count(
            &html,
            r#"form button[type=submit]:first-of-type[name=method]"#
        ),
        1
    );
    assert_eq!(count(&html, r#"button.secondary[name=email]"#), 1);
}

//! Where settings land after a submit (`flow_ui::settings_landing`):
//! decided directly on recorded flows, and rendered.

mod support;

use app::flow_ui::settings_landing::{answering_group, settings_landing, Landing};
use app::kratos::{Flow, FlowKind, Group, UiNode};
use serde_json::json;
use support::{count, flow, render, render_flow};

/// The settings flow with Kratos' answer to a wrong TOTP code: the error
/// on `totp_code` (4000008), as Kratos v1.3.1 sends it.
fn wrong_totp_code() -> Flow {
    let mut flow = flow("settings");
    let mut found = false;
    for node in &mut flow.ui.nodes {
        if let UiNode::Input(n) = node {
            if n.attributes.name == "totp_code" {
                n.messages = vec![serde_json::from_value(json!({
                    "id": 4000008,
                    "text": "The provided authentication code is invalid, please try again.",
                    "type": "error"
                }))
                .unwrap()];
                found = true;
            }
        }
    }
    assert!(found, "the settings fixture has no totp_code");
    flow
}

#[test]
fn a_node_message_names_the_section_that_answered() {
    let flow = wrong_totp_code();
    assert_eq!(answering_group(&flow.ui.nodes), Some(&Group::Totp));
    assert_eq!(
        settings_landing(&flow.ui.messages, &flow.ui.nodes),
        Landing::Section(Group::Totp)
    );
}

#[test]
fn a_saved_without_node_messages_lands_by_fragment_and_a_fresh_page_at_the_top() {
    let saved = flow("settings_totp_linked");
    assert_eq!(answering_group(&saved.ui.nodes), None);
    assert_eq!(
        settings_landing(&saved.ui.messages, &saved.ui.nodes),
        Landing::Fragment
    );
    let fresh = flow("settings");
    assert_eq!(
        settings_landing(&fresh.ui.messages, &fresh.ui.nodes),
        Landing::Top
    );
}

#[test]
fn every_settings_form_posts_to_its_landing_anchor() {
    let html = render("settings");
    let forms: Vec<_> = html.select(&support::sel("form")).collect();
    assert!(forms.len() >= 4);
    for form in forms {
        let id = form.value().attr("id").unwrap();
        let action = form.value().attr("action").unwrap();
        assert!(action.ends_with(&format!("#{id}-answer")), "{action}");
    }
    // A fresh page has nothing to land on.
    assert_eq!(count(&html, ".answer"), 0);
}

#[test]
fn the_answering_section_holds_the_flow_message_or_each_section_a_copy() {
    // "Saved": every section an anchor with a copy, the top one focused.
    let html = render("settings_totp_linked");
    let sections = count(&html, "form");
    assert_eq!(
        count(
            &html,
            r#"form > .answer[id$="-answer"] [data-testid="ui/message/1050001"]"#
        ),
        sections
    );
    assert_eq!(
        count(
            &html,
            r#".flow-messages > .messages[autofocus] [data-testid="ui/message/1050001"]"#
        ),
        1
    );
    // A wrong code: no anchors (they would turn autofocus off); the code
    // field in the TOTP section takes focus.
    let html = render_flow(FlowKind::Settings, wrong_totp_code());
    assert_eq!(count(&html, ".answer"), 0);
    assert_eq!(
        count(
            &html,
            r#"form[id="settings-flow-totp"] input[name=totp_code][autofocus]"#
        ),
        1
    );
    assert_eq!(count(&html, "[autofocus]"), 1);
}

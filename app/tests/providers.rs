//! Social sign-in buttons: the provider's name as its owner writes it, the
//! operator's label kept, and a mark for each common provider.

use app::flow_ui::providers::{brand_of, display_name, with_display_name};
use app::kratos::UiText;
use serde_json::json;

#[test]
fn a_provider_without_a_label_gets_its_proper_name() {
    for (id, name) in [
        ("github", "GitHub"),
        ("google", "Google"),
        ("apple", "Apple"),
        ("microsoft", "Microsoft"),
        ("gitlab", "GitLab"),
        ("facebook", "Facebook"),
        ("discord", "Discord"),
        ("slack", "Slack"),
        ("linkedin", "LinkedIn"),
        ("x", "X"),
        ("twitter", "X"),
        ("auth0", "Auth0"),
        ("github-app", "GitHub"),
    ] {
        // Kratos v1.3.1 sends the id when no label is configured.
        assert_eq!(display_name(id, id), name, "{id}");
        assert!(brand_of(id).is_some_and(|b| !b.mark.is_empty()), "{id}");
    }
    // Kratos' own capitalisation of an id is no label either.
    assert_eq!(display_name("github", "Github"), "GitHub");
    // Unknown ids: a capital first letter, a generic mark.
    assert_eq!(display_name("rvw", "rvw"), "Rvw");
    assert_eq!(brand_of("rvw"), None);
}

#[test]
fn an_operator_label_is_kept_as_written() {
    assert_eq!(display_name("rvw", "RVW Tech"), "RVW Tech");
    assert_eq!(
        display_name("github", "GitHub Enterprise"),
        "GitHub Enterprise"
    );
}

#[test]
fn the_label_context_and_text_carry_the_fixed_name() {
    let label: UiText = serde_json::from_value(json!({
        "id": 1010002, "text": "Sign in with github", "type": "info",
        "context": {"provider": "github", "provider_id": "github"}
    }))
    .unwrap();
    let fixed = with_display_name(&label, "github");
    assert_eq!(fixed.text, "Sign in with GitHub");
    assert_eq!(
        fixed.context,
        Some(json!({"provider": "GitHub", "provider_id": "github"}))
    );
    // Settings' link message has no provider_id: the button value is the id.
    let link: UiText = serde_json::from_value(json!({
        "id": 1050002, "text": "Link slack", "type": "info", "context": {"provider": "slack"}
    }))
    .unwrap();
    assert_eq!(with_display_name(&link, "slack").text, "Link Slack");
}

//! What assistive technology and keyboards rely on, checked on the HTML of
//! recorded flows: one `<h1>`, field messages tied to their field, live
//! regions by kind, focus placed after a submit without JavaScript, code
//! inputs a phone and a password manager understand.

mod support;

use support::{count, render, sel};

#[test]
fn every_flow_page_has_exactly_one_h1() {
    for name in [
        "login",
        "login_aal2",
        "login_refresh",
        "login_identifier_first_step2",
        "registration_profile",
        "registration_credentials",
        "settings",
        "recovery",
        "recovery_code_sent",
        "verification",
    ] {
        assert_eq!(count(&render(name), "h1"), 1, "{name}");
    }
}

/// The error under the password field is what a screen reader reads with
/// the field, and the field takes focus when the page loads.
#[test]
fn a_field_error_describes_its_field_and_takes_focus() {
    let html = render("registration_password_too_short");
    let input = html
        .select(&sel(r#"input[name=password]"#))
        .next()
        .expect("password input");
    assert_eq!(input.value().attr("aria-invalid"), Some("true"));
    assert!(input.value().attr("autofocus").is_some());
    let described = input
        .value()
        .attr("aria-describedby")
        .expect("aria-describedby");
    let messages = html
        .select(&sel(&format!(r#"[id="{described}"]"#)))
        .next()
        .expect("the element aria-describedby names");
    assert_eq!(
        messages
            .select(&sel(r#"[data-testid="ui/message/4000032"][role=alert]"#))
            .count(),
        1
    );
    // Focus goes to the field, so nothing else asks for it.
    assert_eq!(count(&html, "[autofocus]"), 1);
}

/// A flow-level error after a submit (wrong password) is where focus lands.
#[test]
fn a_flow_error_takes_focus_when_no_field_is_in_error() {
    let html = render("login_invalid_credentials");
    assert_eq!(
        count(
            &html,
            r#".messages[tabindex="-1"][autofocus] [data-testid="ui/message/4000006"][role=alert]"#
        ),
        1
    );
    assert_eq!(count(&html, "[autofocus]"), 1);
}

/// Info is announced politely; the code field offers the mailed code.
#[test]
fn info_is_a_status_and_code_inputs_are_one_time_codes() {
    let html = render("recovery_code_sent");
    assert_eq!(
        count(&html, r#"[data-testid="ui/message/1060003"][role=status]"#),
        1
    );
    assert_eq!(
        count(
            &html,
            r#"input[name=code][autocomplete=one-time-code][inputmode=numeric]"#
        ),
        1
    );
    let html = render("login_aal2_wrong_code");
    assert_eq!(
        count(
            &html,
            r#"input[name=totp_code][autocomplete=one-time-code][inputmode=numeric]"#
        ),
        1
    );
}

/// A fresh flow has nothing to announce: focus stays where the browser
/// puts it.
#[test]
fn a_fresh_flow_moves_no_focus() {
    assert_eq!(count(&render("login"), "[autofocus]"), 0);
}

/// An error page says what happened in its `<h1>` and message; the status
/// and id, for support, are folded into a `details` and focusable.
#[test]
fn error_pages_fold_the_technical_details_away() {
    let html = app::pages::error_page(
        &app::pages::Shell::default(),
        app::pages::ErrorView {
            status: 500,
            title: "Something went wrong".to_owned(),
            message: "Please try again.".to_owned(),
            error_id: Some("stub:500".to_owned()),
            ..Default::default()
        },
    );
    let html = scraper::Html::parse_document(&html);
    assert_eq!(count(&html, "h1"), 1);
    assert_eq!(
        count(
            &html,
            r#"details:not([open]) > pre[data-testid="code-box"][tabindex="0"]"#
        ),
        1
    );
    let details: String = html
        .select(&sel(r#"[data-testid="code-box"]"#))
        .flat_map(|e| e.text())
        .collect();
    assert!(details.contains("stub:500"), "{details}");
}

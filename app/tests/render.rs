//! Rendering recorded flows: forms, the fields in each, test ids.

mod support;

use support::{count, render, render_flow, sel, texts};

/// Every form posts to Kratos with the flow's CSRF token, and no form
/// holds a script.
#[test]
fn every_form_of_every_recorded_flow_carries_its_csrf_token() {
    for name in [
        "login",
        "login_aal2",
        "login_refresh",
        "login_identifier_first",
        "registration_profile",
        "registration_credentials",
        "settings",
        "settings_lookup_secrets_generated",
        "recovery",
        "recovery_code_sent",
        "verification",
        "verification_code_sent",
    ] {
        let html = render(name);
        let forms: Vec<_> = html.select(&sel("form")).collect();
        assert!(!forms.is_empty(), "{name}: no form");
        for form in forms {
            let id = form.value().attr("data-testid").unwrap_or("?");
            assert_eq!(
                form.select(&sel(r#"input[type=hidden][name=csrf_token]"#))
                    .count(),
                1,
                "{name}/{id}: csrf_token"
            );
            assert_eq!(form.value().attr("method"), Some("POST"), "{name}/{id}");
            assert!(
                form.value().attr("action").unwrap_or("").contains("flow="),
                "{name}/{id}"
            );
            assert_eq!(
                form.select(&sel("script")).count(),
                0,
                "{name}/{id}: script in form"
            );
        }
        // The page root the Kratos e2e suite looks for.
        assert_eq!(
            count(&html, r#"main[data-testid="app-express"]"#),
            1,
            "{name}"
        );
    }
}

/// Password, code and passkey share one form with one address field:
/// the person types it once, whichever method they then pick.
#[test]
fn login_has_password_code_and_passkey_in_one_form_with_one_identifier() {
    for name in ["login", "login_invalid_credentials"] {
        let html = render(name);
        let form = r#"form[data-testid="login-flow"]"#;
        assert_eq!(count(&html, "input[name=identifier]"), 1, "{name}");
        assert_eq!(
            count(
                &html,
                &format!("{form} > .field input[name=identifier][required]")
            ),
            1,
            "{name}"
        );
        // The identifier keeps its autocomplete so passkeys show in autofill.
        assert_eq!(
            count(
                &html,
                r#"input[name=identifier][autocomplete="username webauthn"]"#
            ),
            1,
            "{name}"
        );
        let password = format!(r#"{form} [data-testid="login-flow-password"]"#);
        assert_eq!(
            count(
                &html,
                &format!("{password} input[name=password][type=password]")
            ),
            1
        );
        // The code button must not be blocked by an empty password.
        assert_eq!(count(&html, "input[name=password][required]"), 0, "{name}");
        assert_eq!(
            count(
                &html,
                &format!(r#"{password} button[type=submit][name=method][value=password]"#)
            ),
            1
        );
        let code = format!(r#"{form} [data-testid="login-flow-code"]"#);
        assert_eq!(
            count(&html, &format!("{code} button[name=method][value=code]")),
            1
        );
        let passkey = format!(r#"{form} [data-testid="passkey-flow"]"#);
        assert_eq!(
            count(
                &html,
                &format!(
                    r#"{passkey} button[type=button][name=passkey_login_trigger][data-trigger=oryPasskeyLogin]"#
                )
            ),
            1
        );
        assert_eq!(
            count(
                &html,
                &format!("{passkey} input[type=hidden][name=passkey_challenge]")
            ),
            1
        );
        assert_eq!(count(&html, "input[name=csrf_token]"), 1, "{name}");
        // Enter in the address submits the first button: signing in.
        let first = html
            .select(&sel(&format!("{form} button[type=submit]")))
            .next()
            .map(|b| b.value().attr("value").unwrap_or("").to_owned());
        assert_eq!(first.as_deref(), Some("password"), "{name}");
    }
    // The address Kratos filled in after a failed attempt stays.
    let html = render("login_invalid_credentials");
    assert_eq!(
        count(&html, r#"input[name=identifier][value="ada@example.com"]"#),
        1
    );
    let html = render("login");
    // Labels wrap their inputs (the e2e suite finds "Password" this way).
    let labels = texts(&html, r#"form[data-testid="login-flow"] label"#);
    assert!(labels.iter().any(|l| l.contains("Password")), "{labels:?}");
    // Cross-links.
    assert_eq!(
        count(
            &html,
            r#"a[data-testid="signup-link"][href="/registration"]"#
        ),
        1
    );
    assert_eq!(
        count(
            &html,
            r#"a[data-testid="forgot-password-link"][href="/recovery"]"#
        ),
        1
    );
}

#[test]
fn two_step_registration_screens() {
    let html = render("registration_profile");
    let form = r#"form[data-testid="registration-flow"]"#;
    for name in ["traits.email", "traits.name.first", "traits.name.last"] {
        assert_eq!(
            count(&html, &format!(r#"{form} input[name="{name}"]"#)),
            1,
            "{name}"
        );
    }
    assert_eq!(
        count(&html, &format!("{form} button[name=method][value=profile]")),
        1
    );

    let html = render("registration_credentials");
    let forms: Vec<String> = html
        .select(&sel("form"))
        .map(|f| f.value().attr("data-testid").unwrap_or("").to_owned())
        .collect();
    // The method choice first, "Back" last.
    assert_eq!(
        forms.first().map(String::as_str),
        Some("registration-flow"),
        "{forms:?}"
    );
    assert_eq!(
        forms.last().map(String::as_str),
        Some("registration-flow-profile"),
        "{forms:?}"
    );
    let form = r#"form[data-testid="registration-flow"]"#;
    assert_eq!(count(&html, &format!("{form} input[name=password]")), 1);
    // The traits from step one ride along hidden in every form.
    for f in html.select(&sel("form")) {
        assert_eq!(
            f.select(&sel(r#"input[type=hidden][name="traits.email"]"#))
                .count(),
            1,
            "{:?}",
            f.value().attr("data-testid")
        );
    }
    assert_eq!(count(&html, "button[name=screen][value=previous]"), 1);
    assert_eq!(count(&html, r#"[data-testid="ui/message/1040009"]"#), 1);
}

#[test]
fn messages_carry_their_ids_and_kinds() {
    let html = render("login_invalid_credentials");
    let m = html
        .select(&sel(r#"[data-testid="ui/message/4000006"]"#))
        .next()
        .expect("message 4000006");
    assert!(m.value().classes().any(|c| c == "error"));
    assert_eq!(m.value().attr("role"), Some("alert"));
    let html = render("registration_password_too_short");
    assert!(
        count(
            &html,
            r#"[data-testid="node/input/password"] [data-testid^="ui/message/4000"]"#
        ) >= 1
    );
}

#[test]
fn totp_and_lookup_secrets_render_readably() {
    let html = render("settings_lookup_secrets_generated");
    let qr = html
        .select(&sel(r#"img[data-testid="node/image/totp_qr"]"#))
        .next()
        .expect("QR");
    assert!(qr
        .value()
        .attr("src")
        .unwrap()
        .starts_with("data:image/png;base64,"));
    let secret = texts(&html, r#"[data-testid="node/text/totp_secret_key/text"]"#);
    assert_eq!(secret.len(), 1);
    assert_eq!(secret[0].len(), 32, "{secret:?}");
    let codes = texts(
        &html,
        r#"[data-testid="node/text/lookup_secret_codes/text"] code"#,
    );
    assert_eq!(codes.len(), 12, "{codes:?}");
    assert!(codes.iter().all(|c| c.len() == 8), "{codes:?}");
    assert_eq!(
        count(
            &html,
            r#"[data-testid="node/text/lookup_secret_codes/label"]"#
        ),
        1
    );
    let headings = texts(&html, "form h3");
    for h in [
        "Profile",
        "Password",
        "Authenticator app",
        "Backup codes",
        "Security keys",
        "Passkeys",
    ] {
        assert!(
            headings.iter().any(|x| x == h),
            "{h} missing in {headings:?}"
        );
    }
}

#[test]
fn second_factor_and_refresh_titles() {
    let html = render("login_aal2");
    assert_eq!(texts(&html, "h1"), vec!["Second factor authentication"]);
    assert_eq!(count(&html, "input[name=totp_code]"), 1);
    let html = render("login_refresh");
    assert_eq!(texts(&html, "h1"), vec!["Confirm it's you"]);
}

#[test]
fn identifier_first_keeps_conditional_ui_fields() {
    let html = render("login_identifier_first");
    assert_eq!(
        count(
            &html,
            r#"form[data-testid="login-flow"] button[name=method][value=identifier_first]"#
        ),
        1
    );
    // No visible passkey control, but the hidden fields webauthn.js fills.
    assert_eq!(
        count(
            &html,
            r#"input[type=hidden][name=passkey_login][data-onload-trigger]"#
        ),
        1
    );
    assert_eq!(
        count(&html, r#"input[type=hidden][name=passkey_challenge]"#),
        1
    );
    let html = render("login_identifier_first_credentials");
    assert_eq!(
        count(
            &html,
            r#"[data-testid="node/input/identifier"] [data-testid="ui/message/4000037"]"#
        ),
        1
    );
}

#[test]
fn recovery_code_form_keeps_resend_and_continue() {
    let html = render("recovery_code_sent");
    assert_eq!(count(&html, "input[name=code]"), 1);
    assert_eq!(count(&html, "button[type=submit][name=email]"), 1);
    assert_eq!(
        count(&html, "button[type=submit][name=method][value=code]"),
        1
    );
    assert_eq!(count(&html, r#"[data-testid="ui/message/1060003"]"#), 1);
}

#[test]
fn shapes_kratos_v1_3_1_never_emits_still_render() {
    let flow: app::kratos::Flow =
        serde_json::from_str(&support::raw("handmade_unknown_shapes")).unwrap();
    let html = render_flow(app::kratos::FlowKind::Registration, flow);
    // The unknown node's label and message as text.
    let unknown = texts(&html, r#".node-unknown[data-node-type=hologram]"#);
    assert_eq!(unknown.len(), 1);
    assert!(
        unknown[0].contains("A hologram of your face")
            && unknown[0].contains("Look into the camera")
    );
    // The nameless input as text too.
    assert!(texts(&html, ".node-unknown")
        .iter()
        .any(|t| t.contains("An input without a name")));
    // An unknown input type is a text field; options are a select.
    assert_eq!(
        count(
            &html,
            r##"input[name="traits.color"][type=text][value="#ff0000"]"##
        ),
        1
    );
    assert_eq!(count(&html, r#"select[name="traits.tier"] option"#), 2);
    assert_eq!(
        count(
            &html,
            r#"select[name="traits.tier"] option[value=gold][selected]"#
        ),
        1
    );
    assert_eq!(
        texts(&html, r#"select[name="traits.tier"] option[value=gold]"#),
        vec!["Gold tier"]
    );
    assert_eq!(
        count(
            &html,
            r#"input[type=checkbox][name="traits.newsletter"][checked]"#
        ),
        1
    );
    // The div, the unknown group's form, the anchor.
    assert_eq!(count(&html, r#"div#captcha-mount.captcha"#), 1);
    assert_eq!(
        count(
            &html,
            r#"form[data-testid="registration-flow-deviceauthn"] button[value=deviceauthn]"#
        ),
        1
    );
    assert_eq!(
        count(
            &html,
            r#"a[data-testid="node/anchor/continue"][href="http://localhost:3000/welcome"]"#
        ),
        1
    );
}

#[test]
fn pages_with_webauthn_nodes_boot_the_module_with_the_page_nonce() {
    let mut flow = support::flow("login");
    app::flow_ui::webauthn::localize_webauthn_script(
        &mut flow,
        "/auth/.well-known/ory/webauthn.js",
    );
    let html = render_flow(app::kratos::FlowKind::Login, flow);
    let scripts: Vec<_> = html.select(&sel("script")).collect();
    assert_eq!(
        scripts.len(),
        1,
        "exactly one script: the module's bootstrap"
    );
    let boot = scripts[0].value();
    assert_eq!(boot.attr("type"), Some("module"));
    assert_eq!(boot.attr("nonce"), Some("test-nonce"));
    let code: String = scripts[0].text().collect();
    assert!(
        code.starts_with("import init from ") && code.contains("module_or_path"),
        "{code}"
    );
    let node = html
        .select(&sel(
            r#"div[hidden][data-webauthn-script][data-testid="node/script/webauthn_script"]"#,
        ))
        .next()
        .expect("script node description");
    assert_eq!(
        node.value().attr("data-src"),
        Some("/auth/.well-known/ory/webauthn.js")
    );
    assert!(node
        .value()
        .attr("data-integrity")
        .unwrap()
        .starts_with("sha512-"));
    assert_eq!(node.value().attr("data-crossorigin"), Some("anonymous"));
    // Kratos' own nonce for the script is not passed on.
    assert!(node.value().attr("data-nonce").is_none() && node.value().attr("nonce").is_none());
    assert_eq!(
        count(
            &html,
            r#"p[hidden][role=alert][data-testid="webauthn-message"]"#
        ),
        1
    );
    // Without JavaScript the passkey button says it needs it.
    assert_eq!(
        count(&html, r#"form [data-testid="passkey-flow"] noscript"#),
        1
    );
}

#[test]
fn pages_without_webauthn_nodes_ship_no_script() {
    for name in [
        "recovery",
        "recovery_code_sent",
        "verification",
        "login_aal2",
    ] {
        let html = render(name);
        assert_eq!(count(&html, "script"), 0, "{name}");
        assert_eq!(
            count(&html, r#"[data-testid="webauthn-message"]"#),
            0,
            "{name}"
        );
    }
}

/// OIDC providers (a flow assembled from Kratos' own test snapshots; the
/// local Kratos has no providers configured).
#[test]
fn social_sign_in_buttons_show_kratos_labels_and_logos() {
    let flow: app::kratos::Flow =
        serde_json::from_str(&support::raw("handmade_login_oidc")).unwrap();
    let html = render_flow(app::kratos::FlowKind::Login, flow);
    let form = r#"form[data-testid="login-flow-oidc"]"#;
    for (provider, label) in [
        ("github", "Sign in with GitHub"),
        ("google", "Sign in with Google"),
        ("apple", "Sign in with Apple"),
    ] {
        let button = format!(r#"{form} button[type=submit][name=provider][value={provider}]"#);
        assert_eq!(
            texts(&html, &format!("{button} span")),
            vec![label],
            "{provider}"
        );
        assert_eq!(
            count(
                &html,
                &format!(
                    r#"{button} svg.sso-logo.sso-{provider}[aria-hidden="true"] path[d][fill]"#
                )
            ),
            1,
            "{provider}"
        );
    }
    // Social sign-in comes first and needs no identifier.
    let first = html.select(&sel("form")).next().unwrap();
    assert_eq!(first.value().attr("data-testid"), Some("login-flow-oidc"));
    assert_eq!(count(&html, &format!("{form} input[name=identifier]")), 0);
    assert_eq!(count(&html, &format!("{form} input[name=csrf_token]")), 1);
}

#[test]
fn without_a_nonce_a_page_carries_no_inline_script() {
    let flow = support::flow("login");
    let html = app::pages::flow_page(
        &app::pages::Shell::default(),
        app::kratos::FlowKind::Login,
        flow,
        app::flow_ui::FlowNav::default(),
        "",
    );
    let html = scraper::Html::parse_document(&html);
    assert_eq!(count(&html, "script"), 0);
    // The form still works without JavaScript.
    assert!(count(&html, "form.flow-form") > 0);
}

/// Settings open with a list of their sections, each link pointing at a
/// form on the page.
#[test]
fn settings_sections_are_listed_and_linked() {
    let html = render("settings");
    let links: Vec<String> = html
        .select(&sel(r#"nav[data-testid="settings-nav"][aria-label] a"#))
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    assert!(links.len() >= 4, "{links:?}");
    for href in &links {
        let id = href.strip_prefix('#').expect("a fragment");
        assert_eq!(count(&html, &format!(r#"form[id="{id}"] h3"#)), 1, "{href}");
    }
}

/// No two settings buttons say "Save": each says what it does, with the
/// name and value Kratos needs.
#[test]
fn settings_buttons_say_what_they_do() {
    let html = render("settings");
    for (value, label) in [
        ("profile", "Save profile"),
        ("password", "Change password"),
        ("totp", "Turn on authenticator app"),
    ] {
        assert_eq!(
            texts(&html, &format!(r#"button[name=method][value={value}]"#)),
            vec![label.to_owned()],
            "{value}"
        );
    }
    assert!(!texts(&html, "button").iter().any(|t| t == "Save"));
}

/// The ways to sign in are separated by an "or"; "Back" and settings'
/// sections are not alternatives and get none.
#[test]
fn alternatives_are_divided_by_or() {
    // Password, code and passkey: three parts of one form, two "or"s.
    let login = render("login");
    assert_eq!(count(&login, ".forms > form"), 1);
    assert_eq!(count(&login, ".forms > form > .method"), 3);
    assert_eq!(count(&login, ".forms > form > .divider"), 2);
    assert_eq!(count(&login, ".forms > form > .divider + .method"), 2);
    let registration = render("registration_credentials");
    assert_eq!(
        count(
            &registration,
            ".forms > .divider + form:has(button[name=screen])"
        ),
        0
    );
    assert_eq!(count(&registration, ".forms form > .divider"), 2);
    assert_eq!(count(&render("settings"), ".divider"), 0);
}

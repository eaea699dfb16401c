//! Passkeys and WebAuthn in Chromium with a virtual authenticator, against
//! Kratos' real webauthn.js (served from Vestibule's origin) under the
//! strict CSP. Every test fails on any console error, CSP violations
//! included.

use anyhow::{ensure, Result};

use crate::support::{BrowserPage, Ctx, TestFn, PASSWORD};
use crate::tests as test_list;

pub fn tests() -> Vec<(&'static str, TestFn)> {
    test_list![
        passkey_registration_then_autofill_login,
        passkey_login_with_the_explicit_button,
        continue_offers_the_passkey_in_the_address_field,
        password_user_enrols_passkey_signs_in_with_it_and_removes_it,
        webauthn_security_key_as_second_factor,
        unsupported_browser_gets_a_readable_message,
        a_cancelled_ceremony_gets_a_readable_message,
        passkey_button_explains_it_needs_javascript,
        csp_violations_are_detected,
    ]
}

async fn methods(b: &BrowserPage) -> Result<String> {
    b.text(r#"[data-testid="welcome-card"] .methods"#).await
}

/// Two-step registration choosing a passkey; the user ends signed in.
pub(crate) async fn register_with_passkey(b: &BrowserPage, ui: &str, email: &str) -> Result<()> {
    b.goto(&format!("{ui}/registration")).await?;
    b.fill(
        r#"[data-testid="registration-flow"] input[name="traits.email"]"#,
        email,
    )
    .await?;
    b.click(r#"button[name="method"][value="profile"]"#).await?;
    b.wait_for(r#"button[name="passkey_register_trigger"]"#)
        .await?;
    b.wait_webauthn_ready().await?;
    b.click(r#"button[name="passkey_register_trigger"]"#)
        .await?;
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(email, "aal1").await?;
    ensure!(
        methods(b).await?.contains("passkey"),
        "methods: {}",
        methods(b).await?
    );
    Ok(())
}

fn credential_requests(b: &BrowserPage) -> Vec<String> {
    b.console()
        .into_iter()
        .filter(|l| l.starts_with("test: credentials.get"))
        .collect()
}

/// The browser ends signed in as `email` on the welcome page, after one
/// conditional (autofill) credential request and no other.
async fn signed_in_by_autofill(b: &BrowserPage, email: &str) -> Result<()> {
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(email, "aal1").await?;
    let requests = credential_requests(b);
    ensure!(
        requests == ["test: credentials.get mediation=conditional"],
        "expected one conditional request and no other: {requests:?}"
    );
    Ok(())
}

/// Headless Chromium's virtual authenticator answers conditional
/// mediation by itself: the login page's autofill request
/// (oryPasskeyLoginAutocompleteInit, the onload trigger) signs the user in
/// without a click.
async fn passkey_registration_then_autofill_login(ctx: Ctx) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let email = ctx.unique_email();
    let b = ctx.page(true).await?;
    b.record_credential_requests().await?;
    let authenticator = b.add_virtual_authenticator().await?;
    register_with_passkey(&b, &ui, &email).await?;
    let stored = authenticator.credentials().await?;
    ensure!(stored.len() == 1, "credentials: {stored:?}");
    ensure!(
        stored[0]["isResidentCredential"] == true,
        "not a passkey: {:?}",
        stored[0]
    );

    b.goto(&format!("{ui}/welcome")).await?;
    b.click(r#"[data-testid="logout"] a[data-testid="logout-link"]"#)
        .await?;
    // No click on the login page: autofill alone signs in.
    b.wait_for_url("**/login?flow=*").await?;
    signed_in_by_autofill(&b, &email).await?;
    b.finish().await
}

/// `/continue`'s address field offers the passkey by autofill too: the
/// virtual authenticator answers the conditional request, and Kratos
/// signs the person in from the page's hidden passkey form, no code
/// mailed and no click.
async fn continue_offers_the_passkey_in_the_address_field(ctx: Ctx) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let email = ctx.unique_email();
    let b = ctx.page(true).await?;
    b.record_credential_requests().await?;
    b.add_virtual_authenticator().await?;
    register_with_passkey(&b, &ui, &email).await?;
    // Not through the logout link: it ends on /login, whose own autofill
    // would sign in before /continue is reached.
    b.clear_cookies().await?;

    b.goto(&format!("{ui}/continue")).await?;
    signed_in_by_autofill(&b, &email).await?;
    b.finish().await
}

/// Where the browser offers no autofill, the passkey button signs in.
async fn passkey_login_with_the_explicit_button(ctx: Ctx) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let email = ctx.unique_email();
    let b = ctx.page(true).await?;
    b.disable_conditional_ui().await?;
    b.record_credential_requests().await?;
    b.add_virtual_authenticator().await?;
    register_with_passkey(&b, &ui, &email).await?;

    b.sign_out(&ui).await?;
    b.wait_webauthn_ready().await?;
    b.click(r#"button[name="passkey_login_trigger"]"#).await?;
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(&email, "aal1").await?;
    let requests = credential_requests(&b);
    ensure!(
        requests == ["test: credentials.get mediation=optional"],
        "expected one explicit request: {requests:?}"
    );
    b.finish().await
}

async fn password_user_enrols_passkey_signs_in_with_it_and_removes_it(ctx: Ctx) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let email = ctx.unique_email();
    let b = ctx.page(true).await?;
    b.disable_conditional_ui().await?;
    let authenticator = b.add_virtual_authenticator().await?;
    b.sign_up(&ui, &email).await?;

    b.goto(&format!("{ui}/settings")).await?;
    b.wait_webauthn_ready().await?;
    b.click(r#"button[name="passkey_register_trigger"]"#)
        .await?;
    b.wait_for(r#"button[name="passkey_remove"]"#).await?;
    ensure!(
        authenticator.credentials().await?.len() == 1,
        "no credential stored"
    );

    b.sign_out(&ui).await?;
    b.wait_webauthn_ready().await?;
    b.click(r#"button[name="passkey_login_trigger"]"#).await?;
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(&email, "aal1").await?;

    b.goto(&format!("{ui}/settings")).await?;
    b.wait_webauthn_ready().await?;
    b.click(r#"button[name="passkey_remove"]"#).await?;
    b.wait_for(r#"[data-testid="ui/message/1050001"]"#).await?;
    ensure!(
        b.count(r#"button[name="passkey_remove"]"#).await? == 0,
        "the passkey is still listed"
    );
    // Password sign-in still works after removing it.
    b.sign_out(&ui).await?;
    b.sign_in(&ui, &email, PASSWORD).await?;
    b.wait_for_url("**/welcome").await?;
    b.finish().await
}

async fn webauthn_security_key_as_second_factor(ctx: Ctx) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let email = ctx.unique_email();
    let b = ctx.page(true).await?;
    let authenticator = b.add_virtual_authenticator().await?;
    b.sign_up(&ui, &email).await?;

    b.goto(&format!("{ui}/settings")).await?;
    b.wait_webauthn_ready().await?;
    b.fill(r#"input[name="webauthn_register_displayname"]"#, "test key")
        .await?;
    b.click(r#"button[name="webauthn_register_trigger"]"#)
        .await?;
    b.wait_for(r#"button[name="webauthn_remove"]"#).await?;
    ensure!(
        authenticator.credentials().await?.len() == 1,
        "no credential stored"
    );

    b.sign_out(&ui).await?;
    b.sign_in(&ui, &email, PASSWORD).await?;
    b.wait_for_url("**/login?flow=*").await?;
    b.wait_for(r#"button[name="webauthn_login_trigger"]"#)
        .await?;
    b.wait_webauthn_ready().await?;
    b.click(r#"button[name="webauthn_login_trigger"]"#).await?;
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(&email, "aal2").await?;
    b.finish().await
}

async fn unsupported_browser_gets_a_readable_message(ctx: Ctx) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let b = ctx.page(true).await?;
    b.page
        .add_init_script("delete window.PublicKeyCredential;")
        .await?;
    b.goto(&format!("{ui}/login")).await?;
    b.wait_for(
        r#"[data-testid="webauthn-message"][data-webauthn-error="unsupported"]:not([hidden])"#,
    )
    .await?;
    let text = b.text(r#"[data-testid="webauthn-message"]"#).await?;
    ensure!(text.to_lowercase().contains("browser"), "message: {text:?}");
    // Everything else on the page still works: a password sign-in form.
    ensure!(
        b.count(r#"[data-testid="login-flow"] input[name="password"]"#)
            .await?
            == 1
    );
    b.finish().await
}

/// The user dismisses the browser's passkey dialog: Chromium rejects with
/// NotAllowedError, which an init script stands in for here (the virtual
/// authenticator never asks). Kratos v1.3.1's script only logs that on the
/// console; the page must say it in words and stay usable.
async fn a_cancelled_ceremony_gets_a_readable_message(ctx: Ctx) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let b = ctx.page(true).await?;
    b.disable_conditional_ui().await?;
    b.page
        .add_init_script(
            "navigator.credentials.get = () => Promise.reject(\
             new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'));",
        )
        .await?;
    b.goto(&format!("{ui}/login")).await?;
    b.wait_webauthn_ready().await?;
    b.click(r#"button[name="passkey_login_trigger"]"#).await?;
    b.wait_for(
        r#"[data-testid="webauthn-message"][data-webauthn-error="cancelled"]:not([hidden])"#,
    )
    .await?;
    let text = b.text(r#"[data-testid="webauthn-message"]"#).await?;
    ensure!(text.to_lowercase().contains("cancel"), "message: {text:?}");
    ensure!(
        b.current_url().contains("/login?flow="),
        "left the page: {}",
        b.current_url()
    );
    b.finish_allowing(&["NotAllowedError", "timed out or was not allowed"])
        .await
}

async fn passkey_button_explains_it_needs_javascript(ctx: Ctx) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let b = ctx.page(false).await?;
    b.goto(&format!("{ui}/login")).await?;
    b.wait_for_url("**/login?flow=*").await?;
    let note = b
        .text(r#"form [data-testid="passkey-flow"] noscript"#)
        .await?;
    ensure!(note.contains("JavaScript"), "noscript: {note:?}");
    b.finish().await
}

/// The console check the other tests rely on does catch a CSP violation:
/// an inline script injected into a real page must be refused and
/// reported.
async fn csp_violations_are_detected(ctx: Ctx) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let b = ctx.page(true).await?;
    b.page
        .route("**/welcome", |route| async move {
            let original = route.fetch(None).await?;
            let headers = original.headers().iter().cloned().collect();
            let body = original.text()?.replace(
                "</main>",
                "</main><script>document.title='injected'</script>",
            );
            route
                .fulfill(
                    playwright_rs::protocol::FulfillOptions::builder()
                        .status(original.status())
                        .headers(headers)
                        .body_string(body)
                        .build(),
                )
                .await
        })
        .await?;
    b.goto(&format!("{ui}/welcome")).await?;
    b.wait_for(r#"[data-testid="welcome-card"]"#).await?;
    ensure!(
        b.page.title().await? != "injected",
        "the injected script ran"
    );
    let outcome = b.finish().await;
    let error = outcome.err().map(|e| format!("{e:#}")).unwrap_or_default();
    ensure!(
        error.contains("Content Security Policy"),
        "the injected inline script was not reported: {error:?}"
    );
    Ok(())
}

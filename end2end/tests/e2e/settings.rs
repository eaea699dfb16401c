//! Settings: profile and password; where the page lands after a submit.

use anyhow::{ensure, Result};
use playwright_rs::protocol::Viewport;

use crate::support::{BrowserPage, Ctx, TestFn};
use crate::with_and_without_js;

pub fn tests() -> Vec<(&'static str, TestFn)> {
    with_and_without_js![
        settings_profile_and_password,
        a_failed_totp_enrolment_on_a_phone_lands_on_the_error,
        a_saved_password_on_a_phone_lands_on_the_password_section
    ]
}

/// Whether the element is wholly inside the viewport, and which element
/// has focus (`name` or tag).
async fn in_view_and_focus(b: &BrowserPage, selector: &str) -> Result<(bool, String)> {
    let selector = selector.to_owned();
    let found: Vec<serde_json::Value> = b
        .page
        .evaluate(
            r"(s) => {
                const e = document.querySelector(s);
                const a = document.activeElement;
                const focus = a ? (a.getAttribute('name') || a.tagName.toLowerCase()) : '';
                if (!e) return [false, focus];
                const r = e.getBoundingClientRect();
                return [r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0, focus];
            }",
            Some(&selector),
        )
        .await?;
    Ok((
        found
            .first()
            .and_then(serde_json::Value::as_bool)
            .unwrap_or(false),
        found
            .get(1)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned(),
    ))
}

async fn phone(b: &BrowserPage) -> Result<()> {
    b.page
        .set_viewport_size(Viewport {
            width: 390,
            height: 844,
        })
        .await?;
    Ok(())
}

/// Issue 15: after a wrong code in the TOTP section (far down a phone's
/// page) the error is in view and the code field has focus.
async fn a_failed_totp_enrolment_on_a_phone_lands_on_the_error(
    ctx: Ctx,
    javascript: bool,
) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;
    phone(&b).await?;
    b.sign_up(&ui, &email).await?;
    b.goto(&format!("{ui}/settings")).await?;
    b.wait_for_url("**/settings?flow=*").await?;
    b.fill(r#"input[name="totp_code"]"#, "000000").await?;
    b.click(r#"button[name="method"][value="totp"]"#).await?;
    let error = r#"form[id="settings-flow-totp"] [data-testid^="ui/message/4"]"#;
    b.wait_for(error).await?;
    let (in_view, focus) = in_view_and_focus(&b, error).await?;
    ensure!(in_view, "the TOTP error is out of view on a 390 px page");
    ensure!(focus == "totp_code", "focus is on {focus:?}");
    b.finish().await
}

/// A change Kratos answers with "saved" only (no node message): the page
/// lands on the section that was submitted, its message in view there.
async fn a_saved_password_on_a_phone_lands_on_the_password_section(
    ctx: Ctx,
    javascript: bool,
) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;
    phone(&b).await?;
    b.sign_up(&ui, &email).await?;
    b.goto(&format!("{ui}/settings")).await?;
    b.wait_for_url("**/settings?flow=*").await?;
    b.fill(r#"input[name="password"]"#, CHANGED_PASSWORD)
        .await?;
    b.click(r#"button[name="method"][value="password"]"#)
        .await?;
    b.wait_for_url("**/settings?flow=*#settings-flow-password-answer")
        .await?;
    let saved = r#"form[id="settings-flow-password"] [data-testid="ui/message/1050001"]"#;
    b.wait_for(saved).await?;
    let (in_view, _) = in_view_and_focus(&b, saved).await?;
    ensure!(in_view, "the saved message is out of view on a 390 px page");
    b.finish().await
}

const CHANGED_PASSWORD: &str = "a changed and still long passphrase 9";

async fn settings_profile_and_password(ctx: Ctx, javascript: bool) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;
    b.sign_up(&ui, &email).await?;

    b.click(r#"a[data-testid="settings-link"]"#).await?;
    b.wait_for_url("**/settings?flow=*").await?;
    let headings = b.page.locator("form h3").all_inner_texts().await?;
    ensure!(
        headings.iter().any(|h| h == "Profile") && headings.iter().any(|h| h == "Password"),
        "settings headings: {headings:?}"
    );
    b.fill(r#"input[name="traits.name.last"]"#, "Byron").await?;
    b.click(r#"button[name="method"][value="profile"]"#).await?;
    b.wait_for(r#"[data-testid="ui/message/1050001"]"#).await?;
    let last = b
        .page
        .locator(r#"input[name="traits.name.last"]"#)
        .input_value(None)
        .await?;
    ensure!(last == "Byron", "last name after saving: {last:?}");

    b.fill(r#"input[name="password"]"#, CHANGED_PASSWORD)
        .await?;
    b.click(r#"button[name="method"][value="password"]"#)
        .await?;
    // Saved once the page came back (the field is empty again) with the
    // success message.
    b.wait_for_value(r#"input[name="password"]"#, "").await?;
    b.wait_for(r#"[data-testid="ui/message/1050001"]"#).await?;

    b.sign_out(&ui).await?;
    b.sign_in(&ui, &email, CHANGED_PASSWORD).await?;
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(&email, "aal1").await?;
    b.goto(&format!("{ui}/sessions")).await?;
    let session = b.text(r#"[data-testid="session-json"]"#).await?;
    ensure!(
        session.contains(r#""last": "Byron""#),
        "profile not saved: {session}"
    );
    b.finish().await
}

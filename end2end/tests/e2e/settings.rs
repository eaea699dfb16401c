//! Settings: profile and password.

use anyhow::{ensure, Result};

use crate::support::{Ctx, TestFn};
use crate::with_and_without_js;

pub fn tests() -> Vec<(&'static str, TestFn)> {
    with_and_without_js![settings_profile_and_password]
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

//! Second factors: a TOTP app and lookup (backup) codes, enrolled in
//! settings and then required at sign-in.

use anyhow::{ensure, Result};

use crate::support::{totp_code, BrowserPage, Ctx, TestFn, PASSWORD};
use crate::with_and_without_js;

pub fn tests() -> Vec<(&'static str, TestFn)> {
    with_and_without_js![
        totp_enrolment_then_aal2_login,
        lookup_secrets_then_aal2_login
    ]
}

/// Password sign-in of a user with a second factor: Kratos signs in at
/// aal1, /welcome is refused (aal2 required) and sends the browser to the
/// second-factor screen.
async fn sign_in_to_second_factor(b: &BrowserPage, ui: &str, email: &str) -> Result<()> {
    b.sign_out(ui).await?;
    b.sign_in(ui, email, PASSWORD).await?;
    b.wait_for_url("**/login?flow=*").await?;
    b.wait_for("h1").await?;
    let title = b.text("h1").await?;
    ensure!(title == "Second factor authentication", "title {title:?}");
    ensure!(
        b.count(r#"a[data-testid="logout-link"]"#).await? == 1,
        "no way out offered on the second-factor screen"
    );
    Ok(())
}

async fn totp_enrolment_then_aal2_login(ctx: Ctx, javascript: bool) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;
    b.sign_up(&ui, &email).await?;
    b.open_settings(&ui).await?;

    let qr = b
        .page
        .locator(r#"img[data-testid="node/image/totp_qr"]"#)
        .get_attribute("src")
        .await?
        .unwrap_or_default();
    ensure!(
        qr.starts_with("data:image/png;base64,"),
        "QR src {:.40}",
        qr
    );
    let secret = b
        .text(r#"[data-testid="node/text/totp_secret_key/text"]"#)
        .await?;
    ensure!(secret.len() >= 16, "secret {secret:?}");
    b.fill(r#"input[name="totp_code"]"#, &totp_code(secret.trim())?)
        .await?;
    b.click(r#"button[name="method"][value="totp"]"#).await?;
    b.wait_for(r#"button[name="totp_unlink"]"#).await?;

    sign_in_to_second_factor(&b, &ui, &email).await?;
    b.fill(r#"input[name="totp_code"]"#, &totp_code(secret.trim())?)
        .await?;
    b.click(r#"button[name="method"][value="totp"]"#).await?;
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(&email, "aal2").await?;
    b.finish().await
}

/// The backup codes the settings page lists, once it lists them.
async fn shown_codes(b: &BrowserPage) -> Result<Vec<String>> {
    const CODES: &str = r#"[data-testid="node/text/lookup_secret_codes/text"] code"#;
    b.wait_for(CODES).await?;
    Ok(b.page.locator(CODES).all_inner_texts().await?)
}

async fn lookup_secrets_then_aal2_login(ctx: Ctx, javascript: bool) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;
    b.sign_up(&ui, &email).await?;
    b.open_settings(&ui).await?;

    b.click(r#"button[name="lookup_secret_regenerate"]"#)
        .await?;
    let codes = shown_codes(&b).await?;
    ensure!(codes.len() >= 10, "codes: {codes:?}");
    b.click(r#"button[name="lookup_secret_confirm"]"#).await?;
    b.wait_for(r#"[data-testid="ui/message/1050001"]"#).await?;

    sign_in_to_second_factor(&b, &ui, &email).await?;
    b.fill(r#"input[name="lookup_secret"]"#, codes[0].trim())
        .await?;
    b.click(r#"button[name="method"][value="lookup_secret"]"#)
        .await?;
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(&email, "aal2").await?;

    // Kratos marks the used code with its time (1050014, `used_at_unix`):
    // said in the person's language, not as Go prints a time.
    b.goto(&format!("{ui}/settings?lang=fr")).await?;
    b.click(r#"button[name="lookup_secret_reveal"]"#).await?;
    let shown = shown_codes(&b).await?;
    const MONTHS: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let used = |c: &str| {
        c.starts_with("Utilisé le ")
            && c.ends_with(" UTC")
            && MONTHS.iter().any(|m| c.contains(&format!(" {m} 20")))
    };
    ensure!(
        shown.iter().filter(|c| used(c)).count() == 1,
        "one code is shown as used, in French: {shown:?}"
    );
    ensure!(
        !shown.iter().any(|c| c.trim() == codes[0].trim()),
        "the used code is no longer shown: {shown:?}"
    );
    b.finish().await
}

//! Account recovery and address verification by one-time code.

use anyhow::{ensure, Result};

use vestibule_e2e::MailSink;

use crate::support::{BrowserPage, Ctx, TestFn};
use crate::with_and_without_js;

pub fn tests() -> Vec<(&'static str, TestFn)> {
    with_and_without_js![recovery_by_code_then_new_password, verification_by_code]
}

/// Asks for a code for `email`, waits for Kratos' "code sent" message,
/// reads the code from the mail sink and submits it.
async fn enter_mailed_code(
    b: &BrowserPage,
    mail: &MailSink,
    email: &str,
    sent_message: &str,
    template: &str,
) -> Result<()> {
    b.fill(r#"input[name="email"]"#, email).await?;
    b.click(r#"button[type="submit"][name="method"][value="code"]"#)
        .await?;
    b.wait_for(&format!(r#"[data-testid="ui/message/{sent_message}"]"#))
        .await?;
    let code = mail.take_code(email, template).await?;
    b.fill(r#"input[name="code"]"#, &code).await?;
    b.click(r#"button[type="submit"][name="method"][value="code"]"#)
        .await
}

const NEW_PASSWORD: &str = "another long passphrase after recovery 7";

async fn recovery_by_code_then_new_password(ctx: Ctx, javascript: bool) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let mail = &ctx.stack().mail;
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;
    b.sign_up(&ui, &email).await?;
    b.sign_out(&ui).await?;

    b.click(r#"a[data-testid="forgot-password-link"]"#).await?;
    b.wait_for_url("**/recovery?flow=*").await?;
    enter_mailed_code(&b, mail, &email, "1060003", "recovery_code").await?;

    // Kratos signs the user in and sends them to settings to pick a new
    // password.
    b.wait_for_url("**/settings?flow=*").await?;
    b.wait_for(r#"[data-testid="ui/message/1060001"]"#).await?;
    b.fill(r#"input[name="password"]"#, NEW_PASSWORD).await?;
    b.click(r#"button[name="method"][value="password"]"#)
        .await?;
    b.wait_for(r#"[data-testid="ui/message/1050001"]"#).await?;

    b.sign_out(&ui).await?;
    b.sign_in(&ui, &email, NEW_PASSWORD).await?;
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(&email, "aal1").await?;
    b.finish().await
}

async fn verification_by_code(ctx: Ctx, javascript: bool) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let mail = &ctx.stack().mail;
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;
    b.sign_up(&ui, &email).await?;
    // Kratos mails a code on sign-up already; this test asks for its own.
    mail.take_code(&email, "verification_code").await?;

    b.goto(&format!("{ui}/verification")).await?;
    enter_mailed_code(&b, mail, &email, "1080003", "verification_code").await?;
    b.wait_for(r#"[data-testid="ui/message/1080002"]"#).await?;
    b.click(r#"a[data-testid="node/anchor/continue"]"#).await?;
    b.wait_for_url("**/welcome").await?;

    b.goto(&format!("{ui}/sessions")).await?;
    let session = b.text(r#"[data-testid="session-json"]"#).await?;
    ensure!(
        session.contains(r#""verified": true"#),
        "address not verified: {session}"
    );
    b.finish().await
}

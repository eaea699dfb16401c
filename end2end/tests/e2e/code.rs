//! One-time codes by mail: passwordless sign-up and sign-in.

use std::time::Duration;

use anyhow::{ensure, Result};

use crate::support::{Ctx, TestFn};
use crate::with_and_without_js;

pub fn tests() -> Vec<(&'static str, TestFn)> {
    with_and_without_js![
        code_registration_then_code_login,
        enter_after_a_wrong_code_submits_the_code_not_resend
    ]
}

async fn code_registration_then_code_login(ctx: Ctx, javascript: bool) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let mail = &ctx.stack().mail;
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;

    b.goto(&format!("{ui}/registration")).await?;
    b.fill(
        r#"[data-testid="registration-flow"] input[name="traits.email"]"#,
        &email,
    )
    .await?;
    b.click(r#"button[name="method"][value="profile"]"#).await?;
    b.click(r#"[data-testid="registration-flow-code"] button[name="method"][value="code"]"#)
        .await?;
    b.wait_for(r#"input[name="code"]"#).await?;
    let code = mail.take_code(&email, "registration_code").await?;
    b.fill(r#"input[name="code"]"#, &code).await?;
    b.click(r#"button[type="submit"][name="method"][value="code"]"#)
        .await?;
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(&email, "aal1").await?;
    let methods = b.text(r#"[data-testid="welcome-card"] .methods"#).await?;
    ensure!(methods.contains("code"), "methods: {methods:?}");

    b.sign_out(&ui).await?;
    b.fill(
        r#"[data-testid="login-flow"] input[name="identifier"]"#,
        &email,
    )
    .await?;
    b.click(r#"[data-testid="login-flow-code"] button[name="method"][value="code"]"#)
        .await?;
    b.wait_for(r#"input[name="code"]"#).await?;
    let code = mail.take_code(&email, "login_code").await?;
    b.fill(r#"input[name="code"]"#, &code).await?;
    b.click(r#"button[type="submit"][name="method"][value="code"]"#)
        .await?;
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(&email, "aal1").await?;
    b.finish().await
}

/// The regression of issue 15: after a wrong code, the code screen has
/// "Continue" and "Resend code"; typing the right code and pressing Enter
/// must sign in, not mail a new code and throw the typed one away.
async fn enter_after_a_wrong_code_submits_the_code_not_resend(
    ctx: Ctx,
    javascript: bool,
) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let mail = &ctx.stack().mail;
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;

    b.goto(&format!("{ui}/registration")).await?;
    b.fill(
        r#"[data-testid="registration-flow"] input[name="traits.email"]"#,
        &email,
    )
    .await?;
    b.click(r#"button[name="method"][value="profile"]"#).await?;
    b.click(r#"[data-testid="registration-flow-code"] button[name="method"][value="code"]"#)
        .await?;
    b.wait_for(r#"input[name="code"]"#).await?;
    let code = mail.take_code(&email, "registration_code").await?;
    b.fill(r#"input[name="code"]"#, &code).await?;
    b.press(r#"input[name="code"]"#, "Enter").await?;
    b.wait_for_url("**/welcome").await?;

    b.sign_out(&ui).await?;
    b.fill(
        r#"[data-testid="login-flow"] input[name="identifier"]"#,
        &email,
    )
    .await?;
    b.click(r#"[data-testid="login-flow-code"] button[name="method"][value="code"]"#)
        .await?;
    b.wait_for(r#"input[name="code"]"#).await?;
    let code = mail.take_code(&email, "login_code").await?;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    b.fill(r#"input[name="code"]"#, wrong).await?;
    b.press(r#"input[name="code"]"#, "Enter").await?;
    b.wait_for(r#"[data-testid="ui/message/4010008"]"#).await?;
    ensure!(
        b.count(r#"button[name="resend"]"#).await? == 1,
        "the wrong-code screen offers no resend"
    );

    b.fill(r#"input[name="code"]"#, &code).await?;
    b.press(r#"input[name="code"]"#, "Enter").await?;
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(&email, "aal1").await?;
    // The courier delivers within a second or two; no second code came.
    let resent = mail
        .take(&email, "login_code", Duration::from_secs(4))
        .await;
    ensure!(resent.is_err(), "Enter mailed a new code: {resent:?}");
    b.finish().await
}

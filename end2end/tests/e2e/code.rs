//! One-time codes by mail: passwordless sign-up and sign-in.

use anyhow::{ensure, Result};

use crate::support::{Ctx, TestFn};
use crate::with_and_without_js;

pub fn tests() -> Vec<(&'static str, TestFn)> {
    with_and_without_js![code_registration_then_code_login]
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
        r#"[data-testid="login-flow-code"] input[name="identifier"]"#,
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

//! Password sign-in.

use anyhow::{ensure, Result};

use crate::support::{Ctx, TestFn, PASSWORD};
use crate::with_and_without_js;

pub fn tests() -> Vec<(&'static str, TestFn)> {
    with_and_without_js![password_login_wrong_then_right]
}

async fn password_login_wrong_then_right(ctx: Ctx, javascript: bool) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;
    b.sign_up(&ui, &email).await?;
    b.sign_out(&ui).await?;

    b.sign_in(&ui, &email, "not the password").await?;
    b.wait_for(r#"[data-testid="ui/message/4000006"]"#).await?;
    ensure!(
        b.current_url().contains("/login?flow="),
        "at {}",
        b.current_url()
    );
    // The identifier the user typed is kept.
    let kept = b
        .page
        .locator(r#"[data-testid="login-flow"] input[name="identifier"]"#)
        .input_value(None)
        .await?;
    ensure!(kept == email, "identifier after a failed attempt: {kept:?}");

    b.submit_password_login(&email, PASSWORD).await?;
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(&email, "aal1").await?;
    b.finish().await
}

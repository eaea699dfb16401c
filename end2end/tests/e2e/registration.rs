//! Sign-up (two-step: profile, then password) → session → logout.

use anyhow::{ensure, Result};

use crate::support::{Ctx, TestFn};
use crate::tests as test_list;

pub fn tests() -> Vec<(&'static str, TestFn)> {
    test_list![
        registration_with_password_then_logout,
        registration_with_password_then_logout_without_javascript,
    ]
}

async fn registration_with_password_then_logout(ctx: Ctx) -> Result<()> {
    sign_up_and_out(ctx, true).await
}

async fn registration_with_password_then_logout_without_javascript(ctx: Ctx) -> Result<()> {
    sign_up_and_out(ctx, false).await
}

async fn sign_up_and_out(ctx: Ctx, javascript: bool) -> Result<()> {
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;

    b.goto(&ctx.ui("/registration")).await?;
    b.wait_for_url("**/registration?flow=*").await?;
    // Step one: the profile.
    b.fill(
        r#"[data-testid="registration-flow"] input[name="traits.email"]"#,
        &email,
    )
    .await?;
    b.fill(r#"input[name="traits.name.first"]"#, "Ada").await?;
    b.fill(r#"input[name="traits.name.last"]"#, "Lovelace")
        .await?;
    b.click(r#"button[name="method"][value="profile"]"#).await?;
    // Step two: the credential.
    b.fill(
        r#"input[name="password"]"#,
        "a long and unguessable passphrase 42",
    )
    .await?;
    b.click(r#"button[name="method"][value="password"]"#)
        .await?;

    b.wait_for_url("**/welcome").await?;
    let shown = b.text(r#"[data-testid="session-email"]"#).await?;
    ensure!(
        shown == email,
        "welcome shows {shown:?}, expected {email:?}"
    );
    let methods = b.text(r#"[data-testid="welcome-card"] .methods"#).await?;
    ensure!(methods.contains("password"), "methods: {methods:?}");

    b.click(r#"[data-testid="logout"] a[data-testid="logout-link"]"#)
        .await?;
    b.wait_for_url("**/login?flow=*").await?;
    b.goto(&ctx.ui("/welcome")).await?;
    ensure!(
        b.count(r#"[data-testid="signed-out"]"#).await? == 1,
        "still signed in after logout"
    );
    b.finish().await
}

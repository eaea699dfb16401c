//! return_to through expired flows, cross-links and logout.

use std::time::Duration;

use anyhow::{ensure, Result};

use crate::support::{Ctx, TestFn, PASSWORD, SHORT_LIFESPAN_SECS};
use crate::with_and_without_js;

pub fn tests() -> Vec<(&'static str, TestFn)> {
    with_and_without_js![
        return_to_survives_an_expired_flow,
        return_to_survives_login_to_registration,
        logout_honours_return_to,
    ]
}

fn encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// The flow expires while the page is open: reloading it and submitting
/// it both land in a fresh flow that still goes to return_to.
async fn return_to_survives_an_expired_flow(ctx: Ctx, javascript: bool) -> Result<()> {
    let short = ctx.short_stack().await?;
    let stack = &short.stack;
    let ui = stack.ui_url();
    let email = ctx.unique_email();
    ctx.create_password_user(stack, &email).await?;
    let b = ctx.page(javascript).await?;

    let return_to = format!("{ui}/sessions");
    b.goto(&format!("{ui}/login?return_to={}", encode(&return_to)))
        .await?;
    b.wait_for_url("**/login?flow=*").await?;
    let expired_page = b.current_url();
    tokio::time::sleep(Duration::from_secs(SHORT_LIFESPAN_SECS + 1)).await;

    // Reloading an expired flow restarts it (Kratos 410 → redirect_to).
    b.goto(&expired_page).await?;
    b.wait_for_url("**/login?flow=*").await?;
    ensure!(
        b.current_url() != expired_page,
        "the expired flow was rendered again"
    );
    tokio::time::sleep(Duration::from_secs(SHORT_LIFESPAN_SECS + 1)).await;

    // Submitting an expired flow: Kratos answers with a new flow and a
    // message; signing in from there still ends at return_to.
    b.submit_password_login(&email, PASSWORD).await?;
    b.wait_for(r#"[data-testid="ui/message/4010001"]"#).await?;
    b.submit_password_login(&email, PASSWORD).await?;
    b.wait_for_url(&return_to).await?;
    b.finish().await
}

async fn return_to_survives_login_to_registration(ctx: Ctx, javascript: bool) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;
    let return_to = format!("{ui}/sessions");
    b.goto(&format!("{ui}/login?return_to={}", encode(&return_to)))
        .await?;
    b.wait_for_url("**/login?flow=*").await?;
    let href = b
        .page
        .locator(r#"a[data-testid="signup-link"]"#)
        .get_attribute("href")
        .await?
        .unwrap_or_default();
    ensure!(href.contains(&encode(&return_to)), "sign-up link {href:?}");
    b.click(r#"a[data-testid="signup-link"]"#).await?;
    b.wait_for_url("**/registration?flow=*").await?;
    b.fill(
        r#"[data-testid="registration-flow"] input[name="traits.email"]"#,
        &email,
    )
    .await?;
    b.click(r#"button[name="method"][value="profile"]"#).await?;
    b.fill(r#"input[name="password"]"#, PASSWORD).await?;
    b.click(r#"button[name="method"][value="password"]"#)
        .await?;
    b.wait_for_url(&return_to).await?;
    b.finish().await
}

async fn logout_honours_return_to(ctx: Ctx, javascript: bool) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;
    b.sign_up(&ui, &email).await?;
    let return_to = format!("{ui}/registration");
    b.goto(&format!("{ui}/welcome?return_to={}", encode(&return_to)))
        .await?;
    b.click(r#"[data-testid="logout"] a[data-testid="logout-link"]"#)
        .await?;
    b.wait_for_url("**/registration?flow=*").await?;
    b.goto(&format!("{ui}/welcome")).await?;
    ensure!(
        b.count(r#"[data-testid="signed-out"]"#).await? == 1,
        "still signed in"
    );
    b.finish().await
}

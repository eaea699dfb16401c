//! Flow lifecycle over plain HTTP against the real Kratos: what Vestibule
//! answers (status, Location) when a flow is missing, unknown or foreign.

use anyhow::{ensure, Context, Result};
use reqwest::header::LOCATION;

use crate::support::{Ctx, TestFn, SHORT_LIFESPAN_SECS};
use crate::tests as test_list;

pub fn tests() -> Vec<(&'static str, TestFn)> {
    test_list![
        login_without_flow_redirects_to_kratos_keeping_return_to,
        unknown_flow_restarts_keeping_return_to,
        flow_without_its_csrf_cookie_restarts,
        welcome_without_session_offers_sign_in,
        health_endpoints_answer,
        expired_flow_restarts_at_kratos_redirect_to_with_return_to,
        kratos_stored_errors_are_shown,
        a_refused_return_to_is_named_on_the_error_page,
        a_csrf_failure_on_submit_ends_on_the_error_page,
    ]
}

fn location(r: &reqwest::Response) -> Result<String> {
    Ok(r.headers()
        .get(LOCATION)
        .context("no Location header")?
        .to_str()?
        .to_owned())
}

async fn login_without_flow_redirects_to_kratos_keeping_return_to(ctx: Ctx) -> Result<()> {
    let return_to = ctx.ui("/welcome");
    let url = format!(
        "{}?return_to={}&aal=aal1&unrelated=1",
        ctx.ui("/login"),
        urlencode(&return_to)
    );
    let r = ctx.http()?.get(&url).send().await?;
    ensure!(r.status() == 303, "status {}", r.status());
    let to = location(&r)?;
    let expected = format!(
        "{}/self-service/login/browser?return_to={}&aal=aal1",
        ctx.stack().kratos_public_url(),
        urlencode(&return_to)
    );
    ensure!(to == expected, "Location {to}, expected {expected}");
    Ok(())
}

async fn unknown_flow_restarts_keeping_return_to(ctx: Ctx) -> Result<()> {
    let return_to = ctx.ui("/welcome");
    let url = format!(
        "{}?flow=00000000-0000-0000-0000-000000000000&return_to={}",
        ctx.ui("/registration"),
        urlencode(&return_to)
    );
    let r = ctx.http()?.get(&url).send().await?;
    ensure!(r.status() == 303, "status {}", r.status());
    let to = location(&r)?;
    ensure!(
        to.starts_with(&format!(
            "{}/self-service/registration/browser?return_to=",
            ctx.stack().kratos_public_url()
        )),
        "Location {to}"
    );
    Ok(())
}

async fn flow_without_its_csrf_cookie_restarts(ctx: Ctx) -> Result<()> {
    // A real flow, created by one client…
    let owner = ctx.http()?;
    let init = owner
        .get(format!(
            "{}/self-service/login/browser",
            ctx.stack().kratos_public_url()
        ))
        .send()
        .await?;
    let flow_page = location(&init)?;
    ensure!(
        flow_page.contains("/login?flow="),
        "Kratos sent {flow_page}"
    );
    // …its owner sees the form…
    let mine = owner.get(&flow_page).send().await?;
    ensure!(mine.status() == 200, "owner got {}", mine.status());
    let html = mine.text().await?;
    ensure!(
        html.contains(r#"name="csrf_token""#),
        "no csrf_token in the form"
    );
    // …and a stranger without its CSRF cookie is sent to a new flow.
    let stranger = ctx.http()?.get(&flow_page).send().await?;
    ensure!(
        stranger.status() == 303,
        "stranger got {}",
        stranger.status()
    );
    let to = location(&stranger)?;
    ensure!(to.contains("/self-service/login/browser"), "Location {to}");
    Ok(())
}

/// Kratos answers 410 with `details.redirect_to` (the init URL with the
/// flow's return_to); Vestibule sends the browser exactly there.
async fn expired_flow_restarts_at_kratos_redirect_to_with_return_to(ctx: Ctx) -> Result<()> {
    let short = ctx.short_stack().await?;
    let stack = &short.stack;
    let browser = ctx.http()?;
    let return_to = format!("{}/sessions", stack.ui_url());
    let init = browser
        .get(format!(
            "{}/self-service/login/browser?return_to={}",
            stack.kratos_public_url(),
            urlencode(&return_to)
        ))
        .send()
        .await?;
    let flow_page = location(&init)?;
    ensure!(
        browser.get(&flow_page).send().await?.status() == 200,
        "fresh flow not shown"
    );
    tokio::time::sleep(std::time::Duration::from_secs(SHORT_LIFESPAN_SECS + 1)).await;
    let r = browser.get(&flow_page).send().await?;
    ensure!(r.status() == 303, "expired flow answered {}", r.status());
    let to = location(&r)?;
    let expected = format!(
        "{}/self-service/login/browser?return_to={}",
        stack.kratos_public_url(),
        urlencode(&return_to)
    );
    ensure!(to == expected, "Location {to}, expected {expected}");
    Ok(())
}

/// Follows redirects by hand (the client follows none) and returns the
/// final response, never more than `hops` steps.
async fn follow(
    client: &reqwest::Client,
    mut url: String,
    hops: usize,
) -> Result<reqwest::Response> {
    for _ in 0..hops {
        let r = client.get(&url).send().await?;
        if !r.status().is_redirection() {
            return Ok(r);
        }
        url = location(&r)?;
    }
    anyhow::bail!("more than {hops} redirects, last at {url}")
}

async fn kratos_stored_errors_are_shown(ctx: Ctx) -> Result<()> {
    let r = ctx.http()?.get(ctx.ui("/error?id=stub:500")).send().await?;
    ensure!(r.status() == 200, "status {}", r.status());
    let html = r.text().await?;
    ensure!(
        html.contains(r#"data-testid="ui/error/message""#),
        "no error message"
    );
    ensure!(html.contains("This is a stub error."), "no reason shown");
    Ok(())
}

async fn a_refused_return_to_is_named_on_the_error_page(ctx: Ctx) -> Result<()> {
    let client = ctx.http()?;
    let r = follow(
        &client,
        ctx.ui("/login?return_to=https%3A%2F%2Fnot-allowed"),
        5,
    )
    .await?;
    ensure!(r.url().path() == "/error", "ended at {}", r.url());
    let html = r.text().await?;
    ensure!(
        html.contains("Requested return_to URL &quot;https://not-allowed&quot; is not allowed.")
            || html.contains(r#"Requested return_to URL "https://not-allowed" is not allowed."#),
        "the refused URL is not named: {html}"
    );
    Ok(())
}

async fn a_csrf_failure_on_submit_ends_on_the_error_page(ctx: Ctx) -> Result<()> {
    let client = ctx.http()?;
    let page = follow(&client, ctx.ui("/login"), 5).await?;
    let html = page.text().await?;
    let action_at = html.find(r#"action=""#).context("no form")? + 8;
    let action =
        html[action_at..][..html[action_at..].find('"').context("bad form")?].replace("&amp;", "&");
    let r = client
        .post(&action)
        .form(&[
            ("csrf_token", "not-the-token"),
            ("identifier", "nobody@example.com"),
            ("password", "whatever"),
            ("method", "password"),
        ])
        .send()
        .await?;
    ensure!(r.status() == 303, "Kratos answered {}", r.status());
    let r = follow(&client, location(&r)?, 3).await?;
    ensure!(r.url().path() == "/error", "ended at {}", r.url());
    let html = r.text().await?;
    ensure!(html.contains("CSRF"), "no CSRF explanation: {html}");
    Ok(())
}

async fn welcome_without_session_offers_sign_in(ctx: Ctx) -> Result<()> {
    let r = ctx.http()?.get(ctx.ui("/")).send().await?;
    ensure!(r.status() == 303, "/ answered {}", r.status());
    ensure!(location(&r)? == "/welcome", "/ → {}", location(&r)?);
    let r = ctx.http()?.get(ctx.ui("/welcome")).send().await?;
    ensure!(r.status() == 200, "status {}", r.status());
    let html = r.text().await?;
    ensure!(
        html.contains(r#"data-testid="signed-out""#),
        "no signed-out notice"
    );
    ensure!(html.contains(r#"href="/login""#), "no sign-in link");
    Ok(())
}

async fn health_endpoints_answer(ctx: Ctx) -> Result<()> {
    for path in ["/health/alive", "/health/ready"] {
        let r = ctx.http()?.get(ctx.ui(path)).send().await?;
        ensure!(r.status() == 200, "{path}: {}", r.status());
    }
    Ok(())
}

fn urlencode(s: &str) -> String {
    url_escape(s)
}

fn url_escape(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                (b as char).to_string()
            }
            b' ' => "+".to_owned(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

//! Vestibule against a hostile stand-in Kratos (hand-written, named as
//! such: no real Kratos sends these flows). The stand-in and one extra
//! Vestibule process bind 127.0.0.1:0; the test's leased stack is not
//! used, only the suite's Chromium.
//!
//! - [`hostile_xss_corpus_never_runs_or_injects`]: every payload of
//!   [`corpus::payloads`] in every text and URL a login flow, a stored
//!   error and a session carry, rendered with the CSP bypassed (CDP
//!   `Page.setBypassCSP`, so the markup itself is proven safe) and with it
//!   on: no payload's marker call runs, no element it carries appears, no
//!   `javascript:`/`data:text` URL reaches an attribute.
//! - [`hostile_dom_clobbering_cannot_fake_webauthn_readiness`]: div nodes whose ids
//!   shadow `window.__oryWebAuthnInitialized` and the trigger names do not
//!   make the WebAuthn module start before webauthn.js is ready.

mod corpus;
mod stand_in;

use std::time::Duration;

use anyhow::{ensure, Context, Result};

use crate::support::{BrowserPage, Ctx, TestFn};
use crate::tests as test_list;
use stand_in::{StandIn, Vestibule};

pub fn tests() -> Vec<(&'static str, TestFn)> {
    test_list![
        hostile_xss_corpus_never_runs_or_injects,
        hostile_dom_clobbering_cannot_fake_webauthn_readiness,
    ]
}

/// Counts marker calls (and `alert`s) made by whatever runs in the page.
const MARKER: &str = "window.__xssHits = []; \
    window.__xss = (n) => window.__xssHits.push(n); \
    window.alert = (m) => window.__xssHits.push('alert:' + m);";

/// `[marker calls, injected elements, dangerous URLs in attributes]`.
const PROBE: &str = "JSON.stringify([\
    (window.__xssHits || []).length, \
    document.querySelectorAll('[data-xss], xss-marker').length, \
    [...document.querySelectorAll('[href],[src],[action],[formaction],[srcdoc],[data]')]\
      .filter(e => ['href','src','action','formaction','data'].some(a => \
        /^[\\s\\u0000-\\u001f]*(javascript|vbscript|data:text)/i.test(e.getAttribute(a) || ''))).length])";

async fn probe(b: &BrowserPage, url: &str, what: &str) -> Result<()> {
    b.goto(url).await?;
    // Handlers such as onerror and onfocus fire around the load event.
    tokio::time::sleep(Duration::from_millis(20)).await;
    let found = b.page.evaluate_value(PROBE).await?;
    ensure!(
        found == "[0,0,0]",
        "{what}: [runs, elements, urls] = {found}"
    );
    Ok(())
}

async fn hostile_xss_corpus_never_runs_or_injects(ctx: Ctx) -> Result<()> {
    let payloads = corpus::payloads();
    ensure!(payloads.len() >= 200, "only {} payloads", payloads.len());
    let kratos = StandIn::start().await?;
    let ui = Vestibule::start(&kratos.url).await?;
    // The flow parses and renders (a 502 would prove nothing).
    kratos.set_payload("plain text payload");
    let page = reqwest::get(format!("{}/login?flow=x", ui.url)).await?;
    ensure!(page.status() == 200, "login page: {}", page.status());
    let body = page.text().await?;
    ensure!(
        body.matches("plain text payload").count() >= 6,
        "the payload is not in the page's places: {body}"
    );

    for bypass_csp in [true, false] {
        let b = ctx.page(true).await?;
        b.context.add_init_script(MARKER).await?;
        if bypass_csp {
            let cdp = b.context.new_cdp_session(&b.page).await?;
            cdp.send(
                "Page.setBypassCSP",
                Some(serde_json::json!({ "enabled": true })),
            )
            .await?;
        }
        for (i, payload) in payloads.iter().enumerate() {
            kratos.set_payload(payload);
            let what = format!("payload {i} {payload:?} (CSP bypassed: {bypass_csp})");
            probe(
                &b,
                &format!("{}/login?flow=x", ui.url),
                &format!("login, {what}"),
            )
            .await?;
            if bypass_csp {
                probe(
                    &b,
                    &format!("{}/error?id=x", ui.url),
                    &format!("error, {what}"),
                )
                .await?;
                probe(
                    &b,
                    &format!("{}/welcome", ui.url),
                    &format!("welcome, {what}"),
                )
                .await?;
            }
        }
        // Console errors are expected here (CSP reports, broken images).
        let _ = b.context.close().await;
    }
    eprintln!(
        "xss corpus: {} payloads, {} page loads, 0 runs, 0 injected elements",
        payloads.len(),
        payloads.len() * 4
    );
    Ok(())
}

async fn hostile_dom_clobbering_cannot_fake_webauthn_readiness(ctx: Ctx) -> Result<()> {
    let kratos = StandIn::start().await?;
    let ui = Vestibule::start(&kratos.url).await?;
    let b = ctx.page(true).await?;
    b.goto(&format!("{}/login?flow=clobber", ui.localhost_url()))
        .await?;
    let clobbered = b
        .page
        .evaluate_value(
            "String(window.__oryWebAuthnInitialized instanceof HTMLElement \
             || window.__oryWebAuthnInitialized instanceof HTMLCollection)",
        )
        .await?;
    ensure!(
        clobbered == "true",
        "the stand-in's div did not shadow the flag"
    );
    b.wait_webauthn_ready().await?;
    // The stand-in's webauthn.js defines its functions 300 ms after it
    // loaded and then fires oryWebAuthnInitialized: the onload trigger
    // must run once, after that.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        let ran = b
            .page
            .evaluate_value("String(window.__standInOnloadRan || 0)")
            .await?;
        if ran == "1" {
            break;
        }
        ensure!(
            tokio::time::Instant::now() < deadline,
            "the onload trigger ran {ran} times: the module started on the clobbered flag"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    b.finish().await.context("console errors")
}

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
//! - [`hostile_corpus_detector_catches_every_template_on_an_unescaped_page`]:
//!   the same probe on a deliberately unsafe page finds every template (but
//!   the NUL one, inert in HTML), so
//!   the corpus test can fail.
//! - [`hostile_dom_clobbering_cannot_fake_webauthn_readiness`]: div nodes whose ids
//!   shadow `window.__oryWebAuthnInitialized` and the trigger names do not
//!   make the WebAuthn module start before webauthn.js is ready.

mod corpus;
mod stand_in;
mod unsafe_page;

use std::time::Duration;

use anyhow::{ensure, Context, Result};

use crate::support::{BrowserPage, Ctx, TestFn};
use crate::tests as test_list;
use stand_in::{StandIn, Vestibule};

pub fn tests() -> Vec<(&'static str, TestFn)> {
    test_list![
        hostile_xss_corpus_never_runs_or_injects,
        hostile_corpus_detector_catches_every_template_on_an_unescaped_page,
        hostile_dom_clobbering_cannot_fake_webauthn_readiness,
    ]
}

/// Counts marker calls (and `alert`s) made by whatever runs in the page.
const MARKER: &str = "window.__xssHits = []; \
    window.__xss = (n) => window.__xssHits.push(n); \
    window.alert = (m) => window.__xssHits.push('alert:' + m);";

/// `[marker calls, injected elements, dangerous URLs in attributes]`. A
/// URL is read as the browser's URL parser does: tabs and newlines
/// anywhere removed, leading controls and spaces skipped.
const PROBE: &str = "JSON.stringify([\
    (window.__xssHits || []).length, \
    document.querySelectorAll('[data-xss], xss-marker').length, \
    [...document.querySelectorAll('[href],[src],[action],[formaction],[srcdoc],[data]')]\
      .filter(e => ['href','src','action','formaction','data'].some(a => \
        /^[\\u0000-\\u0020]*(javascript|vbscript|data:text)/i.test(\
          (e.getAttribute(a) || '').replace(/[\\t\\n\\r]/g, '')))).length])";

/// What [`PROBE`] found on `url`: `[0,0,0]` when nothing ran, nothing was
/// injected and no dangerous URL reached an attribute.
async fn probe(b: &BrowserPage, url: &str) -> Result<String> {
    b.goto(url).await?;
    // Handlers such as onerror and onfocus fire around the load event.
    tokio::time::sleep(Duration::from_millis(20)).await;
    Ok(b.page.evaluate_value(PROBE).await?)
}

const CLEAN: &str = "[0,0,0]";

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

    // Every payload is tried; the failure names how many got through
    // (a mutated renderer shows the count, not just the first).
    let mut found = Vec::new();
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
            let pages: &[&str] = if bypass_csp {
                &["login?flow=x", "error?id=x", "welcome"]
            } else {
                &["login?flow=x"]
            };
            for page in pages {
                let url = format!("{}/{page}", ui.url);
                let seen = probe(&b, &url).await?;
                if seen != CLEAN {
                    found.push((
                        i,
                        bypass_csp,
                        format!("/{page}, {what}: [runs, elements, urls] = {seen}"),
                    ));
                }
            }
        }
        // Console errors are expected here (CSP reports, broken images).
        let _ = b.context.close().await;
    }
    let through = |bypassed: bool| {
        let set: std::collections::BTreeSet<usize> = found
            .iter()
            .filter(|f| f.1 == bypassed)
            .map(|f| f.0)
            .collect();
        set.len()
    };
    ensure!(
        found.is_empty(),
        "of {} payloads, {} ran, injected an element or an unsafe URL with the CSP bypassed \
         and {} with it on ({} page loads); the first:\n{}",
        payloads.len(),
        through(true),
        through(false),
        found.len(),
        found
            .iter()
            .take(10)
            .map(|f| f.2.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    eprintln!(
        "xss corpus: {} payloads, {} page loads, 0 runs, 0 injected elements, 0 unsafe URLs",
        payloads.len(),
        payloads.len() * 4
    );
    Ok(())
}

/// The corpus test can fail: on a page that writes payloads unescaped
/// ([`unsafe_page`]) the same probe finds every template (but the NUL
/// one, inert in HTML) in at least one of its contexts (payloads are
/// tried context by context until each template has been caught once).
async fn hostile_corpus_detector_catches_every_template_on_an_unescaped_page(
    ctx: Ctx,
) -> Result<()> {
    let payloads = corpus::payloads();
    let url = unsafe_page::start().await?;
    let b = ctx.page(true).await?;
    b.context.add_init_script(MARKER).await?;
    let mut caught = vec![false; corpus::templates()];
    let mut loads = 0;
    for i in 0..payloads.len() {
        let t = corpus::template_of(i);
        if caught[t] {
            continue;
        }
        loads += 1;
        let seen = probe(&b, &format!("{url}/page?i={i}")).await?;
        caught[t] = seen != CLEAN;
    }
    let _ = b.context.close().await;
    // The one template inert even unescaped: the HTML parser reads a NUL
    // in an attribute as U+FFFD, so `\0javascript:` is no javascript: URL
    // there (it is in the corpus for code that strips NULs first).
    let inert = |t: usize| payloads[t].starts_with('\0');
    let missed: Vec<&String> = (0..corpus::templates())
        .filter(|t| !caught[*t] && !inert(*t))
        .map(|t| &payloads[t])
        .collect();
    ensure!(
        missed.is_empty(),
        "the probe saw nothing of {} of {} templates written unescaped (in every context): {missed:?}",
        missed.len(),
        corpus::templates()
    );
    eprintln!(
        "xss detector: {} of {} templates caught on the unescaped page ({loads} page loads; \
         the NUL one is inert in HTML)",
        caught.iter().filter(|c| **c).count(),
        corpus::templates()
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

//! axe-core (npm, `end2end/node_modules/axe-core`) over the main page
//! states, in light and dark, at desktop and phone width: 0 violations of
//! WCAG 2.0–2.2 A and AA. axe's script goes in through Playwright's
//! evaluate (CDP), since the pages' CSP rightly refuses a script tag.
//! Each state is also written as a screenshot to `end2end/screenshots/`
//! for a reviewer to look at.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use playwright_rs::protocol::{ColorScheme, EmulateMediaOptions, ScreenshotOptions, Viewport};
use serde::Deserialize;
use vestibule_e2e::paths;

use crate::support::{BrowserPage, Ctx, TestFn, PASSWORD};
use crate::tests as test_list;
use crate::with_and_without_js;

pub fn tests() -> Vec<(&'static str, TestFn)> {
    let mut all = test_list![axe_finds_no_violations_on_the_main_page_states];
    all.extend(with_and_without_js![
        keyboard_only_sign_in_with_a_password_and_with_a_code
    ]);
    all
}

/// The rule sets axe runs: WCAG 2.0, 2.1 and 2.2 at levels A and AA.
const WCAG_TAGS: &[&str] = &[
    "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa",
];

/// Desktop and a common phone width.
const WIDTHS: &[(&str, u32, u32)] = &[("desktop", 1280, 900), ("phone", 390, 844)];

const SCHEMES: &[(&str, ColorScheme)] =
    &[("light", ColorScheme::Light), ("dark", ColorScheme::Dark)];

/// Where the suite writes its screenshots (git-ignored; named in the README).
pub fn screenshot_dir() -> PathBuf {
    paths::repo_root().join("end2end/screenshots")
}

#[derive(Debug, Deserialize)]
struct Violation {
    id: String,
    help: String,
    nodes: Vec<String>,
}

/// Rules outside the WCAG tags that issue 15 found broken on every page:
/// a page's one `<h1>`, and the main landmark.
const EXTRA_RULES: &[&str] = &["page-has-heading-one", "landmark-one-main"];

/// axe's violations on the page as it is now, one line each.
async fn violations(b: &BrowserPage) -> Result<Vec<String>> {
    let source = std::fs::read_to_string(
        paths::repo_root().join("end2end/node_modules/axe-core/axe.min.js"),
    )
    .context("axe-core is not installed (cargo xtask setup)")?;
    // A fresh function scope each time; axe sets `window.axe`.
    b.page
        .evaluate_expression(&format!("(() => {{ {source}\n; return 1; }})()"))
        .await
        .context("injecting axe-core")?;
    let found: Vec<Violation> = b
        .page
        .evaluate(
            r"async ([tags, rules]) => {
                const byTag = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
                const byRule = await axe.run(document, { runOnly: { type: 'rule', values: rules } });
                return byTag.violations.concat(byRule.violations).map(v => ({
                    id: v.id,
                    help: v.help,
                    nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary),
                }));
            }",
            Some(&(WCAG_TAGS, EXTRA_RULES)),
        )
        .await
        .context("running axe")?;
    Ok(found
        .into_iter()
        .map(|v| format!("{} ({})\n    {}", v.id, v.help, v.nodes.join("\n    ")))
        .collect())
}

/// The whole page as `<name>.png` in [`screenshot_dir`].
pub(crate) async fn save_screenshot(b: &BrowserPage, name: &str) -> Result<()> {
    std::fs::create_dir_all(screenshot_dir())?;
    let file = screenshot_dir().join(format!("{name}.png"));
    b.page
        .screenshot_to_file(
            &file,
            Some(ScreenshotOptions::builder().full_page(true).build()),
        )
        .await
        .with_context(|| format!("writing {}", file.display()))?;
    Ok(())
}

/// Runs axe on the page as it is, in every scheme and width; fails with
/// every violation found, named by state, scheme and width. Saves one
/// screenshot per scheme and width as `<state>-<scheme>-<width>.png`.
pub(crate) async fn audit(b: &BrowserPage, state: &str) -> Result<()> {
    let mut found = Vec::new();
    for (width_name, width, height) in WIDTHS {
        b.page
            .set_viewport_size(Viewport {
                width: *width,
                height: *height,
            })
            .await?;
        for (scheme_name, scheme) in SCHEMES {
            b.page
                .emulate_media(EmulateMediaOptions::builder().color_scheme(*scheme).build())
                .await?;
            for v in violations(b).await? {
                found.push(format!("{state} {scheme_name} {width_name}: {v}"));
            }
            save_screenshot(b, &format!("{state}-{scheme_name}-{width_name}")).await?;
        }
    }
    if !found.is_empty() {
        bail!(
            "axe found {} violation(s):\n{}",
            found.len(),
            found.join("\n")
        );
    }
    Ok(())
}

/// The audit can fail: an unlabelled field added to the page is reported.
async fn axe_reports_a_planted_violation(b: &BrowserPage) -> Result<()> {
    b.page
        .evaluate_expression(
            "document.querySelector('main').insertAdjacentHTML('beforeend', '<input id=axe-canary>')",
        )
        .await?;
    let found = violations(b).await?;
    if !found
        .iter()
        .any(|v| v.starts_with("label ") && v.contains("#axe-canary"))
    {
        bail!("axe did not report an unlabelled input: {found:?}");
    }
    Ok(())
}

async fn axe_finds_no_violations_on_the_main_page_states(ctx: Ctx) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let mail = &ctx.stack().mail;
    let email = ctx.unique_email();
    let b = ctx.page(true).await?;
    let mut failures = Vec::new();
    let mut check = |r: Result<()>| {
        if let Err(e) = r {
            failures.push(format!("{e:#}"));
        }
    };

    b.goto(&format!("{ui}/login")).await?;
    b.wait_for_url("**/login?flow=*").await?;
    axe_reports_a_planted_violation(&b).await?;
    b.goto(&format!("{ui}/login")).await?;
    b.wait_for_url("**/login?flow=*").await?;
    check(audit(&b, "sign-in").await);
    b.submit_password_login(&email, "not the password").await?;
    b.wait_for(r#"[data-testid="ui/message/4000006"]"#).await?;
    check(audit(&b, "sign-in-wrong-password").await);

    b.goto(&format!("{ui}/registration")).await?;
    b.wait_for_url("**/registration?flow=*").await?;
    check(audit(&b, "sign-up").await);
    b.fill(
        r#"[data-testid="registration-flow"] input[name="traits.email"]"#,
        &email,
    )
    .await?;
    b.fill(r#"input[name="traits.name.first"]"#, "Ada").await?;
    b.click(r#"button[name="method"][value="profile"]"#).await?;
    b.wait_for(r#"input[name="password"]"#).await?;
    check(audit(&b, "sign-up-step-2").await);
    b.fill(r#"input[name="password"]"#, "short").await?;
    b.click(r#"button[name="method"][value="password"]"#)
        .await?;
    b.wait_for(r#"input[name="password"][aria-invalid="true"]"#)
        .await?;
    check(audit(&b, "sign-up-password-error").await);
    b.fill(r#"input[name="password"]"#, PASSWORD).await?;
    b.click(r#"button[name="method"][value="password"]"#)
        .await?;
    b.wait_for_url("**/welcome").await?;
    check(audit(&b, "welcome").await);

    b.open_settings(&ui).await?;
    check(audit(&b, "settings").await);
    b.goto(&format!("{ui}/sessions")).await?;
    check(audit(&b, "sessions").await);

    b.sign_out(&ui).await?;
    b.fill(
        r#"[data-testid="login-flow"] input[name="identifier"]"#,
        &email,
    )
    .await?;
    b.click(r#"[data-testid="login-flow-code"] button[name="method"][value="code"]"#)
        .await?;
    b.wait_for(r#"input[name="code"]"#).await?;
    mail.take_code(&email, "login_code").await?;
    check(audit(&b, "sign-in-code-sent").await);

    b.goto(&format!("{ui}/recovery")).await?;
    b.wait_for_url("**/recovery?flow=*").await?;
    check(audit(&b, "recovery").await);
    b.goto(&format!("{ui}/verification")).await?;
    b.wait_for_url("**/verification?flow=*").await?;
    check(audit(&b, "verification").await);
    b.goto(&format!("{ui}/error?id=stub:500")).await?;
    check(audit(&b, "error").await);

    if !failures.is_empty() {
        bail!("{}", failures.join("\n"));
    }
    b.finish().await
}

/// The focused element as `name|test id` (tag name where it has no
/// `name`): the test id of the method's part of a shared form, else of
/// the form.
async fn focused(b: &BrowserPage) -> Result<String> {
    Ok(b.page
        .evaluate::<(), String>(
            r"() => {
                const e = document.activeElement;
                if (!e) return '';
                const form = e.closest('.method, form');
                return (e.getAttribute('name') || e.tagName.toLowerCase()) + '|' + (form ? form.dataset.testid : '');
            }",
            None,
        )
        .await?)
}

/// Presses Tab until the element `name|form` has focus (at most 15 times).
async fn tab_to(b: &BrowserPage, target: &str) -> Result<()> {
    for _ in 0..15 {
        if focused(b).await? == target {
            return Ok(());
        }
        b.page.keyboard().press("Tab", None).await?;
    }
    bail!(
        "Tab never reached {target} on {}; focus is on {}",
        b.current_url(),
        focused(b).await?
    )
}

/// Sign-in with Tab, typing and Enter only: by password, then by a mailed
/// code, where focus after sending the code is on the page's message.
async fn keyboard_only_sign_in_with_a_password_and_with_a_code(
    ctx: Ctx,
    javascript: bool,
) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let mail = &ctx.stack().mail;
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;
    b.sign_up(&ui, &email).await?;
    b.sign_out(&ui).await?;

    let keys = b.page.keyboard();
    tab_to(&b, "identifier|login-flow").await?;
    keys.type_text(&email, None).await?;
    keys.press("Tab", None).await?;
    ensure_focus(&b, "password|login-flow-password").await?;
    keys.type_text(PASSWORD, None).await?;
    keys.press("Enter", None).await?;
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(&email, "aal1").await?;

    b.sign_out(&ui).await?;
    // The one address field, then Tab past the password to "Send code".
    tab_to(&b, "identifier|login-flow").await?;
    keys.type_text(&email, None).await?;
    tab_to(&b, "method|login-flow-code").await?;
    keys.press("Enter", None).await?;
    b.wait_for(r#"input[name="code"]"#).await?;
    // Focus is on the "code sent" message, which is above the code field.
    ensure_focus(&b, "div|").await?;
    let code = mail.take_code(&email, "login_code").await?;
    tab_to(&b, "code|login-flow-code").await?;
    keys.type_text(&code, None).await?;
    keys.press("Enter", None).await?;
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(&email, "aal1").await?;
    b.finish().await
}

async fn ensure_focus(b: &BrowserPage, expected: &str) -> Result<()> {
    let now = focused(b).await?;
    if now != expected {
        bail!(
            "focus is on {now}, expected {expected} ({})",
            b.current_url()
        );
    }
    Ok(())
}

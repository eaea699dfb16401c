//! Languages and brand in Chromium against the real Kratos: a German
//! sign-up (Kratos' error by its message id, in German), the language menu
//! switching to French and staying French through Kratos' redirects with
//! JavaScript off, and a second Vestibule started with BRAND_NAME,
//! BRAND_LOGO and THEME_CSS showing them under the unchanged CSP.

use std::path::Path;
use std::time::Duration;

use anyhow::{ensure, Context, Result};
use playwright_rs::protocol::BrowserContextOptions;
use tokio::process::Command;
use vestibule_e2e::paths;
use vestibule_e2e::process::Managed;

use crate::accessibility::save_screenshot;
use crate::support::{Ctx, TestFn, PASSWORD};
use crate::tests as test_list;

pub fn tests() -> Vec<(&'static str, TestFn)> {
    test_list![
        i18n_german_sign_up_shows_kratos_errors_in_german,
        i18n_language_menu_to_french_survives_kratos_redirects_without_javascript,
        i18n_brand_name_logo_and_theme_without_a_rebuild,
        i18n_example_themes_light_and_dark,
    ]
}

async fn lang(b: &crate::support::BrowserPage) -> Result<String> {
    Ok(b.page
        .locator("html")
        .get_attribute("lang")
        .await?
        .unwrap_or_default())
}

async fn i18n_german_sign_up_shows_kratos_errors_in_german(ctx: Ctx) -> Result<()> {
    let email = ctx.unique_email();
    let options = BrowserContextOptions::builder()
        .locale("de-DE".to_owned())
        .build();
    let b = ctx.page_with(options).await?;
    b.goto(&ctx.ui("/registration")).await?;
    b.wait_for_url("**/registration?flow=*").await?;
    ensure!(
        lang(&b).await? == "de",
        "html lang is {:?}",
        lang(&b).await?
    );
    let title = b.text(r#"[data-testid="registration-card"] h1"#).await?;
    ensure!(title == "Konto erstellen", "heading {title:?}");
    b.fill(
        r#"[data-testid="registration-flow"] input[name="traits.email"]"#,
        &email,
    )
    .await?;
    b.fill(r#"input[name="traits.name.first"]"#, "Ada").await?;
    b.click(r#"button[name="method"][value="profile"]"#).await?;
    // A password Kratos refuses: too short (message 4000032).
    b.fill(r#"input[name="password"]"#, "kurz").await?;
    b.click(r#"button[name="method"][value="password"]"#)
        .await?;
    let error = r#"[data-testid="ui/message/4000032"]"#;
    b.wait_for(error).await?;
    let text = b.text(error).await?;
    ensure!(
        text.trim() == "Das Passwort muss mindestens 8 Zeichen lang sein, es hat aber nur 4.",
        "Kratos' error in German: {text:?}"
    );
    b.fill(r#"input[name="password"]"#, PASSWORD).await?;
    b.click(r#"button[name="method"][value="password"]"#)
        .await?;
    b.wait_for_url("**/welcome").await?;
    let heading = b.text(r#"[data-testid="welcome-card"] h1"#).await?;
    ensure!(heading == "Willkommen", "welcome heading {heading:?}");
    let shown = b.text(r#"[data-testid="session-email"]"#).await?;
    ensure!(shown == email, "welcome shows {shown:?}");
    b.finish().await
}

async fn i18n_language_menu_to_french_survives_kratos_redirects_without_javascript(
    ctx: Ctx,
) -> Result<()> {
    let b = ctx.page(false).await?;
    b.goto(&ctx.ui("/login")).await?;
    b.wait_for_url("**/login?flow=*").await?;
    ensure!(lang(&b).await? == "en", "starts in English");
    // A native <details>: opens without JavaScript.
    b.click(r#"[data-testid="language-menu"] summary"#).await?;
    b.click(r#"[data-testid="language/fr"]"#).await?;
    b.wait_for_url("**/login?flow=*&lang=fr").await?;
    ensure!(
        lang(&b).await? == "fr",
        "html lang after the pick: {:?}",
        lang(&b).await?
    );
    let title = b.text(r#"[data-testid="login-card"] h1"#).await?;
    ensure!(title == "Se connecter", "login heading {title:?}");
    // To registration: Vestibule → 303 Kratos → 303 back with ?flow= only.
    b.click(r#"[data-testid="signup-link"]"#).await?;
    b.wait_for_url("**/registration?flow=*").await?;
    ensure!(!b.current_url().contains("lang="), "{}", b.current_url());
    ensure!(
        lang(&b).await? == "fr",
        "html lang after Kratos: {:?}",
        lang(&b).await?
    );
    let title = b.text(r#"[data-testid="registration-card"] h1"#).await?;
    ensure!(title == "Créer un compte", "registration heading {title:?}");
    // Kratos' own labels by message id, in French too.
    let submit = b.text(r#"button[name="method"][value="profile"]"#).await?;
    ensure!(
        submit.trim() == "S’inscrire",
        "Kratos' label 1040001: {submit:?}"
    );
    b.finish().await
}

fn free_port() -> Result<u16> {
    let l = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(l.local_addr()?.port())
}

/// CSP without the per-request nonce.
fn policy(r: &reqwest::Response) -> String {
    r.headers()
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .split(' ')
        .filter(|t| !t.starts_with("'nonce-"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A second Vestibule on an ephemeral port against the same Kratos, with
/// `BRAND_NAME` "Acme ID", a 40×20 SVG `BRAND_LOGO` and `theme_css` as
/// `THEME_CSS`; its files live in `dir`. Returns it and its URL.
async fn start_branded(ctx: &Ctx, dir: &Path, theme_css: &str) -> Result<(Managed, String)> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(
        dir.join("logo.svg"),
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#c0392b"/></svg>"##,
    )?;
    std::fs::write(dir.join("theme.css"), theme_css)?;
    let port = free_port()?;
    let mut cmd = Command::new(paths::vestibule_bin());
    cmd.env("KRATOS_PUBLIC_URL", ctx.stack().kratos_public_url())
        .env("HOST", "127.0.0.1")
        .env("PORT", port.to_string())
        .env("LOG_FORMAT", "json")
        .env("BRAND_NAME", "Acme ID")
        .env("BRAND_LOGO", dir.join("logo.svg"))
        .env("THEME_CSS", dir.join("theme.css"));
    let mut branded = Managed::spawn("login-svc (branded)", cmd, &dir.join("login-svc.log"))?;
    branded
        .wait_ready(
            &format!("http://127.0.0.1:{port}/health/alive"),
            Duration::from_secs(30),
        )
        .await?;
    // `localhost`, as the pool's Vestibule: Kratos' cookies (host-only,
    // any port) reach this one too, so it can show the pool's flows.
    Ok((branded, format!("http://localhost:{port}")))
}

fn brand_dir(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("vestibule-e2e-{name}-{}", std::process::id()))
}

async fn i18n_brand_name_logo_and_theme_without_a_rebuild(ctx: Ctx) -> Result<()> {
    let dir = brand_dir("brand");
    let (branded, ui) = start_branded(
        &ctx,
        &dir,
        ":root { --accent: #c0392b; }\n.brand-name { color: rgb(192, 57, 43); }\n",
    )
    .await?;
    let result = async {
        let http = ctx.http()?;
        let plain = http.get(ctx.ui("/welcome")).send().await?;
        let ours = http.get(format!("{ui}/welcome")).send().await?;
        ensure!(
            policy(&plain) == policy(&ours),
            "CSP changed: {} vs {}",
            policy(&plain),
            policy(&ours)
        );
        let b = ctx.page(true).await?;
        b.goto(&format!("{ui}/welcome")).await?;
        let title = b.page.title().await?;
        ensure!(title.ends_with("· Acme ID"), "title {title:?}");
        ensure!(
            b.text(r#"[data-testid="brand-name"]"#).await? == "Acme ID",
            "brand name"
        );
        let loaded = b
            .page
            .evaluate_value("document.querySelector('[data-testid=brand-logo]').naturalWidth")
            .await?;
        ensure!(loaded == "40", "logo naturalWidth {loaded:?}");
        let colour = b
            .page
            .evaluate_value(
                "getComputedStyle(document.querySelector('[data-testid=brand-name]')).color",
            )
            .await?;
        ensure!(
            colour == "rgb(192, 57, 43)",
            "THEME_CSS not applied: {colour:?}"
        );
        b.finish().await
    }
    .await;
    branded.stop().await;
    let _ = std::fs::remove_dir_all(&dir);
    result.context("the branded Vestibule")
}

/// The README's two example themes (docs/themes/*.css, shown in the README
/// beside these screenshots) on a real login flow: each applies, and the
/// suite writes `theme-<name>.png` to the screenshot folder.
/// A selector, a computed-style property of it, the value a theme gives.
type StyleCheck = (&'static str, &'static str, &'static str);

async fn i18n_example_themes_light_and_dark(ctx: Ctx) -> Result<()> {
    let themes: [(&str, &[StyleCheck]); 2] = [
        (
            "acme-light",
            &[
                (":root", "getPropertyValue('--accent').trim()", "#c0392b"),
                // --radius reaches the controls too (three quarters of it).
                ("button[name=method]", "borderTopLeftRadius", "1.5px"),
            ],
        ),
        ("night", &[("body", "backgroundColor", "rgb(11, 13, 16)")]),
    ];
    for (name, checks) in themes {
        let css =
            std::fs::read_to_string(paths::repo_root().join(format!("docs/themes/{name}.css")))?;
        let dir = brand_dir(name);
        let (branded, ui) = start_branded(&ctx, &dir, &css).await?;
        let result = async {
            let b = ctx.page(true).await?;
            // A flow the pool's Vestibule was sent, shown by the branded one.
            b.goto(&ctx.ui("/login")).await?;
            b.wait_for_url("**/login?flow=*").await?;
            let url = b.page.url();
            let flow = url.split("flow=").nth(1).context("flow id")?;
            b.goto(&format!("{ui}/login?flow={flow}")).await?;
            b.wait_for(r#"[data-testid="brand-logo"]"#).await?;
            for (selector, property, expected) in checks {
                let got = b
                    .page
                    .evaluate_value(&format!(
                        "getComputedStyle(document.querySelector('{selector}')).{property}"
                    ))
                    .await?;
                ensure!(got == *expected, "{name}: {selector} {property} is {got:?}");
            }
            save_screenshot(&b, &format!("theme-{name}")).await?;
            b.finish().await
        }
        .await;
        branded.stop().await;
        let _ = std::fs::remove_dir_all(&dir);
        result.with_context(|| format!("the {name} theme"))?;
    }
    Ok(())
}

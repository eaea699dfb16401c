//! Sign-in journeys in each login style Kratos v1.3.1 offers: `unified`
//! (every method on one page) and `identifier_first` (the identifier, then
//! the methods for it), the latter with and without account-enumeration
//! mitigation. Each journey starts with a `return_to` and must end there.

use anyhow::{ensure, Result};

use crate::passkeys::register_with_passkey;
use crate::support::{BrowserPage, Ctx, TestFn, Variant, PASSWORD};

/// Each listed `async fn name(ctx, javascript: bool)` against every login
/// style, with JavaScript and without (`identifier_first_name`,
/// `identifier_first_mitigated_name_without_javascript`, …).
macro_rules! in_every_login_style {
    ($($name:ident),* $(,)?) => {
        vec![$(
            in_every_login_style!(@one $name, "", Variant::Unified),
            in_every_login_style!(@one $name, "identifier_first_", Variant::IdentifierFirst),
            in_every_login_style!(@one $name, "identifier_first_mitigated_", Variant::IdentifierFirstMitigated),
        )*].concat()
    };
    (@one $name:ident, $prefix:literal, $variant:expr) => {
        [
            (
                concat!($prefix, stringify!($name)),
                $variant,
                (|ctx| Box::pin($name(ctx, true))) as TestFn,
            ),
            (
                concat!($prefix, stringify!($name), "_without_javascript"),
                $variant,
                (|ctx| Box::pin($name(ctx, false))) as TestFn,
            ),
        ]
    };
}

pub fn tests() -> Vec<(&'static str, Variant, TestFn)> {
    let mut all = in_every_login_style![
        password_login_wrong_then_right,
        code_login_wrong_then_right,
        refresh_returns_to_return_to,
    ];
    all.push((
        "one_address_field_for_password_code_and_passkey",
        Variant::Unified,
        (|ctx| Box::pin(one_address_field_for_password_code_and_passkey(ctx, true))) as TestFn,
    ));
    all.push((
        "one_address_field_for_password_and_code_without_javascript",
        Variant::Unified,
        (|ctx| Box::pin(one_address_field_for_password_code_and_passkey(ctx, false))) as TestFn,
    ));
    // Passkeys need JavaScript.
    for (name, variant) in [
        ("passkey_login_with_the_button", Variant::Unified),
        (
            "identifier_first_passkey_login_with_the_button",
            Variant::IdentifierFirst,
        ),
        (
            "identifier_first_mitigated_passkey_login_with_the_button",
            Variant::IdentifierFirstMitigated,
        ),
    ] {
        all.push((
            name,
            variant,
            (|ctx| Box::pin(passkey_login_with_the_button(ctx))) as TestFn,
        ));
    }
    all
}

fn encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// Where every journey should end: a page of this UI that is not the
/// default after sign-in.
fn return_to(ctx: &Ctx) -> String {
    format!("{}/sessions", ctx.stack().ui_url())
}

/// Opens `/login?return_to=…` and gets to where the methods are offered:
/// in identifier-first style that is step 2, after typing the identifier.
async fn open_sign_in(ctx: &Ctx, b: &BrowserPage, email: &str) -> Result<()> {
    b.goto(&format!(
        "{}/login?return_to={}",
        ctx.stack().ui_url(),
        encode(&return_to(ctx))
    ))
    .await?;
    b.wait_for_url("**/login?flow=*").await?;
    if ctx.variant.identifier_first() {
        b.fill(
            r#"[data-testid="login-flow"] input[name="identifier"]"#,
            email,
        )
        .await?;
        b.click(r#"button[name="method"][value="identifier_first"]"#)
            .await?;
        expect_identifier_in_use(b, email).await?;
        ensure!(
            b.count(r#"a[data-testid="identifier-change"]"#).await? == 1,
            "step 2 offers no way back to step 1"
        );
    }
    Ok(())
}

/// Step 2 (and a refresh) say which account they are for.
async fn expect_identifier_in_use(b: &BrowserPage, email: &str) -> Result<()> {
    b.wait_for(r#"[data-testid="identifier-in-use"]"#).await?;
    let shown = b.text(r#"[data-testid="identifier-in-use"]"#).await?;
    ensure!(
        shown == email,
        "step 2 is for {shown:?}, expected {email:?}"
    );
    Ok(())
}

/// Submits the password form; the identifier is typed there only in the
/// unified style (identifier-first carries it from step 1).
async fn submit_password(ctx: &Ctx, b: &BrowserPage, email: &str, password: &str) -> Result<()> {
    if !ctx.variant.identifier_first() {
        b.fill(
            r#"[data-testid="login-flow"] input[name="identifier"]"#,
            email,
        )
        .await?;
    }
    b.fill(
        r#"[data-testid="login-flow"] input[name="password"]"#,
        password,
    )
    .await?;
    b.click(r#"[data-testid="login-flow"] button[name="method"][value="password"]"#)
        .await
}

async fn password_login_wrong_then_right(ctx: Ctx, javascript: bool) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;
    b.sign_up(&ui, &email).await?;
    b.sign_out(&ui).await?;

    open_sign_in(&ctx, &b, &email).await?;
    submit_password(&ctx, &b, &email, "not the password").await?;
    b.wait_for(r#"[data-testid="ui/message/4000006"]"#).await?;
    ensure!(
        b.current_url().contains("/login?flow="),
        "at {}",
        b.current_url()
    );
    // The identifier the user typed is kept.
    if ctx.variant.identifier_first() {
        expect_identifier_in_use(&b, &email).await?;
    } else {
        let kept = b
            .page
            .locator(r#"[data-testid="login-flow"] input[name="identifier"]"#)
            .input_value(None)
            .await?;
        ensure!(kept == email, "identifier after a failed attempt: {kept:?}");
    }

    submit_password(&ctx, &b, &email, PASSWORD).await?;
    b.wait_for_url(&return_to(&ctx)).await?;
    b.goto(&format!("{ui}/welcome")).await?;
    b.expect_signed_in(&email, "aal1").await?;
    b.finish().await
}

async fn code_login_wrong_then_right(ctx: Ctx, javascript: bool) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let mail = &ctx.stack().mail;
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;
    b.sign_up(&ui, &email).await?;
    b.sign_out(&ui).await?;

    open_sign_in(&ctx, &b, &email).await?;
    if !ctx.variant.identifier_first() {
        b.fill(
            r#"[data-testid="login-flow"] input[name="identifier"]"#,
            &email,
        )
        .await?;
    }
    b.click(r#"[data-testid="login-flow-code"] button[name="method"][value="code"]"#)
        .await?;
    b.wait_for(r#"input[name="code"]"#).await?;
    let code = mail.take_code(&email, "login_code").await?;
    let wrong = if code == "000000" { "111111" } else { "000000" };

    b.fill(r#"input[name="code"]"#, wrong).await?;
    b.click(r#"button[type="submit"][name="method"][value="code"]"#)
        .await?;
    b.wait_for(r#"[data-testid="ui/message/4010008"]"#).await?;
    b.fill(r#"input[name="code"]"#, &code).await?;
    b.click(r#"button[type="submit"][name="method"][value="code"]"#)
        .await?;
    b.wait_for_url(&return_to(&ctx)).await?;
    b.goto(&format!("{ui}/welcome")).await?;
    b.expect_signed_in(&email, "aal1").await?;
    b.finish().await
}

/// A signed-in person confirms it is them (`refresh=true`): the page names
/// the account and offers no other, and the password goes on to return_to.
async fn refresh_returns_to_return_to(ctx: Ctx, javascript: bool) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;
    b.sign_up(&ui, &email).await?;

    b.goto(&format!(
        "{ui}/login?refresh=true&return_to={}",
        encode(&return_to(&ctx))
    ))
    .await?;
    b.wait_for_url("**/login?flow=*").await?;
    // Kratos v1.3.1's password method puts the signed-in identifier in a
    // hidden input for a refresh, but with passwordless codes on, the code
    // method then upserts an empty, visible identifier field over it
    // (selfservice/strategy/code/strategy.go, populateChooseMethodFlow):
    // the person types the address again. A hidden one is named instead.
    let visible = r#"[data-testid="login-flow"] input[name="identifier"]:not([type=hidden])"#;
    if b.count(visible).await? > 0 {
        b.fill(visible, &email).await?;
    } else {
        expect_identifier_in_use(&b, &email).await?;
    }
    ensure!(
        b.count(r#"a[data-testid="identifier-change"]"#).await? == 0,
        "a refresh offers to switch accounts"
    );
    b.fill(
        r#"[data-testid="login-flow"] input[name="password"]"#,
        "not the password",
    )
    .await?;
    b.click(r#"[data-testid="login-flow"] button[name="method"][value="password"]"#)
        .await?;
    b.wait_for(r#"[data-testid="ui/message/4000006"]"#).await?;
    if b.count(visible).await? > 0 {
        b.fill(visible, &email).await?;
    }
    b.fill(
        r#"[data-testid="login-flow"] input[name="password"]"#,
        PASSWORD,
    )
    .await?;
    b.click(r#"[data-testid="login-flow"] button[name="method"][value="password"]"#)
        .await?;
    b.wait_for_url(&return_to(&ctx)).await?;
    b.finish().await
}

/// A passkey user without autofill signs in with the passkey button (in
/// identifier-first style, on step 2).
async fn passkey_login_with_the_button(ctx: Ctx) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let email = ctx.unique_email();
    let b = ctx.page(true).await?;
    b.disable_conditional_ui().await?;
    b.add_virtual_authenticator().await?;
    register_with_passkey(&b, &ui, &email).await?;
    b.sign_out(&ui).await?;

    open_sign_in(&ctx, &b, &email).await?;
    b.wait_webauthn_ready().await?;
    b.click(r#"button[name="passkey_login_trigger"]"#).await?;
    b.wait_for_url(&return_to(&ctx)).await?;
    b.goto(&format!("{ui}/welcome")).await?;
    b.expect_signed_in(&email, "aal1").await?;
    b.finish().await
}

/// The unified page asks for the address once: one field that posts with
/// the password, the code and the passkey method alike (issue 15). The
/// passkey leg needs JavaScript; without it, password and code.
async fn one_address_field_for_password_code_and_passkey(ctx: Ctx, javascript: bool) -> Result<()> {
    let ui = ctx.stack().ui_url();
    let mail = &ctx.stack().mail;
    let email = ctx.unique_email();
    let b = ctx.page(javascript).await?;
    let identifier = r#"[data-testid="login-flow"] input[name="identifier"]"#;
    if javascript {
        b.disable_conditional_ui().await?;
        b.add_virtual_authenticator().await?;
    }
    b.sign_up(&ui, &email).await?;
    if javascript {
        b.goto(&format!("{ui}/settings")).await?;
        b.wait_webauthn_ready().await?;
        b.click(r#"button[name="passkey_register_trigger"]"#)
            .await?;
        b.wait_for(r#"button[name="passkey_remove"]"#).await?;
    }

    // Password: the address and the password, nothing typed twice.
    b.sign_out(&ui).await?;
    let fields = b.count(r#"input[name="identifier"]"#).await?;
    ensure!(fields == 1, "{fields} identifier inputs on /login");
    // One primary action: the password's button is solid (social sign-in
    // above it is not a way of its own to outrank it), the code's outlined.
    let background = |selector: &'static str| {
        let page = &b.page;
        async move {
            page.evaluate_value(&format!(
                "getComputedStyle(document.querySelector('{selector}')).backgroundColor"
            ))
            .await
        }
    };
    let password = background("button[name=method][value=password]").await?;
    let code = background("button[name=method][value=code]").await?;
    ensure!(
        password != "rgba(0, 0, 0, 0)" && code == "rgba(0, 0, 0, 0)",
        "password button {password}, code button {code}"
    );
    b.fill(identifier, &email).await?;
    b.fill(
        r#"[data-testid="login-flow-password"] input[name="password"]"#,
        PASSWORD,
    )
    .await?;
    b.click(r#"[data-testid="login-flow-password"] button[name="method"][value="password"]"#)
        .await?;
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(&email, "aal1").await?;

    // Code: the same one field, then "Send sign in code"; the empty
    // password field does not stop it.
    b.sign_out(&ui).await?;
    b.fill(identifier, &email).await?;
    b.click(r#"[data-testid="login-flow-code"] button[name="method"][value="code"]"#)
        .await?;
    b.wait_for(r#"input[name="code"]"#).await?;
    let code = mail.take_code(&email, "login_code").await?;
    b.fill(r#"input[name="code"]"#, &code).await?;
    b.click(r#"button[type="submit"][name="method"][value="code"]"#)
        .await?;
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(&email, "aal1").await?;

    if javascript {
        // Passkey: the address typed in the same field, then the button.
        b.sign_out(&ui).await?;
        b.fill(identifier, &email).await?;
        b.wait_webauthn_ready().await?;
        b.click(r#"[data-testid="passkey-flow"] button[name="passkey_login_trigger"]"#)
            .await?;
        b.wait_for_url("**/welcome").await?;
        b.expect_signed_in(&email, "aal1").await?;
    }
    b.finish().await
}

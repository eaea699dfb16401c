//! "Sign in with RVW Tech" in Chromium: the default realm (Kratos,
//! Hydra and Vestibule on `localhost`) signs people in at a second,
//! independent realm on `127.0.0.1` (its own Kratos, Hydra and
//! Vestibule, port block 6), whose Hydra is a generic OpenID Connect
//! provider of the first realm's Kratos. The person signs in and consents
//! on the RVW realm's Vestibule pages; back at the first realm Kratos maps
//! the ID token's claims (end2end/kratos/rvw-claims.jsonnet) to traits and
//! signs them in with the email they have at RVW.

use anyhow::{ensure, Result};
use vestibule_e2e::realm::{self, PROVIDER_ID, PROVIDER_LABEL};

use crate::support::{BrowserPage, Ctx, Lease, TestFn, Variant, PASSWORD};
use crate::{tests as test_list, with_and_without_js};

pub fn tests() -> Vec<(&'static str, TestFn)> {
    let mut all = with_and_without_js![rvw_sign_in_with_rvw_tech_signs_in_with_the_rvw_email];
    all.extend(test_list![
        rvw_without_the_email_claim_kratos_asks_for_it_on_registration
    ]);
    all
}

const PROVIDER_BUTTON: &str =
    r#"[data-testid="login-flow-oidc"] button[name="provider"][value="rvw"]"#;

/// The RVW realm with the first realm's Kratos registered as a client of
/// its Hydra, and a person who has an account there (and none here).
/// Its identity id there is the subject of the RVW Hydra's tokens.
async fn rvw_account(ctx: &Ctx) -> Result<(Lease, String, String)> {
    let rvw = ctx.rvw_stack().await?;
    let kratos_publics: Vec<String> = Variant::Unified
        .all_ports()
        .iter()
        .map(|p| p.kratos_public_url())
        .collect();
    realm::register_kratos_client(&rvw.stack.hydra()?, &kratos_publics).await?;
    let email = ctx.unique_email();
    let subject = ctx.create_password_user(&rvw.stack, &email).await?;
    Ok((rvw, email, subject))
}

/// From this realm's /login through the RVW realm's login page (password)
/// to its consent screen.
async fn to_rvw_consent(b: &BrowserPage, ctx: &Ctx, rvw: &Lease, email: &str) -> Result<()> {
    b.goto(&ctx.ui("/login")).await?;
    b.wait_for(PROVIDER_BUTTON).await?;
    let label = b.text(PROVIDER_BUTTON).await?;
    ensure!(
        label.contains(&format!("Sign in with {PROVIDER_LABEL}")),
        "the provider button says {label:?}"
    );
    ensure!(PROVIDER_BUTTON.contains(&format!("\"{PROVIDER_ID}\"")));
    b.click(PROVIDER_BUTTON).await?;
    // Kratos → the RVW Hydra → the RVW Vestibule's /login → its Kratos.
    b.wait_for_url(&format!("{}/login?flow=*", rvw.stack.ui_url()))
        .await?;
    b.submit_password_login(email, PASSWORD).await?;
    b.wait_for(r#"[data-testid="consent-form"]"#).await
}

async fn rvw_sign_in_with_rvw_tech_signs_in_with_the_rvw_email(
    ctx: Ctx,
    javascript: bool,
) -> Result<()> {
    let (rvw, email, subject) = rvw_account(&ctx).await?;
    let b = ctx.page(javascript).await?;
    to_rvw_consent(&b, &ctx, &rvw, &email).await?;
    b.click(r#"[data-testid="consent-allow"]"#).await?;
    // Back at this realm's Kratos, which makes the account and the
    // session (its oidc registration hook) and returns to /welcome.
    b.wait_for_url(&format!("{}/welcome", ctx.stack().ui_url()))
        .await?;
    b.expect_signed_in(&email, "aal1").await?;
    // This realm's Kratos knows the person by their RVW account: an oidc
    // credential `rvw:<subject at RVW>`, with the email from RVW's claims.
    let found = ctx
        .http()?
        .get(format!(
            "{}/admin/identities?credentials_identifier={PROVIDER_ID}:{subject}",
            ctx.stack().kratos_admin_url()
        ))
        .send()
        .await?
        .json::<serde_json::Value>()
        .await?;
    ensure!(
        found[0]["traits"]["email"] == email.as_str() && found[1].is_null(),
        "identities with the RVW credential: {found}"
    );
    b.finish().await
}

/// The person keeps their email from the first realm (unticks `email` on
/// the RVW consent screen): the ID token has no email claim, the mapped
/// traits miss the required email, and Kratos shows its registration
/// form for it; filled in (and RVW asked once more), the person is signed
/// in with the email they typed.
async fn rvw_without_the_email_claim_kratos_asks_for_it_on_registration(ctx: Ctx) -> Result<()> {
    let (rvw, email, _) = rvw_account(&ctx).await?;
    let b = ctx.page(true).await?;
    to_rvw_consent(&b, &ctx, &rvw, &email).await?;
    b.click(r#"[data-testid="consent-scope/email"]"#).await?;
    b.click(r#"[data-testid="consent-allow"]"#).await?;
    b.wait_for_url(&format!("{}/registration?flow=*", ctx.stack().ui_url()))
        .await?;
    // Kratos puts the traits it still needs into the provider's form.
    let form = r#"form:has(button[name="provider"][value="rvw"])"#;
    let email_field = format!(r#"{form} input[name="traits.email"]"#);
    b.wait_for(&email_field).await?;
    // The name came through (profile was granted), the email did not.
    b.wait_for_value(&format!(r#"{form} input[name="traits.name.first"]"#), "Ada")
        .await?;
    b.wait_for_value(&email_field, "").await?;
    let own = ctx.unique_email();
    b.fill(&email_field, &own).await?;
    b.click(&format!(
        r#"{form} button[name="provider"][value="{PROVIDER_ID}"]"#
    ))
    .await?;
    // Kratos v1.3.1 keeps the typed traits and authorizes at the provider
    // once more (a second consent screen: nothing was remembered).
    b.wait_for_url(&format!("{}/consent?*", rvw.stack.ui_url()))
        .await?;
    b.wait_for(r#"[data-testid="consent-form"]"#).await?;
    b.click(r#"[data-testid="consent-scope/email"]"#).await?;
    b.click(r#"[data-testid="consent-allow"]"#).await?;
    b.wait_for_url(&format!("{}/welcome", ctx.stack().ui_url()))
        .await?;
    b.expect_signed_in(&own, "aal1").await?;
    b.finish().await
}

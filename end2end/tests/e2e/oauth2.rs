//! OAuth2 and OpenID Connect journeys through Vestibule's own pages in
//! Chromium, against the real Hydra v2.3.0 and Kratos v1.3.1: Hydra sends
//! the browser to Vestibule's /login (Kratos accepts the login challenge),
//! then to Vestibule's /consent, whose form the user answers; the code
//! reaches a small relying-party endpoint run by the test, and becomes
//! tokens whose ID token verifies against Hydra's JWKS.

use std::net::SocketAddr;

use anyhow::{bail, ensure, Context, Result};
use axum::response::Html;
use axum::routing::get;
use axum::Router;
use vestibule_e2e::oauth2::{
    AuthorizationRequest, Callback, Client, ClientKind, ClientSpec, Hydra,
};
use vestibule_e2e::oauth2_login::{password_identity, query_param, Journey};
use vestibule_e2e::stack::TRUSTED_CLIENT_ID;

use crate::continue_flow::{ask_for_code, enter_code};
use crate::support::{BrowserPage, Ctx, TestFn, PASSWORD, SHORT_LIFESPAN_SECS};
use crate::{tests as test_list, with_and_without_js};

pub fn tests() -> Vec<(&'static str, TestFn)> {
    let mut all = with_and_without_js![
        oauth2_pkce_public_client_login_consent_subset_and_verified_id_token,
        oauth2_deny_reaches_the_client_as_access_denied,
        oauth2_logout_confirmed_ends_hydra_and_kratos_sessions,
        oauth2_login_challenge_through_continue_with_a_code,
    ];
    all.extend(test_list![
        oauth2_confidential_client_code_flow,
        oauth2_remembered_consent_skips_the_screen,
        oauth2_skip_consent_client_skips_the_screen,
        oauth2_trusted_client_id_skips_the_screen,
        oauth2_expired_consent_challenge_is_a_410_page,
        oauth2_reused_consent_challenge_reaches_the_client_as_access_denied,
        oauth2_prompt_login_asks_for_the_password_again,
        oauth2_unknown_challenges_are_readable_404_pages,
        oauth2_consent_post_without_csrf_token_is_403,
        oauth2_login_challenge_through_continue_when_signed_in,
    ]);
    all
}

/// The relying party's redirect endpoint: a page the browser can load,
/// so the test reads the code (or error) from the URL.
struct RelyingParty {
    redirect_uri: String,
    task: tokio::task::JoinHandle<()>,
}

impl RelyingParty {
    async fn start() -> Result<RelyingParty> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr: SocketAddr = listener.local_addr()?;
        let app = Router::new().route(
            "/callback",
            get(|| async {
                // No favicon request (a 404 would be a console error).
                Html(
                    "<!DOCTYPE html><title>callback</title>\
                     <link rel=\"icon\" href=\"data:,\"><p>back at the client</p>",
                )
            }),
        );
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(RelyingParty {
            redirect_uri: format!("http://localhost:{}/callback", addr.port()),
            task,
        })
    }
}

impl Drop for RelyingParty {
    fn drop(&mut self) {
        self.task.abort();
    }
}

struct Setup {
    hydra: Hydra,
    client: Client,
    rp: RelyingParty,
}

async fn setup(ctx: &Ctx, kind: ClientKind, skip_consent: bool) -> Result<Setup> {
    let rp = RelyingParty::start().await?;
    let hydra = Hydra::new(ctx.stack().hydra()?)?;
    let mut spec = ClientSpec::new(ctx.name, kind, &rp.redirect_uri);
    spec.skip_consent = skip_consent;
    let client = hydra.create_client(&spec).await?;
    Ok(Setup { hydra, client, rp })
}

/// Most journeys' start: a client of `kind`, a browser, and a signed-up
/// user who is signed out again.
async fn begin(
    ctx: &Ctx,
    kind: ClientKind,
    skip_consent: bool,
    javascript: bool,
) -> Result<(Setup, BrowserPage, String)> {
    let s = setup(ctx, kind, skip_consent).await?;
    let b = ctx.page(javascript).await?;
    let email = user(&b, ctx).await?;
    Ok((s, b, email))
}

impl Setup {
    /// An authorization request for `scope` at this stack's Hydra.
    fn authorize(&self, scope: &str, extra: &[(&str, &str)]) -> Result<AuthorizationRequest> {
        self.client.authorize(&self.hydra.urls.public, scope, extra)
    }

    /// Waits for the browser at the relying party, exchanges the code and
    /// verifies the ID token: its claims.
    async fn claims_at_callback(
        &self,
        b: &BrowserPage,
        request: &AuthorizationRequest,
    ) -> Result<serde_json::Map<String, serde_json::Value>> {
        verified_code(self, request, at_callback(b, self, request).await?).await
    }
}

/// A signed-up user who is signed out again (so Hydra's login goes
/// through Vestibule's login form).
async fn user(b: &BrowserPage, ctx: &Ctx) -> Result<String> {
    let ui = ctx.stack().ui_url();
    let email = ctx.unique_email();
    b.sign_up(&ui, &email).await?;
    b.sign_out(&ui).await?;
    Ok(email)
}

/// Waits until the browser is back at the relying party; the callback.
async fn at_callback(
    b: &BrowserPage,
    s: &Setup,
    request: &AuthorizationRequest,
) -> Result<Callback> {
    b.wait_for_url(&format!("{}?**", s.rp.redirect_uri)).await?;
    request.callback(&b.current_url())
}

/// From the authorization URL through Vestibule's login form (with the
/// password) to wherever Hydra sends the browser next.
async fn sign_in_at(b: &BrowserPage, url: &str, email: &str) -> Result<()> {
    b.goto(url).await?;
    b.wait_for_url("**/login?flow=*").await?;
    b.submit_password_login(email, PASSWORD).await
}

/// The same, ending on Vestibule's consent screen.
async fn sign_in_to_consent(b: &BrowserPage, url: &str, email: &str) -> Result<()> {
    sign_in_at(b, url, email).await?;
    b.wait_for(r#"[data-testid="consent-form"]"#).await
}

async fn verified_code(
    s: &Setup,
    request: &AuthorizationRequest,
    callback: Callback,
) -> Result<serde_json::Map<String, serde_json::Value>> {
    let Callback::Code(code) = callback else {
        bail!("an error instead of a code: {callback:?}");
    };
    let tokens = s.hydra.exchange_code(&s.client, request, &code).await?;
    ensure!(
        tokens.scope.as_deref() == Some("openid email"),
        "granted {:?}",
        tokens.scope
    );
    let id_token = tokens.id_token.context("no ID token")?;
    s.hydra
        .verify_id_token(&id_token, &s.client.id, &request.nonce)
        .await
}

async fn oauth2_pkce_public_client_login_consent_subset_and_verified_id_token(
    ctx: Ctx,
    javascript: bool,
) -> Result<()> {
    let (s, b, email) = begin(&ctx, ClientKind::Public, false, javascript).await?;
    let request = s.authorize("openid email profile", &[])?;
    sign_in_to_consent(&b, &request.url, &email).await?;
    ensure!(
        b.count(r#"[data-testid="consent-scope/openid"][disabled]"#)
            .await?
            == 1
    );
    // Grant a subset: no profile.
    b.click(r#"[data-testid="consent-scope/profile"]"#).await?;
    b.click(r#"[data-testid="consent-allow"]"#).await?;
    let claims = s.claims_at_callback(&b, &request).await?;
    ensure!(claims["email"] == email.as_str(), "{claims:?}");
    ensure!(
        claims.get("given_name").is_none() && claims.get("name").is_none(),
        "profile claims without the scope: {claims:?}"
    );
    b.finish().await
}

/// The login challenge Hydra sends for `request`, as Hydra would send it
/// to `/continue` with its `urls.login` there: read from `/login`'s
/// sign-up link, which carries it (Hydra's `urls.login` is `/login` here).
async fn login_challenge(
    b: &BrowserPage,
    ctx: &Ctx,
    request: &AuthorizationRequest,
) -> Result<String> {
    b.goto(&request.url).await?;
    b.wait_for_url("**/login?flow=*").await?;
    let signup = b
        .page
        .locator(r#"[data-testid="signup-link"]"#)
        .get_attribute("href")
        .await?
        .unwrap_or_default();
    query_param(&ctx.ui(&signup), "login_challenge")
}

/// Hydra's login challenge through `/continue`, for an operator who
/// makes it the only entry point: the one address field and a mailed code
/// sign in, and the journey goes on to the consent screen and the client.
async fn oauth2_login_challenge_through_continue_with_a_code(
    ctx: Ctx,
    javascript: bool,
) -> Result<()> {
    let s = setup(&ctx, ClientKind::Public, false).await?;
    let email = ctx.unique_email();
    ctx.create_password_user(ctx.stack(), &email).await?;
    let b = ctx.page(javascript).await?;
    let request = s.authorize("openid email", &[])?;
    let challenge = login_challenge(&b, &ctx, &request).await?;
    let start = format!("{}?login_challenge={challenge}", ctx.ui("/continue"));
    ask_for_code(&b, &start, &email).await?;
    let code = ctx.stack().mail.take_code(&email, "login_code").await?;
    enter_code(&b, &code).await?;
    b.wait_for(r#"[data-testid="consent-form"]"#).await?;
    b.click(r#"[data-testid="consent-allow"]"#).await?;
    let claims = s.claims_at_callback(&b, &request).await?;
    ensure!(claims["email"] == email.as_str(), "{claims:?}");
    b.finish().await
}

/// A browser that already has a Kratos session reaches `/continue` with
/// a login challenge Hydra does not let Kratos skip: Kratos makes the new
/// flow a re-authentication, which has no sign-up branch, so `/continue`
/// sends the browser to `/login` for it (no address form); the password
/// again, and the journey goes on to consent.
async fn oauth2_login_challenge_through_continue_when_signed_in(ctx: Ctx) -> Result<()> {
    let s = setup(&ctx, ClientKind::Public, false).await?;
    let email = ctx.unique_email();
    ctx.create_password_user(ctx.stack(), &email).await?;
    let b = ctx.page(true).await?;
    let request = s.authorize("openid email", &[])?;
    let challenge = login_challenge(&b, &ctx, &request).await?;
    b.sign_in(&ctx.stack().ui_url(), &email, PASSWORD).await?;
    b.wait_for_url("**/welcome").await?;
    b.goto(&format!(
        "{}?login_challenge={challenge}",
        ctx.ui("/continue")
    ))
    .await?;
    b.wait_for_url("**/login?flow=*").await?;
    b.submit_password_login(&email, PASSWORD).await?;
    b.wait_for(r#"[data-testid="consent-form"]"#).await?;
    b.click(r#"[data-testid="consent-allow"]"#).await?;
    let claims = s.claims_at_callback(&b, &request).await?;
    ensure!(claims["email"] == email.as_str(), "{claims:?}");
    b.finish().await
}

async fn oauth2_confidential_client_code_flow(ctx: Ctx) -> Result<()> {
    let (s, b, email) = begin(&ctx, ClientKind::Confidential, false, true).await?;
    ensure!(s.client.secret.is_some());
    let request = s.authorize("openid email profile", &[])?;
    sign_in_to_consent(&b, &request.url, &email).await?;
    b.click(r#"[data-testid="consent-scope/profile"]"#).await?;
    b.click(r#"[data-testid="consent-allow"]"#).await?;
    let claims = s.claims_at_callback(&b, &request).await?;
    ensure!(claims["email"] == email.as_str(), "{claims:?}");
    b.finish().await
}

async fn oauth2_deny_reaches_the_client_as_access_denied(ctx: Ctx, javascript: bool) -> Result<()> {
    let (s, b, email) = begin(&ctx, ClientKind::Public, false, javascript).await?;
    let request = s.authorize("openid email", &[])?;
    sign_in_to_consent(&b, &request.url, &email).await?;
    b.click(r#"[data-testid="consent-deny"]"#).await?;
    match at_callback(&b, &s, &request).await? {
        Callback::Error { error, .. } => ensure!(error == "access_denied", "{error}"),
        other => bail!("expected access_denied, got {other:?}"),
    }
    b.finish().await
}

async fn oauth2_remembered_consent_skips_the_screen(ctx: Ctx) -> Result<()> {
    let (s, b, email) = begin(&ctx, ClientKind::Public, false, true).await?;
    let first = s.authorize("openid email", &[])?;
    sign_in_to_consent(&b, &first.url, &email).await?;
    b.click(r#"[data-testid="consent-remember"]"#).await?;
    b.click(r#"[data-testid="consent-allow"]"#).await?;
    s.claims_at_callback(&b, &first).await?;
    // Again: signed in (Kratos accepts the login) and remembered (no
    // screen): straight back with a code whose ID token has the claims.
    let second = s.authorize("openid email", &[])?;
    b.goto(&second.url).await?;
    let claims = s.claims_at_callback(&b, &second).await?;
    ensure!(claims["email"] == email.as_str(), "{claims:?}");
    b.finish().await
}

async fn oauth2_skip_consent_client_skips_the_screen(ctx: Ctx) -> Result<()> {
    let (s, b, email) = begin(&ctx, ClientKind::Public, true, true).await?;
    let request = s.authorize("openid email", &[])?;
    sign_in_at(&b, &request.url, &email).await?;
    let claims = s.claims_at_callback(&b, &request).await?;
    ensure!(claims["email"] == email.as_str(), "{claims:?}");
    b.finish().await
}

/// The stack's Vestibule starts with TRUSTED_CLIENT_IDS set to
/// [`TRUSTED_CLIENT_ID`]; a client registered with exactly that id (and
/// no `skip_consent`) gets consent without a screen.
async fn oauth2_trusted_client_id_skips_the_screen(ctx: Ctx) -> Result<()> {
    let rp = RelyingParty::start().await?;
    let hydra = Hydra::new(ctx.stack().hydra()?)?;
    let mut spec = ClientSpec::new(ctx.name, ClientKind::Public, &rp.redirect_uri);
    spec.extra
        .insert("client_id".to_owned(), TRUSTED_CLIENT_ID.into());
    // A stack's Hydra lives for the whole run: no leftover from before.
    hydra.delete_client(TRUSTED_CLIENT_ID).await?;
    let client = hydra.create_client(&spec).await?;
    ensure!(
        client.id == TRUSTED_CLIENT_ID && client.registered["skip_consent"] == false,
        "registered {}",
        client.registered
    );
    let s = Setup { hydra, client, rp };
    let b = ctx.page(true).await?;
    let email = user(&b, &ctx).await?;
    let request = s.authorize("openid email", &[])?;
    sign_in_at(&b, &request.url, &email).await?;
    let claims = s.claims_at_callback(&b, &request).await?;
    ensure!(claims["email"] == email.as_str(), "{claims:?}");
    b.finish().await
}

/// On the short-lived stack Hydra's requests live SHORT_LIFESPAN_SECS
/// (`ttl.login_consent_request`): a consent challenge that opened the
/// screen a moment ago is, once that time is past, a 410 page saying it
/// expired, with no "try again" on the same challenge.
async fn oauth2_expired_consent_challenge_is_a_410_page(ctx: Ctx) -> Result<()> {
    let short = ctx.short_stack().await?;
    let stack = &short.stack;
    let email = ctx.unique_email();
    password_identity(stack, &email, PASSWORD).await?;
    let hydra = Hydra::new(stack.hydra()?)?;
    let client = hydra
        .create_client(&ClientSpec::new(
            ctx.name,
            ClientKind::Public,
            "http://localhost:9/callback",
        ))
        .await?;
    let request = client.authorize(&hydra.urls.public, "openid email", &[])?;
    let journey = Journey::new(stack, ctx.http()?)?;
    let challenge = journey
        .sign_in_to_consent(&request.url, &email, PASSWORD)
        .await?;
    let consent = format!("{}/consent?consent_challenge={challenge}", stack.ui_url());
    let fresh = journey.http.get(&consent).send().await?;
    ensure!(fresh.status() == 200, "fresh challenge: {}", fresh.status());
    tokio::time::sleep(std::time::Duration::from_secs(SHORT_LIFESPAN_SECS + 1)).await;
    let expired = journey.http.get(&consent).send().await?;
    let status = expired.status();
    let body = expired.text().await?;
    ensure!(status == 410, "expired challenge: {status}: {body}");
    ensure!(body.contains("This sign-in request has expired"), "{body}");
    ensure!(body.contains("The consent request has expired"), "{body}");
    ensure!(!body.contains("Try again"), "{body}");
    Ok(())
}

/// Hydra v2.3.0's consent challenge is the encrypted request itself, so
/// an answered one still opens the screen; answering it again sends the
/// client an `access_denied` (the verifier was used), never a second code.
async fn oauth2_reused_consent_challenge_reaches_the_client_as_access_denied(
    ctx: Ctx,
) -> Result<()> {
    let (s, b, email) = begin(&ctx, ClientKind::Public, false, true).await?;
    let request = s.authorize("openid email", &[])?;
    sign_in_to_consent(&b, &request.url, &email).await?;
    let consent_url = b.current_url();
    b.click(r#"[data-testid="consent-allow"]"#).await?;
    s.claims_at_callback(&b, &request).await?;

    b.goto(&consent_url).await?;
    b.wait_for(r#"[data-testid="consent-form"]"#).await?;
    b.click(r#"[data-testid="consent-allow"]"#).await?;
    match at_callback(&b, &s, &request).await? {
        Callback::Error { error, description } => ensure!(
            error == "access_denied"
                && description
                    .as_deref()
                    .is_some_and(|d| d.contains("already been used")),
            "{error}: {description:?}"
        ),
        Callback::Code(_) => bail!("a second code for a reused consent challenge"),
    }
    b.finish().await
}

/// Signed in at Hydra and Kratos, a second authorization goes straight
/// back; with `prompt=login` the person confirms with the password first.
async fn oauth2_prompt_login_asks_for_the_password_again(ctx: Ctx) -> Result<()> {
    let (s, b, email) = begin(&ctx, ClientKind::Public, true, true).await?;
    let first = s.authorize("openid email", &[])?;
    sign_in_at(&b, &first.url, &email).await?;
    s.claims_at_callback(&b, &first).await?;

    let again = s.authorize("openid email", &[])?;
    b.goto(&again.url).await?;
    s.claims_at_callback(&b, &again).await?;

    let forced = s.authorize("openid email", &[("prompt", "login")])?;
    sign_in_at(&b, &forced.url, &email).await?;
    let claims = s.claims_at_callback(&b, &forced).await?;
    ensure!(claims["email"] == email.as_str(), "{claims:?}");
    b.finish().await
}

async fn oauth2_logout_confirmed_ends_hydra_and_kratos_sessions(
    ctx: Ctx,
    javascript: bool,
) -> Result<()> {
    let (s, b, email) = begin(&ctx, ClientKind::Public, false, javascript).await?;
    let request = s.authorize("openid email", &[])?;
    sign_in_to_consent(&b, &request.url, &email).await?;
    b.click(r#"[data-testid="consent-allow"]"#).await?;
    s.claims_at_callback(&b, &request).await?;

    b.goto(&format!("{}/oauth2/sessions/logout", s.hydra.urls.public))
        .await?;
    b.wait_for(r#"[data-testid="logout-form"]"#).await?;
    b.click(r#"[data-testid="logout-accept"]"#).await?;
    // Hydra's post-logout page is Vestibule's /welcome: signed out there.
    b.wait_for(r#"[data-testid="signed-out"]"#).await?;
    // And a new authorization asks for the password again.
    let again = s.authorize("openid email", &[])?;
    b.goto(&again.url).await?;
    b.wait_for(r#"[data-testid="login-flow"] input[name="password"]"#)
        .await?;
    b.finish().await
}

async fn oauth2_unknown_challenges_are_readable_404_pages(ctx: Ctx) -> Result<()> {
    let http = ctx.http()?;
    for path in [
        "/consent?consent_challenge=not-a-challenge",
        "/logout?logout_challenge=not-a-challenge",
    ] {
        let r = http.get(ctx.ui(path)).send().await?;
        ensure!(r.status() == 404, "{path}: {}", r.status());
        let body = r.text().await?;
        ensure!(body.contains("cannot be used"), "{path}: {body}");
    }
    Ok(())
}

async fn oauth2_consent_post_without_csrf_token_is_403(ctx: Ctx) -> Result<()> {
    let r = ctx
        .http()?
        .post(ctx.ui("/consent"))
        .form(&[
            ("consent_challenge", "c"),
            ("action", "accept"),
            ("grant_scope", "openid"),
        ])
        .send()
        .await?;
    ensure!(r.status() == 403, "{}", r.status());
    ensure!(r.text().await?.contains("CSRF"));
    Ok(())
}

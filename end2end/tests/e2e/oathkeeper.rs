//! Behind Oathkeeper (deploy/oathkeeper/ as shipped): a protected URL sends
//! the browser to Vestibule's login with return_to and back, the app gets a
//! JWT that verifies against Oathkeeper's JWKS; API clients get JSON 401s;
//! CORS preflights pass; Kratos' web_hook keeps other email domains out of
//! sign-up with a message on the form, and Vestibule's authorizer applies
//! the same policy to the protected app.

use anyhow::{anyhow, bail, ensure, Context, Result};
use reqwest::header::{ACCEPT, ORIGIN};
use reqwest::StatusCode;
use serde_json::{json, Value};
use vestibule_e2e::{OathkeeperPorts, Stack};

use crate::passkeys::register_with_passkey;
use crate::support::{BrowserPage, Ctx, TestFn, ALLOWED_DOMAIN, PASSWORD};
use crate::{tests as test_list, with_and_without_js};

pub fn tests() -> Vec<(&'static str, TestFn)> {
    let mut all = with_and_without_js![
        oathkeeper_protected_app_signs_in_through_vestibule_and_gets_a_jwt,
        oathkeeper_sign_up_with_another_domain_shows_the_message_and_creates_no_identity,
        oathkeeper_sign_in_with_another_domain_shows_the_message_and_issues_no_session,
    ];
    all.extend(test_list![
        oathkeeper_protected_app_without_session_redirects_browsers_and_answers_json_401,
        oathkeeper_api_preflight_passes_and_the_credentialed_call_after_it_works,
        oathkeeper_authorizer_applies_the_domain_policy_and_follows_its_change,
        oathkeeper_protected_app_signs_in_with_a_passkey,
    ]);
    all
}

fn ports(stack: &Stack) -> Result<OathkeeperPorts> {
    stack
        .oathkeeper_ports()
        .ok_or_else(|| anyhow!("stack {} has no Oathkeeper", stack.spec.name))
}

/// The identities Kratos has for `email` (admin API).
async fn identities_with(stack: &Stack, email: &str) -> Result<Vec<Value>> {
    let r = reqwest::Client::new()
        .get(format!("{}/admin/identities", stack.kratos_admin_url()))
        .query(&[("credentials_identifier", email)])
        .send()
        .await?;
    ensure!(
        r.status().is_success(),
        "listing identities: {}",
        r.status()
    );
    Ok(r.json().await?)
}

/// A cookie-keeping client signed in as `email` through Kratos' browser
/// login flow (JSON), as a browser would be.
async fn signed_in_client(stack: &Stack, email: &str) -> Result<reqwest::Client> {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let flow: Value = client
        .get(format!(
            "{}/self-service/login/browser",
            stack.kratos_public_url()
        ))
        .header(ACCEPT, "application/json")
        .send()
        .await?
        .json()
        .await?;
    let csrf = flow["ui"]["nodes"]
        .as_array()
        .and_then(|nodes| {
            nodes
                .iter()
                .find(|n| n["attributes"]["name"] == "csrf_token")
        })
        .and_then(|n| n["attributes"]["value"].as_str())
        .ok_or_else(|| anyhow!("no csrf_token in the login flow"))?
        .to_owned();
    let action = flow["ui"]["action"]
        .as_str()
        .ok_or_else(|| anyhow!("no action in the login flow"))?;
    let r = client
        .post(action)
        .header(ACCEPT, "application/json")
        .json(&json!({
            "method": "password",
            "identifier": email,
            "password": PASSWORD,
            "csrf_token": csrf,
        }))
        .send()
        .await?;
    ensure!(
        r.status() == StatusCode::OK,
        "password login: {}",
        r.status()
    );
    Ok(client)
}

/// Checks `jwt` against the JWKS Oathkeeper's API serves; its claims.
async fn verified_claims(ports: OathkeeperPorts, jwt: &str) -> Result<Value> {
    use jsonwebtoken::{decode, decode_header, jwk::JwkSet, Algorithm, DecodingKey, Validation};
    let jwks: JwkSet = reqwest::get(format!("{}/.well-known/jwks.json", ports.api_url()))
        .await?
        .json()
        .await
        .context("reading Oathkeeper's JWKS")?;
    let header = decode_header(jwt)?;
    ensure!(header.alg == Algorithm::RS256, "alg {:?}", header.alg);
    let kid = header.kid.ok_or_else(|| anyhow!("JWT without kid"))?;
    let jwk = jwks
        .find(&kid)
        .ok_or_else(|| anyhow!("kid {kid} is not in the JWKS"))?;
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_issuer(&[format!("{}/", ports.proxy_url())]);
    validation.validate_aud = false;
    let data = decode::<Value>(jwt, &DecodingKey::from_jwk(jwk)?, &validation)
        .context("the JWT does not verify against Oathkeeper's JWKS")?;
    Ok(data.claims)
}

/// The browser context's cookies as one Cookie header.
async fn cookie_header(b: &BrowserPage) -> Result<String> {
    let cookies = b.context.cookies(None).await?;
    Ok(cookies
        .iter()
        .map(|c| format!("{}={}", c.name, c.value))
        .collect::<Vec<_>>()
        .join("; "))
}

/// A response header as text ("" when missing or not text).
fn header_text(
    headers: &reqwest::header::HeaderMap,
    name: impl reqwest::header::AsHeaderName,
) -> String {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// The protected page as an API client with the browser's cookies: the
/// JSON the demo app answers through Oathkeeper.
async fn protected_as_json(b: &BrowserPage, protected: &str) -> Result<Value> {
    let r = reqwest::Client::new()
        .get(protected)
        .header(ACCEPT, "application/json")
        .header(reqwest::header::COOKIE, cookie_header(b).await?)
        .send()
        .await?;
    ensure!(
        r.status() == StatusCode::OK,
        "JSON through Oathkeeper: {}",
        r.status()
    );
    Ok(r.json().await?)
}

/// The claims of the JWT in the demo app's answer, verified.
async fn jwt_claims(ports: OathkeeperPorts, body: &Value) -> Result<Value> {
    let jwt = body["jwt"]
        .as_str()
        .ok_or_else(|| anyhow!("no jwt in {body}"))?;
    verified_claims(ports, jwt).await
}

/// A fresh address in the allowed domain and the same one in a domain the
/// email-domain web_hook refuses.
fn allowed_and_refused(ctx: &Ctx) -> Result<(String, String)> {
    let allowed = ctx.unique_email();
    let refused = allowed.replace("@example.com", "@example.org");
    ensure!(refused != allowed, "{allowed}");
    Ok((allowed, refused))
}

/// The web_hook's message `expected` shown at `message`, the browser still
/// on the flow page `flow_path` (`/login`, `/registration`).
async fn expect_refused(
    b: &BrowserPage,
    message: &str,
    expected: &str,
    flow_path: &str,
) -> Result<()> {
    b.wait_for(message).await?;
    let text = b.text(message).await?;
    ensure!(text.contains(expected), "message {text:?}");
    ensure!(
        b.current_url().contains(&format!("{flow_path}?flow=")),
        "at {}",
        b.current_url()
    );
    Ok(())
}

async fn oathkeeper_protected_app_signs_in_through_vestibule_and_gets_a_jwt(
    ctx: Ctx,
    javascript: bool,
) -> Result<()> {
    let lease = ctx.oathkeeper_stack().await?;
    let stack = &lease.stack;
    let ports = ports(stack)?;
    let ui = stack.ui_url();
    let protected = ports.protected_url();
    let email = ctx.unique_email();
    let id = ctx.create_password_user(stack, &email).await?;

    let b = ctx.page(javascript).await?;
    b.goto(&protected).await?;
    b.wait_for_url(&format!("{ui}/login?flow=*")).await?;
    b.submit_password_login(&email, PASSWORD).await?;
    b.wait_for_url(&protected).await?;
    let subject = b.text(r#"[data-testid="x-user-subject"]"#).await?;
    ensure!(subject == id, "X-User-Subject {subject:?}, identity {id}");
    let shown = b.text(r#"[data-claim="email"]"#).await?;
    ensure!(
        shown == format!("\"{email}\""),
        "email claim shown: {shown}"
    );

    // The same page as an API client with the browser's cookies: the JWT
    // itself, checked against Oathkeeper's keys.
    let body = protected_as_json(&b, &protected).await?;
    ensure!(
        body["sub"] == id.as_str() && body["email"] == email.as_str(),
        "{body}"
    );
    ensure!(body["x_user_subject"] == id.as_str(), "{body}");
    let claims = jwt_claims(ports, &body).await?;
    ensure!(claims["sub"] == id.as_str(), "claims {claims}");
    ensure!(claims["email"] == email.as_str(), "claims {claims}");
    ensure!(claims["aal"] == "aal1", "claims {claims}");

    // Signed out, the protected URL sends the browser to login again.
    b.sign_out(&ui).await?;
    b.goto(&protected).await?;
    b.wait_for_url(&format!("{ui}/login?flow=*")).await?;
    b.finish().await
}

/// A passkey user (signed up on this stack, past its email-domain
/// web_hook) opens the protected URL, signs in with the passkey button on
/// Vestibule's login and is back there with a JWT for its identity.
async fn oathkeeper_protected_app_signs_in_with_a_passkey(ctx: Ctx) -> Result<()> {
    let lease = ctx.oathkeeper_stack().await?;
    let stack = &lease.stack;
    let ports = ports(stack)?;
    let ui = stack.ui_url();
    let protected = ports.protected_url();
    let email = ctx.unique_email();
    let b = ctx.page(true).await?;
    b.disable_conditional_ui().await?;
    b.add_virtual_authenticator().await?;
    register_with_passkey(&b, &ui, &email).await?;
    b.sign_out(&ui).await?;

    b.goto(&protected).await?;
    b.wait_for_url(&format!("{ui}/login?flow=*")).await?;
    b.wait_webauthn_ready().await?;
    b.click(r#"button[name="passkey_login_trigger"]"#).await?;
    b.wait_for_url(&protected).await?;
    let subject = b.text(r#"[data-testid="x-user-subject"]"#).await?;

    let body = protected_as_json(&b, &protected).await?;
    let claims = jwt_claims(ports, &body).await?;
    ensure!(
        claims["sub"] == subject.as_str(),
        "claims {claims}, X-User-Subject {subject}"
    );
    ensure!(claims["email"] == email.as_str(), "claims {claims}");
    // The subject is the identity that signed up with that address.
    let identity: Value = reqwest::get(format!(
        "{}/admin/identities/{subject}",
        stack.kratos_admin_url()
    ))
    .await?
    .json()
    .await?;
    ensure!(identity["traits"]["email"] == email.as_str(), "{identity}");
    b.finish().await
}

async fn oathkeeper_protected_app_without_session_redirects_browsers_and_answers_json_401(
    ctx: Ctx,
) -> Result<()> {
    let lease = ctx.oathkeeper_stack().await?;
    let stack = &lease.stack;
    let ports = ports(stack)?;
    let protected = ports.protected_url();
    let http = ctx.http()?;

    let page = http
        .get(&protected)
        .header(ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
        .send()
        .await?;
    ensure!(
        page.status() == StatusCode::FOUND,
        "HTML: {}",
        page.status()
    );
    let to = header_text(page.headers(), reqwest::header::LOCATION);
    let expected = url::Url::parse_with_params(
        &format!("{}/login", stack.ui_url()),
        &[("return_to", protected.as_str())],
    )?;
    ensure!(
        to == expected.as_str(),
        "Location {to}, expected {expected}"
    );

    // An API client, and a request whose Accept a proxy dropped: JSON.
    for accept in [Some("application/json"), None] {
        let mut request = http.get(&protected);
        if let Some(accept) = accept {
            request = request.header(ACCEPT, accept);
        }
        let r = request.send().await?;
        ensure!(
            r.status() == StatusCode::UNAUTHORIZED,
            "{accept:?}: {}",
            r.status()
        );
        let ct = header_text(r.headers(), reqwest::header::CONTENT_TYPE);
        ensure!(ct.starts_with("application/json"), "{accept:?}: {ct}");
        let body: Value = r.json().await?;
        ensure!(body["error"]["code"] == 401, "{accept:?}: {body}");
    }
    Ok(())
}

async fn oathkeeper_api_preflight_passes_and_the_credentialed_call_after_it_works(
    ctx: Ctx,
) -> Result<()> {
    let lease = ctx.oathkeeper_stack().await?;
    let stack = &lease.stack;
    let ports = ports(stack)?;
    let api = format!("{}/api/me", ports.proxy_url());
    let origin = ports.cors_origin();

    let preflight = reqwest::Client::new()
        .request(reqwest::Method::OPTIONS, &api)
        .header(ORIGIN, &origin)
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "content-type")
        .send()
        .await?;
    ensure!(
        preflight.status().is_success(),
        "preflight: {}",
        preflight.status()
    );
    let h = preflight.headers();
    let get = |name: &str| header_text(h, name);
    ensure!(get("access-control-allow-origin") == origin, "{h:?}");
    ensure!(get("access-control-allow-credentials") == "true", "{h:?}");
    ensure!(get("access-control-allow-methods").contains("GET"), "{h:?}");
    ensure!(
        get("access-control-allow-headers")
            .to_ascii_lowercase()
            .contains("content-type"),
        "{h:?}"
    );

    // The call after it, with the session cookie.
    let email = ctx.unique_email();
    let id = ctx.create_password_user(stack, &email).await?;
    let client = signed_in_client(stack, &email).await?;
    let r = client
        .get(&api)
        .header(ORIGIN, &origin)
        .header(ACCEPT, "application/json")
        .send()
        .await?;
    ensure!(r.status() == StatusCode::OK, "API call: {}", r.status());
    let allowed = header_text(r.headers(), "access-control-allow-origin");
    ensure!(allowed == origin, "Access-Control-Allow-Origin {allowed:?}");
    let body: Value = r.json().await?;
    ensure!(
        body["sub"] == id.as_str() && body["email"] == email.as_str(),
        "{body}"
    );

    // Without a session the anonymous fallback answers; the claims template
    // copes with the missing session (no nil-pointer 500).
    let r = reqwest::Client::new()
        .get(&api)
        .header(ACCEPT, "application/json")
        .send()
        .await?;
    ensure!(
        r.status() == StatusCode::OK,
        "anonymous API call: {}",
        r.status()
    );
    let body: Value = r.json().await?;
    ensure!(body["sub"] == "guest" && body["email"] == "", "{body}");
    Ok(())
}

/// An account made before the policy (admin API) whose domain is not
/// allowed: the login web_hook interrupts the sign-in with a message on
/// the identifier, and no session is issued; an allowed address signs in.
async fn oathkeeper_sign_in_with_another_domain_shows_the_message_and_issues_no_session(
    ctx: Ctx,
    javascript: bool,
) -> Result<()> {
    let lease = ctx.oathkeeper_stack().await?;
    let stack = &lease.stack;
    let ui = stack.ui_url();
    let (allowed, refused) = allowed_and_refused(&ctx)?;
    ctx.create_password_user(stack, &refused).await?;
    ctx.create_password_user(stack, &allowed).await?;

    let b = ctx.page(javascript).await?;
    b.sign_in(&ui, &refused, PASSWORD).await?;
    expect_refused(
        &b,
        r#"[data-testid="login-flow"] [data-testid="ui/message/4049001"]"#,
        &format!("Sign-in is limited to {ALLOWED_DOMAIN} addresses."),
        "/login",
    )
    .await?;
    b.goto(&format!("{ui}/welcome")).await?;
    ensure!(
        b.count(r#"[data-testid="session-email"]"#).await? == 0,
        "{refused} got a session"
    );

    b.sign_in(&ui, &allowed, PASSWORD).await?;
    b.wait_for_url("**/welcome").await?;
    b.expect_signed_in(&allowed, "aal1").await?;
    b.finish().await
}

async fn oathkeeper_sign_up_with_another_domain_shows_the_message_and_creates_no_identity(
    ctx: Ctx,
    javascript: bool,
) -> Result<()> {
    let lease = ctx.oathkeeper_stack().await?;
    let stack = &lease.stack;
    let ui = stack.ui_url();
    let (allowed, refused) = allowed_and_refused(&ctx)?;

    let b = ctx.page(javascript).await?;
    b.goto(&format!("{ui}/registration")).await?;
    b.fill(
        r#"[data-testid="registration-flow"] input[name="traits.email"]"#,
        &refused,
    )
    .await?;
    b.fill(r#"input[name="traits.name.first"]"#, "Ada").await?;
    b.click(r#"button[name="method"][value="profile"]"#).await?;
    b.fill(r#"input[name="password"]"#, PASSWORD).await?;
    b.click(r#"button[name="method"][value="password"]"#)
        .await?;
    expect_refused(
        &b,
        r#"[data-testid="ui/message/4049001"]"#,
        &format!("Sign-up is limited to {ALLOWED_DOMAIN} addresses."),
        "/registration",
    )
    .await?;
    let found = identities_with(stack, &refused).await?;
    ensure!(
        found.is_empty(),
        "an identity was created for {refused}: {found:?}"
    );
    b.finish().await?;

    let b = ctx.page(javascript).await?;
    b.sign_up(&ui, &allowed).await?;
    b.expect_signed_in(&allowed, "aal1").await?;
    if identities_with(stack, &allowed).await?.len() != 1 {
        bail!("no identity for {allowed}");
    }
    b.finish().await
}

async fn oathkeeper_authorizer_applies_the_domain_policy_and_follows_its_change(
    ctx: Ctx,
) -> Result<()> {
    let lease = ctx.oathkeeper_stack().await?;
    let stack = &lease.stack;
    let ports = ports(stack)?;
    let protected = ports.protected_url();
    // Created and signed in before the policy left its domain out (the
    // admin API calls no hook; the login hook lets it in while its domain
    // is allowed).
    let email = ctx.unique_email().replace("@example.com", "@example.org");
    ctx.create_password_user(stack, &email).await?;
    stack
        .restart_vestibule(&format!("{ALLOWED_DOMAIN},example.org"))
        .await?;
    let signed_in = signed_in_client(stack, &email).await;
    stack.restart_vestibule(ALLOWED_DOMAIN).await?;
    let client = signed_in?;
    let fetch = || async {
        let r = client
            .get(&protected)
            .header(ACCEPT, "application/json")
            .send()
            .await?;
        let status = r.status();
        let body: Value = r.json().await.unwrap_or(Value::Null);
        anyhow::Ok((status, body))
    };

    let (status, body) = fetch().await?;
    ensure!(status == StatusCode::FORBIDDEN, "before: {status} {body}");
    ensure!(body["error"]["code"] == 403, "{body}");

    stack
        .restart_vestibule(&format!("{ALLOWED_DOMAIN},example.org"))
        .await?;
    let after = fetch().await;
    // Back to the stack's policy whatever happened.
    stack.restart_vestibule(ALLOWED_DOMAIN).await?;
    let (status, body) = after?;
    ensure!(status == StatusCode::OK, "after: {status} {body}");
    ensure!(body["email"] == email.as_str(), "{body}");
    Ok(())
}

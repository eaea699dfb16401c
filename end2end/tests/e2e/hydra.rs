//! The OAuth2 plumbing of a stack over plain HTTP, against the real Hydra
//! and Kratos, without Vestibule's consent page: Hydra sends an
//! authorization request to this stack's Vestibule `/login`, Kratos' login
//! flow carries the challenge and accepts it at Hydra once the password is
//! right, the test answers the consent request through Hydra's admin API
//! (as a consent app would), and the code becomes tokens whose ID token
//! verifies against Hydra's JWKS. Also the demo relying party end to end.

use anyhow::{ensure, Context, Result};
use serde_json::json;
use vestibule_e2e::demo_client::DemoClient;
use vestibule_e2e::oauth2::{Callback, ClientKind, ClientSpec, Hydra};
use vestibule_e2e::oauth2_login::{
    answer_consent, location, password_identity, query_param, ConsentAnswer, Journey,
};

use crate::support::{Ctx, TestFn};
use crate::tests as test_list;

pub fn tests() -> Vec<(&'static str, TestFn)> {
    test_list![
        hydra_code_flow_with_pkce_for_a_public_client,
        hydra_code_flow_for_a_confidential_client,
        hydra_rejected_consent_reaches_the_client_as_access_denied,
        hydra_demo_client_shows_the_verified_claims_escaped,
    ]
}

const PASSWORD: &str = "a long and unguessable passphrase 42";
/// A redirect URI no one listens on: the tests read the Location only.
const REDIRECT_URI: &str = "http://localhost:9/callback";

async fn code_flow(ctx: Ctx, kind: ClientKind) -> Result<()> {
    let email = ctx.unique_email();
    let identity_id = password_identity(ctx.stack(), &email, PASSWORD).await?;
    let hydra = Hydra::new(ctx.stack().hydra()?)?;
    let client = hydra
        .create_client(&ClientSpec::new(ctx.name, kind, REDIRECT_URI))
        .await?;
    ensure!(client.secret.is_some() == (kind == ClientKind::Confidential));
    let request = client.authorize(&hydra.urls.public, "openid offline_access email", &[])?;
    let journey = Journey::new(ctx.stack(), ctx.http()?)?;
    let challenge = journey
        .sign_in_to_consent(&request.url, &email, PASSWORD)
        .await?;

    let answer = ConsentAnswer::Accept {
        scopes: &["openid", "email"],
        id_token: json!({ "email": email, "email_verified": false }),
    };
    let (consent, redirect_to) = answer_consent(&hydra.urls, &challenge, answer).await?;
    ensure!(consent["subject"] == identity_id.as_str(), "{consent}");
    ensure!(consent["client"]["client_id"] == client.id.as_str());
    ensure!(
        consent["requested_scope"] == json!(["openid", "offline_access", "email"]),
        "{}",
        consent["requested_scope"]
    );

    let callback = journey.follow_hydra(&redirect_to).await?;
    ensure!(callback.starts_with(REDIRECT_URI), "ended at {callback}");
    let Callback::Code(code) = request.callback(&callback)? else {
        anyhow::bail!("an error instead of a code: {callback}");
    };
    let tokens = hydra.exchange_code(&client, &request, &code).await?;
    // Only the granted scopes: offline_access was asked for, not granted.
    ensure!(
        tokens.scope.as_deref() == Some("openid email"),
        "{:?}",
        tokens.scope
    );
    ensure!(tokens.refresh_token.is_none());
    let id_token = tokens.id_token.context("no ID token")?;
    let verified = hydra
        .verify_id_token(&id_token, &client.id, &request.nonce)
        .await?;
    ensure!(verified["sub"] == identity_id.as_str(), "{verified:?}");
    ensure!(verified["email"] == email.as_str(), "{verified:?}");
    // The same token checked against another nonce or client must fail.
    ensure!(hydra
        .verify_id_token(&id_token, &client.id, "another nonce")
        .await
        .is_err());
    ensure!(hydra
        .verify_id_token(&id_token, "another-client", &request.nonce)
        .await
        .is_err());
    // A code is good once.
    ensure!(hydra.exchange_code(&client, &request, &code).await.is_err());
    Ok(())
}

async fn hydra_code_flow_with_pkce_for_a_public_client(ctx: Ctx) -> Result<()> {
    code_flow(ctx, ClientKind::Public).await
}

async fn hydra_code_flow_for_a_confidential_client(ctx: Ctx) -> Result<()> {
    code_flow(ctx, ClientKind::Confidential).await
}

async fn hydra_rejected_consent_reaches_the_client_as_access_denied(ctx: Ctx) -> Result<()> {
    let email = ctx.unique_email();
    password_identity(ctx.stack(), &email, PASSWORD).await?;
    let hydra = Hydra::new(ctx.stack().hydra()?)?;
    let client = hydra
        .create_client(&ClientSpec::new(ctx.name, ClientKind::Public, REDIRECT_URI))
        .await?;
    let request = client.authorize(&hydra.urls.public, "openid email", &[])?;
    let journey = Journey::new(ctx.stack(), ctx.http()?)?;
    let challenge = journey
        .sign_in_to_consent(&request.url, &email, PASSWORD)
        .await?;
    let (_, redirect_to) = answer_consent(&hydra.urls, &challenge, ConsentAnswer::Reject).await?;
    let callback = journey.follow_hydra(&redirect_to).await?;
    match request.callback(&callback)? {
        Callback::Error { error, description } => {
            ensure!(error == "access_denied", "{error}");
            ensure!(
                description
                    .as_deref()
                    .is_some_and(|d| d.contains("The user said no.")),
                "{description:?}"
            );
            Ok(())
        }
        Callback::Code(_) => anyhow::bail!("a code although consent was rejected"),
    }
}

async fn hydra_demo_client_shows_the_verified_claims_escaped(ctx: Ctx) -> Result<()> {
    let email = ctx.unique_email();
    password_identity(ctx.stack(), &email, PASSWORD).await?;
    let (demo, task) = DemoClient::start(ctx.stack().hydra()?, 0).await?;
    let result = async {
        let hydra = Hydra::new(ctx.stack().hydra()?)?;
        let journey = Journey::new(ctx.stack(), ctx.http()?)?;
        let http = &journey.http;
        let r = http.get(demo.start_url()).send().await?;
        ensure!(r.status() == 303, "/start: {}", r.status());
        let authorization_url = location(&r)?;
        ensure!(query_param(&authorization_url, "client_id")? == demo.client().id);
        let challenge = journey
            .sign_in_to_consent(&authorization_url, &email, PASSWORD)
            .await?;
        let answer = ConsentAnswer::Accept {
            scopes: &["openid", "email", "profile"],
            id_token: json!({ "email": email, "name": "<b>Ada</b> & co" }),
        };
        let (_, redirect_to) = answer_consent(&hydra.urls, &challenge, answer).await?;
        let callback = journey.follow_hydra(&redirect_to).await?;
        ensure!(
            callback.starts_with(&demo.client().redirect_uri),
            "ended at {callback}"
        );
        let r = http.get(&callback).send().await?;
        ensure!(r.status() == 200, "/callback: {}", r.status());
        let page = r.text().await?;
        ensure!(page.contains("<h1>Signed in</h1>"), "{page}");
        ensure!(page.contains(&format!("<td>{email}</td>")), "{page}");
        ensure!(
            page.contains("<td>&lt;b&gt;Ada&lt;/b&gt; &amp; co</td>"),
            "{page}"
        );
        // The same callback again: its state was used.
        let again = http.get(&callback).send().await?;
        ensure!(
            again.status() == 400,
            "replayed /callback: {}",
            again.status()
        );
        Ok(())
    }
    .await;
    task.abort();
    result
}

//! A small OAuth2 relying party for the dev stack (beside the mail sink):
//! `/start` begins an authorization-code flow with PKCE at the stack's
//! Hydra, which sends the browser through Vestibule's login and consent;
//! `/callback` exchanges the code and shows the verified ID token's claims.
//! A newcomer clicks one link and watches the whole flow.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use anyhow::{anyhow, Result};
use axum::extract::{RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use html_escape::encode_text;
use serde_json::{Map, Value};
use tokio::task::JoinHandle;

use crate::hydra::HydraUrls;
use crate::oauth2::{AuthorizationRequest, Callback, Client, ClientKind, ClientSpec, Hydra};

/// The demo's port on the dev stack, next to the mail sink's 4436.
pub const DEV_PORT: u16 = 4437;

/// The scopes the demo asks for.
pub const SCOPE: &str = "openid offline_access email profile";

/// Requests started and not yet finished; the oldest are forgotten first.
const MAX_PENDING: usize = 64;

struct Demo {
    hydra: Hydra,
    client: Client,
    pending: Mutex<VecDeque<AuthorizationRequest>>,
}

#[derive(Clone)]
pub struct DemoClient {
    demo: Arc<Demo>,
    port: u16,
}

impl DemoClient {
    /// Listens on 127.0.0.1:`port` (0: any free port), registers a public
    /// client (PKCE) with Hydra whose redirect URI is this app's
    /// `/callback`, and serves until the returned task is aborted.
    pub async fn start(hydra: HydraUrls, port: u16) -> Result<(DemoClient, JoinHandle<()>)> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .map_err(|e| anyhow!("the demo client cannot listen on 127.0.0.1:{port}: {e}"))?;
        let port = listener.local_addr()?.port();
        let hydra = Hydra::new(hydra)?;
        let mut spec = ClientSpec::new(
            "Vestibule demo",
            ClientKind::Public,
            &format!("http://localhost:{port}/callback"),
        );
        spec.scope = SCOPE.to_owned();
        let client = hydra.create_client(&spec).await?;
        let demo = Arc::new(Demo {
            hydra,
            client,
            pending: Mutex::new(VecDeque::new()),
        });
        let app = router(demo.clone());
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok((DemoClient { demo, port }, task))
    }

    /// The one link that starts an authorization-code flow.
    pub fn start_url(&self) -> String {
        format!("http://localhost:{}/start", self.port)
    }

    /// The OAuth2 client the demo registered.
    pub fn client(&self) -> &Client {
        &self.demo.client
    }
}

fn router(demo: Arc<Demo>) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/start", get(start))
        .route("/callback", get(callback))
        .with_state(demo)
}

fn page(status: StatusCode, title: &str, body: &str) -> Response {
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>{title}</title></head><body><h1>{title}</h1>{body}\
         <p><a href=\"/start\">Start a sign-in</a></p></body></html>",
        title = encode_text(title),
    );
    (status, Html(html)).into_response()
}

async fn index() -> Response {
    page(
        StatusCode::OK,
        "Vestibule demo relying party",
        "<p>This app is an OAuth2 client of the stack's Hydra. The link below \
         starts an authorization-code flow (PKCE): Hydra sends you through \
         Vestibule's login and consent pages, then back here.</p>",
    )
}

async fn start(State(demo): State<Arc<Demo>>) -> Response {
    let request = match demo.client.authorize(&demo.hydra.urls.public, SCOPE, &[]) {
        Ok(request) => request,
        Err(e) => return failure(&e),
    };
    let location = request.url.clone();
    if let Ok(mut pending) = demo.pending.lock() {
        if pending.len() == MAX_PENDING {
            pending.pop_front();
        }
        pending.push_back(request);
    }
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

fn failure(e: &anyhow::Error) -> Response {
    page(
        StatusCode::BAD_GATEWAY,
        "The sign-in did not finish",
        &format!("<pre>{}</pre>", encode_text(&format!("{e:#}"))),
    )
}

/// The pending request `query` answers (by its `state`), taken out so a
/// callback cannot be replayed.
fn take_pending(demo: &Demo, query: &str) -> Option<AuthorizationRequest> {
    let state = url::form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "state")
        .map(|(_, v)| v.into_owned())?;
    let mut pending = demo.pending.lock().ok()?;
    let at = pending.iter().position(|r| r.state == state)?;
    pending.remove(at)
}

async fn callback(State(demo): State<Arc<Demo>>, RawQuery(query): RawQuery) -> Response {
    let query = query.unwrap_or_default();
    let Some(request) = take_pending(&demo, &query) else {
        return page(
            StatusCode::BAD_REQUEST,
            "Unknown sign-in",
            "<p>This callback's <code>state</code> belongs to no sign-in this \
             app started (or it was used already).</p>",
        );
    };
    let redirected_to = format!("{}?{query}", demo.client.redirect_uri);
    let outcome = match request.callback(&redirected_to) {
        Ok(outcome) => outcome,
        Err(e) => return failure(&e),
    };
    let code = match outcome {
        Callback::Code(code) => code,
        Callback::Error { error, description } => {
            return page(
                StatusCode::OK,
                "Hydra answered with an OAuth2 error",
                &format!(
                    "<p><code>{}</code></p><p>{}</p>",
                    encode_text(&error),
                    encode_text(description.as_deref().unwrap_or(""))
                ),
            )
        }
    };
    match finish(&demo, &request, &code).await {
        Ok((scope, claims)) => page(StatusCode::OK, "Signed in", &claims_html(&scope, &claims)),
        Err(e) => failure(&e),
    }
}

async fn finish(
    demo: &Demo,
    request: &AuthorizationRequest,
    code: &str,
) -> Result<(String, Map<String, Value>)> {
    let tokens = demo
        .hydra
        .exchange_code(&demo.client, request, code)
        .await?;
    let id_token = tokens
        .id_token
        .ok_or_else(|| anyhow!("Hydra sent no ID token (was `openid` granted?)"))?;
    let claims = demo
        .hydra
        .verify_id_token(&id_token, &demo.client.id, &request.nonce)
        .await?;
    Ok((tokens.scope.unwrap_or_default(), claims))
}

/// The granted scopes and the ID token's claims as an HTML table, every
/// value escaped.
pub fn claims_html(scope: &str, claims: &Map<String, Value>) -> String {
    let rows: String = claims
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            format!(
                "<tr><th>{}</th><td>{}</td></tr>",
                encode_text(name),
                encode_text(&value)
            )
        })
        .collect();
    format!(
        "<p>Granted scopes: <code>{}</code></p>\
         <p>The ID token's claims, verified against Hydra's JWKS:</p>\
         <table>{rows}</table>",
        encode_text(scope)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_are_escaped() {
        let mut claims = Map::new();
        claims.insert("name".to_owned(), Value::from("<script>x</script>"));
        claims.insert("email_verified".to_owned(), Value::from(true));
        let html = claims_html("openid <b>", &claims);
        assert!(
            html.contains("<td>&lt;script&gt;x&lt;/script&gt;</td>"),
            "{html}"
        );
        assert!(html.contains("<td>true</td>"));
        assert!(html.contains("<code>openid &lt;b&gt;</code>"));
        assert!(!html.contains("<script>"));
    }
}

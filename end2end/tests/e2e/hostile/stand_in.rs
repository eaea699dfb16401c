//! The hostile stand-in Kratos (an in-process axum server on
//! 127.0.0.1:0) and the Vestibule process pointed at it.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{anyhow, Context, Result};
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde_json::{json, Value};
use tokio::process::Command;
use vestibule_e2e::paths;
use vestibule_e2e::process::Managed;

const LOGIN: &str = include_str!("../../../../app/tests/fixtures/login.json");
const SESSION: &str = include_str!("../../../../app/tests/fixtures/session.json");

/// Kratos v1.3.1 sets the flag only at its very end and fires no event;
/// newer ones fire `oryWebAuthnInitialized`. This one defines its
/// functions late (300 ms after it loaded), then fires the event.
const LATE_WEBAUTHN_JS: &str = "setTimeout(() => { \
    window.oryPasskeyLogin = function () {}; \
    window.oryPasskeyLoginAutocompleteInit = function () { \
      window.__standInOnloadRan = (window.__standInOnloadRan || 0) + 1; }; \
    window.dispatchEvent(new Event('oryWebAuthnInitialized')); }, 300);";

pub struct StandIn {
    pub url: String,
    payload: Arc<Mutex<String>>,
}

impl StandIn {
    pub async fn start() -> Result<StandIn> {
        let payload = Arc::new(Mutex::new(String::new()));
        let app = Router::new()
            .route("/self-service/login/flows", get(login_flow))
            .route("/self-service/errors", get(stored_error))
            .route("/sessions/whoami", get(whoami))
            .route("/self-service/logout/browser", get(logout))
            .route(
                "/.well-known/ory/webauthn.js",
                get(|| async {
                    (
                        [(header::CONTENT_TYPE, "text/javascript")],
                        LATE_WEBAUTHN_JS,
                    )
                }),
            )
            .with_state(payload.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}", listener.local_addr()?);
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(StandIn { url, payload })
    }

    /// What every text and URL of the next answers carries.
    pub fn set_payload(&self, payload: &str) {
        if let Ok(mut p) = self.payload.lock() {
            *p = payload.to_owned();
        }
    }
}

type Payload = State<Arc<Mutex<String>>>;

fn current(p: &Payload) -> String {
    p.lock().map(|p| p.clone()).unwrap_or_default()
}

fn json_response(status: StatusCode, body: Value) -> Response {
    (status, axum::Json(body)).into_response()
}

fn text(p: &str) -> Value {
    json!({ "id": 1, "text": p, "type": "info" })
}

fn node(group: &str, attributes: Value, p: &str) -> Value {
    json!({
        "type": attributes["node_type"], "group": group, "attributes": attributes,
        "messages": [{ "id": 4000001, "text": p, "type": "error" }],
        "meta": { "label": text(p) }
    })
}

/// The recorded login flow with the payload in every text and URL it can
/// carry; `?id=clobber` instead adds div nodes whose ids shadow the
/// WebAuthn module's globals.
async fn login_flow(p: Payload, Query(q): Query<Vec<(String, String)>>) -> Response {
    let mut flow: Value = match serde_json::from_str(LOGIN) {
        Ok(flow) => flow,
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let nodes = flow["ui"]["nodes"].as_array_mut();
    let Some(nodes) = nodes else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    for n in nodes.iter_mut() {
        if n["attributes"]["node_type"] == "script" {
            // Not Kratos' script, so not its hash.
            if let Some(a) = n["attributes"].as_object_mut() {
                a.remove("integrity");
            }
        }
    }
    if q.iter().any(|(k, v)| k == "id" && v == "clobber") {
        for id in ["__oryWebAuthnInitialized", "oryPasskeyLogin"] {
            // In a group the layout shows (default nodes other than
            // inputs are not drawn).
            nodes.push(node("passkey", json!({ "node_type": "div", "id": id }), ""));
        }
        return json_response(StatusCode::OK, flow);
    }
    let p = current(&p);
    nodes.extend([
        node("default", json!({ "node_type": "a", "id": p, "href": p, "title": text(&p) }), &p),
        node("default", json!({ "node_type": "img", "id": p, "src": p, "width": 1, "height": 1 }), &p),
        node("default", json!({ "node_type": "text", "id": p, "text": text(&p) }), &p),
        node("default", json!({ "node_type": "div", "id": p, "class": p }), &p),
        node("password", json!({ "node_type": "input", "name": p, "type": "text", "value": p, "autocomplete": p }), &p),
        node("default", json!({ "node_type": "input", "name": "hidden_x", "type": "hidden", "value": p }), &p),
        node("password", json!({ "node_type": "input", "name": "method", "type": "submit", "value": p }), &p),
    ]);
    flow["ui"]["action"] = json!(p);
    flow["ui"]["messages"] = json!([{ "id": 4000001, "text": p, "type": "error" }]);
    flow["return_to"] = json!(p);
    json_response(StatusCode::OK, flow)
}

async fn stored_error(p: Payload) -> Response {
    let p = current(&p);
    json_response(
        StatusCode::OK,
        json!({
            "id": "x",
            "error": { "code": 500, "status": p, "message": p, "reason": p, "id": p }
        }),
    )
}

async fn whoami(p: Payload) -> Response {
    let p = current(&p);
    let Ok(mut session) = serde_json::from_str::<Value>(SESSION) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    session["identity"]["traits"] = json!({ "email": p, "name": { "first": p, "last": p } });
    session["authenticator_assurance_level"] = json!(p);
    json_response(StatusCode::OK, session)
}

async fn logout(p: Payload) -> Response {
    let p = current(&p);
    json_response(
        StatusCode::OK,
        json!({ "logout_url": p, "logout_token": p }),
    )
}

/// A Vestibule process (the debug build) on 127.0.0.1:0, pointed at a
/// stand-in; stopped when dropped.
pub struct Vestibule {
    pub url: String,
    port: u16,
    _process: Managed,
}

impl Vestibule {
    pub async fn start(kratos: &str) -> Result<Vestibule> {
        let log = std::env::temp_dir().join(format!(
            "vestibule-hostile-{}-{}.log",
            std::process::id(),
            kratos.rsplit(':').next().unwrap_or("0")
        ));
        let mut command = Command::new(paths::vestibule_bin());
        command
            .env_clear()
            .env("KRATOS_PUBLIC_URL", kratos)
            .env("HOST", "127.0.0.1")
            .env("PORT", "0")
            .env("LOG_FORMAT", "json")
            .env("RUST_LOG", "info");
        let process = Managed::spawn("vestibule (hostile Kratos)", command, &log)?;
        // PORT=0: the port is the one the "listening" line names.
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        let port = loop {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            let port = text
                .lines()
                .find(|l| l.contains("\"listening\""))
                .and_then(|l| l.split("127.0.0.1:").nth(1))
                .and_then(|rest| {
                    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                    digits.parse::<u16>().ok()
                });
            if let Some(port) = port {
                break port;
            }
            if tokio::time::Instant::now() > deadline {
                return Err(anyhow!("Vestibule did not start; its log:\n{text}"));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        let url = format!("http://127.0.0.1:{port}");
        let ok = reqwest::get(format!("{url}/health/alive"))
            .await
            .context("Vestibule's health")?;
        anyhow::ensure!(ok.status().is_success(), "health: {}", ok.status());
        Ok(Vestibule {
            url,
            port,
            _process: process,
        })
    }

    /// The same server as `localhost`, a secure context with a valid RP id.
    pub fn localhost_url(&self) -> String {
        format!("http://localhost:{}", self.port)
    }
}

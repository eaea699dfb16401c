//! The demo upstream behind Oathkeeper: it shows what a protected app
//! receives. HTML (escaped) lists the JWT's claims and `X-User-Subject`;
//! with `Accept: application/json` it answers
//! `{"sub", "email", "jwt", "x_user_subject"}`; OPTIONS answers 204 (the
//! preflight Oathkeeper passes through). It does not verify the JWT — the
//! tests do, against Oathkeeper's JWKS — so it must never be reachable
//! except through Oathkeeper.

use anyhow::{Context, Result};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::{Json, Router};
use base64::Engine;
use serde_json::{json, Value};
use tokio::task::JoinHandle;

/// Listens on 127.0.0.1:`port` until the returned task is aborted.
pub async fn start(port: u16) -> Result<JoinHandle<()>> {
    let app = Router::new().fallback(answer);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .with_context(|| format!("demo app: binding 127.0.0.1:{port}"))?;
    Ok(tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    }))
}

/// The bearer token Oathkeeper's id_token mutator set, if any.
fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
}

/// The JWT's claims, decoded but not verified (display only).
fn claims(jwt: &str) -> Option<Value> {
    let payload = jwt.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

async fn answer(method: Method, headers: HeaderMap) -> Response {
    if method == Method::OPTIONS {
        return StatusCode::NO_CONTENT.into_response();
    }
    let jwt = bearer(&headers);
    let claims = jwt.and_then(claims).unwrap_or(Value::Null);
    let subject = headers
        .get("x-user-subject")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let wants_json = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("application/json"));
    if wants_json {
        return Json(json!({
            "sub": claims.get("sub"),
            "email": claims.get("email"),
            "jwt": jwt,
            "x_user_subject": subject,
        }))
        .into_response();
    }
    let rows: String = claims
        .as_object()
        .map(|c| {
            c.iter()
                .map(|(k, v)| {
                    format!(
                        "<tr><th>{}</th><td data-claim=\"{}\">{}</td></tr>",
                        escape(k),
                        escape(k),
                        escape(&v.to_string())
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    Html(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Protected demo app</title>\
         <link rel=\"icon\" href=\"data:,\"></head>\
         <body><main data-testid=\"demo-app\"><h1>Protected demo app</h1>\
         <p>X-User-Subject: <code data-testid=\"x-user-subject\">{}</code></p>\
         <h2>Claims of the JWT Oathkeeper sent</h2><table>{rows}</table>\
         <p><a href=\"/app/\">reload</a></p></main></body></html>",
        escape(subject)
    ))
    .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_are_read_and_html_is_escaped() {
        let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(br#"{"sub":"<x>","email":"a@b.c"}"#);
        let c = claims(&format!("h.{payload}.s")).unwrap();
        assert_eq!(c["sub"], "<x>");
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        assert!(claims("not-a-jwt").is_none());
    }
}

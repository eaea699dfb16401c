//! A deliberately unsafe renderer, test-only (it lives in the e2e test
//! binary and ships nowhere): it writes a corpus payload into a page
//! unescaped, in the places a templating engine without escaping would
//! put a value (text, RCDATA, a comment, double- and single-quoted
//! attributes, URL attributes). The corpus test's detector must find every
//! attack shape here, or a clean result on Vestibule's pages proves
//! nothing.

use anyhow::Result;
use axum::extract::Query;
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use super::corpus;

/// Serves `/page?i=N` (payload N of [`corpus::payloads`]) on 127.0.0.1:0;
/// its URL.
pub async fn start() -> Result<String> {
    let app = Router::new().route("/page", get(page));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok(url)
}

#[derive(serde::Deserialize)]
struct Which {
    i: usize,
}

async fn page(Query(which): Query<Which>) -> Response {
    let Some(p) = corpus::payloads().into_iter().nth(which.i) else {
        return axum::http::StatusCode::NOT_FOUND.into_response();
    };
    let html = format!(
        "<!doctype html><html><head><title>{p}</title></head><body>\
         <p>{p}</p><!-- {p} -->\
         <form action=\"{p}\"><input name=\"{p}\" value=\"{p}\">\
         <input value='{p}'><textarea>{p}</textarea></form>\
         <a href=\"{p}\" title=\"{p}\">link</a><img src=\"{p}\" alt=\"\">\
         <div id=\"{p}\" class='{p}'></div></body></html>"
    );
    ([(header::CACHE_CONTROL, "no-store")], Html(html)).into_response()
}

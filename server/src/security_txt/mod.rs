//! `/.well-known/security.txt` (RFC 9116), generated from the
//! configuration when SECURITY_CONTACT is set; served at the root only
//! (the RFC's one location), whatever BASE_PATH.

pub mod config;

use std::sync::Arc;

use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use time::OffsetDateTime;

pub use config::{SecurityTxt, SecurityTxtArgs, SecurityTxtError};

pub const PATH: &str = "/.well-known/security.txt";

/// The route when configured; nothing (a 404) otherwise.
pub fn router<S: Clone + Send + Sync + 'static>(txt: Option<SecurityTxt>) -> Router<S> {
    let Some(txt) = txt.map(Arc::new) else {
        return Router::new();
    };
    Router::new().route(
        PATH,
        get(move || async move {
            (
                [
                    (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
                    // A rolling Expires moves on; a day is short against 30.
                    (header::CACHE_CONTROL, "public, max-age=86400"),
                ],
                txt.render(OffsetDateTime::now_utc()),
            )
                .into_response()
        }),
    )
}

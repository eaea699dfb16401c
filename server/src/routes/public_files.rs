//! The files of the top-level `public/` that browsers and crawlers ask for
//! at fixed paths: `/favicon.ico` and `/robots.txt` (which keeps the
//! sign-in pages out of search indexes). Embedded by build.rs like the
//! other assets; served at the root and under the base path alike.

use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::assets;
use crate::state::AppState;

/// Fixed names, so not cached for ever: a day.
const CACHE_CONTROL: &str = "public, max-age=86400";

/// Each path with the key build.rs embeds its file under.
const FILES: [(&str, &str); 2] = [
    ("/favicon.ico", "favicon.ico"),
    ("/robots.txt", "robots.txt"),
];

pub fn router() -> Router<AppState> {
    FILES.iter().fold(Router::new(), |router, &(path, key)| {
        router.route(
            path,
            get(move |headers: HeaderMap| async move { serve(key, &headers) }),
        )
    })
}

fn serve(key: &str, headers: &HeaderMap) -> Response {
    match assets::by_key(key) {
        Some(asset) => assets::respond(asset, headers, CACHE_CONTROL),
        // build.rs embeds every key of FILES; a miss is a programming error
        // that a test catches, not something to hide behind a 200.
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

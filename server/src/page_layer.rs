//! What every request to the HTML pages router goes through, in one
//! middleware: a deadline for the page's upstream calls
//! ([`deadline`]), the request's language ([`i18n`]), and errors shown as
//! pages in that language ([`error_pages`]).
//!
//! One layer instead of three for the reason [`crate::edge`] gives; the
//! order is the three layers' order, the deadline outermost.

use std::time::Duration;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

use crate::error_pages;
use crate::i18n;
use crate::state::Pages;
use crate::upstream::deadline;

/// The pages and the budget of each page's calls (`KRATOS_TIMEOUT_MS`).
#[derive(Clone)]
pub struct PageLayer {
    pub pages: Pages,
    pub budget: Duration,
}

pub async fn page(State(layer): State<PageLayer>, mut request: Request, next: Next) -> Response {
    deadline::within(layer.budget, async move {
        let pages = &layer.pages;
        let (choice, shell) = i18n::negotiate(pages, &mut request);
        let response = next.run(request).await;
        let mut response = error_pages::shown(pages, &shell, response);
        i18n::negotiated(pages, choice, &mut response);
        response
    })
    .await
}

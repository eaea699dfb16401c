//! One deadline per page for all its upstream calls.
//!
//! Each call is bounded by `KRATOS_TIMEOUT_MS` on its own, so a page that
//! makes two (a settings flow, then its logout URL) could take twice
//! that. The pages router runs each request inside [`within`]; every
//! call made there stops at the page's deadline, whichever call it is,
//! and is reported like any other timeout (a 503, or a part of the page
//! left out).

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

tokio::task_local! {
    static DEADLINE: Instant;
}

/// The deadline of the page being served, if any.
pub fn current() -> Option<Instant> {
    DEADLINE.try_with(|d| *d).ok()
}

/// Runs `work` with every upstream call in it due by `budget` from now.
pub async fn within<F: Future>(budget: Duration, work: F) -> F::Output {
    DEADLINE.scope(Instant::now() + budget, work).await
}

//! `/continue`: one email field for sign-in and sign-up (issue 15).
//! Kratos v1.3.1 has no unified flow, so the server decides: it submits
//! the address to a login flow as a one-time code (`method=code`), and
//! when Kratos answers that no identity has the address (message
//! 4000035) it submits it to a new registration flow instead. Either way
//! the browser lands on the same code screen (`/continue?flow=`), whose
//! form posts natively to the Kratos flow.
//!
//! CSRF: the email form carries the Kratos login flow's own `csrf_token`,
//! and the server submits it with the browser's cookies, so Kratos' CSRF
//! check (its token against its cookie, which is `SameSite=Lax`) decides
//! before anything is mailed; a forged post gets Kratos' 403 and an error
//! page. Vestibule holds no state of its own between the steps.
//!
//! Where the login flow offers passkeys, the email form also offers them
//! by autofill ([`passkey`]): a person with a passkey picks it in the
//! address field's suggestions and is signed in by Kratos directly.
//! A new login flow that is a re-authentication or a second factor (a
//! browser with a session, e.g. through a Hydra login challenge) has no
//! sign-up branch: the browser goes to `/login` for it
//! ([`decide::is_for_a_known_person`]).

pub mod decide;
mod handlers;
pub mod passkey;

use axum::routing::get;
use axum::Router;

use crate::state::AppState;

/// Where the page lives (under the base path).
pub const PATH: &str = "/continue";

/// A flow recorded from Kratos v1.3.1 (`app/tests/fixtures`), for the
/// decisions' tests.
#[cfg(test)]
fn recorded(name: &str) -> app::kratos::Flow {
    let path = format!(
        "{}/../app/tests/fixtures/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{path}: {e}"))
}

pub fn router() -> Router<AppState> {
    Router::new().route(PATH, get(handlers::show).post(handlers::submit))
}

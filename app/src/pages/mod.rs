//! Whole pages as HTML strings. Each is rendered in one pass from data the
//! server already fetched, so the status, redirects and the complete form
//! are decided before the first byte (no streaming, nothing that only
//! JavaScript would move into place).

mod consent;
mod continue_page;
mod error;
mod flow;
mod language_menu;
mod logout;
mod shell;
mod welcome;

pub use consent::{consent_page, ClientView, ConsentView};
pub use continue_page::{continue_page, CodeView, ContinueView, EmailView, PasskeyView, Problem};
pub use error::{error_page, ErrorView};
pub use flow::flow_page;
pub use language_menu::{Here, LanguageMenu};
pub use logout::{logout_page, LogoutView};
pub use shell::{Brand, Shell};
pub use welcome::{sessions_page, welcome_page, WelcomeView};

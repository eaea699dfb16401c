pub mod error_page;
pub mod flows;
pub mod health;
pub mod respond;
pub mod session;
pub mod webauthn_js;

pub mod error_page;
pub mod flows;
pub mod health;
pub mod public_files;
pub mod respond;
pub mod session;
pub mod webauthn_js;

//! The typed Hydra v2 admin-API model: what the consent and logout pages
//! read and send, tolerant of what they do not know (unknown fields are
//! ignored, `null` lists are empty). The generated `ory-client` crate
//! comes from the same generator as `ory-kratos-client` and is not used.

pub mod claims;
pub mod client;
pub mod consent;
pub mod error;
pub mod logout;

pub use client::OAuth2Client;
pub use consent::{AcceptConsent, ConsentRequest, ConsentSession, RejectRequest};
pub use error::HydraError;
pub use logout::LogoutRequest;

use serde::Deserialize;

/// Hydra's answer to an accept or reject: where the browser goes next.
#[derive(Debug, Clone, Deserialize)]
pub struct RedirectTo {
    pub redirect_to: String,
}

/// The scope OpenID Connect needs; the consent page never lets it be
/// unticked (without it the client gets no ID token at all).
pub const OPENID_SCOPE: &str = "openid";

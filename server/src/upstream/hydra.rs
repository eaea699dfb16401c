//! Calls to Hydra's admin API (v2: `/admin/oauth2/auth/requests/…`) for
//! the consent and logout challenges. Challenges are secrets of the flow
//! in progress: they go in the query Hydra expects and are never logged
//! (the shared client's errors carry no URL).

use app::hydra::{AcceptConsent, ConsentRequest, LogoutRequest, RedirectTo, RejectRequest};

use super::{Call, Http, Service, UpstreamError};

/// The three kinds of request Hydra hands to the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Challenge {
    Login,
    Consent,
    Logout,
}

impl Challenge {
    fn segment(self) -> &'static str {
        match self {
            Challenge::Login => "login",
            Challenge::Consent => "consent",
            Challenge::Logout => "logout",
        }
    }

    /// The query parameter that carries it, for Hydra and for the page.
    pub fn param(self) -> &'static str {
        match self {
            Challenge::Login => "login_challenge",
            Challenge::Consent => "consent_challenge",
            Challenge::Logout => "logout_challenge",
        }
    }
}

#[derive(Debug, Clone)]
pub struct HydraClient {
    http: Http,
    /// Admin API base URL without a trailing slash.
    admin: String,
}

impl HydraClient {
    pub fn new(http: Http, admin_url: &url::Url) -> HydraClient {
        HydraClient {
            http,
            admin: admin_url.as_str().trim_end_matches('/').to_owned(),
        }
    }

    /// A call about one challenge, the challenge in the query Hydra
    /// expects: reading a request is `GET …/requests/<kind>`, answering it
    /// `PUT …/requests/<kind>/<action>`.
    fn call(&self, kind: Challenge, action: Option<&str>, challenge: &str) -> Call {
        let base = format!(
            "{}/admin/oauth2/auth/requests/{}",
            self.admin,
            kind.segment()
        );
        let call = match action {
            None => Call::get(base),
            Some(action) => Call::put(format!("{base}/{action}")),
        };
        call.query(&[(kind.param(), challenge)])
    }

    pub async fn consent_request(&self, challenge: &str) -> Result<ConsentRequest, UpstreamError> {
        let request = self.call(Challenge::Consent, None, challenge);
        Ok(self.http.json(Service::Hydra, request).await?.body)
    }

    pub async fn accept_consent(
        &self,
        challenge: &str,
        body: &AcceptConsent,
    ) -> Result<RedirectTo, UpstreamError> {
        let request = self
            .call(Challenge::Consent, Some("accept"), challenge)
            .json(body);
        Ok(self.http.json(Service::Hydra, request).await?.body)
    }

    /// Rejects a login or consent request (a logout is rejected with
    /// [`HydraClient::reject_logout`], which takes no body).
    pub async fn reject(
        &self,
        kind: Challenge,
        challenge: &str,
        body: &RejectRequest,
    ) -> Result<RedirectTo, UpstreamError> {
        let request = self.call(kind, Some("reject"), challenge).json(body);
        Ok(self.http.json(Service::Hydra, request).await?.body)
    }

    pub async fn logout_request(&self, challenge: &str) -> Result<LogoutRequest, UpstreamError> {
        let request = self.call(Challenge::Logout, None, challenge);
        Ok(self.http.json(Service::Hydra, request).await?.body)
    }

    pub async fn accept_logout(&self, challenge: &str) -> Result<RedirectTo, UpstreamError> {
        let request = self.call(Challenge::Logout, Some("accept"), challenge);
        Ok(self.http.json(Service::Hydra, request).await?.body)
    }

    /// Hydra answers 204 with no body.
    pub async fn reject_logout(&self, challenge: &str) -> Result<(), UpstreamError> {
        let request = self.call(Challenge::Logout, Some("reject"), challenge);
        self.http.empty(Service::Hydra, request).await
    }
}

//! Kratos error bodies.

use serde::Deserialize;
use serde_json::Value;

/// `{"error": {…}, "redirect_browser_to"?, "use_flow_id"?}`: what every
/// Kratos endpoint answers with a non-2xx status.
#[derive(Debug, Clone, Deserialize)]
pub struct ErrorEnvelope {
    pub error: GenericError,
    #[serde(default)]
    pub redirect_browser_to: Option<String>,
    #[serde(default)]
    pub use_flow_id: Option<String>,
}

/// `genericError` (x/herodot): all fields optional because older and newer
/// Kratos releases fill different ones.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct GenericError {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub code: Option<u16>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub reason: Option<String>,
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub details: Option<Value>,
}

impl GenericError {
    fn detail(&self, key: &str) -> Option<&str> {
        self.details.as_ref()?.get(key)?.as_str()
    }

    /// `details.redirect_to`: where a 410 expired flow should restart.
    pub fn redirect_to(&self) -> Option<&str> {
        self.detail("redirect_to")
    }
}

impl ErrorEnvelope {
    pub fn id(&self) -> Option<&str> {
        self.error.id.as_deref()
    }

    /// Where Kratos wants the browser to go next (aal2 step-up, refresh,
    /// a location change): the top-level field, or the same in `details`.
    pub fn redirect_browser_to(&self) -> Option<&str> {
        self.redirect_browser_to
            .as_deref()
            .or_else(|| self.error.detail("redirect_browser_to"))
    }
}

/// `GET /self-service/errors?id=`: an error Kratos stored for the UI.
#[derive(Debug, Clone, Deserialize)]
pub struct FlowError {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub error: Value,
}

impl FlowError {
    /// The stored error as a [`GenericError`] when it has that shape.
    pub fn generic(&self) -> GenericError {
        GenericError::deserialize(&self.error).unwrap_or_else(|_| GenericError {
            message: self.error.to_string(),
            ..GenericError::default()
        })
    }
}

/// Error ids (text/message_error.go… x/herodot) the UI acts on.
pub mod ids {
    pub const FLOW_EXPIRED: &str = "self_service_flow_expired";
    pub const CSRF_VIOLATION: &str = "security_csrf_violation";
    pub const SESSION_ALREADY_AVAILABLE: &str = "session_already_available";
    pub const SESSION_AAL1_REQUIRED: &str = "session_aal1_required";
    pub const SESSION_AAL2_REQUIRED: &str = "session_aal2_required";
    pub const SESSION_REFRESH_REQUIRED: &str = "session_refresh_required";
    pub const SESSION_INACTIVE: &str = "session_inactive";
    pub const RETURN_TO_FORBIDDEN: &str = "self_service_flow_return_to_forbidden";
    pub const BROWSER_LOCATION_CHANGE_REQUIRED: &str = "browser_location_change_required";
    pub const FLOW_REPLACED: &str = "self_service_flow_replaced";
    pub const VERIFIED_ADDRESS_REQUIRED: &str = "session_verified_address_required";
}

//! Self-service flows and the kinds of flow the UI serves.

use serde::Deserialize;
use serde_json::Value;

use super::session::Identity;
use super::ui::UiContainer;

/// The five self-service flows, each with its page at the same path as in
/// the Node reference UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FlowKind {
    Login,
    Registration,
    Recovery,
    Verification,
    Settings,
}

impl FlowKind {
    pub const ALL: [FlowKind; 5] = [
        FlowKind::Login,
        FlowKind::Registration,
        FlowKind::Recovery,
        FlowKind::Verification,
        FlowKind::Settings,
    ];

    /// The path segment Kratos uses (`/self-service/<it>/browser`).
    pub fn as_str(self) -> &'static str {
        match self {
            FlowKind::Login => "login",
            FlowKind::Registration => "registration",
            FlowKind::Recovery => "recovery",
            FlowKind::Verification => "verification",
            FlowKind::Settings => "settings",
        }
    }

    /// The UI's own page for this flow (the same path as in the Node
    /// reference UI), under the base path.
    pub fn path(self) -> &'static str {
        match self {
            FlowKind::Login => "/login",
            FlowKind::Registration => "/registration",
            FlowKind::Recovery => "/recovery",
            FlowKind::Verification => "/verification",
            FlowKind::Settings => "/settings",
        }
    }

    /// Query parameters of the UI page that Kratos' browser init endpoint
    /// accepts and that must survive the redirect to it.
    pub fn init_params(self) -> &'static [&'static str] {
        match self {
            FlowKind::Login => &[
                "return_to",
                "aal",
                "refresh",
                "login_challenge",
                "organization",
                "via",
                "identity_schema",
            ],
            FlowKind::Registration => &[
                "return_to",
                "login_challenge",
                "after_verification_return_to",
                "organization",
                "identity_schema",
            ],
            FlowKind::Settings => &["return_to", "organization"],
            FlowKind::Recovery => &["return_to"],
            FlowKind::Verification => &["return_to"],
        }
    }

    /// The catalogue id of the flow's title (`app/locales/*/vestibule.ftl`).
    pub fn title_id(self) -> &'static str {
        match self {
            FlowKind::Login => "flow-title-login",
            FlowKind::Registration => "flow-title-registration",
            FlowKind::Recovery => "flow-title-recovery",
            FlowKind::Verification => "flow-title-verification",
            FlowKind::Settings => "flow-title-settings",
        }
    }
}

/// A browser self-service flow as `GET /self-service/<kind>/flows?id=`
/// returns it. Fields Kratos sends that are not named here are ignored.
#[derive(Debug, Clone, Deserialize)]
pub struct Flow {
    pub id: String,
    #[serde(rename = "type", default)]
    pub flow_type: Option<String>,
    #[serde(default)]
    pub expires_at: Option<String>,
    #[serde(default)]
    pub request_url: Option<String>,
    #[serde(default)]
    pub return_to: Option<String>,
    pub ui: UiContainer,
    /// `choose_method`, `sent_email`, `passed_challenge`, `show_form`,
    /// `success`; kept as JSON because its type differs between flows.
    #[serde(default)]
    pub state: Option<Value>,
    #[serde(default)]
    pub refresh: Option<bool>,
    #[serde(default)]
    pub requested_aal: Option<String>,
    #[serde(default)]
    pub active: Option<String>,
    #[serde(default)]
    pub oauth2_login_challenge: Option<String>,
    /// Settings flows carry the identity being edited.
    #[serde(default)]
    pub identity: Option<Identity>,
}

impl Flow {
    pub fn state(&self) -> Option<&str> {
        self.state.as_ref().and_then(Value::as_str)
    }

    /// A login flow that asks for a second factor.
    pub fn is_second_factor(&self) -> bool {
        self.requested_aal.as_deref() == Some("aal2")
    }
}

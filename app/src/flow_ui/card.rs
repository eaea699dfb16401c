//! The card that shows a flow: title, flow messages, the forms, links.

use leptos::prelude::*;

use super::form::{FlowForm, FormSection};
use super::layout::layout;
use super::messages::Messages;
use super::webauthn::{needs_webauthn, WebauthnMessage, WebauthnScript};
use crate::kratos::ui::ScriptAttributes;
use crate::kratos::{Flow, FlowKind, UiNode};
use crate::links::{page, Query};

/// What the card links to, besides the flow itself.
#[derive(Debug, Clone, Default)]
pub struct FlowNav {
    pub base_path: String,
    /// `return_to`, `login_challenge`, `identity_schema` to carry along.
    pub carried: Query,
    /// Kratos' logout URL, offered when a session exists (second factor,
    /// refresh, settings).
    pub logout_url: Option<String>,
}

pub fn flow_title(kind: FlowKind, flow: &Flow) -> &'static str {
    match kind {
        FlowKind::Login if flow.is_second_factor() => "Second factor authentication",
        FlowKind::Login if flow.refresh == Some(true) => "Confirm it's you",
        other => other.title(),
    }
}

#[component]
pub fn FlowCard(kind: FlowKind, flow: Flow, nav: FlowNav) -> impl IntoView {
    let title = flow_title(kind, &flow);
    let laid_out = layout(kind, &flow.ui.nodes);
    let scripts: Vec<ScriptAttributes> = laid_out
        .scripts
        .iter()
        .filter_map(|n| match n {
            UiNode::Script(s) => Some(s.attributes.clone()),
            _ => None,
        })
        .collect();
    let sections: Vec<FormSection> = laid_out
        .sections
        .into_iter()
        .map(FormSection::from)
        .collect();
    let webauthn = needs_webauthn(&flow).then(|| {
        view! {
            <WebauthnMessage/>
            {scripts.into_iter().map(|a| view! { <WebauthnScript attributes=a/> }).collect_view()}
        }
    });
    let action = flow.ui.action.clone();
    let method = flow.ui.method.clone();
    let messages = card_messages(&flow);
    let forms = sections
        .into_iter()
        .map(|section| {
            view! { <FlowForm kind=kind action=action.clone() method=method.clone() section=section/> }
        })
        .collect_view();
    view! {
        <section class=format!("card flow-{}", kind.as_str()) data-testid=format!("{}-card", kind.as_str())>
            <h2>{title}</h2>
            <Messages messages=messages/>
            {webauthn}
            <div class="forms">{forms}</div>
            <FlowLinks kind=kind nav=nav/>
        </section>
    }
}

/// The flow's messages, then those of hidden inputs: a field hidden on
/// this step (the traits on two-step sign-up's second screen) can still
/// carry an error, e.g. from a web_hook refusing the email, and hidden
/// inputs are copied into every form, so their messages are shown once,
/// here, or the form would fail without a word.
fn card_messages(flow: &Flow) -> Vec<crate::kratos::UiText> {
    let hidden = flow.ui.nodes.iter().filter_map(|n| match n {
        UiNode::Input(input) if n.is_hidden_input() => Some(input.messages.iter().cloned()),
        _ => None,
    });
    flow.ui
        .messages
        .iter()
        .cloned()
        .chain(hidden.flatten())
        .collect()
}

#[component]
fn FlowLinks(kind: FlowKind, nav: FlowNav) -> impl IntoView {
    let base = nav.base_path.as_str();
    let carried = &nav.carried;
    let return_only = carried.pick(&["return_to"]);
    let logout = nav.logout_url.clone().map(|href| {
        view! { <a href=href data-testid="logout-link">"Sign out"</a> }
    });
    let links = match kind {
        FlowKind::Login => view! {
            <a href=page(base, "/registration", carried) data-testid="signup-link">"Create an account"</a>
            <a href=page(base, "/recovery", &return_only) data-testid="forgot-password-link">"Forgot your password?"</a>
        }
        .into_any(),
        FlowKind::Registration => view! {
            <a href=page(base, "/login", carried) data-testid="cta-link">"Already have an account? Sign in"</a>
        }
        .into_any(),
        FlowKind::Recovery | FlowKind::Verification => view! {
            <a href=page(base, "/login", &return_only) data-testid="cta-link">"Back to sign in"</a>
        }
        .into_any(),
        FlowKind::Settings => view! {
            <a href=page(base, "/welcome", &Query::default()) data-testid="welcome-link">"Back to your account"</a>
        }
        .into_any(),
    };
    view! { <nav class="links">{links}{logout}</nav> }
}

//! The card that shows a flow: title, flow messages, the forms, links.

use leptos::prelude::*;

use super::form::{Answer, FlowForm};
use super::joined_form::{join_forms, JoinedForm};
use super::layout::{address_in_use, has_field_error, layout, settings_heading};
use super::messages::Messages;
use super::settings_landing::{settings_landing, Landing};
use super::webauthn::{needs_webauthn, WebauthnMessage, WebauthnScript};
use crate::i18n::t;
use crate::kratos::ui::ScriptAttributes;
use crate::kratos::{Flow, FlowKind, UiNode, UiText};
use crate::links::{page, Query};
use crate::safe_url;

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

/// The catalogue id of the card's heading (also the page's title).
pub fn flow_title(kind: FlowKind, flow: &Flow) -> &'static str {
    match kind {
        FlowKind::Login if flow.is_second_factor() => "flow-title-login-second-factor",
        FlowKind::Login if flow.refresh == Some(true) => "flow-title-login-refresh",
        other => other.title_id(),
    }
}

#[component]
pub fn FlowCard(kind: FlowKind, flow: Flow, nav: FlowNav) -> impl IntoView {
    let title = t(flow_title(kind, &flow));
    let laid_out = layout(kind, &flow.ui.nodes);
    let node_messages: Vec<UiText> = laid_out.messages.iter().map(|m| (*m).clone()).collect();
    let identifier = address_in_use(kind, &flow.ui.nodes).map(|id| {
        view! { <IdentifierInUse kind=kind identifier=id.to_owned() refresh=flow.refresh == Some(true) nav=nav.clone()/> }
    });
    let scripts: Vec<ScriptAttributes> = laid_out
        .scripts
        .iter()
        .filter_map(|n| match n {
            UiNode::Script(s) => Some(s.attributes.clone()),
            _ => None,
        })
        .collect();
    let sections: Vec<JoinedForm> = join_forms(kind, laid_out.sections);
    let webauthn = needs_webauthn(&flow).then(|| {
        view! {
            <WebauthnMessage/>
            {scripts.into_iter().map(|a| view! { <WebauthnScript attributes=a/> }).collect_view()}
        }
    });
    // After a submit, focus goes to the first field in error, else to the
    // first message the page shows.
    let field_error = has_field_error(&flow.ui.nodes);
    let focus_flow_messages = !field_error && !flow.ui.messages.is_empty();
    let landing = match kind {
        FlowKind::Settings => settings_landing(&flow.ui.messages, &flow.ui.nodes),
        _ => Landing::Top,
    };
    let flow_messages = flow.ui.messages.clone();
    let (top_messages, answered) = match &landing {
        Landing::Section(_) => (Vec::new(), flow_messages.clone()),
        Landing::Top | Landing::Fragment => (flow_messages.clone(), Vec::new()),
    };
    let focus_node_messages = !field_error && flow.ui.messages.is_empty();
    let action = safe_url::for_page(flow.ui.action.clone(), "form action", safe_url::link);
    let method = flow.ui.method.clone();
    let sections_nav = (kind == FlowKind::Settings).then(|| {
        let mut links: Vec<(String, &'static str)> = Vec::new();
        for s in &sections {
            // OIDC and SAML share a heading: one link, to the first.
            if let Some(h) = settings_heading(&s.group).filter(|h| !links.iter().any(|l| l.1 == *h))
            {
                links.push((format!("#{}", s.test_id), h));
            }
        }
        view! { <SettingsNav links=links/> }
    });
    // Between the ways to sign in or up, an "or"; settings' forms are
    // sections, not alternatives.
    let alternatives = matches!(kind, FlowKind::Login | FlowKind::Registration);
    let forms = sections
        .into_iter()
        .enumerate()
        .map(|(i, section)| {
            let divider = (alternatives && i > 0 && !section.navigation)
                .then(|| view! { <p class="divider" aria-hidden="true"><span>{t("forms-divider-or")}</span></p> });
            let answer = match &landing {
                Landing::Section(g) if *g == section.group => Answer::Here {
                    messages: answered.clone(),
                    focus: focus_flow_messages,
                },
                Landing::Fragment => Answer::IfTarget(flow_messages.clone()),
                Landing::Section(_) | Landing::Top => Answer::None,
            };
            view! {
                {divider}
                <FlowForm kind=kind action=action.clone() method=method.clone() form=section answer=answer/>
            }
        })
        .collect_view();
    view! {
        <section class=format!("card flow-{}", kind.as_str()) data-testid=format!("{}-card", kind.as_str())>
            <h1>{title}</h1>
            <div class="flow-messages">
                <Messages messages=top_messages focus=focus_flow_messages/>
            </div>
            <Messages messages=node_messages focus=focus_node_messages/>
            {identifier}
            {webauthn}
            {sections_nav}
            <div class="forms">{forms}</div>
            <FlowLinks kind=kind nav=nav/>
        </section>
    }
}

/// Which account or address a later step is for, and a way back to step
/// 1: a new flow of the same kind that keeps `return_to` and the OAuth2
/// login challenge. A refresh confirms the signed-in account, left only by
/// signing out.
#[component]
fn IdentifierInUse(
    kind: FlowKind,
    identifier: String,
    refresh: bool,
    nav: FlowNav,
) -> impl IntoView {
    let restart = (!refresh).then(|| {
        let path = format!("/{}", kind.as_str());
        let href = page(&nav.base_path, &path, &nav.carried);
        let text = match kind {
            FlowKind::Login => "identifier-change",
            _ => "identifier-use-another-address",
        };
        view! { <a href=href data-testid="identifier-change">{t(text)}</a> }
    });
    view! {
        <p class="identifier-in-use">
            <span data-testid="identifier-in-use">{identifier}</span>
            {restart}
        </p>
    }
}

#[component]
fn FlowLinks(kind: FlowKind, nav: FlowNav) -> impl IntoView {
    let base = nav.base_path.as_str();
    let carried = &nav.carried;
    let return_only = carried.pick(&["return_to"]);
    let logout = nav
        .logout_url
        .clone()
        .and_then(|href| safe_url::for_page(href, "logout link", safe_url::link))
        .map(|href| {
            view! { <a href=href data-testid="logout-link">{t("link-sign-out")}</a> }
        });
    let links = match kind {
        FlowKind::Login => view! {
            <a href=page(base, "/registration", carried) data-testid="signup-link">{t("link-sign-up")}</a>
            <a href=page(base, "/recovery", &return_only) data-testid="forgot-password-link">{t("link-forgot-password")}</a>
        }
        .into_any(),
        FlowKind::Registration => view! {
            <a href=page(base, "/login", carried) data-testid="cta-link">{t("link-have-account")}</a>
        }
        .into_any(),
        FlowKind::Recovery | FlowKind::Verification => view! {
            <a href=page(base, "/login", &return_only) data-testid="cta-link">{t("link-back-to-sign-in")}</a>
        }
        .into_any(),
        FlowKind::Settings => view! {
            <a href=page(base, "/welcome", &Query::default()) data-testid="welcome-link">{t("link-back-to-account")}</a>
        }
        .into_any(),
    };
    view! { <nav class="links">{links}{logout}</nav> }
}

/// A short list of the settings page's sections, each a link to its form
/// (the form's `id`), so a long page need not be scrolled through.
#[component]
fn SettingsNav(links: Vec<(String, &'static str)>) -> impl IntoView {
    (links.len() > 1).then(|| {
        view! {
            <nav class="settings-nav" aria-label=t("settings-nav-label") data-testid="settings-nav">
                {links
                    .into_iter()
                    .map(|(href, id)| view! { <a href=href>{t(id)}</a> })
                    .collect_view()}
            </nav>
        }
    })
}

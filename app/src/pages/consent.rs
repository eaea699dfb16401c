use leptos::prelude::*;

use super::shell::Shell;
use crate::hydra::OPENID_SCOPE;
use crate::i18n::{t, use_i18n};
use crate::safe_url;

/// The client asking for access, as far as it registered links to show
/// (each already checked to be http(s)).
#[derive(Debug, Clone, Default)]
pub struct ClientView {
    pub name: String,
    pub logo_uri: Option<String>,
    pub client_uri: Option<String>,
    pub policy_uri: Option<String>,
    pub tos_uri: Option<String>,
}

/// The consent screen: one form posting back to Vestibule.
#[derive(Debug, Clone, Default)]
pub struct ConsentView {
    /// Where the form posts (`/consent` under the base path).
    pub action: String,
    pub challenge: String,
    pub csrf_token: String,
    pub client: ClientView,
    pub requested_scope: Vec<String>,
}

/// What a scope means to the user; unknown scopes show their name.
fn scope_label(scope: &str) -> String {
    let id = match scope {
        OPENID_SCOPE => "consent-scope-openid",
        "email" => "consent-scope-email",
        "profile" => "consent-scope-profile",
        "offline" | "offline_access" => "consent-scope-offline",
        other => return other.to_owned(),
    };
    t(id)
}

#[component]
fn Scope(scope: String) -> impl IntoView {
    let label = scope_label(&scope);
    let testid = format!("consent-scope/{scope}");
    // A disabled checkbox is not submitted, so `openid` also travels in a
    // hidden field; the server adds it anyway whenever it was requested.
    if scope == OPENID_SCOPE {
        view! {
            <div class="field checkbox">
                <input type="hidden" name="grant_scope" value=scope.clone()/>
                <label>
                    <input type="checkbox" checked disabled data-testid=testid/>
                    <span>{label}</span>
                </label>
            </div>
        }
        .into_any()
    } else {
        view! {
            <div class="field checkbox">
                <label>
                    <input type="checkbox" name="grant_scope" value=scope checked data-testid=testid/>
                    <span>{label}</span>
                </label>
            </div>
        }
        .into_any()
    }
}

pub fn consent_page(shell: &Shell, v: ConsentView) -> String {
    shell.document(None, move || consent_body(v))
}

fn consent_body(v: ConsentView) -> (String, impl IntoView) {
    let i18n = use_i18n();
    let c = v.client;
    let name = c.name.clone();
    let logo = c.logo_uri.and_then(|src| safe_url::for_page(src, "client logo", safe_url::image)).map(|src| {
        view! { <img class="client-logo" src=src alt="" width="64" height="64" data-testid="consent-client-logo"/> }
    });
    let link = |href: Option<String>, text: String, testid: &'static str| {
        href.and_then(|href| safe_url::for_page(href, "client link", safe_url::link)).map(|href| view! { <a href=href rel="noopener noreferrer" target="_blank" data-testid=testid>{text}</a> })
    };
    let links = view! {
        <nav class="links">
            {link(c.client_uri, i18n.text("consent-link-website"), "consent-client-uri")}
            {link(c.policy_uri, i18n.text("consent-link-policy"), "consent-policy-link")}
            {link(c.tos_uri, i18n.text("consent-link-tos"), "consent-tos-link")}
        </nav>
    };
    let scopes = v
        .requested_scope
        .into_iter()
        .map(|scope| view! { <Scope scope=scope/> })
        .collect_view();
    let (before, after) = i18n.text_around("consent-heading", "client");
    let body = view! {
        <section class="card consent" data-testid="consent-card">
            {logo}
            <h1>{before}<span data-testid="consent-client-name">{name}</span>{after}</h1>
            <form class="flow-form" method="post" action=v.action data-testid="consent-form">
                <input type="hidden" name="consent_challenge" value=v.challenge/>
                <input type="hidden" name="csrf_token" value=v.csrf_token/>
                <p>{i18n.text("consent-asks")}</p>
                {scopes}
                <div class="field checkbox">
                    <label>
                        <input type="checkbox" name="remember" value="true" data-testid="consent-remember"/>
                        <span>{i18n.text("consent-remember")}</span>
                    </label>
                </div>
                <button class="button" type="submit" name="action" value="accept" data-testid="consent-allow">{i18n.text("consent-allow")}</button>
                <button class="button secondary" type="submit" name="action" value="reject" data-testid="consent-deny">{i18n.text("consent-deny")}</button>
            </form>
            {links}
        </section>
    };
    (i18n.text("consent-title"), body)
}

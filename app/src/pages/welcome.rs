use leptos::prelude::*;

use super::shell::Shell;
use crate::i18n::{t, use_i18n};
use crate::kratos::Session;
use crate::links::{page, Query};
use crate::safe_url;

#[derive(Debug, Clone, Default)]
pub struct WelcomeView {
    pub session: Option<Session>,
    /// Kratos' logout URL (from the browser logout flow), with return_to.
    pub logout_url: Option<String>,
    pub base_path: String,
}

pub fn welcome_page(shell: &Shell, v: WelcomeView) -> String {
    shell.document(None, move || (t("welcome-title"), welcome_body(v)))
}

fn welcome_body(v: WelcomeView) -> impl IntoView {
    let base = v.base_path.clone();
    let body = match v.session {
        Some(session) => {
            let email = session
                .identity
                .as_ref()
                .map(|i| i.display_name())
                .unwrap_or_default();
            let aal = session.authenticator_assurance_level.clone().unwrap_or_default();
            let methods = session
                .authentication_methods
                .iter()
                .map(|m| {
                    let aal = m.aal.clone().unwrap_or_default();
                    view! { <li data-testid=format!("session-method/{}", m.method)>{m.method.clone()}" ("{aal}")"</li> }
                })
                .collect_view();
            let (before, after) = use_i18n().text_around("welcome-signed-in-as", "email");
            view! {
                <section class="card welcome" data-testid="welcome-card">
                    <h1>{t("welcome-heading")}</h1>
                    <p>{before}<strong data-testid="session-email">{email}</strong>{after}</p>
                    <dl class="session">
                        <dt>{t("welcome-assurance-level")}</dt>
                        <dd data-testid="session-aal">{aal}</dd>
                        <dt>{t("welcome-signed-in-with")}</dt>
                        <dd><ul class="methods">{methods}</ul></dd>
                    </dl>
                    <nav class="links">
                        <a href=page(&base, "/settings", &Query::default()) data-testid="settings-link">{t("welcome-link-settings")}</a>
                        <a href=page(&base, "/sessions", &Query::default()) data-testid="sessions-link">{t("welcome-link-sessions")}</a>
                        <span data-testid="logout">
                            {v.logout_url.and_then(|href| safe_url::for_page(href, "logout link", safe_url::link)).map(|href| view! { <a href=href data-testid="logout-link">{t("link-sign-out")}</a> })}
                        </span>
                    </nav>
                </section>
            }
            .into_any()
        }
        None => view! {
            <section class="card welcome" data-testid="welcome-card">
                <h1>{t("welcome-heading")}</h1>
                <p data-testid="signed-out">{t("welcome-signed-out")}</p>
                <nav class="links">
                    <a class="button" href=page(&base, "/login", &Query::default()) data-testid="login-link">{t("welcome-link-sign-in")}</a>
                    <a href=page(&base, "/registration", &Query::default()) data-testid="signup-link">{t("link-sign-up")}</a>
                </nav>
            </section>
        }
        .into_any(),
    };
    body
}

/// The session and identity as Kratos returned them, readable.
pub fn sessions_page(shell: &Shell, session_json: String, base_path: &str) -> String {
    let back = page(base_path, "/welcome", &Query::default());
    shell.document(None, move || {
        let body = view! {
            <section class="card" data-testid="sessions-card">
                <h1>{t("sessions-heading")}</h1>
                <pre class="session-json" data-testid="session-json" tabindex="0">{session_json}</pre>
                <nav class="links"><a href=back>{t("link-back")}</a></nav>
            </section>
        };
        (t("sessions-title"), body)
    })
}

use leptos::prelude::*;

use super::shell::Shell;
use crate::i18n::use_i18n;

/// "Do you want to sign out?" for a logout Hydra asks the UI to confirm.
#[derive(Debug, Clone, Default)]
pub struct LogoutView {
    /// Where the form posts (`/logout` under the base path).
    pub action: String,
    pub challenge: String,
    pub csrf_token: String,
    /// The application that asked, when a client started the logout.
    pub client_name: Option<String>,
}

pub fn logout_page(shell: &Shell, v: LogoutView) -> String {
    shell.document(None, move || {
    let i18n = use_i18n();
    let question = match v.client_name {
        Some(name) => i18n.text_with("logout-question-client", &[("client", name.into())]),
        None => i18n.text("logout-question"),
    };
    let title = i18n.text("logout-title");
    let body = view! {
            <section class="card logout" data-testid="logout-card">
                <h1>{title.clone()}</h1>
                <form class="flow-form" method="post" action=v.action data-testid="logout-form">
                    <input type="hidden" name="logout_challenge" value=v.challenge/>
                    <input type="hidden" name="csrf_token" value=v.csrf_token/>
                    <p data-testid="logout-question">{question}</p>
                    <button class="button" type="submit" name="action" value="accept" data-testid="logout-accept">{i18n.text("logout-accept")}</button>
                    <button class="button secondary" type="submit" name="action" value="reject" data-testid="logout-reject">{i18n.text("logout-reject")}</button>
                </form>
            </section>
        };
    (title, body)
    })
}

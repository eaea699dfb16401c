use leptos::prelude::*;

use super::shell::Shell;

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
    let question = match v.client_name {
        Some(name) => format!("{name} asks to sign you out. Do you want to sign out?"),
        None => "Do you want to sign out?".to_owned(),
    };
    shell.document(
        "Sign out",
        view! {
            <section class="card logout" data-testid="logout-card">
                <h1>"Sign out"</h1>
                <form class="flow-form" method="post" action=v.action data-testid="logout-form">
                    <input type="hidden" name="logout_challenge" value=v.challenge/>
                    <input type="hidden" name="csrf_token" value=v.csrf_token/>
                    <p data-testid="logout-question">{question}</p>
                    <button class="button" type="submit" name="action" value="accept" data-testid="logout-accept">"Yes, sign me out"</button>
                    <button class="button secondary" type="submit" name="action" value="reject" data-testid="logout-reject">"No, stay signed in"</button>
                </form>
            </section>
        },
        None,
    )
}

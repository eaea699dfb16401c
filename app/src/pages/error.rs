use leptos::prelude::*;

use super::shell::Shell;
use crate::i18n::use_i18n;

/// What the user sees of an error: never a stack trace or an upstream
/// body, only what helps them go on.
#[derive(Debug, Clone, Default)]
pub struct ErrorView {
    pub status: u16,
    /// Title, message and retry text are already in the page's language.
    pub title: String,
    pub message: String,
    /// Kratos' `reason`, when it explains more than the message.
    pub reason: Option<String>,
    /// The Kratos error id (`self_service_flow_return_to_forbidden`, …) or
    /// the stored error's id, so support can look it up.
    pub error_id: Option<String>,
    /// Where to try again, with the link's text.
    pub retry: Option<(String, String)>,
    pub home: String,
}

pub fn error_page(shell: &Shell, e: ErrorView) -> String {
    shell.document(None, move || {
    let i18n = use_i18n();
    let status = i18n.text_with("error-details-status", &[("status", e.status.into())]);
    let details = match e.error_id.clone() {
        Some(id) => format!("{status}\n{}", i18n.text_with("error-details-id", &[("id", id.into())])),
        None => status,
    };
    let body = view! {
            <section class="card error-card" data-testid="error-card">
                <h1>{e.title.clone()}</h1>
                <p class="message error" data-testid="ui/error/message">{e.message}</p>
                {e.reason.map(|r| view! { <p class="reason">{r}</p> })}
                // For support, not for the person: folded away.
                <details class="technical">
                    <summary>{i18n.text("error-technical-details")}</summary>
                    <pre data-testid="code-box" tabindex="0">{details}</pre>
                </details>
                <nav class="links">
                    {e.retry.map(|(href, text)| view! { <a class="button" href=href data-testid="retry-link">{text}</a> })}
                    <a href=e.home>{i18n.text("error-link-home")}</a>
                </nav>
            </section>
        };
    (e.title, body)
    })
}

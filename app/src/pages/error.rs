use leptos::prelude::*;

use super::shell::Shell;

/// What the user sees of an error: never a stack trace or an upstream
/// body, only what helps them go on.
#[derive(Debug, Clone, Default)]
pub struct ErrorView {
    pub status: u16,
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
    let title = e.title.clone();
    let details = e
        .error_id
        .clone()
        .map(|id| format!("status: {}\nid: {id}", e.status))
        .unwrap_or_else(|| format!("status: {}", e.status));
    shell.document(
        &title,
        view! {
            <section class="card error-card" data-testid="error-card">
                <h1>{e.title}</h1>
                <p class="message error" data-testid="ui/error/message">{e.message}</p>
                {e.reason.map(|r| view! { <p class="reason">{r}</p> })}
                // For support, not for the person: folded away.
                <details class="technical">
                    <summary>"Technical details"</summary>
                    <pre data-testid="code-box" tabindex="0">{details}</pre>
                </details>
                <nav class="links">
                    {e.retry.map(|(href, text)| view! { <a class="button" href=href data-testid="retry-link">{text}</a> })}
                    <a href=e.home>"Go to your account"</a>
                </nav>
            </section>
        },
        None,
    )
}

//! Logos for social sign-in buttons: a tiny inline mark for well-known
//! providers (no image requests, nothing for the CSP to allow), the
//! provider's initial otherwise.

use leptos::prelude::*;

#[component]
pub fn ProviderLogo(provider: String) -> impl IntoView {
    let known = matches!(
        provider.as_str(),
        "github" | "google" | "apple" | "microsoft" | "gitlab" | "facebook" | "discord" | "slack"
    );
    let initial: String = provider
        .chars()
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    let class = if known {
        format!("sso-logo sso-{provider}")
    } else {
        "sso-logo".to_owned()
    };
    view! { <span class=class aria-hidden="true">{initial}</span> }
}

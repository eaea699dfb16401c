//! Social sign-in providers: which brand a provider id is, the name its
//! button says, and its mark ([`super::provider_marks`]).

use leptos::prelude::*;
use serde_json::Value;

use super::provider_marks::{self as marks, Shape};
use crate::kratos::UiText;

/// A provider Vestibule has a mark and a properly written name for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Brand {
    /// As the company writes it ("GitHub", never "github").
    pub name: &'static str,
    /// For the button's class (`sso-<key>`).
    pub key: &'static str,
    pub mark: &'static [Shape],
}

const BRANDS: &[Brand] = &[
    brand("GitHub", "github", marks::GITHUB),
    brand("Google", "google", marks::GOOGLE),
    brand("Apple", "apple", marks::APPLE),
    brand("Microsoft", "microsoft", marks::MICROSOFT),
    brand("GitLab", "gitlab", marks::GITLAB),
    brand("Facebook", "facebook", marks::FACEBOOK),
    brand("Discord", "discord", marks::DISCORD),
    brand("Slack", "slack", marks::SLACK),
    brand("LinkedIn", "linkedin", marks::LINKEDIN),
    brand("X", "x", marks::X),
    brand("Auth0", "auth0", marks::AUTH0),
];

const fn brand(name: &'static str, key: &'static str, mark: &'static [Shape]) -> Brand {
    Brand { name, key, mark }
}

/// The brand of a Kratos provider id: the id itself (`github`), or its
/// first part (`github-app`, `google_workspace`); `twitter` is X.
pub fn brand_of(provider_id: &str) -> Option<&'static Brand> {
    let id = provider_id.to_ascii_lowercase();
    let head = id.split(['-', '_', '.']).next().unwrap_or_default();
    let key = match head {
        "twitter" => "x",
        other => other,
    };
    BRANDS.iter().find(|b| b.key == key)
}

/// The provider name a button says. Kratos v1.3.1 puts the provider's
/// configured `label` in the message, or, without one, its id as it is
/// ("Sign in with github"). A label that is more than the id in other
/// letter case is the operator's and stays ("RVW Tech"); otherwise a known
/// brand gets its own spelling and any other id a capital first letter.
pub fn display_name(provider_id: &str, kratos_name: &str) -> String {
    if !kratos_name.eq_ignore_ascii_case(provider_id) {
        return kratos_name.to_owned();
    }
    if let Some(b) = brand_of(provider_id) {
        return b.name.to_owned();
    }
    let mut chars = kratos_name.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A button's Kratos label with the provider's name fixed ([`display_name`]),
/// in the message context (the catalogue fills `{ $provider }` from it)
/// and in Kratos' own text (shown for an id no catalogue has).
pub fn with_display_name(label: &UiText, provider_id: &str) -> UiText {
    let mut label = label.clone();
    let Some(Value::Object(context)) = label.context.as_mut() else {
        return label;
    };
    let Some(Value::String(name)) = context.get("provider").cloned() else {
        return label;
    };
    let shown = display_name(provider_id, &name);
    if shown != name {
        if let Some(at) = label.text.rfind(&name) {
            label.text.replace_range(at..at + name.len(), &shown);
        }
        context.insert("provider".to_owned(), Value::String(shown));
    }
    label
}

/// The provider's mark, or a generic one: decorative, the button's words
/// name the provider.
#[component]
pub fn ProviderLogo(provider: String) -> impl IntoView {
    let (class, mark) = match brand_of(&provider) {
        Some(b) => (format!("sso-logo sso-{}", b.key), b.mark),
        None => ("sso-logo sso-generic".to_owned(), marks::GENERIC),
    };
    view! {
        <svg class=class viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            {mark
                .iter()
                .map(|(d, paint)| view! { <path d=*d fill=paint.fill()/> })
                .collect_view()}
        </svg>
    }
}

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
    let key = brand_of(&provider).map_or(GENERIC_KEY, |b| b.key);
    let class = ["sso-logo sso-", key].concat();
    view! {
        <svg class=class viewBox="0 0 24 24" aria-hidden="true" focusable="false" inner_html=paths_html(key)></svg>
    }
}

/// The class suffix of the mark for providers without a brand of their own.
const GENERIC_KEY: &str = "generic";

/// Every mark by its class suffix: the brands', then the generic one.
fn every_mark() -> impl Iterator<Item = (&'static str, &'static [Shape])> {
    BRANDS
        .iter()
        .map(|b| (b.key, b.mark))
        .chain([(GENERIC_KEY, marks::GENERIC)])
}

/// A mark's `<path>` elements as HTML, written once per process from the
/// same shapes: the path data is constant, and escaping it again for
/// every page (~1.7 KB with three providers, through every attribute's
/// escaping) was ~2 % of a login page's instructions (bench/README.md,
/// "Levers, sixth pass").
fn paths_html(key: &str) -> &'static str {
    static WRITTEN: std::sync::LazyLock<Vec<(&'static str, String)>> =
        std::sync::LazyLock::new(|| {
            every_mark()
                .map(|(key, mark)| (key, write_paths(mark)))
                .collect()
        });
    WRITTEN
        .iter()
        .find(|(k, _)| *k == key)
        .map_or("", |(_, html)| html.as_str())
}

fn write_paths(mark: &[Shape]) -> String {
    let escaped = |s: &str| {
        s.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    mark.iter()
        .map(|(d, paint)| {
            format!(
                r#"<path d="{}" fill="{}"></path>"#,
                escaped(d),
                escaped(paint.fill())
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each mark as the view macro writes it (what the page had before the
    /// paths were written once), for comparing.
    fn as_the_view_writes_it(mark: &'static [Shape]) -> String {
        let owner = Owner::new();
        owner.with(|| {
            view! {
                <svg>
                    {mark
                        .iter()
                        .map(|(d, paint)| view! { <path d=*d fill=paint.fill()/> })
                        .collect_view()}
                </svg>
            }
            .to_html()
        })
    }

    #[test]
    fn every_mark_is_written_as_the_view_macro_would_write_it() {
        for (key, mark) in every_mark() {
            let view = as_the_view_writes_it(mark);
            // The view adds a hydration marker after a list; no script
            // here hydrates.
            let expected = view
                .trim_start_matches("<svg>")
                .trim_end_matches("</svg>")
                .trim_end_matches("<!>");
            assert_eq!(paths_html(key), expected, "{key}");
            assert!(!expected.is_empty(), "{key}");
        }
    }

    #[test]
    fn an_unknown_provider_gets_the_generic_mark() {
        let html =
            Owner::new().with(|| view! { <ProviderLogo provider="acme".to_owned()/> }.to_html());
        assert!(html.contains(r#"class="sso-logo sso-generic""#), "{html}");
        assert!(html.contains(paths_html(GENERIC_KEY)), "{html}");
        let html = Owner::new()
            .with(|| view! { <ProviderLogo provider="github-app".to_owned()/> }.to_html());
        assert!(html.contains(r#"class="sso-logo sso-github""#), "{html}");
        assert!(html.contains(paths_html("github")), "{html}");
    }
}

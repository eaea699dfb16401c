//! The language menu on every page: plain links to the current page with
//! `?lang=<code>`, so it works without JavaScript; the server remembers
//! the pick in a cookie (`i18n::negotiate`).

use leptos::prelude::*;

use crate::i18n::negotiate::LANG_PARAM;
use crate::i18n::use_i18n;
use crate::links::Query;

/// The page as the browser asked for it: its path (base path included)
/// and query, which every menu link keeps.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Here {
    pub path: String,
    pub query: Query,
}

impl Here {
    /// This page in locale `code`: the query kept, `lang` replaced.
    pub fn in_locale(&self, code: &str) -> String {
        let mut query = self.query.clone();
        query.0.retain(|(k, _)| k != LANG_PARAM);
        query.with(LANG_PARAM, Some(code)).append_to(&self.path)
    }
}

/// A `<details>` disclosure (native, no script) listing every locale in
/// its own name; the current one is marked, not linked.
#[component]
pub fn LanguageMenu(here: Here) -> impl IntoView {
    let i18n = use_i18n();
    let current = i18n.locale().to_owned();
    let label = i18n.text("language-menu-label");
    let aria = label.clone();
    let languages = i18n.languages();
    let current_name = languages
        .iter()
        .find(|(code, _)| *code == current)
        .map(|(_, name)| name.clone())
        .unwrap_or_else(|| current.clone());
    let items = languages
        .into_iter()
        .map(|(code, name)| {
            let testid = format!("language/{code}");
            if code == current {
                view! { <li><span aria-current="true" lang=code data-testid=testid>{name}</span></li> }.into_any()
            } else {
                let href = here.in_locale(&code);
                view! { <li><a href=href hreflang=code.clone() lang=code data-testid=testid>{name}</a></li> }.into_any()
            }
        })
        .collect_view();
    view! {
        <nav class="language-menu" aria-label=aria data-testid="language-menu">
            <details>
                <summary>{label}": "{current_name}</summary>
                <ul>{items}</ul>
            </details>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_the_query_and_replace_lang() {
        let here = Here {
            path: "/auth/login".to_owned(),
            query: Query::parse("flow=abc&lang=de&return_to=https%3A%2F%2Fapp%2F"),
        };
        assert_eq!(
            here.in_locale("fr"),
            "/auth/login?flow=abc&return_to=https%3A%2F%2Fapp%2F&lang=fr"
        );
        let bare = Here {
            path: "/welcome".to_owned(),
            query: Query::default(),
        };
        assert_eq!(bare.in_locale("ja"), "/welcome?lang=ja");
    }
}

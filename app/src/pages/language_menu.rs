//! The language menu on every page: plain links to the current page with
//! `?lang=<code>`, so it works without JavaScript; the server remembers
//! the pick in a cookie (`i18n::negotiate`).

use leptos::either::Either;
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
    /// This page's URL up to the value of `lang` (the query kept, its own
    /// `lang` left out): a locale code, a language tag that needs no
    /// percent-encoding, completes it into the page in that locale. Built
    /// once per page, not per locale.
    fn locale_link_prefix(&self) -> String {
        let mut query = self.query.clone();
        query.0.retain(|(k, _)| k != LANG_PARAM);
        let mut prefix = query.append_to(&self.path);
        prefix.push(if prefix.contains('?') { '&' } else { '?' });
        prefix.push_str(LANG_PARAM);
        prefix.push('=');
        prefix
    }
}

/// A `<details>` disclosure (native, no script) listing every locale in
/// its own name; the current one is marked, not linked.
#[component]
pub fn LanguageMenu(here: Here) -> impl IntoView {
    let i18n = use_i18n();
    let current = i18n.locale();
    let label = i18n.text("language-menu-label");
    let aria = label.clone();
    let languages = i18n.languages();
    let current_name = languages
        .iter()
        .find(|(code, _)| code == current)
        .map_or(current, |(_, name)| name.as_str())
        .to_owned();
    let prefix = here.locale_link_prefix();
    let items = languages
        .iter()
        .map(|(code, name)| {
            // `concat`, not `format!`: 26 of these per page, and the
            // formatting machinery cost ten times the copy.
            let testid = ["language/", code.as_str()].concat();
            let (code, name) = (code.clone(), name.clone());
            if code == current {
                Either::Left(view! { <li><span aria-current="true" lang=code data-testid=testid>{name}</span></li> })
            } else {
                let href = [prefix.as_str(), code.as_str()].concat();
                Either::Right(view! { <li><a href=href hreflang=code.clone() lang=code data-testid=testid>{name}</a></li> })
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
            here.locale_link_prefix() + "fr",
            "/auth/login?flow=abc&return_to=https%3A%2F%2Fapp%2F&lang=fr"
        );
        let bare = Here {
            path: "/welcome".to_owned(),
            query: Query::default(),
        };
        assert_eq!(bare.locale_link_prefix() + "ja", "/welcome?lang=ja");
    }
}

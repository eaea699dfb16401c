//! Translations: which locale a request gets ([`negotiate`]), the
//! catalogues loaded once at start ([`Catalogues`]), and the per-request
//! handle pages read them through ([`I18n`]), provided as Leptos context
//! before a page's view is built.
//!
//! Vestibule's own words are looked up by id (`app/locales/*/vestibule.ftl`);
//! Kratos' messages by `kratos-<message id>` with their `context` as
//! arguments, and an id no catalogue has shows the text Kratos sent.

mod builtin;
mod catalogue;
pub mod dates;
pub mod kratos_args;
pub mod negotiate;
pub mod numbers;

use std::sync::{Arc, LazyLock};
use std::time::{SystemTime, UNIX_EPOCH};

use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::use_context;

pub use builtin::{Source, LOCALES};
pub use catalogue::{CatalogueError, Catalogues, REFERENCE};

use crate::kratos::UiText;

/// Each locale names itself with this message (the language menu).
pub const LOCALE_NAME: &str = "locale-name";

static BUILTIN: LazyLock<Arc<Catalogues>> = LazyLock::new(|| Arc::new(Catalogues::builtin()));

/// One request's locale and the catalogues; cheap to clone.
#[derive(Debug, Clone)]
pub struct I18n {
    catalogues: Arc<Catalogues>,
    /// Shared, not copied: every `t()` on a page clones this handle.
    locale: Arc<str>,
    /// Unix seconds, for the minutes in Kratos' expiry messages.
    now: i64,
}

/// English from the built-in catalogues (what tests and a page without
/// context get).
impl Default for I18n {
    fn default() -> I18n {
        I18n::new(BUILTIN.clone(), REFERENCE)
    }
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

impl I18n {
    pub fn new(catalogues: Arc<Catalogues>, locale: &str) -> I18n {
        I18n {
            catalogues,
            locale: Arc::from(locale),
            now: unix_now(),
        }
    }

    /// The same, with a fixed clock (tests).
    pub fn at(mut self, now: i64) -> I18n {
        self.now = now;
        self
    }

    /// The locale code, as `<html lang>` takes it.
    pub fn locale(&self) -> &str {
        &self.locale
    }

    pub fn catalogues(&self) -> &Catalogues {
        &self.catalogues
    }

    /// Vestibule's string `id` (the reference locale's when this one lacks
    /// it; the id itself only if even that is missing, which
    /// tests/catalogues.rs rules out for shipped ids).
    pub fn text(&self, id: &str) -> String {
        self.lookup(id, None).unwrap_or_else(|| id.to_owned())
    }

    /// The same with arguments.
    pub fn text_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (k, v) in args {
            fluent.set(*k, v.clone());
        }
        self.lookup(id, Some(&fluent))
            .unwrap_or_else(|| id.to_owned())
    }

    /// `id` with one argument shown as an element of its own (a name in
    /// bold, a link): the text before and after it.
    pub fn text_around(&self, id: &str, arg: &str) -> (String, String) {
        const MARK: &str = "\u{E000}";
        let text = self.text_with(id, &[(arg, FluentValue::from(MARK))]);
        match text.split_once(MARK) {
            Some((before, after)) => (before.to_owned(), after.to_owned()),
            None => (text, String::new()),
        }
    }

    fn lookup(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.catalogues.format(&self.locale, id, args)
    }

    /// A Kratos message in this locale, its context interpolated; the text
    /// Kratos sent when no catalogue knows the id (a newer Kratos, a
    /// webhook's own message), never the id.
    pub fn kratos(&self, message: &UiText) -> String {
        let lookup = |id: &str, args: Option<&FluentArgs>| self.lookup(id, args);
        let args = kratos_args::args(message.context.as_ref(), &self.locale, self.now, &lookup);
        self.lookup(&format!("kratos-{}", message.id), Some(&args))
            .unwrap_or_else(|| message.text.clone())
    }

    /// Every available locale with its own name for itself, for the
    /// language menu.
    pub fn languages(&self) -> &[(String, String)] {
        self.catalogues.names()
    }
}

/// The page's [`I18n`] from the Leptos context (English without one).
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_default()
}

/// Vestibule's string `id` in the page's locale.
pub fn t(id: &str) -> String {
    use_i18n().text(id)
}

/// A Kratos message in the page's locale.
pub fn kratos_text(message: &UiText) -> String {
    use_i18n().kratos(message)
}

/// An argument as the tests compare it: text, or a number as Fluent
/// writes it without a locale.
#[cfg(test)]
pub(crate) fn arg_text(args: &FluentArgs, key: &str) -> String {
    match args.get(key) {
        Some(FluentValue::String(s)) => s.to_string(),
        Some(FluentValue::Number(n)) => n.as_string().to_string(),
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn text(id: i64, text: &str, context: serde_json::Value) -> UiText {
        serde_json::from_value(json!({"id": id, "text": text, "type": "error", "context": context}))
            .unwrap()
    }

    fn de() -> I18n {
        I18n::new(BUILTIN.clone(), "de").at(1_000_000)
    }

    #[test]
    fn kratos_messages_by_id_with_context() {
        let m = text(
            4000003,
            "length must be >= 8, but got 3",
            json!({"min_length": 8, "actual_length": 3}),
        );
        let german = de().kratos(&m);
        assert!(
            german.contains('8') && !german.contains("length must"),
            "{german}"
        );
        let expired = text(
            4010001,
            "The login flow expired 3.02 minutes ago, please try again.",
            json!({"expired_at_unix": 1_000_000 - 180}),
        );
        let english = I18n::default().at(1_000_000).kratos(&expired);
        assert_eq!(
            english,
            "The login flow expired 3 minutes ago, please try again."
        );
    }

    #[test]
    fn unknown_ids_show_kratos_text_not_the_id() {
        let m = text(4999999, "A message from a newer Kratos", json!({}));
        assert_eq!(de().kratos(&m), "A message from a newer Kratos");
    }

    #[test]
    fn text_around_splits_at_the_argument() {
        let (before, after) = I18n::default().text_around("welcome-signed-in-as", "email");
        assert_eq!(
            (before.as_str(), after.as_str()),
            ("You are signed in as ", ".")
        );
    }

    #[test]
    fn every_locale_names_itself() {
        let i18n = I18n::default();
        let names = i18n.languages();
        assert!(
            names.contains(&("de".to_owned(), "Deutsch".to_owned())),
            "{names:?}"
        );
        assert!(names.iter().all(|(code, name)| code != name), "{names:?}");
    }
}

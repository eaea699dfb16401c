//! All locales' messages, all checked at start (the default locale and
//! English kept parsed, the others parsed on first use): the built-in
//! catalogues, then the operator's files (`TRANSLATIONS_DIR`) on top, which may
//! override single messages or add whole locales.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use super::builtin::{self, Source};

/// The reference locale: every message exists in it, and a locale that
/// lacks one (an operator's partial locale) falls back to it.
pub const REFERENCE: &str = "en";

type Bundle = FluentBundle<Arc<FluentResource>>;

/// A catalogue file that cannot be used, with where and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueError {
    pub file: String,
    /// 1-based; 0 when the problem is the file as a whole.
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            0 => write!(f, "{}: {}", self.file, self.message),
            line => write!(f, "{}:{line}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for CatalogueError {}

/// The 1-based line of byte `offset`; an error the parser reports at the
/// end of the file (an unclosed placeable) counts on the last line with
/// text.
fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset.min(text.trim_end().len()))
        .map_or(0, |s| s.matches('\n').count())
        + 1
}

fn parse(source: &Source) -> Result<Arc<FluentResource>, CatalogueError> {
    FluentResource::try_new(source.text.clone().into_owned())
        .map(Arc::new)
        .map_err(|(_, errors)| {
            let first = errors.first();
            CatalogueError {
                file: source.file.clone(),
                line: first.map_or(0, |e| line_of(&source.text, e.pos.start)),
                message: first.map_or_else(
                    || "does not parse".to_owned(),
                    |e| format!("does not parse: {}", e.kind),
                ),
            }
        })
}

/// One locale's files, in the order they apply, and their bundle once a
/// page asked for the locale.
struct Locale {
    langid: LanguageIdentifier,
    /// Each file, and whether it overrides messages of the files before it
    /// (the operator's do; the built-in ones must not clash).
    files: Vec<(Source, bool)>,
    bundle: OnceLock<Bundle>,
}

impl Locale {
    fn build(&self) -> Result<Bundle, CatalogueError> {
        let mut bundle = Bundle::new_concurrent(vec![self.langid.clone()]);
        // Pages are HTML, not bidi-isolated plain text; the isolation marks
        // would show in attributes and titles.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(super::numbers::format));
        for (source, overriding) in &self.files {
            let resource = parse(source)?;
            if *overriding {
                bundle.add_resource_overriding(resource);
            } else if let Err(errors) = bundle.add_resource(resource) {
                return Err(CatalogueError {
                    file: source.file.clone(),
                    line: 0,
                    message: format!("{errors:?}"),
                });
            }
        }
        Ok(bundle)
    }

    /// The bundle, parsed on first use. `Catalogues::new` built it once
    /// already, so it cannot fail here; were it to, the locale shows the
    /// reference locale's words.
    fn bundle(&self) -> &Bundle {
        self.bundle.get_or_init(|| {
            self.build().unwrap_or_else(|e| {
                tracing::error!(error = %e, "a catalogue that loaded at start no longer does");
                Bundle::new_concurrent(vec![self.langid.clone()])
            })
        })
    }
}

/// Every locale's messages. Every file is parsed and checked at start;
/// then only the default and the reference locale stay parsed, and the
/// others are parsed again when a page first asks for them: one parsed
/// locale holds about 0.25 MiB, so a UI whose visitors read two languages
/// does not keep thirteen.
pub struct Catalogues {
    locales: BTreeMap<String, Locale>,
    default: String,
    /// Every locale's code and its own name for itself (`locale-name`),
    /// formatted at start: the language menu on every page lists them all.
    names: Vec<(String, String)>,
}

impl std::fmt::Debug for Catalogues {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogues")
            .field("locales", &self.locales.keys().collect::<Vec<_>>())
            .field("default", &self.default)
            .finish()
    }
}

impl Catalogues {
    /// The built-in catalogues with `extra` (the operator's files) on top;
    /// `default` is the locale for requests that ask for none available.
    /// Fails on a file that does not parse, a locale folder that is not a
    /// language tag, or a `default` no catalogue has.
    pub fn new(default: &str, extra: &[Source]) -> Result<Catalogues, CatalogueError> {
        let mut locales: BTreeMap<String, Locale> = BTreeMap::new();
        for (source, overriding) in builtin::sources()
            .map(|s| (s, false))
            .chain(extra.iter().cloned().map(|s| (s, true)))
        {
            let locale = match locales.get_mut(&source.locale) {
                Some(locale) => locale,
                None => {
                    let langid: LanguageIdentifier =
                        source.locale.parse().map_err(|_| CatalogueError {
                            file: source.file.clone(),
                            line: 0,
                            message: format!("{:?} is not a language tag (BCP 47)", source.locale),
                        })?;
                    locales.entry(source.locale.clone()).or_insert(Locale {
                        langid,
                        files: Vec::new(),
                        bundle: OnceLock::new(),
                    })
                }
            };
            locale.files.push((source, overriding));
        }
        if !locales.contains_key(default) {
            return Err(CatalogueError {
                file: "DEFAULT_LOCALE".to_owned(),
                line: 0,
                message: format!(
                    "{default:?} is not an available locale ({})",
                    locales.keys().cloned().collect::<Vec<_>>().join(", ")
                ),
            });
        }
        let mut names = Vec::with_capacity(locales.len());
        for (code, locale) in &locales {
            let bundle = locale.build()?;
            let name = format_in(&bundle, super::LOCALE_NAME, None).unwrap_or_else(|| code.clone());
            names.push((code.clone(), name));
            if code == default || code == REFERENCE {
                // Kept: most pages are in one of these.
                let _ = locale.bundle.set(bundle);
            }
        }
        Ok(Catalogues {
            locales,
            default: default.to_owned(),
            names,
        })
    }

    /// Only the built-in catalogues, English by default.
    pub fn builtin() -> Catalogues {
        // The built-in files are checked by tests/catalogues.rs; should
        // one ever fail, pages still render, in Kratos' own words.
        Catalogues::new(REFERENCE, &[]).unwrap_or_else(|e| {
            tracing::error!(error = %e, "the built-in catalogues do not load");
            Catalogues {
                locales: BTreeMap::new(),
                default: REFERENCE.to_owned(),
                names: Vec::new(),
            }
        })
    }

    /// The available locale codes, sorted.
    pub fn locales(&self) -> Vec<&str> {
        self.locales.keys().map(String::as_str).collect()
    }

    /// Every locale's code with its own name for itself, sorted by code.
    pub fn names(&self) -> &[(String, String)] {
        &self.names
    }

    pub fn default_locale(&self) -> &str {
        &self.default
    }

    /// Whether `locale`'s files are parsed now (tests).
    pub fn is_parsed(&self, locale: &str) -> bool {
        self.locales
            .get(locale)
            .is_some_and(|l| l.bundle.get().is_some())
    }

    /// Message `id` in `locale`, else in the reference locale; `None`
    /// when neither has it or it does not format.
    pub fn format(&self, locale: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        [locale, REFERENCE]
            .iter()
            .filter_map(|l| self.locales.get(*l))
            .find_map(|l| format_in(l.bundle(), id, args))
    }
}

fn format_in(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(locale: &str, text: &str) -> Source {
        Source {
            locale: locale.to_owned(),
            file: format!("/etc/vestibule/{locale}/custom.ftl"),
            text: text.to_owned().into(),
        }
    }

    #[test]
    fn builtin_locales_load() {
        let c = Catalogues::builtin();
        assert_eq!(c.locales().len(), builtin::LOCALES.len());
        assert_eq!(
            c.format("de", "flow-title-login", None).as_deref(),
            Some("Anmelden")
        );
    }

    #[test]
    fn operator_files_override_and_add_locales() {
        let c = Catalogues::new(
            "en",
            &[
                source("de", "flow-title-login = Einloggen\n"),
                source("eo", "flow-title-login = Ensaluti\n"),
            ],
        )
        .unwrap();
        assert_eq!(
            c.format("de", "flow-title-login", None).as_deref(),
            Some("Einloggen")
        );
        // The rest of German is untouched.
        assert!(c.format("de", "link-sign-up", None).is_some());
        assert_eq!(
            c.format("eo", "flow-title-login", None).as_deref(),
            Some("Ensaluti")
        );
        // A partial locale falls back to English.
        assert_eq!(c.format("eo", "link-back", None).as_deref(), Some("Back"));
        assert!(c.locales().contains(&"eo"));
    }

    #[test]
    fn locales_other_than_the_default_are_parsed_on_first_use() {
        let c = Catalogues::new("de", &[source("eo", "locale-name = Esperanto\n")]).unwrap();
        assert!(c.is_parsed("de") && c.is_parsed("en"));
        assert!(!c.is_parsed("fr") && !c.is_parsed("eo"));
        // Their names were read at start all the same.
        assert!(c
            .names()
            .contains(&("fr".to_owned(), "Français".to_owned())));
        assert!(c
            .names()
            .contains(&("eo".to_owned(), "Esperanto".to_owned())));
        assert_eq!(
            c.format("fr", "flow-title-login", None).as_deref(),
            Some("Se connecter")
        );
        assert!(c.is_parsed("fr") && !c.is_parsed("eo"));
    }

    #[test]
    fn a_broken_file_of_a_locale_nobody_asked_for_still_stops_the_start() {
        let e = Catalogues::new("en", &[source("fi", "a = { $x\n")]).unwrap_err();
        assert_eq!(e.file, "/etc/vestibule/fi/custom.ftl");
    }

    #[test]
    fn a_broken_file_is_named_with_its_line() {
        let e = Catalogues::new("en", &[source("de", "a = b\n\nc = { $x\n")]).unwrap_err();
        assert_eq!(e.file, "/etc/vestibule/de/custom.ftl");
        assert_eq!(e.line, 3, "{e}");
        assert!(e
            .to_string()
            .starts_with("/etc/vestibule/de/custom.ftl:3: does not parse"));
        let e = Catalogues::new("en", &[source("not a tag!", "a = b\n")]).unwrap_err();
        assert!(e.message.contains("language tag"), "{e}");
        let e = Catalogues::new("xx", &[]).unwrap_err();
        assert_eq!(e.file, "DEFAULT_LOCALE");
    }
}

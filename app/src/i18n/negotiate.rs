//! Which locale a request gets: pure decisions on the request's
//! `?lang=`, Vestibule's language cookie and `Accept-Language`, tested
//! directly.

/// The cookie Vestibule sets when someone picks a language (`?lang=`), so
/// the choice survives the round trips through Kratos and Hydra, which
/// drop the parameter.
pub const LANG_COOKIE: &str = "vestibule_lang";
/// The query parameter every page accepts.
pub const LANG_PARAM: &str = "lang";

/// The outcome for one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// One of the available locale codes.
    pub locale: String,
    /// `Some(code)` when `?lang=` named an available locale that the
    /// cookie does not hold yet: the response sets the cookie to it.
    pub remember: Option<String>,
}

/// `Accept-Language` as (tag, q) pairs, best first; equal weights keep
/// the header's order. Entries with `q=0`, an unreadable `q` or an empty
/// tag are dropped; `*` is kept (it matches nothing in particular, so
/// the default wins).
pub fn accept_language(header: &str) -> Vec<(String, f32)> {
    let mut out: Vec<(String, f32)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            if tag.is_empty() {
                return None;
            }
            let mut q = 1.0_f32;
            for p in parts {
                let p = p.trim();
                if let Some(v) = p.strip_prefix("q=").or_else(|| p.strip_prefix("Q=")) {
                    q = v
                        .trim()
                        .parse()
                        .ok()
                        .filter(|q: &f32| (0.0..=1.0).contains(q))?;
                }
            }
            (q > 0.0).then(|| (tag.to_owned(), q))
        })
        .collect();
    // A stable sort keeps the header's order among equal weights.
    out.sort_by(|a, b| b.1.total_cmp(&a.1));
    out
}

/// The available locale `tag` asks for: the same tag (any case, `_` read
/// as `-`), else the locale for its language alone (`de-AT` → `de`), else
/// a locale of the same language (`pt` → `pt-BR` if only that exists).
pub fn best_match<'a>(available: &[&'a str], tag: &str) -> Option<&'a str> {
    let tag = tag.trim().replace('_', "-");
    if tag.is_empty() || tag == "*" {
        return None;
    }
    let language = |t: &str| t.split('-').next().unwrap_or_default().to_ascii_lowercase();
    let wanted = language(&tag);
    available
        .iter()
        .find(|a| a.eq_ignore_ascii_case(&tag))
        .or_else(|| available.iter().find(|a| a.eq_ignore_ascii_case(&wanted)))
        .or_else(|| available.iter().find(|a| language(a) == wanted))
        .copied()
}

/// The locale for a request: `?lang=` first (remembered in the cookie),
/// then the cookie, then the best `Accept-Language` entry, then
/// `default`. Values that name no available locale are ignored.
pub fn choose(
    available: &[&str],
    default: &str,
    query_lang: Option<&str>,
    cookie: Option<&str>,
    accept: Option<&str>,
) -> Choice {
    if let Some(picked) = query_lang.and_then(|q| best_match(available, q)) {
        let remember = (cookie.and_then(|c| best_match(available, c)) != Some(picked))
            .then(|| picked.to_owned());
        return Choice {
            locale: picked.to_owned(),
            remember,
        };
    }
    let from_cookie = cookie.and_then(|c| best_match(available, c));
    let from_header = || {
        accept_language(accept.unwrap_or_default())
            .iter()
            .find_map(|(tag, _)| best_match(available, tag))
    };
    let locale = from_cookie.or_else(from_header).unwrap_or(default);
    Choice {
        locale: locale.to_owned(),
        remember: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AVAILABLE: &[&str] = &["en", "de", "fr", "pt", "sv", "zh", "pt-PT"];

    fn pick(query: Option<&str>, cookie: Option<&str>, accept: Option<&str>) -> Choice {
        choose(AVAILABLE, "en", query, cookie, accept)
    }

    #[test]
    fn q_values_order_the_header() {
        assert_eq!(
            accept_language("fr;q=0.5, de-DE, en;q=0.8"),
            vec![
                ("de-DE".to_owned(), 1.0),
                ("en".to_owned(), 0.8),
                ("fr".to_owned(), 0.5)
            ]
        );
        assert_eq!(pick(None, None, Some("fr;q=0.5, de;q=0.9")).locale, "de");
        // q=0 means "not this one"; bad q values drop the entry.
        assert_eq!(pick(None, None, Some("de;q=0, fr;q=0.1")).locale, "fr");
        assert_eq!(pick(None, None, Some("de;q=2, fr;q=abc")).locale, "en");
        assert_eq!(pick(None, None, Some("")).locale, "en");
    }

    #[test]
    fn regions_fall_back_to_their_language() {
        assert_eq!(pick(None, None, Some("de-AT")).locale, "de");
        assert_eq!(pick(None, None, Some("sv-FI,en;q=0.5")).locale, "sv");
        assert_eq!(pick(None, None, Some("zh-Hans-CN")).locale, "zh");
        // An exact locale wins over its language.
        assert_eq!(pick(None, None, Some("pt-PT")).locale, "pt-PT");
        assert_eq!(pick(None, None, Some("pt_pt")).locale, "pt-PT");
        assert_eq!(pick(None, None, Some("pt-BR")).locale, "pt");
        assert_eq!(best_match(&["pt-BR"], "pt"), Some("pt-BR"));
    }

    #[test]
    fn unknown_languages_get_the_default() {
        assert_eq!(pick(None, None, Some("xx, *")).locale, "en");
        // `se` is Northern Sami, not Swedish.
        assert_eq!(pick(None, None, Some("se")).locale, "en");
        assert_eq!(choose(AVAILABLE, "de", None, None, None).locale, "de");
    }

    #[test]
    fn the_parameter_wins_and_is_remembered_once() {
        let c = pick(Some("fr"), Some("de"), Some("de"));
        assert_eq!(c.locale, "fr");
        assert_eq!(c.remember.as_deref(), Some("fr"));
        // Already in the cookie: nothing to set.
        assert_eq!(pick(Some("fr"), Some("fr"), None).remember, None);
        // The cookie beats the header.
        assert_eq!(
            pick(None, Some("fr"), Some("de")),
            Choice {
                locale: "fr".into(),
                remember: None
            }
        );
        // A parameter or cookie naming no locale is ignored.
        assert_eq!(
            pick(Some("xx"), Some("yy"), Some("de")),
            Choice {
                locale: "de".into(),
                remember: None
            }
        );
    }
}

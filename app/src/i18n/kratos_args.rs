//! A Kratos message's `context` as Fluent arguments, by the rules in
//! `app/locales/README.md`: values pass through; a `<k>_unix` timestamp
//! also gives `<k>_minutes` (whole minutes from now, so texts say "15
//! minutes", not Kratos' "15.00 minutes") and `<k>_date` (the date and
//! time in the locale's words, [`DATETIME_UTC`]); a list gives `<k>_count`
//! and itself joined for the locale.

use fluent_bundle::{FluentArgs, FluentValue};
use serde_json::Value;

use super::dates::{datetime_args, DATETIME_UTC};

/// 4000028 names credential types through these messages
/// (`kratos-credential-type-password`, …); a type without one shows as is.
pub const CREDENTIAL_TYPE_PREFIX: &str = "kratos-credential-type-";
/// Stands in for 4000028's empty `credential_identifier_hint`.
pub const IDENTIFIER_FALLBACK: &str = "kratos-credential-identifier-fallback";
const CREDENTIAL_TYPES_KEY: &str = "available_credential_types";
const IDENTIFIER_HINT_KEY: &str = "credential_identifier_hint";

/// How list items are joined in `locale`.
fn separator(locale: &str) -> &'static str {
    match locale.split('-').next().unwrap_or_default() {
        "zh" | "ja" => "、",
        _ => ", ",
    }
}

fn number(n: &serde_json::Number) -> FluentValue<'static> {
    match n.as_i64() {
        Some(i) => FluentValue::from(i),
        None => FluentValue::from(n.as_f64().unwrap_or_default()),
    }
}

/// An item of a list as text: a string, a Kratos text object's `text`
/// (1050015's secrets), or the JSON.
fn item_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Object(o) => match o.get("text") {
            Some(Value::String(t)) => t.clone(),
            _ => v.to_string(),
        },
        other => other.to_string(),
    }
}

/// The arguments for a message with `context`, at `now` (Unix seconds).
/// `lookup` formats the words Vestibule puts into them (credential types,
/// the identifier fallback, dates); it returns `None` for an id the
/// catalogue lacks.
pub fn args(
    context: Option<&Value>,
    locale: &str,
    now: i64,
    lookup: &dyn Fn(&str, Option<&FluentArgs>) -> Option<String>,
) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    let Some(Value::Object(map)) = context else {
        return args;
    };
    for (key, value) in map {
        match value {
            Value::Number(n) => {
                if let (Some(stem), Some(t)) = (key.strip_suffix("_unix"), n.as_i64()) {
                    let minutes = ((t - now).abs() as f64 / 60.0).round() as i64;
                    args.set(format!("{stem}_minutes"), minutes);
                    let date = datetime_args(t).and_then(|a| lookup(DATETIME_UTC, Some(&a)));
                    // Without words for it, the date as Kratos wrote it.
                    let date = date.or_else(|| match map.get(stem) {
                        Some(Value::String(s)) => Some(s.clone()),
                        _ => None,
                    });
                    args.set(format!("{stem}_date"), date.unwrap_or_default());
                }
                args.set(key.clone(), number(n));
            }
            Value::String(s) if key == IDENTIFIER_HINT_KEY && s.is_empty() => {
                let fallback = lookup(IDENTIFIER_FALLBACK, None).unwrap_or_default();
                args.set(key.clone(), fallback);
            }
            Value::String(s) => args.set(key.clone(), s.clone()),
            Value::Array(items) => {
                let words: Vec<String> = items
                    .iter()
                    .map(|item| {
                        let raw = item_text(item);
                        match key == CREDENTIAL_TYPES_KEY {
                            true => lookup(&format!("{CREDENTIAL_TYPE_PREFIX}{raw}"), None)
                                .unwrap_or(raw),
                            false => raw,
                        }
                    })
                    .collect();
                args.set(format!("{key}_count"), words.len());
                args.set(key.clone(), words.join(separator(locale)));
            }
            Value::Bool(b) => args.set(key.clone(), b.to_string()),
            Value::Null => args.set(key.clone(), String::new()),
            Value::Object(_) => args.set(key.clone(), value.to_string()),
        }
    }
    args
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    use crate::i18n::arg_text as get;

    fn lookup(id: &str, args: Option<&FluentArgs>) -> Option<String> {
        match id {
            "kratos-credential-type-password" => Some("your password".to_owned()),
            DATETIME_UTC => {
                let args = args?;
                Some(
                    ["year", "month", "day", "hour", "minute"]
                        .map(|k| get(args, k))
                        .join("/"),
                )
            }
            _ => None,
        }
    }

    #[test]
    fn timestamps_give_whole_minutes_either_way() {
        let now = 1_000_000;
        let a = args(
            Some(&json!({"expired_at_unix": now - 181, "expired_at": "x"})),
            "en",
            now,
            &lookup,
        );
        assert_eq!(get(&a, "expired_at_minutes"), "3");
        let a = args(
            Some(&json!({"privileged_session_expires_at_unix": now + 900})),
            "en",
            now,
            &lookup,
        );
        assert_eq!(get(&a, "privileged_session_expires_at_minutes"), "15");
    }

    #[test]
    fn timestamps_give_the_date_in_words_or_else_kratos_text() {
        let ctx = json!({"used_at_unix": 1_796_133_959, "used_at": "2026-12-01T14:05:59Z"});
        let a = args(Some(&ctx), "en", 0, &lookup);
        assert_eq!(get(&a, "used_at_date"), "2026/12/1/14/05");
        let none = |_: &str, _: Option<&FluentArgs>| None;
        let a = args(Some(&ctx), "en", 0, &none);
        assert_eq!(get(&a, "used_at_date"), "2026-12-01T14:05:59Z");
    }

    #[test]
    fn lists_are_counted_translated_and_joined() {
        let ctx = json!({"available_credential_types": ["password", "saml"], "available_oidc_providers": []});
        let a = args(Some(&ctx), "en", 0, &lookup);
        assert_eq!(get(&a, "available_credential_types"), "your password, saml");
        assert_eq!(get(&a, "available_credential_types_count"), "2");
        assert_eq!(get(&a, "available_oidc_providers_count"), "0");
        let a = args(
            Some(&json!({"secrets": [{"text": "ab"}, {"text": "cd"}]})),
            "ja",
            0,
            &lookup,
        );
        assert_eq!(get(&a, "secrets"), "ab、cd");
    }

    #[test]
    fn numbers_stay_numbers_and_empty_hints_get_words() {
        let a = args(
            Some(&json!({"min_length": 8, "actual": 2.5})),
            "en",
            0,
            &lookup,
        );
        assert!(matches!(a.get("min_length"), Some(FluentValue::Number(_))));
        assert_eq!(get(&a, "actual"), "2.5");
        let words = |id: &str, _: Option<&FluentArgs>| {
            (id == IDENTIFIER_FALLBACK).then(|| "an email".to_owned())
        };
        let a = args(
            Some(&json!({"credential_identifier_hint": ""})),
            "en",
            0,
            &words,
        );
        assert_eq!(get(&a, "credential_identifier_hint"), "an email");
    }
}

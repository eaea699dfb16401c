//! The pages in the request's language, on flows recorded from Kratos
//! v1.3.1: Vestibule's words and Kratos' messages (by id, context filled
//! in) from the catalogue, `<html lang>`, the language menu, the brand,
//! and Kratos' own text for an id no catalogue has.

mod support;

use std::sync::Arc;

use app::flow_ui::FlowNav;
use app::i18n::{Catalogues, I18n, Source};
use app::kratos::FlowKind;
use app::links::Query;
use app::pages::{error_page, flow_page, Brand, ErrorView, Here, Shell};
use scraper::Html;
use support::{flow, sel};

fn shell(locale: &str) -> Shell {
    Shell {
        i18n: I18n::new(Arc::new(Catalogues::builtin()), locale),
        here: Here {
            path: "/registration".to_owned(),
            query: Query::parse("flow=abc"),
        },
        ..Shell::default()
    }
}

fn page(shell: &Shell, fixture: &str) -> Html {
    let kind = support::kind_of(fixture);
    Html::parse_document(&flow_page(
        shell,
        kind,
        flow(fixture),
        FlowNav::default(),
        "n",
    ))
}

fn texts(html: &Html, selector: &str) -> Vec<String> {
    html.select(&sel(selector))
        .map(|e| e.text().collect::<String>().trim().to_owned())
        .collect()
}

fn attr(html: &Html, selector: &str, name: &str) -> Option<String> {
    html.select(&sel(selector))
        .next()
        .and_then(|e| e.value().attr(name).map(str::to_owned))
}

#[test]
fn a_german_sign_up_error_is_kratos_message_by_id_with_its_context() {
    let html = page(&shell("de"), "registration_password_too_short");
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("de"));
    assert_eq!(texts(&html, "title"), ["Konto erstellen · Vestibule"]);
    let message = texts(&html, r#"[data-testid="ui/message/4000032"]"#);
    assert_eq!(message.len(), 1, "{message:?}");
    assert!(
        message[0].starts_with("Das Passwort muss mindestens 8 Zeichen lang sein"),
        "{message:?}"
    );
    // Kratos' labels by id too (1070001 "Password" → "Passwort").
    let labels = texts(&html, r#"[data-testid="node/input/password"] .label"#);
    assert_eq!(labels, ["Passwort"]);
    // Vestibule's own link; testids and names stay.
    assert_eq!(
        texts(&html, r#"[data-testid="cta-link"]"#),
        ["Schon ein Konto? Anmelden"]
    );
}

#[test]
fn english_stays_kratos_english() {
    let html = page(&shell("en"), "login_invalid_credentials");
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("en"));
    let m = texts(&html, r#"[data-testid="ui/message/4000006"]"#);
    assert_eq!(
        m,
        ["The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number."]
    );
}

#[test]
fn an_id_no_catalogue_has_shows_kratos_text() {
    let mut f = flow("login_invalid_credentials");
    f.ui.messages[0].id = 4_999_999;
    f.ui.messages[0].text = "Text from a newer Kratos".to_owned();
    let html = Html::parse_document(&flow_page(
        &shell("fr"),
        FlowKind::Login,
        f,
        FlowNav::default(),
        "n",
    ));
    assert_eq!(
        texts(&html, r#"[data-testid="ui/message/4999999"]"#),
        ["Text from a newer Kratos"]
    );
    assert!(!html.html().contains(">4999999<"));
}

#[test]
fn the_language_menu_links_every_locale_to_this_page() {
    let html = page(&shell("fr"), "registration_password_too_short");
    let links: Vec<String> = html
        .select(&sel(r#"[data-testid="language-menu"] a"#))
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    assert_eq!(links.len(), app::i18n::LOCALES.len() - 1, "{links:?}");
    assert!(
        links.contains(&"/registration?flow=abc&lang=de".to_owned()),
        "{links:?}"
    );
    assert_eq!(texts(&html, r#"[data-testid="language/fr"]"#), ["Français"]);
    assert_eq!(
        attr(&html, r#"[data-testid="language/fr"]"#, "aria-current").as_deref(),
        Some("true")
    );
    assert_eq!(texts(&html, r#"[data-testid="language/ja"]"#), ["日本語"]);
}

#[test]
fn the_brand_replaces_vestibule() {
    let shell = Shell {
        brand: Brand {
            name: "Acme ID".to_owned(),
            logo: Some("/brand/0123.svg".to_owned()),
            theme_css: Some("/brand/4567.css".to_owned()),
            favicon: Some("/brand/89ab.ico".to_owned()),
        },
        ..shell("en")
    };
    let html = page(&shell, "login");
    assert_eq!(texts(&html, "title"), ["Sign in · Acme ID"]);
    assert_eq!(texts(&html, r#"[data-testid="brand-name"]"#), ["Acme ID"]);
    assert!(!html.html().contains("Vestibule"));
    assert_eq!(
        attr(&html, r#"[data-testid="brand-logo"]"#, "src").as_deref(),
        Some("/brand/0123.svg")
    );
    let sheets: Vec<&str> = html
        .select(&sel(r#"link[rel="stylesheet"]"#))
        .filter_map(|l| l.value().attr("href"))
        .collect();
    // The operator's theme comes after the built-in stylesheet.
    assert_eq!(sheets.last(), Some(&"/brand/4567.css"), "{sheets:?}");
    assert_eq!(
        attr(&html, r#"link[rel="icon"]"#, "href").as_deref(),
        Some("/brand/89ab.ico")
    );
}

#[test]
fn webauthn_words_come_from_the_page() {
    let html = page(&shell("de"), "login");
    let text = |key: &str| {
        attr(
            &html,
            r#"[data-testid="webauthn-message"]"#,
            &format!("data-text-{key}"),
        )
        .unwrap_or_default()
    };
    assert!(
        text("cancelled").contains("abgebrochen"),
        "{}",
        text("cancelled")
    );
    let mismatch = text("rp-mismatch");
    assert!(
        mismatch.contains("{host}") && mismatch.contains("{rp_id}"),
        "{mismatch}"
    );
}

#[test]
fn error_pages_are_translated_too() {
    let html = Html::parse_document(&error_page(
        &shell("ja"),
        ErrorView {
            status: 404,
            title: "x".to_owned(),
            error_id: Some("abc".to_owned()),
            ..ErrorView::default()
        },
    ));
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("ja"));
    let code = texts(&html, r#"[data-testid="code-box"]"#);
    assert!(
        code[0].contains("404") && code[0].contains("abc"),
        "{code:?}"
    );
}

#[test]
fn operator_strings_override_the_built_in_ones() {
    let catalogues = Catalogues::new(
        "de",
        &[Source {
            locale: "de".to_owned(),
            file: "custom.ftl".to_owned(),
            text: "flow-title-login = Bei Acme anmelden\n".into(),
        }],
    )
    .unwrap();
    let shell = Shell {
        i18n: I18n::new(Arc::new(catalogues), "de"),
        ..Shell::default()
    };
    let html = page(&shell, "login");
    assert_eq!(texts(&html, "h1"), ["Bei Acme anmelden"]);
}

fn kratos_message(id: i64, context: serde_json::Value) -> app::kratos::UiText {
    serde_json::from_value(serde_json::json!({
        "id": id, "type": "info", "text": "Kratos' English", "context": context
    }))
    .expect("a Kratos message")
}

/// 1050014 as Kratos v1.3.1 sends it for a used backup code: Go's time
/// and its Unix seconds (2026-12-01T14:05:59Z).
fn used_code() -> app::kratos::UiText {
    kratos_message(
        1_050_014,
        serde_json::json!({
            "used_at": "2026-12-01T14:05:59.123456789Z",
            "used_at_unix": 1_796_133_959_i64
        }),
    )
}

#[test]
fn a_used_backup_code_says_when_in_the_locales_words() {
    let said = |locale: &str| {
        I18n::new(Arc::new(Catalogues::builtin()), locale)
            .at(1_796_200_000)
            .kratos(&used_code())
    };
    assert_eq!(said("en"), "Secret was used at 1 December 2026, 14:05 UTC");
    assert_eq!(said("de"), "Verwendet am 1. Dezember 2026, 14:05 UTC");
    assert_eq!(said("fr"), "Utilisé le 1er décembre 2026 à 14:05 UTC");
    assert_eq!(said("pl"), "Użyty 1 grudnia 2026, 14:05 UTC");
    assert_eq!(said("fi"), "Käytetty 1. joulukuuta 2026 klo 14.05 UTC");
    assert_eq!(said("ja"), "2026年12月1日 14:05（UTC） に使用済み");
}

#[test]
fn numbers_in_messages_use_the_locales_separators() {
    // 4000003: "length must be >= {min_length}, but got {actual_length}".
    let long = kratos_message(
        4_000_003,
        serde_json::json!({"min_length": 12_000, "actual_length": 1_500}),
    );
    let said = |locale: &str| I18n::new(Arc::new(Catalogues::builtin()), locale).kratos(&long);
    let (en, de, fr, es) = (said("en"), said("de"), said("fr"), said("es"));
    assert!(en.contains("12,000") && en.contains("1,500"), "{en}");
    assert!(de.contains("12.000") && de.contains("1.500"), "{de}");
    assert!(fr.contains("12\u{202f}000"), "{fr}");
    // Spanish leaves four digits alone.
    assert!(es.contains("12.000") && es.contains("1500"), "{es}");
}

/// Settings' buttons say what they do in every language, each in its own
/// words from the catalogue (Kratos calls them all "Save").
#[test]
fn settings_buttons_keep_their_distinct_words_in_every_locale() {
    for locale in app::i18n::LOCALES.iter().copied() {
        let shell = shell(locale);
        let html = page(&shell, "settings");
        let mut seen: Vec<String> = Vec::new();
        for (value, id) in [
            ("profile", "settings-button-profile"),
            ("password", "settings-button-password"),
            ("totp", "settings-button-totp"),
        ] {
            let words = texts(&html, &format!("button[name=method][value={value}]"));
            assert_eq!(words, [shell.i18n.text(id)], "{locale}/{value}");
            assert!(!seen.contains(&words[0]), "{locale}: {words:?} twice");
            seen.extend(words);
        }
    }
}

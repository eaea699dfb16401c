//! The catalogues compiled into the binary (`app/locales/<code>/*.ftl`).

use std::borrow::Cow;

/// One catalogue file: its locale, its name and its Fluent source.
#[derive(Debug, Clone)]
pub struct Source {
    pub locale: String,
    /// Where it came from, for error messages (`de/kratos.ftl`, or the
    /// operator's path).
    pub file: String,
    /// Borrowed from the binary for the built-in files, so that a locale
    /// nobody reads costs no heap (`Catalogues` parses it on first use).
    pub text: Cow<'static, str>,
}

macro_rules! builtin {
    ($($code:literal),* $(,)?) => {
        /// The shipped locales, English (the reference) first.
        pub const LOCALES: &[&str] = &[$($code),*];

        const FILES: &[(&str, &str, &str)] = &[$(
            ($code, "kratos.ftl", include_str!(concat!("../../locales/", $code, "/kratos.ftl"))),
            ($code, "vestibule.ftl", include_str!(concat!("../../locales/", $code, "/vestibule.ftl"))),
        )*];
    };
}

builtin!("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "fi", "ru", "zh", "ja");

/// Every built-in file.
pub fn sources() -> impl Iterator<Item = Source> {
    FILES.iter().map(|(locale, file, text)| Source {
        locale: (*locale).to_owned(),
        file: format!("{locale}/{file}"),
        text: Cow::Borrowed(text),
    })
}

//! Numbers in messages written the locale's way: "1,000,000" in English,
//! "1.000.000" in German, "1 000 000" (with no-break spaces) in French,
//! Polish or Russian, "2,5" for a decimal in most of Europe. Fluent itself
//! writes numbers as Rust does ("1000000", "2.5"); the bundle's formatter
//! hook is where a locale's separators go, and the bundle's memoizer is
//! what hands it the bundle's language.

use fluent_bundle::types::FluentNumber;
use fluent_bundle::FluentValue;
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

/// U+00A0 NO-BREAK SPACE, CLDR's group separator for pl, sv, fi, ru.
const NBSP: &str = "\u{a0}";
/// U+202F NARROW NO-BREAK SPACE, CLDR's group separator for French.
const NNBSP: &str = "\u{202f}";

/// A locale's decimal and grouping symbols (CLDR's `latn` number symbols
/// for the shipped locales; languages it does not list keep Fluent's
/// plain digits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberSymbols {
    pub decimal: &'static str,
    /// `None`: digits are not grouped.
    pub group: Option<&'static str>,
    /// CLDR's `minimumGroupingDigits`: with 2, four-digit numbers stay
    /// ungrouped ("1000", but "10 000") — Spanish and Polish.
    pub minimum_grouping_digits: usize,
}

impl NumberSymbols {
    /// The symbols for a language (the tag's first subtag).
    pub fn for_language(language: &str) -> NumberSymbols {
        let (decimal, group, minimum_grouping_digits) = match language {
            "en" | "zh" | "ja" => (".", Some(","), 1),
            "de" | "it" | "nl" | "pt" => (",", Some("."), 1),
            "es" => (",", Some("."), 2),
            "fr" => (",", Some(NNBSP), 1),
            "pl" => (",", Some(NBSP), 2),
            "sv" | "fi" | "ru" => (",", Some(NBSP), 1),
            _ => (".", None, 1),
        };
        NumberSymbols {
            decimal,
            group,
            minimum_grouping_digits,
        }
    }

    /// `plain` (Fluent's rendering: an optional `-`, digits, an optional
    /// `.` and fraction) with this locale's symbols.
    pub fn write(&self, plain: &str, use_grouping: bool) -> String {
        let (sign, unsigned) = match plain.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", plain),
        };
        let (int, fraction) = match unsigned.split_once('.') {
            Some((int, fraction)) => (int, Some(fraction)),
            None => (unsigned, None),
        };
        if !int.bytes().all(|b| b.is_ascii_digit()) {
            // "inf", "NaN": nothing to group.
            return plain.to_owned();
        }
        let mut out = String::with_capacity(plain.len() + int.len() / 3 * 3);
        out.push_str(sign);
        match self.group {
            Some(group) if use_grouping && int.len() >= 3 + self.minimum_grouping_digits => {
                for (i, digit) in int.chars().enumerate() {
                    if i > 0 && (int.len() - i) % 3 == 0 {
                        out.push_str(group);
                    }
                    out.push(digit);
                }
            }
            _ => out.push_str(int),
        }
        if let Some(fraction) = fraction {
            out.push_str(self.decimal);
            out.push_str(fraction);
        }
        out
    }

    fn format(&self, number: &FluentNumber) -> String {
        self.write(&number.as_string(), number.options.use_grouping)
    }
}

impl Memoizable for NumberSymbols {
    type Args = ();
    type Error = std::convert::Infallible;

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        Ok(NumberSymbols::for_language(lang.language.as_str()))
    }
}

/// The bundles' formatter: numbers with the bundle language's symbols,
/// every other value as Fluent writes it.
pub fn format(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(number) => memoizer
            .with_try_get::<NumberSymbols, _, _>((), |symbols| symbols.format(number))
            .ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(language: &str, plain: &str) -> String {
        NumberSymbols::for_language(language).write(plain, true)
    }

    #[test]
    fn each_locale_groups_and_separates_its_way() {
        assert_eq!(write("en", "1234567.5"), "1,234,567.5");
        assert_eq!(write("de", "1234567.5"), "1.234.567,5");
        assert_eq!(write("fr", "1234567"), "1\u{202f}234\u{202f}567");
        assert_eq!(write("ru", "-25000"), "-25\u{a0}000");
        assert_eq!(write("ja", "100000"), "100,000");
        assert_eq!(write("sv", "2.5"), "2,5");
    }

    #[test]
    fn small_numbers_and_minimum_grouping_digits() {
        assert_eq!(write("en", "999"), "999");
        assert_eq!(write("en", "1000"), "1,000");
        // Spanish and Polish leave four digits alone.
        assert_eq!(write("es", "1000"), "1000");
        assert_eq!(write("es", "10000"), "10.000");
        assert_eq!(write("pl", "1000"), "1000");
        assert_eq!(write("pl", "12345"), "12\u{a0}345");
        assert_eq!(write("de", "8"), "8");
    }

    #[test]
    fn unknown_languages_and_odd_values_pass_through() {
        assert_eq!(write("eo", "1234.5"), "1234.5");
        assert_eq!(write("de", "NaN"), "NaN");
        assert_eq!(write("de", "-inf"), "-inf");
        assert_eq!(
            NumberSymbols::for_language("de").write("1234", false),
            "1234"
        );
    }
}

//! A Kratos timestamp as words: the date and time in UTC, in the order
//! and with the month names of the locale, through the catalogue message
//! [`DATETIME_UTC`] (so an operator's locale brings its own), e.g.
//! "1 December 2026, 14:20 UTC", "1. Dezember 2026, 14:20 UTC",
//! "2026年12月1日 14:20 (UTC)". UTC because the server does not know the
//! person's time zone, and says so.

use fluent_bundle::{FluentArgs, FluentValue};
use time::OffsetDateTime;

/// The catalogue message that writes a date and time; its variables are
/// `$year` (text, so it is never grouped as "2,026"), `$month` and `$day`
/// (numbers, for selectors: month names, French "1er"), `$hour` and
/// `$minute` (two digits).
pub const DATETIME_UTC: &str = "datetime-utc";

/// The arguments of [`DATETIME_UTC`] for `unix` seconds; `None` for a
/// time `time` cannot represent (Kratos never sends one; a hostile
/// upstream might).
pub fn datetime_args(unix: i64) -> Option<FluentArgs<'static>> {
    let t = OffsetDateTime::from_unix_timestamp(unix).ok()?;
    let mut args = FluentArgs::new();
    args.set("year", FluentValue::from(t.year().to_string()));
    args.set("month", FluentValue::from(u8::from(t.month())));
    args.set("day", FluentValue::from(t.day()));
    args.set("hour", FluentValue::from(format!("{:02}", t.hour())));
    args.set("minute", FluentValue::from(format!("{:02}", t.minute())));
    Some(args)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::i18n::arg_text as get;

    #[test]
    fn utc_parts_of_a_timestamp() {
        // 2026-12-01T14:05:59Z
        let a = datetime_args(1_796_133_959).unwrap();
        assert_eq!(
            ["year", "month", "day", "hour", "minute"].map(|k| get(&a, k)),
            ["2026", "12", "1", "14", "05"]
        );
        let a = datetime_args(0).unwrap();
        assert_eq!(get(&a, "year"), "1970");
        assert_eq!(get(&a, "hour"), "00");
    }

    #[test]
    fn out_of_range_is_none() {
        assert!(datetime_args(i64::MAX).is_none());
    }
}

//! The settings of `/.well-known/security.txt`, validated at start.

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use url::Url;

/// Served only when SECURITY_CONTACT is set.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct SecurityTxtArgs {
    /// Where to report security issues: comma-separated `mailto:`,
    /// `https:` or `tel:` URIs. When set, `/.well-known/security.txt`
    /// (RFC 9116) is served.
    #[arg(long, env = "SECURITY_CONTACT")]
    pub security_contact: Option<String>,
    /// When the file's information expires, RFC 3339 (e.g.
    /// 2027-06-30T00:00:00Z). Unset: 30 days after each request, since the
    /// file is generated from the running configuration.
    #[arg(long, env = "SECURITY_TXT_EXPIRES")]
    pub security_txt_expires: Option<String>,
    /// A page describing the security policy (https URL).
    #[arg(long, env = "SECURITY_POLICY_URL")]
    pub security_policy_url: Option<String>,
    /// Languages reports may be written in, comma-separated (e.g. `en, de`).
    #[arg(long, env = "SECURITY_PREFERRED_LANGUAGES")]
    pub security_preferred_languages: Option<String>,
}

/// When the information expires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expires {
    At(OffsetDateTime),
    /// This long after each request.
    Rolling(time::Duration),
}

/// The validated fields (RFC 9116 §2.5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecurityTxt {
    pub contacts: Vec<Url>,
    pub expires: Expires,
    pub policy: Option<Url>,
    pub languages: Vec<String>,
    /// Where the file is served, from PUBLIC_URL.
    pub canonical: Option<Url>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SecurityTxtError {
    #[error("SECURITY_CONTACT entry {0:?} must be a mailto:, https: or tel: URI")]
    BadContact(String),
    #[error(
        "SECURITY_TXT_EXPIRES {0:?} is not an RFC 3339 date-time such as 2027-06-30T00:00:00Z"
    )]
    BadExpires(String),
    #[error("SECURITY_TXT_EXPIRES {0:?} is in the past: security.txt must not be served expired (RFC 9116 §2.5.5)")]
    Expired(String),
    #[error("SECURITY_POLICY_URL {0:?} must be an https URL")]
    BadPolicy(String),
    #[error("SECURITY_PREFERRED_LANGUAGES entry {0:?} is not a language tag such as en or pt-BR")]
    BadLanguage(String),
    #[error("SECURITY_TXT_EXPIRES, SECURITY_POLICY_URL or SECURITY_PREFERRED_LANGUAGES is set without SECURITY_CONTACT, the one field security.txt cannot do without")]
    NoContact,
}

/// The rolling default: well inside the RFC's "less than a year".
pub const ROLLING_EXPIRY: time::Duration = time::Duration::days(30);

fn list(raw: &str) -> impl Iterator<Item = &str> {
    raw.split(',').map(str::trim).filter(|s| !s.is_empty())
}

/// A value that is set and not blank.
fn set(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn contact(raw: &str) -> Result<Url, SecurityTxtError> {
    let bad = || SecurityTxtError::BadContact(raw.to_owned());
    let url = Url::parse(raw).map_err(|_| bad())?;
    let fine = match url.scheme() {
        "mailto" | "tel" => !url.path().is_empty(),
        "https" => url.host_str().is_some(),
        _ => false,
    };
    fine.then_some(url).ok_or_else(bad)
}

impl SecurityTxt {
    /// None when SECURITY_CONTACT is unset (no file is served).
    pub fn from_args(
        args: &SecurityTxtArgs,
        public_url: Option<&Url>,
        now: OffsetDateTime,
    ) -> Result<Option<SecurityTxt>, SecurityTxtError> {
        let Some(contacts) = set(&args.security_contact) else {
            let others = [
                &args.security_txt_expires,
                &args.security_policy_url,
                &args.security_preferred_languages,
            ];
            return match others.iter().any(|v| set(v).is_some()) {
                true => Err(SecurityTxtError::NoContact),
                false => Ok(None),
            };
        };
        let contacts = list(contacts).map(contact).collect::<Result<Vec<_>, _>>()?;
        if contacts.is_empty() {
            return Ok(None);
        }
        let expires = match set(&args.security_txt_expires) {
            None => Expires::Rolling(ROLLING_EXPIRY),
            Some(raw) => {
                let at = OffsetDateTime::parse(raw, &Rfc3339)
                    .map_err(|_| SecurityTxtError::BadExpires(raw.to_owned()))?;
                if at <= now {
                    return Err(SecurityTxtError::Expired(raw.to_owned()));
                }
                Expires::At(at)
            }
        };
        let policy = set(&args.security_policy_url)
            .map(|raw| {
                Url::parse(raw)
                    .ok()
                    .filter(|u| u.scheme() == "https" && u.host_str().is_some())
                    .ok_or_else(|| SecurityTxtError::BadPolicy(raw.to_owned()))
            })
            .transpose()?;
        let tag = |t: &str| {
            t.split('-').all(|p| {
                !p.is_empty() && p.len() <= 8 && p.chars().all(|c| c.is_ascii_alphanumeric())
            })
        };
        let languages = set(&args.security_preferred_languages)
            .map(|raw| {
                list(raw)
                    .map(|t| {
                        tag(t)
                            .then(|| t.to_owned())
                            .ok_or_else(|| SecurityTxtError::BadLanguage(t.to_owned()))
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?
            .unwrap_or_default();
        let canonical = public_url.and_then(|u| u.join(super::PATH).ok());
        Ok(Some(SecurityTxt {
            contacts,
            expires,
            policy,
            languages,
            canonical,
        }))
    }

    /// The file as served at `now` (RFC 9116: `Field: value` lines, CRLF
    /// or LF; LF here).
    pub fn render(&self, now: OffsetDateTime) -> String {
        let mut out = String::new();
        for c in &self.contacts {
            out.push_str(&format!("Contact: {c}\n"));
        }
        let expires = match self.expires {
            Expires::At(at) => at,
            Expires::Rolling(after) => now + after,
        };
        let expires = expires
            .to_offset(time::UtcOffset::UTC)
            .replace_nanosecond(0)
            .unwrap_or(expires);
        // Rfc3339 cannot fail on a UTC date-time between years 0 and 9999.
        let expires = expires.format(&Rfc3339).unwrap_or_default();
        out.push_str(&format!("Expires: {expires}\n"));
        if let Some(p) = &self.policy {
            out.push_str(&format!("Policy: {p}\n"));
        }
        if !self.languages.is_empty() {
            out.push_str(&format!(
                "Preferred-Languages: {}\n",
                self.languages.join(", ")
            ));
        }
        if let Some(c) = &self.canonical {
            out.push_str(&format!("Canonical: {c}\n"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-12-01 12:00:00.5 UTC);

    fn args(contact: &str) -> SecurityTxtArgs {
        SecurityTxtArgs {
            security_contact: Some(contact.to_owned()),
            ..Default::default()
        }
    }

    #[test]
    fn unset_means_no_file_and_other_fields_need_a_contact() {
        assert_eq!(
            SecurityTxt::from_args(&Default::default(), None, NOW),
            Ok(None)
        );
        let orphan = SecurityTxtArgs {
            security_policy_url: Some("https://example.com/p".into()),
            ..Default::default()
        };
        assert_eq!(
            SecurityTxt::from_args(&orphan, None, NOW),
            Err(SecurityTxtError::NoContact)
        );
    }

    #[test]
    fn renders_every_field_with_a_rolling_expiry() {
        let mut a = args("mailto:security@example.com, https://example.com/report");
        a.security_policy_url = Some("https://example.com/policy".into());
        a.security_preferred_languages = Some("en, pt-BR".into());
        let public = Url::parse("https://auth.example.com").unwrap();
        let txt = SecurityTxt::from_args(&a, Some(&public), NOW)
            .unwrap()
            .unwrap();
        assert_eq!(
            txt.render(NOW),
            "Contact: mailto:security@example.com\nContact: https://example.com/report\nExpires: 2026-12-31T12:00:00Z\nPolicy: https://example.com/policy\nPreferred-Languages: en, pt-BR\nCanonical: https://auth.example.com/.well-known/security.txt\n"
        );
    }

    #[test]
    fn a_fixed_expiry_must_be_in_the_future() {
        let mut a = args("mailto:s@example.com");
        a.security_txt_expires = Some("2027-06-30T00:00:00+02:00".into());
        let txt = SecurityTxt::from_args(&a, None, NOW).unwrap().unwrap();
        assert!(txt.render(NOW).contains("Expires: 2027-06-29T22:00:00Z\n"));
        a.security_txt_expires = Some("2026-11-30T00:00:00Z".into());
        assert!(matches!(
            SecurityTxt::from_args(&a, None, NOW),
            Err(SecurityTxtError::Expired(_))
        ));
        a.security_txt_expires = Some("next year".into());
        assert!(matches!(
            SecurityTxt::from_args(&a, None, NOW),
            Err(SecurityTxtError::BadExpires(_))
        ));
    }

    #[test]
    fn bad_values_are_named() {
        for bad in [
            "security@example.com",
            "http://example.com/report",
            "ftp://x",
        ] {
            assert_eq!(
                SecurityTxt::from_args(&args(bad), None, NOW),
                Err(SecurityTxtError::BadContact(bad.into()))
            );
        }
        let mut a = args("tel:+1-201-555-0123");
        a.security_policy_url = Some("http://example.com/policy".into());
        assert!(matches!(
            SecurityTxt::from_args(&a, None, NOW),
            Err(SecurityTxtError::BadPolicy(_))
        ));
        let mut a = args("tel:+1-201-555-0123");
        a.security_preferred_languages = Some("en, not a tag".into());
        assert_eq!(
            SecurityTxt::from_args(&a, None, NOW),
            Err(SecurityTxtError::BadLanguage("not a tag".into()))
        );
    }
}

//! The decisions, apart from HTTP: is an address's domain allowed, and may
//! a session pass a rule. Tested directly.

use serde::Deserialize;

use super::config::DomainPolicy;

/// The domain of `email` (after the last `@`), lower-cased; `None` when
/// there is no local part or no domain.
pub fn domain_of(email: &str) -> Option<String> {
    let (local, domain) = email.trim().rsplit_once('@')?;
    if local.is_empty() || domain.is_empty() {
        return None;
    }
    Some(domain.to_ascii_lowercase())
}

impl DomainPolicy {
    pub fn allows(&self, email: &str) -> bool {
        match self {
            DomainPolicy::Any => domain_of(email).is_some(),
            DomainPolicy::Only(list) => domain_of(email).is_some_and(|d| list.contains(&d)),
        }
    }
}

/// Kratos' authenticator assurance levels, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Aal {
    Aal0,
    Aal1,
    Aal2,
    Aal3,
}

/// What a rule asks for, from the rule's `remote_json` payload.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Requirements {
    /// The lowest assurance level the rule accepts (default aal1).
    #[serde(default)]
    pub aal: Option<Aal>,
    /// Whether the session's email must be a verified address.
    #[serde(default)]
    pub verified_email: bool,
}

/// The part of a Kratos session (`/sessions/whoami`, which the rule's
/// `cookie_session` puts in `extra`) the decision reads.
#[derive(Debug, Clone, Deserialize)]
pub struct Session {
    pub authenticator_assurance_level: Aal,
    pub identity: Identity,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Identity {
    pub traits: Traits,
    #[serde(default)]
    pub verifiable_addresses: Vec<VerifiableAddress>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Traits {
    pub email: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct VerifiableAddress {
    pub value: String,
    #[serde(default)]
    pub verified: bool,
}

/// Why a session may not pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Denial {
    /// No session (an anonymous request reached a rule that asks for one).
    NoSession,
    DomainNotAllowed,
    EmailNotVerified,
    AalTooLow {
        have: Aal,
        need: Aal,
    },
}

impl Denial {
    /// A stable id for API clients and logs.
    pub fn id(&self) -> &'static str {
        match self {
            Denial::NoSession => "session_required",
            Denial::DomainNotAllowed => "email_domain_not_allowed",
            Denial::EmailNotVerified => "email_not_verified",
            Denial::AalTooLow { .. } => "aal_too_low",
        }
    }

    pub fn reason(&self) -> String {
        match self {
            Denial::NoSession => "This resource needs a signed-in session.".to_owned(),
            Denial::DomainNotAllowed => {
                "The account's email domain is not allowed here.".to_owned()
            }
            Denial::EmailNotVerified => "The account's email address is not verified.".to_owned(),
            Denial::AalTooLow { have, need } => {
                format!("This resource needs a session at {need:?} (the session is at {have:?}).",)
                    .to_lowercase()
            }
        }
    }
}

/// May `session` pass a rule asking for `need`, under `policy`?
pub fn authorize(
    policy: &DomainPolicy,
    session: Option<&Session>,
    need: &Requirements,
) -> Result<(), Denial> {
    let session = session.ok_or(Denial::NoSession)?;
    let email = &session.identity.traits.email;
    if !policy.allows(email) {
        return Err(Denial::DomainNotAllowed);
    }
    if need.verified_email {
        let verified = session
            .identity
            .verifiable_addresses
            .iter()
            .any(|a| a.verified && a.value.eq_ignore_ascii_case(email));
        if !verified {
            return Err(Denial::EmailNotVerified);
        }
    }
    let min = need.aal.unwrap_or(Aal::Aal1);
    let have = session.authenticator_assurance_level;
    if have < min {
        return Err(Denial::AalTooLow { have, need: min });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only(d: &[&str]) -> DomainPolicy {
        DomainPolicy::Only(d.iter().map(|s| (*s).to_owned()).collect())
    }

    fn session(email: &str, aal: Aal, verified: bool) -> Session {
        Session {
            authenticator_assurance_level: aal,
            identity: Identity {
                traits: Traits {
                    email: email.to_owned(),
                },
                verifiable_addresses: vec![VerifiableAddress {
                    value: email.to_owned(),
                    verified,
                }],
            },
        }
    }

    #[test]
    fn domains_match_exactly_and_case_blind() {
        let p = only(&["example.com"]);
        assert!(p.allows("ada@example.com"));
        assert!(p.allows("Ada@EXAMPLE.com"));
        assert!(!p.allows("ada@evil-example.com"));
        assert!(!p.allows("ada@sub.example.com"));
        assert!(!p.allows("ada@example.com.evil.org"));
        // The last @ decides: a quoted local part with @ cannot smuggle a domain.
        assert!(!p.allows("\"x@example.com\"@evil.org"));
        assert!(!p.allows("example.com"));
        assert!(!p.allows("@example.com"));
        assert!(DomainPolicy::Any.allows("a@b.c"));
        assert!(!DomainPolicy::Any.allows("no-at-sign"));
    }

    #[test]
    fn authorize_checks_session_domain_verification_and_aal() {
        let p = only(&["example.com"]);
        let none = Requirements::default();
        assert_eq!(authorize(&p, None, &none), Err(Denial::NoSession));
        let ok = session("a@example.com", Aal::Aal1, false);
        assert_eq!(authorize(&p, Some(&ok), &none), Ok(()));
        let other = session("a@example.org", Aal::Aal2, true);
        assert_eq!(
            authorize(&p, Some(&other), &none),
            Err(Denial::DomainNotAllowed)
        );
        let verified = Requirements {
            verified_email: true,
            ..Requirements::default()
        };
        assert_eq!(
            authorize(&p, Some(&ok), &verified),
            Err(Denial::EmailNotVerified)
        );
        let ok_verified = session("a@example.com", Aal::Aal1, true);
        assert_eq!(authorize(&p, Some(&ok_verified), &verified), Ok(()));
        let aal2 = Requirements {
            aal: Some(Aal::Aal2),
            ..Requirements::default()
        };
        assert_eq!(
            authorize(&p, Some(&ok), &aal2),
            Err(Denial::AalTooLow {
                have: Aal::Aal1,
                need: Aal::Aal2
            })
        );
        let strong = session("a@example.com", Aal::Aal2, false);
        assert_eq!(authorize(&p, Some(&strong), &aal2), Ok(()));
        // aal0 (a session mid-way) never passes the default.
        let weak = session("a@example.com", Aal::Aal0, true);
        assert!(authorize(&p, Some(&weak), &none).is_err());
    }
}

//! The settings of the JSON endpoints Kratos and Oathkeeper call, validated
//! at start like the rest of the configuration.

use clap::Args;

/// The email-domain policy and the key Kratos' web_hook sends.
#[derive(Debug, Clone, Default, Args)]
pub struct ApiArgs {
    /// The secret Kratos' `web_hook` sends in the `X-Vestibule-Webhook-Key`
    /// header (`auth.type: api_key`, `in: header`). Unset, the webhook
    /// endpoint refuses every call. At least 16 characters.
    #[arg(long, env = "WEBHOOK_API_KEY", hide_env_values = true)]
    pub webhook_api_key: Option<String>,
    /// Comma-separated email domains that may sign up and pass the
    /// Oathkeeper authorizer, e.g. `example.com,example.org`. Unset or
    /// empty: every domain.
    #[arg(long, env = "ALLOWED_EMAIL_DOMAINS")]
    pub allowed_email_domains: Option<String>,
    /// What the sign-up form says on the email field when the domain is not
    /// allowed; `{domains}` is replaced by the allowed domains.
    #[arg(
        long,
        env = "EMAIL_DOMAIN_MESSAGE",
        default_value = "Sign-up is limited to {domains} addresses."
    )]
    pub email_domain_message: String,
    /// What the sign-in form says on the identifier when an existing
    /// account's domain is not allowed (the login web_hook);
    /// `{domains}` as above.
    #[arg(
        long,
        env = "EMAIL_DOMAIN_LOGIN_MESSAGE",
        default_value = "Sign-in is limited to {domains} addresses."
    )]
    pub email_domain_login_message: String,
}

/// The validated settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiConfig {
    pub webhook_api_key: Option<String>,
    pub allowed_domains: DomainPolicy,
    /// The messages with `{domains}` already filled in.
    pub email_domain_message: String,
    pub email_domain_login_message: String,
}

/// Which email domains are allowed, lower-cased.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum DomainPolicy {
    #[default]
    Any,
    Only(Vec<String>),
}

/// The shortest webhook key accepted: a guessable key would let anyone
/// ask the hook about addresses.
pub const MIN_KEY_LEN: usize = 16;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ApiConfigError {
    #[error("WEBHOOK_API_KEY must be at least {MIN_KEY_LEN} characters (got {0})")]
    ShortKey(usize),
    #[error("ALLOWED_EMAIL_DOMAINS has an invalid domain {0:?}: give bare domains such as example.com, separated by commas")]
    BadDomain(String),
    #[error("EMAIL_DOMAIN_MESSAGE is empty: the sign-up form would show an empty error")]
    EmptyMessage,
    #[error("EMAIL_DOMAIN_LOGIN_MESSAGE is empty: the sign-in form would show an empty error")]
    EmptyLoginMessage,
}

fn valid_domain(d: &str) -> bool {
    let labels: Vec<&str> = d.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

impl ApiConfig {
    pub fn from_args(args: ApiArgs) -> Result<ApiConfig, ApiConfigError> {
        let webhook_api_key = args.webhook_api_key.filter(|k| !k.is_empty());
        if let Some(key) = &webhook_api_key {
            if key.chars().count() < MIN_KEY_LEN {
                return Err(ApiConfigError::ShortKey(key.chars().count()));
            }
        }
        let mut domains = Vec::new();
        for raw in args
            .allowed_email_domains
            .as_deref()
            .unwrap_or("")
            .split(',')
        {
            let d = raw.trim().to_ascii_lowercase();
            if d.is_empty() {
                continue;
            }
            if !valid_domain(&d) {
                return Err(ApiConfigError::BadDomain(raw.trim().to_owned()));
            }
            domains.push(d);
        }
        let allowed_domains = if domains.is_empty() {
            DomainPolicy::Any
        } else {
            DomainPolicy::Only(domains)
        };
        if args.email_domain_message.trim().is_empty() {
            return Err(ApiConfigError::EmptyMessage);
        }
        if args.email_domain_login_message.trim().is_empty() {
            return Err(ApiConfigError::EmptyLoginMessage);
        }
        let list = match &allowed_domains {
            DomainPolicy::Any => "any".to_owned(),
            DomainPolicy::Only(d) => d.join(", "),
        };
        Ok(ApiConfig {
            webhook_api_key,
            allowed_domains,
            email_domain_message: args.email_domain_message.replace("{domains}", &list),
            email_domain_login_message: args.email_domain_login_message.replace("{domains}", &list),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(key: Option<&str>, domains: Option<&str>) -> ApiArgs {
        ApiArgs {
            webhook_api_key: key.map(str::to_owned),
            allowed_email_domains: domains.map(str::to_owned),
            email_domain_message: "Sign-up is limited to {domains} addresses.".to_owned(),
            email_domain_login_message: "Sign-in is limited to {domains} addresses.".to_owned(),
        }
    }

    #[test]
    fn domains_are_normalised_and_the_message_filled() {
        let c = ApiConfig::from_args(args(None, Some(" Example.com, ,example.org "))).unwrap();
        assert_eq!(
            c.allowed_domains,
            DomainPolicy::Only(vec!["example.com".into(), "example.org".into()])
        );
        assert_eq!(
            c.email_domain_message,
            "Sign-up is limited to example.com, example.org addresses."
        );
        let any = ApiConfig::from_args(args(None, Some(""))).unwrap();
        assert_eq!(any.allowed_domains, DomainPolicy::Any);
    }

    #[test]
    fn bad_values_are_named() {
        for bad in [
            "@example.com",
            "localhost",
            "exa mple.com",
            "-a.com",
            "a..com",
        ] {
            let err = ApiConfig::from_args(args(None, Some(bad))).unwrap_err();
            assert!(
                err.to_string().starts_with("ALLOWED_EMAIL_DOMAINS"),
                "{bad}: {err}"
            );
        }
        let err = ApiConfig::from_args(args(Some("short"), None)).unwrap_err();
        assert_eq!(err, ApiConfigError::ShortKey(5));
        let mut empty = args(None, None);
        empty.email_domain_message = " ".into();
        assert_eq!(
            ApiConfig::from_args(empty).unwrap_err(),
            ApiConfigError::EmptyMessage
        );
    }
}

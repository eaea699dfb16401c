//! The secrets this UI runs with, as far as they are optional. Missing
//! required ones (the CSRF secret with HYDRA_ADMIN_URL) already fail the
//! configuration check; this line says what the optional ones mean.

use super::verdict::Verdict;
use crate::config::Config;

pub fn secrets(config: &Config) -> Verdict {
    let csrf = match &config.oauth2 {
        Some(_) => "the OAuth2 forms' CSRF secret is set",
        None => "no CSRF secret is needed (HYDRA_ADMIN_URL is not set)",
    };
    let webhook = match &config.api.webhook_api_key {
        Some(_) => "WEBHOOK_API_KEY is set",
        None => "WEBHOOK_API_KEY is not set, so /api/hooks/* refuse every call (503; set it if Kratos' web_hook calls them)",
    };
    Verdict::Pass(format!("{csrf}; {webhook}."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_what_each_optional_secret_means() {
        let config = Config::for_kratos("http://k").unwrap();
        let Verdict::Pass(text) = secrets(&config) else {
            panic!()
        };
        assert!(text.contains("no CSRF secret is needed"), "{text}");
        assert!(text.contains("WEBHOOK_API_KEY is not set"), "{text}");
    }
}

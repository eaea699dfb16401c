//! Would a browser send Kratos' CSRF cookie to this UI? The cause of
//! "CSRF cookie missing" and redirect loops: the UI fetches the flow with
//! the browser's cookies, so the cookie Kratos sets at KRATOS_BROWSER_URL
//! must also be sent to PUBLIC_URL (cookies ignore ports).

use std::net::IpAddr;

use axum_extra::extract::cookie::{Cookie, SameSite};
use url::Url;

use super::verdict::Verdict;

/// Kratos names its CSRF cookie `csrf_token_<hash of the public URL>`.
const CSRF_COOKIE_PREFIX: &str = "csrf_token";

/// Hosts browsers treat as secure although served over http.
fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host.ends_with(".localhost")
        || host
            .trim_matches(['[', ']'])
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// RFC 6265 domain-match: `host` is `domain` or a subdomain of it.
fn domain_match(host: &str, domain: &str) -> bool {
    let (host, domain) = (host.to_ascii_lowercase(), domain.to_ascii_lowercase());
    host == domain || host.ends_with(&format!(".{domain}"))
}

/// The longest parent domain (two labels at least) both hosts share.
fn shared_domain(a: &str, b: &str) -> Option<String> {
    let a: Vec<&str> = a.rsplit('.').collect();
    let b: Vec<&str> = b.rsplit('.').collect();
    let common: Vec<&str> = a
        .iter()
        .zip(&b)
        .take_while(|(x, y)| x.eq_ignore_ascii_case(y))
        .map(|(x, _)| *x)
        .collect();
    (common.len() >= 2 && a.len() > 1 && b.len() > 1)
        .then(|| common.iter().rev().copied().collect::<Vec<_>>().join("."))
}

fn domain_fix(kratos: &str, ui: &str) -> String {
    if kratos.eq_ignore_ascii_case(ui) {
        return format!("unset Kratos' cookies.domain (its cookies then belong to {kratos}, this UI's host too) or set it to {kratos}.");
    }
    match shared_domain(kratos, ui) {
        Some(shared) => format!("set Kratos' cookies.domain to {shared} (a domain both {kratos} and {ui} belong to)."),
        None => format!("serve Kratos ({kratos}) and this UI ({ui}) under one domain (e.g. auth.example.com and example.com) and set Kratos' cookies.domain to it; browsers never share cookies across unrelated hosts."),
    }
}

/// Decides from the `Set-Cookie` headers of a flow start.
pub fn csrf_cookie(set_cookies: &[String], browser: &Url, ui: &Url) -> Verdict {
    let cookie = set_cookies
        .iter()
        .filter_map(|raw| Cookie::parse(raw.as_str()).ok())
        .find(|c| c.name().starts_with(CSRF_COOKIE_PREFIX));
    let Some(cookie) = cookie else {
        return Verdict::fail(
            "Kratos set no CSRF cookie (csrf_token_…) when a login flow started.",
            "check that KRATOS_PUBLIC_URL reaches Kratos itself and that no proxy in between drops Set-Cookie.",
        );
    };
    let kratos_host = browser.host_str().unwrap_or_default();
    let ui_host = ui.host_str().unwrap_or_default();
    let domain = cookie
        .domain()
        .map(|d| d.trim_start_matches('.').to_owned());
    if let Some(domain) = &domain {
        if !domain_match(kratos_host, domain) {
            return Verdict::fail(
                format!("Kratos sets its cookies for the domain {domain}, but browsers reach Kratos at {kratos_host} (KRATOS_BROWSER_URL), so they reject every Kratos cookie."),
                domain_fix(kratos_host, ui_host),
            );
        }
        if !domain_match(ui_host, domain) {
            return Verdict::fail(
                format!("Kratos' CSRF cookie is set for the domain {domain}, which does not cover this UI's host {ui_host}: browsers do not send it here, so every flow fails with \"CSRF cookie missing\" (security_csrf_violation)."),
                domain_fix(kratos_host, ui_host),
            );
        }
    } else if !kratos_host.eq_ignore_ascii_case(ui_host) {
        return Verdict::fail(
            format!("Kratos sets its cookies without a Domain, so they belong to {kratos_host} (KRATOS_BROWSER_URL) alone and browsers never send them to this UI at {ui_host}: every flow fails with \"CSRF cookie missing\" (security_csrf_violation)."),
            domain_fix(kratos_host, ui_host),
        );
    }
    let secure = cookie.secure().unwrap_or(false);
    if secure {
        for (what, url) in [
            ("this UI (PUBLIC_URL)", ui),
            ("Kratos (KRATOS_BROWSER_URL)", browser),
        ] {
            let host = url.host_str().unwrap_or_default();
            if url.scheme() == "http" && !is_loopback(host) {
                return Verdict::fail(
                    format!("Kratos' CSRF cookie is Secure, but {what} is served over plain http at {url}: browsers neither store nor send it there."),
                    "serve both over https (or, for local development only, run Kratos with --dev).",
                );
            }
        }
    }
    let same_site = cookie.same_site();
    if same_site == Some(SameSite::None) && !secure {
        return Verdict::fail(
            "Kratos' CSRF cookie is SameSite=None without Secure, which browsers reject.",
            "serve Kratos over https without --dev, or set cookies.same_site to Lax.",
        );
    }
    let scope = match &domain {
        Some(d) => format!("Domain={d}"),
        None => format!("host-only {kratos_host}"),
    };
    let same_site = match same_site {
        Some(s) => format!("SameSite={s}"),
        None => "no SameSite".to_owned(),
    };
    let secure = if secure { "Secure" } else { "not Secure" };
    Verdict::Pass(format!(
        "Kratos' CSRF cookie ({scope}, {same_site}, {secure}) is sent by browsers to this UI at {ui_host}."
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAME: &str = "csrf_token_cb4fb72bd5f495da=abc; Path=/; Max-Age=31536000; HttpOnly";

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    fn verdict(attrs: &str, browser: &str, ui: &str) -> Verdict {
        csrf_cookie(&[format!("{NAME}{attrs}")], &url(browser), &url(ui))
    }

    fn problem(v: Verdict) -> (String, String) {
        match v {
            Verdict::Fail { problem, fix } => (problem, fix),
            other => panic!("expected a failure, got {other:?}"),
        }
    }

    #[test]
    fn a_host_only_cookie_reaches_the_same_host_on_another_port() {
        let v = verdict(
            "; SameSite=Lax",
            "http://localhost:4433",
            "http://localhost:3000",
        );
        assert_eq!(v, Verdict::Pass("Kratos' CSRF cookie (host-only localhost, SameSite=Lax, not Secure) is sent by browsers to this UI at localhost.".into()));
    }

    #[test]
    fn a_host_only_cookie_never_reaches_another_host() {
        let (p, fix) = problem(verdict(
            "; SameSite=Lax",
            "http://127.0.0.1:4433",
            "http://localhost:3000",
        ));
        assert!(
            p.contains("without a Domain") && p.contains("CSRF cookie missing"),
            "{p}"
        );
        assert!(fix.contains("under one domain"), "{fix}");
        let (_, fix) = problem(verdict(
            "; Secure",
            "https://kratos.example.com",
            "https://auth.example.com",
        ));
        assert!(fix.contains("cookies.domain to example.com"), "{fix}");
    }

    #[test]
    fn a_domain_must_cover_both_kratos_and_this_ui() {
        let ok = verdict(
            "; Domain=example.com; Secure; SameSite=Lax",
            "https://kratos.example.com",
            "https://auth.example.com",
        );
        assert!(matches!(ok, Verdict::Pass(_)), "{ok:?}");
        let (p, fix) = problem(verdict(
            "; Domain=kratos.example.com; Secure",
            "https://kratos.example.com",
            "https://auth.example.com",
        ));
        assert!(
            p.contains("does not cover this UI's host auth.example.com"),
            "{p}"
        );
        assert!(fix.contains("cookies.domain to example.com"), "{fix}");
        let (p, _) = problem(verdict(
            "; Domain=example.org",
            "http://localhost:4433",
            "http://localhost:3000",
        ));
        assert!(
            p.contains("for the domain example.org, but browsers reach Kratos at localhost"),
            "{p}"
        );
    }

    #[test]
    fn secure_cookies_need_https_except_on_loopback() {
        let (p, _) = problem(verdict(
            "; Domain=example.com; Secure",
            "https://kratos.example.com",
            "http://auth.example.com",
        ));
        assert!(p.contains("plain http at http://auth.example.com/"), "{p}");
        let local = verdict("; Secure", "http://localhost:4433", "http://localhost:3000");
        assert!(matches!(local, Verdict::Pass(_)), "{local:?}");
        let (p, _) = problem(verdict(
            "; SameSite=None",
            "http://localhost:4433",
            "http://localhost:3000",
        ));
        assert!(p.contains("SameSite=None without Secure"), "{p}");
    }

    #[test]
    fn no_csrf_cookie_is_a_failure() {
        let v = csrf_cookie(
            &["other=1".into()],
            &url("http://localhost"),
            &url("http://localhost"),
        );
        assert!(v.is_fail());
    }
}

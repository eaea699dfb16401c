//! The one check every URL Vestibule writes into a page (`href`, `action`,
//! `src`) or into a `Location` header passes. Kratos, Hydra and the query
//! are not trusted to hand over harmless URLs: `javascript:` in a form's
//! `action` runs on submit, and a redirect Kratos merely relays can point
//! anywhere. Pure functions; callers log what they drop.

use url::Url;

/// Why a URL was refused, for the log (never the URL itself in full: it
/// may carry a flow id or a code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// Control characters, whitespace, backslashes or a `&` entity: tricks
    /// browsers strip or reinterpret before they parse the URL.
    Obfuscated,
    /// A scheme other than `http`/`https` (`javascript:`, `data:`, …).
    Scheme,
    /// A scheme-relative `//host`, or no path at all.
    NotAPath,
    /// `user@host`: the part before `@` is shown, the host after it is used.
    UserInfo,
    /// A host (or port) the URL parser reads differently from how it is
    /// written: invisible characters IDNA drops (`\u{feff}`, soft
    /// hyphens), full-width letters, percent-escapes, numeric IPv4 forms,
    /// non-ASCII names (write IDNs in punycode).
    HostNotAsWritten,
    /// Absolute, but not on an origin of this deployment.
    ForeignOrigin,
}

impl Refused {
    pub fn as_str(self) -> &'static str {
        match self {
            Refused::Obfuscated => "control characters, whitespace, backslashes or entities",
            Refused::Scheme => "a scheme other than http or https",
            Refused::NotAPath => "neither an absolute http(s) URL nor a path",
            Refused::UserInfo => "user information before the host",
            Refused::HostNotAsWritten => {
                "a host the URL parser reads differently from how it is written"
            }
            Refused::ForeignOrigin => "an origin outside this deployment",
        }
    }
}

/// The prefix of the TOTP QR code Kratos sends as an image.
const PNG_DATA_PREFIX: &str = "data:image/png;base64,";

/// A link or form target: an absolute `http`/`https` URL with a host and
/// no user information, or a path starting with a single `/`.
pub fn link(raw: &str) -> Result<&str, Refused> {
    if raw.contains("&#")
        || raw
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
    {
        return Err(Refused::Obfuscated);
    }
    if let Some(rest) = raw.strip_prefix('/') {
        return if rest.starts_with('/') {
            Err(Refused::NotAPath)
        } else {
            Ok(raw)
        };
    }
    let url = Url::parse(raw).map_err(|_| Refused::NotAPath)?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Refused::Scheme);
    }
    // `http:host` and `https:///host` parse, but a browser may read them
    // as relative or with another host: only the plain `scheme://host`.
    let after_scheme = &raw[url.scheme().len()..];
    if !after_scheme.starts_with("://") || after_scheme[3..].starts_with('/') {
        return Err(Refused::NotAPath);
    }
    // An empty user info (`http://@host`, `http://:@host`) parses to no
    // username, yet it is the `user@` trick's shape: any `@` before the
    // path is refused.
    let authority = after_scheme[3..]
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("");
    if authority.contains('@') || !url.username().is_empty() || url.password().is_some() {
        return Err(Refused::UserInfo);
    }
    let Some(host) = url.host_str().filter(|h| !h.is_empty()) else {
        return Err(Refused::NotAPath);
    };
    if !written_as_parsed(authority, host, url.port_or_known_default()) {
        return Err(Refused::HostNotAsWritten);
    }
    Ok(raw)
}

/// Whether `authority` as written (`host` or `host:port`) is the host and
/// port the parser read, letter for letter (ASCII case aside).
fn written_as_parsed(authority: &str, host: &str, port: Option<u16>) -> bool {
    let (written_host, written_port) = match authority.rsplit_once(':') {
        Some((h, p)) if !authority.ends_with(']') => (h, Some(p)),
        _ => (authority, None),
    };
    let port_ok = match (written_port, port) {
        (None, _) => true,
        (Some(w), Some(p)) => w == p.to_string(),
        (Some(_), None) => false,
    };
    written_host.eq_ignore_ascii_case(host) && port_ok
}

/// An image source: what [`link`] allows, or a base64 PNG `data:` URL.
pub fn image(raw: &str) -> Result<&str, Refused> {
    match raw.strip_prefix(PNG_DATA_PREFIX) {
        Some(data)
            if !data.is_empty()
                && data
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=')) =>
        {
            Ok(raw)
        }
        Some(_) => Err(Refused::Obfuscated),
        None => link(raw),
    }
}

/// The origins a redirect may lead to: those of the deployment (Kratos'
/// browser URL, Hydra's public URL when known, this UI's own if it is
/// served absolute). Paths are this UI's and always allowed.
#[derive(Debug, Clone, Default)]
pub struct Origins(Vec<url::Origin>);

impl Origins {
    pub fn new<'a>(urls: impl IntoIterator<Item = &'a Url>) -> Origins {
        Origins(urls.into_iter().map(Url::origin).collect())
    }

    /// The same as [`Origins::new`], from strings; ones that do not parse
    /// are left out.
    pub fn parse<'a>(urls: impl IntoIterator<Item = &'a str>) -> Origins {
        Origins(
            urls.into_iter()
                .filter_map(|u| Url::parse(u).ok())
                .map(|u| u.origin())
                .collect(),
        )
    }

    /// A `Location` target: a [`link`] on one of these origins, or a path.
    pub fn redirect<'a>(&self, raw: &'a str) -> Result<&'a str, Refused> {
        let checked = link(raw)?;
        if checked.starts_with('/') {
            return Ok(checked);
        }
        let origin = Url::parse(checked).map_err(|_| Refused::NotAPath)?.origin();
        if self.0.contains(&origin) {
            Ok(checked)
        } else {
            Err(Refused::ForeignOrigin)
        }
    }
}

/// What a page writes into an `href`/`action`/`src` attribute: `raw` if
/// `check` passes it, else nothing (the attribute is left out), with a
/// warning naming the place and the reason.
pub fn for_page(
    raw: String,
    place: &str,
    check: fn(&str) -> Result<&str, Refused>,
) -> Option<String> {
    match check(&raw) {
        Ok(_) => Some(raw),
        Err(why) => {
            tracing::warn!(place, reason = why.as_str(), "dropped a URL from the page");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &[&str] = &[
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        " javascript:alert(1)",
        "\u{0}javascript:alert(1)",
        "javascript&#58;alert(1)",
        "&#106;avascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:image/png;base64,AAAA",
        "vbscript:msgbox(1)",
        "//evil.example/",
        "/\\evil.example/",
        "\\\\evil.example",
        "https://user@evil.example/",
        "https://kratos.example:4433@evil.example/",
        "http://@kratos.example:4433",
        "https://:@evil.example/",
        "http://\u{feff}kratos.example:4433/",
        "http://kra\u{ad}tos.example/",
        "http://\u{ff4b}ratos.example/",
        "http://%6Bratos.example/",
        "http://0x7f.1/",
        "http://kratos.example:04433/",
        "http:evil.example",
        "https:///evil.example",
        "evil.example",
        "",
    ];

    #[test]
    fn links_allow_http_https_and_paths() {
        for ok in [
            "http://kratos.example:4433/self-service/login?flow=1",
            "https://app.example/",
            "/auth/login?flow=abc&return_to=x",
            "/",
        ] {
            assert_eq!(link(ok), Ok(ok), "{ok}");
        }
    }

    #[test]
    fn links_refuse_schemes_and_tricks() {
        for bad in HOSTILE {
            assert!(link(bad).is_err(), "{bad:?} passed");
        }
        assert_eq!(link("javascript:alert(1)"), Err(Refused::Scheme));
        assert_eq!(link("//evil.example/"), Err(Refused::NotAPath));
        assert_eq!(link("/\\evil.example/"), Err(Refused::Obfuscated));
        assert_eq!(link("https://user@evil.example/"), Err(Refused::UserInfo));
        // Found by `cargo xtask fuzz`: an empty user info passed, and so
        // did a host with a BOM in it (IDNA drops it).
        assert_eq!(
            link("http://\u{feff}kratos.example"),
            Err(Refused::HostNotAsWritten)
        );
        for ok in [
            "http://KRATOS.example:4433/",
            "http://[::1]:4433/",
            "http://[::1]/",
            "https://a.example:443/",
            "http://127.0.0.1:8080",
        ] {
            assert_eq!(link(ok), Ok(ok), "{ok}");
        }
        assert_eq!(link("http://@kratos.example:4433"), Err(Refused::UserInfo));
        assert_eq!(
            link("https://a.example/?next=x@y"),
            Ok("https://a.example/?next=x@y")
        );
    }

    #[test]
    fn images_also_take_base64_pngs_only() {
        let qr = "data:image/png;base64,iVBORw0KGgo+/=";
        assert_eq!(image(qr), Ok(qr));
        assert!(image("data:image/png;base64,AAAA\"onerror=alert(1)").is_err());
        assert!(image("data:image/svg+xml;base64,PHN2Zz4=").is_err());
        assert!(image("data:text/html;base64,PHNjcmlwdD4=").is_err());
        assert!(image("javascript:alert(1)").is_err());
        assert_eq!(
            image("https://cdn.example/logo.png"),
            Ok("https://cdn.example/logo.png")
        );
    }

    #[test]
    fn redirects_stay_in_the_deployment() {
        let origins = Origins::parse(["http://kratos.example:4433/", "https://hydra.example/"]);
        for ok in [
            "http://kratos.example:4433/self-service/login/browser",
            "https://hydra.example/oauth2/auth?x=1",
            "/auth/welcome",
        ] {
            assert_eq!(origins.redirect(ok), Ok(ok), "{ok}");
        }
        for bad in [
            "https://evil.example/",
            "http://kratos.example:4434/",
            "https://kratos.example:4433/",
            "http://hydra.example/",
        ] {
            assert_eq!(origins.redirect(bad), Err(Refused::ForeignOrigin), "{bad}");
        }
        for bad in HOSTILE {
            assert!(origins.redirect(bad).is_err(), "{bad:?} passed");
        }
    }
}

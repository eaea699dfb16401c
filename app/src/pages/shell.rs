use leptos::prelude::*;
use leptos::tachys::view::Position;

use super::language_menu::{Here, LanguageMenu};
use crate::i18n::I18n;

/// The operator's brand (BRAND_NAME, BRAND_LOGO, THEME_CSS, FAVICON),
/// every URL already checked or served from Vestibule's own origin.
#[derive(Debug, Clone, PartialEq)]
pub struct Brand {
    /// In every `<title>` and the header.
    pub name: String,
    /// The header logo (an http(s) URL or a path on this origin).
    pub logo: Option<String>,
    /// The operator's stylesheet, loaded after the built-in one.
    pub theme_css: Option<String>,
    /// The favicon's URL; none keeps the page from asking for one.
    pub favicon: Option<String>,
}

impl Default for Brand {
    fn default() -> Brand {
        Brand {
            name: "Vestibule".to_owned(),
            logo: None,
            theme_css: None,
            favicon: None,
        }
    }
}

/// What every page's document needs from the server: the assets and brand
/// (the same for every request) and the request's locale and URL.
#[derive(Debug, Clone, Default)]
pub struct Shell {
    /// The content-hashed stylesheet URL (immutable caching).
    pub stylesheet: String,
    pub base_path: String,
    /// The WebAuthn module's JS glue and wasm (content-hashed URLs).
    pub webauthn_module: String,
    pub webauthn_wasm: String,
    pub brand: Brand,
    /// This request's locale and the catalogues.
    pub i18n: I18n,
    /// This request's page, for the language menu's links.
    pub here: Here,
}

/// Where a page's HTML starts: most pages are 5–10 KB. tachys' own
/// estimate (`html_len`) counts ~350 B for the login page, because the
/// type-erased views inside report little, so the buffer grew five times
/// on the way to 8 KB and was copied once more to put the doctype first.
const PAGE_CAPACITY: usize = 16 * 1024;

/// How the page boots the WebAuthn module: an inline module script,
/// allowed by this response's CSP nonce, importing the glue and handing it
/// the wasm URL. The URLs are written as JSON strings with `<` escaped, so
/// nothing in them can end the script element.
fn webauthn_bootstrap(module: &str, wasm: &str) -> String {
    let js = |s: &str| {
        serde_json::to_string(s)
            .unwrap_or_default()
            .replace('<', "\\u003c")
    };
    format!(
        "import init from {};init({{module_or_path:{}}});",
        js(module),
        js(wasm)
    )
}

impl Shell {
    /// This shell for one request: its locale and page.
    pub fn for_request(&self, i18n: I18n, here: Here) -> Shell {
        Shell {
            i18n,
            here,
            ..self.clone()
        }
    }

    /// The full HTML document around the page `page` builds: its title and
    /// body. The Leptos owner, with the locale and brand as context, exists
    /// before `page` runs, so every component reads them. With
    /// `webauthn_nonce`, the page also boots the WebAuthn module (the only
    /// script Vestibule emits, and only on pages that have WebAuthn nodes).
    pub fn document<V: IntoView + 'static>(
        &self,
        webauthn_nonce: Option<&str>,
        page: impl FnOnce() -> (String, V),
    ) -> String {
        let stylesheet = self.stylesheet.clone();
        let bootstrap = webauthn_nonce.map(|nonce| {
            let code = webauthn_bootstrap(&self.webauthn_module, &self.webauthn_wasm);
            let nonce = nonce.to_owned();
            view! { <script type="module" nonce=nonce inner_html=code></script> }
        });
        let owner = Owner::new();
        let html = owner.with(|| {
            provide_context(self.i18n.clone());
            provide_context(self.brand.clone());
            let (title, body) = page();
            let i18n = &self.i18n;
            let brand = self.brand.clone();
            let title = i18n.text_with(
                "page-title",
                &[("title", title.into()), ("brand", brand.name.clone().into())],
            );
            let lang = i18n.locale().to_owned();
            let theme = brand.theme_css.clone().map(|href| view! { <link rel="stylesheet" href=href/> });
            // Without a favicon of its own the page asks for none (and
            // gets no 404 in the console).
            let favicon = brand.favicon.clone().unwrap_or_else(|| "data:,".to_owned());
            let logo = brand.logo.clone().map(|src| {
                view! { <img class="brand-logo" src=src alt="" data-testid="brand-logo"/> }
            });
            let here = self.here.clone();
            let view = view! {
                <html lang=lang>
                    <head>
                        <meta charset="utf-8"/>
                        <meta name="viewport" content="width=device-width, initial-scale=1"/>
                        <title>{title}</title>
                        <link rel="stylesheet" href=stylesheet/>
                        {theme}
                        <link rel="icon" href=favicon/>
                    </head>
                    <body>
                        <header class="brand-bar">
                            <span class="brand" data-testid="brand">
                                {logo}
                                <span class="brand-name" data-testid="brand-name">{brand.name}</span>
                            </span>
                            <LanguageMenu here=here/>
                        </header>
                        // data-testid="app-express" is what Kratos' own e2e
                        // suite looks for to know a self-service UI is up
                        // (the Node reference UI puts it on <main>).
                        <main class="page" data-testid="app-express">
                            {body}
                        </main>
                        {bootstrap}
                    </body>
                </html>
            };
            let mut html = String::with_capacity(view.html_len().max(PAGE_CAPACITY));
            html.push_str("<!DOCTYPE html>");
            view.to_html_with_buf(&mut html, &mut Position::FirstChild, true, false, vec![]);
            html
        });
        html
    }
}

use leptos::prelude::*;

/// What every page's document needs from the server.
#[derive(Debug, Clone, Default)]
pub struct Shell {
    /// The content-hashed stylesheet URL (immutable caching).
    pub stylesheet: String,
    pub base_path: String,
    /// The WebAuthn module's JS glue and wasm (content-hashed URLs).
    pub webauthn_module: String,
    pub webauthn_wasm: String,
}

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
    /// The full HTML document around `body`. With `webauthn_nonce`, the
    /// page also boots the WebAuthn module (the only script Vestibule
    /// emits, and only on pages that have WebAuthn nodes).
    pub fn document(
        &self,
        title: &str,
        body: impl IntoView + 'static,
        webauthn_nonce: Option<&str>,
    ) -> String {
        let title = format!("{title} · Vestibule");
        let stylesheet = self.stylesheet.clone();
        let bootstrap = webauthn_nonce.map(|nonce| {
            let code = webauthn_bootstrap(&self.webauthn_module, &self.webauthn_wasm);
            let nonce = nonce.to_owned();
            view! { <script type="module" nonce=nonce inner_html=code></script> }
        });
        let owner = Owner::new();
        let html = owner.with(|| {
            view! {
                <html lang="en">
                    <head>
                        <meta charset="utf-8"/>
                        <meta name="viewport" content="width=device-width, initial-scale=1"/>
                        <title>{title}</title>
                        <link rel="stylesheet" href=stylesheet/>
                        // No favicon request (and no 404 in the console).
                        <link rel="icon" href="data:,"/>
                    </head>
                    <body>
                        // data-testid="app-express" is what Kratos' own e2e
                        // suite looks for to know a self-service UI is up
                        // (the Node reference UI puts it on <main>).
                        <main class="page" data-testid="app-express">
                            {body}
                        </main>
                        {bootstrap}
                    </body>
                </html>
            }
            .to_html()
        });
        format!("<!DOCTYPE html>{html}")
    }
}

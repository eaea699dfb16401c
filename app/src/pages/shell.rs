use leptos::prelude::*;

/// What every page's document needs from the server.
#[derive(Debug, Clone, Default)]
pub struct Shell {
    /// The content-hashed stylesheet URL (immutable caching).
    pub stylesheet: String,
    pub base_path: String,
}

impl Shell {
    /// The full HTML document around `body`.
    pub fn document(&self, title: &str, body: impl IntoView + 'static) -> String {
        let title = format!("{title} · Vestibule");
        let stylesheet = self.stylesheet.clone();
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
                    </body>
                </html>
            }
            .to_html()
        });
        format!("<!DOCTYPE html>{html}")
    }
}

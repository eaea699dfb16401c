use leptos::prelude::*;

use crate::i18n::kratos_text;
use crate::kratos::messages::LOOKUP_SECRETS_LIST;
use crate::kratos::ui::TextAttributes;
use crate::kratos::{Node, UiText};

/// A `text` node: the TOTP secret, or the list of lookup (backup) codes.
#[component]
pub fn TextNode(node: Node<TextAttributes>) -> impl IntoView {
    let id = node.attributes.id;
    let text = node.attributes.text;
    let label = node.meta.label.as_ref().map(kratos_text);
    let content = match secret_codes(&text) {
        Some(codes) => view! {
            <ul class="codes">
                {codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
            </ul>
        }
        .into_any(),
        None => view! { <code>{kratos_text(&text)}</code> }.into_any(),
    };
    view! {
        <div class="node-text" data-testid=format!("node/text/{id}")>
            {label.map(|l| view! { <p data-testid=format!("node/text/{id}/label")>{l}</p> })}
            <div class="node-text-content" data-testid=format!("node/text/{id}/text")>{content}</div>
        </div>
    }
}

/// The codes of a lookup-secret list (message 1050015, `context.secrets`
/// holding one text object per code), so each can be shown and copied.
fn secret_codes(text: &UiText) -> Option<Vec<String>> {
    if text.id != LOOKUP_SECRETS_LIST {
        return None;
    }
    let secrets = text.context.as_ref()?.get("secrets")?.as_array()?;
    Some(
        secrets
            .iter()
            .map(|s| match serde_json::from_value::<UiText>(s.clone()) {
                // A code (1050009) or "used at …" (1050014), translated.
                Ok(code) if s.get("text").is_some() => kratos_text(&code),
                _ => s.as_str().unwrap_or_default().to_owned(),
            })
            .collect(),
    )
}

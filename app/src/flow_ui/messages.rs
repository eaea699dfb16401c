//! Flow and node messages.

use leptos::prelude::*;

use crate::i18n::kratos_text;
use crate::kratos::{MessageKind, UiText};

/// A list of Kratos messages, each with `data-testid="ui/message/<id>"`
/// (the reference UI's convention) and a class for its kind.
#[component]
pub fn Messages(messages: Vec<UiText>) -> impl IntoView {
    (!messages.is_empty()).then(|| {
        view! {
            <div class="messages">
                {messages.into_iter().map(|m| view! { <Message message=m/> }).collect_view()}
            </div>
        }
    })
}

#[component]
pub fn Message(message: UiText) -> impl IntoView {
    let kind = message.kind();
    let class = match kind {
        MessageKind::Info => "message info",
        MessageKind::Error => "message error",
        MessageKind::Success => "message success",
    };
    let role = (kind == MessageKind::Error).then_some("alert");
    view! {
        <p class=class role=role data-testid=format!("ui/message/{}", message.id)>
            {kratos_text(&message)}
        </p>
    }
}

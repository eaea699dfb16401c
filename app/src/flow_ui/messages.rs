//! Flow and node messages.

use leptos::prelude::*;

use crate::i18n::kratos_text;
use crate::kratos::{MessageKind, UiText};

/// A list of Kratos messages, each with `data-testid="ui/message/<id>"`
/// (the reference UI's convention) and a class for its kind. `id` lets a
/// field point at its messages (`aria-describedby`); `focus` makes the list
/// where focus lands when the page loads after a submit, without
/// JavaScript (`autofocus` on a `tabindex=-1` element).
#[component]
pub fn Messages(
    messages: Vec<UiText>,
    #[prop(optional)] id: Option<String>,
    #[prop(optional)] focus: bool,
) -> impl IntoView {
    (!messages.is_empty()).then(|| {
        view! {
            <div
                class="messages"
                id=id
                tabindex=focus.then_some("-1")
                autofocus=focus
            >
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
    // Errors interrupt; info and success wait for a pause in speech.
    let role = match kind {
        MessageKind::Error => "alert",
        MessageKind::Info | MessageKind::Success => "status",
    };
    view! {
        <p class=class role=role data-testid=format!("ui/message/{}", message.id)>
            {kratos_text(&message)}
        </p>
    }
}

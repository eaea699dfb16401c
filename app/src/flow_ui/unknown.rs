use leptos::prelude::*;

use super::messages::Messages;
use crate::i18n::kratos_text;
use crate::kratos::ui::UnknownAttributes;
use crate::kratos::Node;

/// A node this build cannot draw: its label and messages as plain text so
/// the user still sees what Kratos said; nothing if it has neither.
#[component]
pub fn UnknownNode(node: Node<UnknownAttributes>) -> impl IntoView {
    let label = node.meta.label.as_ref().map(kratos_text);
    let has_text = label.is_some() || !node.messages.is_empty();
    has_text.then(|| {
        view! {
            <div class="node-unknown" data-node-type=node.attributes.node_type>
                {label.map(|l| view! { <p>{l}</p> })}
                <Messages messages=node.messages/>
            </div>
        }
    })
}

use leptos::prelude::*;

use crate::kratos::ui::AnchorAttributes;
use crate::kratos::Node;

/// An `a` node, e.g. verification's "Continue" link.
#[component]
pub fn AnchorNode(node: Node<AnchorAttributes>) -> impl IntoView {
    let a = node.attributes;
    let text = a
        .title
        .map(|t| t.text)
        .or(node.meta.label.map(|l| l.text))
        .unwrap_or_else(|| a.href.clone());
    view! {
        <a class="button anchor" href=a.href data-testid=format!("node/anchor/{}", a.id)>
            {text}
        </a>
    }
}

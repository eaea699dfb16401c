use leptos::prelude::*;

use crate::i18n::kratos_text;
use crate::kratos::ui::AnchorAttributes;
use crate::kratos::Node;
use crate::safe_url;

/// An `a` node, e.g. verification's "Continue" link.
#[component]
pub fn AnchorNode(node: Node<AnchorAttributes>) -> impl IntoView {
    let a = node.attributes;
    let text = a
        .title
        .as_ref()
        .map(kratos_text)
        .or(node.meta.label.as_ref().map(kratos_text))
        .unwrap_or_else(|| a.href.clone());
    view! {
        <a class="button anchor" href=safe_url::for_page(a.href, "anchor node href", safe_url::link) data-testid=format!("node/anchor/{}", a.id)>
            {text}
        </a>
    }
}

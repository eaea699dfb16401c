use leptos::prelude::*;

use crate::kratos::ui::ImgAttributes;
use crate::kratos::Node;

/// An `img` node: the TOTP QR code, a `data:` URI.
#[component]
pub fn ImageNode(node: Node<ImgAttributes>) -> impl IntoView {
    let a = node.attributes;
    let label = node.meta.label.map(|l| l.text);
    view! {
        <figure class="node-image">
            <img
                src=a.src
                width=a.width
                height=a.height
                alt=label.clone().unwrap_or_default()
                data-testid=format!("node/image/{}", a.id)
            />
            {label.map(|l| view! { <figcaption>{l}</figcaption> })}
        </figure>
    }
}

use leptos::prelude::*;

use crate::i18n::kratos_text;
use crate::kratos::ui::ImgAttributes;
use crate::kratos::Node;
use crate::safe_url;

/// An `img` node: the TOTP QR code, a `data:` URI.
#[component]
pub fn ImageNode(node: Node<ImgAttributes>) -> impl IntoView {
    let a = node.attributes;
    let label = node.meta.label.as_ref().map(kratos_text);
    view! {
        <figure class="node-image">
            <img
                src=safe_url::for_page(a.src, "image node src", safe_url::image)
                width=a.width
                height=a.height
                alt=label.clone().unwrap_or_default()
                data-testid=format!("node/image/{}", a.id)
            />
            {label.map(|l| view! { <figcaption>{l}</figcaption> })}
        </figure>
    }
}

use leptos::prelude::*;

use crate::kratos::ui::DivAttributes;
use crate::kratos::Node;

/// A `div` node (newer Kratos; a mount point for captchas and the like).
/// It has no text of its own.
#[component]
pub fn DivNode(node: Node<DivAttributes>) -> impl IntoView {
    let a = node.attributes;
    view! { <div id=a.id.clone() class=a.class data-testid=format!("node/div/{}", a.id)></div> }
}

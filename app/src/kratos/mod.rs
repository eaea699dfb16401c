//! The typed Kratos model: only what the UI reads, tolerant of what it
//! does not know. (The published `ory-kratos-client` crate fails to parse
//! real flows, see the notes in the README.)

pub mod error;
pub mod flow;
pub mod messages;
pub mod session;
pub mod text;
pub mod tolerant;
pub mod ui;

pub use error::{ErrorEnvelope, FlowError, GenericError};
pub use flow::{Flow, FlowKind};
pub use session::{Identity, LogoutFlow, Session};
pub use text::{MessageKind, UiText};
pub use tolerant::{Closed, Open};
pub use ui::{Group, InputAttributes, InputType, Node, UiContainer, UiNode};

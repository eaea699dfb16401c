//! The real Ory stack for local runs and tests: Kratos and Hydra built from
//! the Go module proxy, a mail sink Kratos' courier delivers to, Vestibule
//! itself, and a demo OAuth2 relying party, each on ports of its own,
//! started and stopped by PID.

pub mod chromium;
pub mod demo_app;
pub mod demo_client;
pub mod hydra;
pub mod mail_sink;
pub mod oathkeeper;
pub mod oauth2;
pub mod oauth2_login;
pub mod paths;
pub mod ports;
pub mod process;
pub mod realm;
pub mod stack;
mod template;
pub mod totp;

pub use hydra::HydraUrls;
pub use mail_sink::{Mail, MailSink};
pub use oathkeeper::OathkeeperPorts;
pub use ports::Ports;
pub use stack::{KratosOptions, OathkeeperOptions, Stack, StackSpec};

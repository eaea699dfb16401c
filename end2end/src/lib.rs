//! The real Ory stack for local runs and tests: Kratos built from the Go
//! module proxy, a mail sink its courier delivers to, and Vestibule itself,
//! each on ports of its own, started and stopped by PID.

pub mod chromium;
pub mod demo_app;
pub mod mail_sink;
pub mod oathkeeper;
pub mod paths;
pub mod ports;
pub mod process;
pub mod stack;
pub mod totp;

pub use mail_sink::{Mail, MailSink};
pub use oathkeeper::OathkeeperPorts;
pub use ports::Ports;
pub use stack::{KratosOptions, OathkeeperOptions, Stack, StackSpec};

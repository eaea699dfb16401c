//! The typed Hydra v2 admin-API model, tolerant of what it does not know.
//! The generated `ory-client` crate comes from the same generator as
//! `ory-kratos-client` and is not used.

pub mod error;

pub use error::HydraError;

//! `cargo xtask bench`: the performance report (see bench/README.md).

use anyhow::{bail, Result};

pub fn run(_args: &[String]) -> Result<()> {
    bail!("not implemented yet")
}

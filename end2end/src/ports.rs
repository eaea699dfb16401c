use std::net::TcpListener;

use anyhow::{bail, Result};

/// The host name of the first (default) realm.
pub const LOCALHOST: &str = "localhost";
/// The host name of a second realm on the same machine: another host as
/// far as cookies go, the same loopback interface.
pub const LOOPBACK: &str = "127.0.0.1";

/// The ports of one stack. The dev stack uses Kratos' usual ports and
/// Vestibule's 3000; every test stack has its own block so a developer's
/// running instance never collides with it or serves the tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ports {
    /// The host name browsers use for every URL of the stack. Cookies
    /// ignore ports, so a second realm on the same machine (its own Kratos
    /// and Hydra) must use another host name or the two overwrite each
    /// other's cookies: [`LOCALHOST`] by default, [`LOOPBACK`] for it.
    pub host: &'static str,
    pub kratos_public: u16,
    pub kratos_admin: u16,
    pub ui: u16,
    pub mail: u16,
    /// Hydra's public and admin APIs, used when the stack has Hydra.
    pub hydra_public: u16,
    pub hydra_admin: u16,
}

impl Ports {
    pub const DEV: Ports = Ports {
        host: LOCALHOST,
        kratos_public: 4433,
        kratos_admin: 4434,
        ui: 3000,
        mail: 4436,
        hydra_public: 4444,
        hydra_admin: 4445,
    };

    /// Test block `n`: 1443x for Kratos, 1300x for the UI, 1443x+6 for mail,
    /// 1454x/1454x+1 for Hydra (14444 would be block 1's Kratos admin).
    pub const fn test(n: u16) -> Ports {
        Ports {
            host: LOCALHOST,
            kratos_public: 14433 + n * 10,
            kratos_admin: 14434 + n * 10,
            ui: 13000 + n,
            mail: 14436 + n * 10,
            hydra_public: 14544 + n * 10,
            hydra_admin: 14545 + n * 10,
        }
    }

    /// The same ports, reached by browsers under `host`.
    pub const fn on_host(self, host: &'static str) -> Ports {
        Ports { host, ..self }
    }

    /// Ports the OS has free right now (bound to 127.0.0.1:0 together,
    /// then released), for a stack started beside the test blocks.
    pub fn ephemeral() -> Result<Ports> {
        let listeners = (0..6)
            .map(|_| TcpListener::bind("127.0.0.1:0"))
            .collect::<std::io::Result<Vec<_>>>()?;
        let ports = listeners
            .iter()
            .map(|l| l.local_addr().map(|a| a.port()))
            .collect::<std::io::Result<Vec<_>>>()?;
        Ok(Ports {
            host: LOCALHOST,
            kratos_public: ports[0],
            kratos_admin: ports[1],
            ui: ports[2],
            mail: ports[3],
            hydra_public: ports[4],
            hydra_admin: ports[5],
        })
    }

    pub fn all(&self) -> [(&'static str, u16); 6] {
        [
            ("Kratos public", self.kratos_public),
            ("Kratos admin", self.kratos_admin),
            ("Vestibule", self.ui),
            ("mail sink", self.mail),
            ("Hydra public", self.hydra_public),
            ("Hydra admin", self.hydra_admin),
        ]
    }

    /// Fails fast, naming the port, when anything already listens on one.
    pub fn ensure_free(&self) -> Result<()> {
        ensure_free(&self.all())
    }

    pub fn ui_url(&self) -> String {
        format!("http://{}:{}", self.host, self.ui)
    }

    pub fn kratos_public_url(&self) -> String {
        format!("http://{}:{}", self.host, self.kratos_public)
    }

    pub fn kratos_admin_url(&self) -> String {
        format!("http://{}:{}", self.host, self.kratos_admin)
    }

    /// Hydra's public API as browsers and relying parties reach it; also
    /// its issuer (no trailing slash, so `iss` and this string agree).
    pub fn hydra_public_url(&self) -> String {
        format!("http://{}:{}", self.host, self.hydra_public)
    }

    /// Hydra's admin API as Kratos and Vestibule reach it.
    pub fn hydra_admin_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.hydra_admin)
    }
}

/// Fails fast, naming the port, when anything already listens on one.
pub fn ensure_free(ports: &[(&'static str, u16)]) -> Result<()> {
    for (what, port) in ports {
        if TcpListener::bind(("127.0.0.1", *port)).is_err() {
            bail!("port {port} ({what}) is busy on 127.0.0.1: stop whatever listens there (`ss -ltnp 'sport = :{port}'`)");
        }
    }
    Ok(())
}

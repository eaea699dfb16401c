//! The floor: Debian's nginx (`nginx-light`) proxying the same flow JSON
//! from the same stub and gzipping it — one upstream call plus a
//! compressed answer, with nothing rendered. One process (no master, one
//! worker's work), so its CPU time is read from one PID like Vestibule's.

use std::path::Path;
use std::process::Command;

use anyhow::{bail, Result};

use super::sys::{self, Proc};

pub const NGINX: &str = "/usr/sbin/nginx";

/// Installs `nginx-light` from Debian when nginx is missing (as root).
pub fn ensure() -> Result<()> {
    if Path::new(NGINX).is_file() {
        return Ok(());
    }
    let root = sys::output("id", &["-u"]).is_some_and(|u| u.trim() == "0");
    if !root {
        bail!("nginx is missing: run `sudo apt-get install -y nginx-light`");
    }
    let env = [("DEBIAN_FRONTEND", "noninteractive".to_owned())];
    crate::cmd("apt-get", &["update", "-qq"], &env)?;
    crate::cmd("apt-get", &["install", "-y", "-qq", "nginx-light"], &env)?;
    // The package starts a system nginx on :80; the benchmark needs only
    // the binary.
    let _ = Command::new("service").args(["nginx", "stop"]).status();
    Ok(())
}

/// gzip level: nginx's default (1), stated in the table.
pub const GZIP_LEVEL: u32 = 1;

fn config(dir: &Path, port: u16, stub_port: u16) -> String {
    let d = dir.display();
    format!(
        "daemon off;\nmaster_process off;\nworker_processes 1;\npid {d}/nginx.pid;\n\
error_log {d}/error.log warn;\nevents {{ worker_connections 1024; }}\n\
http {{\n  access_log off;\n  client_body_temp_path {d}/body;\n  proxy_temp_path {d}/proxy;\n\
  fastcgi_temp_path {d}/fastcgi;\n  uwsgi_temp_path {d}/uwsgi;\n  scgi_temp_path {d}/scgi;\n\
  upstream stub {{ server 127.0.0.1:{stub_port}; keepalive 64; }}\n\
  gzip on;\n  gzip_comp_level {GZIP_LEVEL};\n  gzip_min_length 512;\n  gzip_proxied any;\n\
  gzip_types application/json;\n\
  server {{\n    listen 127.0.0.1:{port};\n    location / {{\n      proxy_pass http://stub;\n\
      proxy_http_version 1.1;\n      proxy_set_header Connection \"\";\n    }}\n  }}\n}}\n"
    )
}

/// Starts nginx on `port` (on `cpu` when given) in front of the stub.
pub fn start(logs: &Path, port: u16, stub_port: u16, cpu: Option<u32>) -> Result<Proc> {
    let dir = logs.join("nginx");
    std::fs::create_dir_all(&dir)?;
    let conf = dir.join("nginx.conf");
    std::fs::write(&conf, config(&dir, port, stub_port))?;
    let mut cmd = match cpu {
        Some(cpu) => {
            let mut c = Command::new("taskset");
            c.args(["-c", &cpu.to_string(), NGINX]);
            c
        }
        None => Command::new(NGINX),
    };
    cmd.arg("-p")
        .arg(&dir)
        .arg("-e")
        .arg(dir.join("error.log"))
        .arg("-c")
        .arg(&conf);
    Proc::spawn("nginx", cmd, &dir.join("stdout.log"))
}

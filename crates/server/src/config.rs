//! Configuration from environment variables, each with a documented default.

use std::path::{Path, PathBuf};

use rand::RngCore;

/// Settings of one server process.
#[derive(Clone)]
pub struct Config {
    /// `DATABASE_URL`: `postgres://…` for PostgreSQL, otherwise a SQLite file path.
    pub database_url: String,
    /// `HOPDONG_BIND`: the address to listen on.
    pub bind: String,
    /// `HOPDONG_DATA_DIR`: where the SQLite file and the generated signing secret live.
    pub data_dir: PathBuf,
    /// `HOPDONG_JWT_SECRET`, or the secret generated into the data folder on first run.
    pub jwt_secret: Vec<u8>,
    /// `HOPDONG_PROVINCE_PREFIX`: the first two digits of every unit code.
    pub province_prefix: String,
    /// `HOPDONG_EXPIRING_DAYS`: a contract ending within this many days counts as expiring.
    pub expiring_window_days: u16,
    /// `HOPDONG_STATIC_DIR`: the built web app to serve at `/`, if present.
    pub static_dir: Option<PathBuf>,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The secret is left out on purpose: this is what start-up logs print.
        f.debug_struct("Config")
            .field("database", &redact_url(&self.database_url))
            .field("bind", &self.bind)
            .field("data_dir", &self.data_dir)
            .field("province_prefix", &self.province_prefix)
            .field("expiring_window_days", &self.expiring_window_days)
            .field("static_dir", &self.static_dir)
            .finish()
    }
}

/// The shortest signing secret accepted from `HOPDONG_JWT_SECRET`, in bytes.
pub const MIN_SECRET_BYTES: usize = 32;

impl Config {
    /// Reads the configuration from the environment, creating the data folder and the signing
    /// secret when they do not exist yet.
    pub fn from_env() -> Result<Config, String> {
        let data_dir = PathBuf::from(env_or("HOPDONG_DATA_DIR", "data"));
        std::fs::create_dir_all(&data_dir)
            .map_err(|e| format!("cannot create data folder {}: {e}", data_dir.display()))?;
        let database_url = std::env::var("DATABASE_URL")
            .ok()
            .filter(|url| !url.trim().is_empty())
            .unwrap_or_else(|| {
                data_dir
                    .join("hopdong.sqlite")
                    .to_string_lossy()
                    .into_owned()
            });
        let jwt_secret = match std::env::var("HOPDONG_JWT_SECRET") {
            Ok(secret) if secret.len() >= MIN_SECRET_BYTES => secret.into_bytes(),
            Ok(_) => {
                return Err(format!(
                    "HOPDONG_JWT_SECRET must be at least {MIN_SECRET_BYTES} bytes; \
                     unset it to have one generated into the data folder"
                ))
            }
            Err(_) => load_or_create_secret(&data_dir)?,
        };
        let province_prefix = env_or("HOPDONG_PROVINCE_PREFIX", "79");
        if province_prefix.len() != 2 || !province_prefix.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!(
                "HOPDONG_PROVINCE_PREFIX must be two digits, such as 79; got {province_prefix:?}"
            ));
        }
        let expiring = env_or("HOPDONG_EXPIRING_DAYS", "60");
        let expiring_window_days = expiring.parse::<u16>().map_err(|_| {
            format!("HOPDONG_EXPIRING_DAYS must be a whole number of days; got {expiring:?}")
        })?;
        let static_dir = std::env::var("HOPDONG_STATIC_DIR")
            .ok()
            .map(PathBuf::from)
            .or_else(|| Some(PathBuf::from("frontend/dist")))
            .filter(|dir| dir.join("index.html").is_file());
        Ok(Config {
            database_url,
            bind: env_or("HOPDONG_BIND", "127.0.0.1:8080"),
            data_dir,
            jwt_secret,
            province_prefix,
            expiring_window_days,
            static_dir,
        })
    }
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name)
        .ok()
        .filter(|value| !value.trim().is_empty())
        .unwrap_or_else(|| default.to_owned())
}

fn load_or_create_secret(data_dir: &Path) -> Result<Vec<u8>, String> {
    let path = data_dir.join("jwt-secret");
    if let Ok(existing) = std::fs::read(&path) {
        if existing.len() >= MIN_SECRET_BYTES {
            return Ok(existing);
        }
        return Err(format!(
            "{} holds fewer than {MIN_SECRET_BYTES} bytes; delete it to have a new one generated \
             (every signed-in user will have to sign in again)",
            path.display()
        ));
    }
    let mut secret = vec![0_u8; 64];
    rand::rngs::OsRng.fill_bytes(&mut secret);
    write_private(&path, &secret)
        .map_err(|e| format!("cannot write signing secret {}: {e}", path.display()))?;
    Ok(secret)
}

#[cfg(unix)]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(bytes)
}

#[cfg(not(unix))]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, bytes)
}

/// Hides the password in a database URL for logs.
pub fn redact_url(url: &str) -> String {
    let (Some(scheme_end), Some(at)) = (url.find("://"), url.rfind('@')) else {
        return url.to_owned();
    };
    if at < scheme_end {
        return url.to_owned();
    }
    match url[scheme_end + 3..at].split_once(':') {
        Some((user, _password)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::redact_url;

    #[test]
    fn password_is_hidden() {
        assert_eq!(
            redact_url("postgres://app:s3cret@db:5432/hopdong"),
            "postgres://app:***@db:5432/hopdong"
        );
    }

    #[test]
    fn url_without_password_is_kept() {
        assert_eq!(
            redact_url("postgres://postgres@127.0.0.1/x"),
            "postgres://postgres@127.0.0.1/x"
        );
        assert_eq!(redact_url("data/hopdong.sqlite"), "data/hopdong.sqlite");
    }
}

//! `hopdong`: the server and its admin commands.

use std::io::IsTerminal;
use std::process::ExitCode;

use actix_web::HttpServer;
use clap::{Parser, Subcommand};
use hopdong::auth::password;
use hopdong::config::Config;
use hopdong::services::accounts::check_username;
use hopdong::services::parse_unit_code;
use hopdong::{app, import, openapi, prepare};
use hopdong_domain::Role;
use hopdong_store::accounts::{self, NewUser};
use hopdong_store::{Scope, Store, StoreError};
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::EnvFilter;

/// Yearly web-portal contracts between the Centre and the city's schools.
///
/// Configuration comes from environment variables; see the README for the list.
#[derive(Debug, Parser)]
#[command(name = "hopdong", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Applies migrations, seeds an empty database and serves the API (and the web app if built).
    Serve {
        /// Load only the districts and their offices into an empty database: no demo schools
        /// and no demo accounts (create the first account with `admin create-user`).
        #[arg(long)]
        no_demo_data: bool,
    },
    /// Account administration.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Imports data from files.
    Import {
        #[command(subcommand)]
        command: ImportCommand,
    },
    /// Prints the OpenAPI document as YAML (the content of openapi.yaml).
    Openapi,
}

#[derive(Debug, Subcommand)]
enum AdminCommand {
    /// Creates an account; the password comes from HOPDONG_PASSWORD or standard input.
    CreateUser {
        #[arg(long, value_parser = ["unit", "district", "centre"])]
        role: String,
        #[arg(long)]
        username: String,
        /// The unit of a `unit` account.
        #[arg(long)]
        unit_code: Option<String>,
        /// The office of a `district` account.
        #[arg(long)]
        office_id: Option<i64>,
    },
    /// Sets an account's password from HOPDONG_PASSWORD or standard input, ending its sessions.
    SetPassword {
        #[arg(long)]
        username: String,
    },
    /// Copies the SQLite database to a new file while the server keeps running.
    Backup { file: std::path::PathBuf },
}

#[derive(Debug, Subcommand)]
enum ImportCommand {
    /// Registers or updates units from a CSV file (columns code,name,area_code[,office_id,...]).
    Units { file: std::path::PathBuf },
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| EnvFilter::new("info,actix_server=warn")),
        )
        .with_span_events(FmtSpan::CLOSE)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Openapi => {
            print!("{}", openapi::yaml());
            Ok(())
        }
        Command::Serve { no_demo_data } => serve(!no_demo_data),
        Command::Admin { command } => admin(command),
        Command::Import {
            command: ImportCommand::Units { file },
        } => import_units(&file),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn serve(with_demo: bool) -> Result<(), String> {
    let config = Config::from_env()?;
    tracing::info!(config = ?config, "starting");
    let bind = config.bind.clone();
    let (state, report) = prepare(config, with_demo)?;
    tracing::info!(
        backend = state.store.backend().as_str(),
        areas_added = report.areas,
        units_added = report.units,
        tariff_added = report.tariff_added,
        "database ready"
    );
    if !report.demo_accounts.is_empty() {
        // Printed to standard output, not the log: these passwords are shown this once.
        println!("Demo accounts (passwords are shown only now; change them after signing in):");
        for (role, username, secret) in &report.demo_accounts {
            println!("  {role:<9} username: {username:<10} password: {secret}");
        }
    }
    actix_web::rt::System::new().block_on(async move {
        let server = HttpServer::new(move || app::build(state.clone()))
            .bind(&bind)
            .map_err(|e| {
                format!("cannot listen on {bind}: {e}; set HOPDONG_BIND to another address")
            })?;
        println!("Listening on http://{bind}");
        server
            .run()
            .await
            .map_err(|e| format!("server stopped: {e}"))
    })
}

fn open_store() -> Result<(Config, Store), String> {
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).map_err(|e| e.to_string())?;
    Ok((config, store))
}

/// Reads a password from HOPDONG_PASSWORD, else from the terminal without echo, else the first
/// line of standard input.
fn read_password() -> Result<String, String> {
    if let Ok(secret) = std::env::var("HOPDONG_PASSWORD") {
        return Ok(secret);
    }
    if std::io::stdin().is_terminal() {
        return rpassword::prompt_password("Password: ")
            .map_err(|e| format!("cannot read the password from the terminal: {e}"));
    }
    let mut input = String::new();
    std::io::stdin()
        .read_line(&mut input)
        .map_err(|e| format!("cannot read the password from standard input: {e}"))?;
    Ok(input.trim_end_matches(['\r', '\n']).to_owned())
}

fn admin(command: AdminCommand) -> Result<(), String> {
    match command {
        AdminCommand::CreateUser {
            role,
            username,
            unit_code,
            office_id,
        } => {
            let role: Role = role
                .parse()
                .map_err(|e: hopdong_domain::ParseEnumError| e.to_string())?;
            check_username(&username).map_err(|e| e.message)?;
            let (config, store) = open_store()?;
            let scope = match (role, unit_code, office_id) {
                (Role::Centre, None, None) => Scope::Centre,
                (Role::Unit, Some(code), None) => {
                    let code = parse_unit_code(&code, &config.province_prefix, "--unit-code")
                        .map_err(|e| e.message)?;
                    let exists = store
                        .read(|conn| hopdong_store::units::find_identity(conn, code.as_str()))
                        .map_err(|e| e.to_string())?;
                    if exists.is_none() {
                        return Err(format!("no unit has the code {}", code.as_str()));
                    }
                    Scope::Unit(code.as_str().to_owned())
                }
                (Role::District, None, Some(office)) => {
                    let exists = store
                        .read(|conn| hopdong_store::areas::find_office(conn, office))
                        .map_err(|e| e.to_string())?;
                    if exists.is_none() {
                        return Err(format!(
                            "no district office has the id {office}; GET /api/v1/offices lists them"
                        ));
                    }
                    Scope::District(office)
                }
                _ => {
                    return Err(
                        "a unit account needs --unit-code, a district account --office-id, \
                                and a centre account neither"
                            .to_owned(),
                    )
                }
            };
            let secret = read_password()?;
            if let Some(problem) = password::weakness(&secret) {
                return Err(problem);
            }
            let password_hash = password::hash(&secret).map_err(|e| e.to_string())?;
            let user = NewUser {
                username: username.clone(),
                password_hash,
                scope,
            };
            store
                .write(|conn| accounts::insert_user(conn, &user))
                .map_err(|error| match error {
                    StoreError::Duplicate { .. } => format!("username {username:?} is taken"),
                    other => other.to_string(),
                })?;
            println!("created {} account {username}", role.as_str());
            Ok(())
        }
        AdminCommand::Backup { file } => {
            let (_, store) = open_store()?;
            store
                .backup_sqlite(&file)
                .map_err(|e| format!("backup failed: {e}"))?;
            println!("database copied to {}", file.display());
            Ok(())
        }
        AdminCommand::SetPassword { username } => {
            let secret = read_password()?;
            if let Some(problem) = password::weakness(&secret) {
                return Err(problem);
            }
            let (_, store) = open_store()?;
            let hash = password::hash(&secret).map_err(|e| e.to_string())?;
            store
                .write(|conn| {
                    let user =
                        accounts::find_by_username(conn, &username)?.ok_or(StoreError::NotFound)?;
                    accounts::set_password_hash(conn, user.id, &hash)?;
                    accounts::revoke_all_refresh_tokens(conn, user.id)?;
                    Ok::<_, StoreError>(())
                })
                .map_err(|error| match error {
                    StoreError::NotFound => format!("no account is named {username:?}"),
                    other => other.to_string(),
                })?;
            println!("password of {username} changed; its sessions end at their next refresh");
            Ok(())
        }
    }
}

fn import_units(file: &std::path::Path) -> Result<(), String> {
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        format!(
            "{} is not UTF-8 text; save it as \"CSV UTF-8\" (in Excel: Save As, CSV UTF-8) and \
             import it again",
            file.display()
        )
    })?;
    let (config, store) = open_store()?;
    let report =
        import::import_file(&store, &text, &config.province_prefix).map_err(
            |error| match error {
                import::ImportError::Rows(errors) => report_rows(file, &errors),
                import::ImportError::Store(e) => format!("import failed, nothing was written: {e}"),
            },
        )?;
    println!(
        "{}: {} inserted, {} updated, {} unchanged",
        file.display(),
        report.inserted,
        report.updated,
        report.unchanged
    );
    Ok(())
}

fn report_rows(file: &std::path::Path, errors: &[import::RowError]) -> String {
    let mut text = format!(
        "{}: {} bad row(s), nothing was imported:",
        file.display(),
        errors.len()
    );
    for error in errors {
        text.push_str(&format!("\n  {error}"));
    }
    text
}

//! End-to-end tests of the JSON API over HTTP, each run on SQLite and on PostgreSQL.

mod common;

mod auth;
mod bad_input;
mod import;
mod openapi;
mod rules;
mod scope;
mod web_app;
mod workflow;

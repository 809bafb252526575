//! Every integration test of the repository in one binary (each linked test binary carried both
//! clients; one binary links them once). Modules are named by subject; TLS tests stay in their own
//! binary because the rustls crypto provider they install is process-wide.

mod codegen;
mod corpus;
mod ergonomics;
mod faults;
mod fidelity;
mod flowglad;
mod mocks;
mod pacing;
mod package;
mod polar_fixtures;
mod polar_loopback;
mod properties;
mod response_models;
mod runtime;
mod service_api;
mod snapshots;
mod surface;
mod traps;
mod webhooks;

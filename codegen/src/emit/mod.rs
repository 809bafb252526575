//! Stage 5, *emit*: the modules progenitor lacks, written from the model and the surface.
pub mod client;
mod ergonomics;
mod examples;
pub mod extend;
mod mock;

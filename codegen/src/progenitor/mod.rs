//! Stage 4, *generate*: the one boundary with progenitor and typify. Only this module imports
//! them or reads what they print; every change made to their output is a named function here,
//! with a unit test on a minimal spec showing its before and after (`tests`), so an upgrade that
//! changes their output fails those tests and nothing else.
//!
//! - this file: the settings, running progenitor (its errors, and as a last resort its panics,
//!   become located [`Error::Generate`]s), and parsing its tokens;
//! - [`builders`]: typify's builders of the types no request carries left out, on the tokens;
//! - [`types`]: the changes to typify's `types` module (the emitted enums and unions put in
//!   place, three-state fields, redacted `Debug`, `Eq`, explained untagged unions);
//! - [`surface`]: what was generated, read once into typed data for the emit stage;
//! - [`client`]: the changes to progenitor's client and builders (`send_raw`, options, wire
//!   rules, the public surface) and the emitted items put in place;
//! - `syntax`: reading helpers for the above.

pub mod builders;
pub mod client;
pub mod surface;
mod syntax;
#[cfg(test)]
mod tests;
pub mod types;

pub use builders::without_unused_builders;
pub use surface::{Field, OkKind, Op, Param, Place, Surface, TypeName, last_ident, nonzero, wrapped};

use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

use ::progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};
use proc_macro2::TokenStream;

use crate::error::{Error, Location, Result};
use crate::model::Prepared;
use crate::naming::rust_name;

/// The settings every generated crate is built with.
pub fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::default();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_inner_type(quote::quote!(::checkout_runtime::__private::ClientState))
        .with_hooks(HooksMode::Expected)
        // Services compare models in their tests; `Eq` is impossible where a model holds a float.
        .with_derive("PartialEq");
    settings
}

/// [`settings`], plus: typify generates nothing for the enums and unions the emit stage
/// writes itself, and refers to each as `types::<Name>` (the `types` module imports itself, so
/// the path resolves everywhere progenitor writes one). Generating them only to replace them was
/// about a tenth of the pipeline's time.
pub fn settings_for(prepared: &Prepared) -> GenerationSettings {
    let mut settings = settings();
    for e in &prepared.enums {
        // What `checkout_runtime::string_enum!` implements, as typify asks.
        settings.with_replacement(&e.rust_name, format!("types::{}", e.rust_name), [TypeImpl::FromStr, TypeImpl::Display].into_iter());
    }
    for u in &prepared.unions {
        settings.with_replacement(&u.rust_name, format!("types::{}", u.rust_name), std::iter::empty());
    }
    for (name, _) in &prepared.constants {
        let name = rust_name(name);
        settings.with_replacement(&name, format!("types::{name}"), [TypeImpl::Default].into_iter());
    }
    settings
}

/// Runs progenitor on `prepared` with [`settings_for`], then leaves out the builders no request
/// uses ([`without_unused_builders`]); `file` names the spec in errors.
pub fn generate(prepared: &Prepared, file: &str) -> Result<TokenStream> {
    Ok(without_unused_builders(generate_with(&prepared.doc, &settings_for(prepared), file)?, prepared))
}

/// Parses progenitor's tokens into a syntax tree; `spec_name` names the spec in errors.
pub fn parse(tokens: TokenStream, spec_name: &str) -> Result<syn::File> {
    syn::parse2(tokens).map_err(|e| Error::Format { location: Location::file(spec_name), message: e.to_string() })
}

/// Runs progenitor with explicit settings (benchmarks use this as their baseline).
pub fn generate_with(doc: &openapiv3::OpenAPI, settings: &GenerationSettings, file: &str) -> Result<TokenStream> {
    let outcome = quietly(|| Generator::new(settings).generate_tokens(doc));
    match outcome {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(e)) => Err(Error::Generate { location: Location::file(file), message: e.to_string() }),
        Err(panic) => Err(Error::Generate { location: Location::file(file), message: format!("progenitor panicked: {panic}") }),
    }
}

thread_local! {
    /// Set while this thread runs progenitor: a panic message is captured here instead of printed.
    static CAPTURE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `f`, turning a panic into `Err(message)`. The panic is not printed to stderr: a hook
/// installed once (and chaining to the previous hook for every other thread and panic) captures it.
fn quietly<T>(f: impl FnOnce() -> T) -> std::result::Result<T, String> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let captured = CAPTURE.with(|c| {
                let mut slot = c.borrow_mut();
                match slot.as_mut() {
                    Some(message) => {
                        let payload = info
                            .payload()
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| info.payload().downcast_ref::<String>().cloned())
                            .unwrap_or_else(|| "unknown panic".into());
                        let at = info.location().map(|l| format!(" ({}:{})", l.file(), l.line())).unwrap_or_default();
                        *message = format!("{payload}{at}");
                        true
                    }
                    None => false,
                }
            });
            if !captured {
                previous(info);
            }
        }));
    });
    CAPTURE.with(|c| *c.borrow_mut() = Some(String::new()));
    let result = catch_unwind(AssertUnwindSafe(f));
    let message = CAPTURE.with(|c| c.borrow_mut().take()).unwrap_or_default();
    result.map_err(|_| message)
}

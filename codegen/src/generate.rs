//! Stage 4, *generate*: drive `progenitor::Generator` (builder interface, merged tags) on the
//! prepared document. progenitor's own errors, and as a last resort its panics, become located
//! [`Error::Generate`]s; validation exists so that the last resort is never needed.

use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

use proc_macro2::TokenStream;
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};

use crate::error::{Error, Location, Result};
use crate::prepare::Prepared;

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

/// [`settings`], plus: typify generates nothing for the enums and unions the extend stage
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
    settings
}

/// Runs progenitor on `prepared` with [`settings_for`]; `file` names the spec in errors.
pub fn generate(prepared: &Prepared, file: &str) -> Result<TokenStream> {
    generate_with(&prepared.doc, &settings_for(prepared), file)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_a_message_and_later_panics_still_propagate() {
        let err = quietly(|| -> u8 { panic!("boom {}", 7) }).unwrap_err();
        assert!(err.starts_with("boom 7 ("), "{err}");
        assert_eq!(quietly(|| 5).unwrap(), 5);
        assert!(catch_unwind(|| panic!("outside")).is_err());
    }
}

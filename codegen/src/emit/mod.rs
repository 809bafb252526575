//! Stage 5, *emit*: the modules and items progenitor lacks, each written from the model and the
//! [`Surface`] (what progenitor generated, read by the boundary) — never from progenitor's items.
//! Emitters do not use one another; what one hands another (the constructors the examples
//! call) passes through this module's types.
//!
//! - [`types`]: string enums, discriminated unions and one-value booleans, in typify's place;
//! - [`ergonomics`]: constructors, `clear_<field>()`, union accessors, nested-union conversions;
//! - [`setters`]: the body's fields as setters of the operation builder;
//! - [`client`]: each builder's typed `send`, the runtime glue (`ClientHooks`, credentials,
//!   version header, rate limits, idempotency), `Server` and `ClientBuilder`, secret fields;
//! - [`errors`]: the per-operation error and success enums;
//! - [`pagination`]: `<op>_pages` and `<op>_items`;
//! - [`webhooks`]: the `webhooks` module;
//! - [`mock`]: the `mock` feature's typed mock server and example values;
//! - [`doctests`]: each operation method's doctest (progenitor's `ignore` example replaced).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::bounds::{Bound, Rule};
use crate::model::{Prepared, Status};
use crate::naming::rust_name;
use crate::progenitor::{Op, Surface};

pub mod client;
pub mod doctests;
pub mod ergonomics;
pub mod errors;
pub mod mock;
pub mod pagination;
pub mod setters;
pub mod types;
pub mod webhooks;

/// The modules added beside progenitor's, in the order they follow its items.
pub fn modules(prepared: &Prepared, surface: &Surface) -> Vec<TokenStream> {
    let ops = &surface.ops;
    vec![
        mock::module(surface, prepared),
        errors::errors_module(ops),
        errors::successes_module(ops),
        client::secret_fields(prepared),
        client::hooks(ops),
        client::servers_and_builder(prepared),
        pagination::pagination(ops),
        webhooks::webhooks(prepared),
    ]
}

/// One constructor the ergonomics emitter wrote: `<name>::new(args…)`, each argument with the
/// type it converts into.
#[derive(Debug, Clone)]
pub struct Constructor {
    /// The type's Rust name.
    pub name: String,
    /// The arguments in order: their names and types (`impl Into<T>` as `T`).
    pub args: Vec<(String, syn::Type)>,
    /// Whether the arguments are given by name, as the fields of `<name>Required` (several
    /// are of one type), instead of to `new`.
    pub named: bool,
}

/// The operation's error enum: `<Method>Error` (`CheckoutsGetError`).
pub(crate) fn error_enum(op: &Op) -> syn::Ident {
    format_ident!("{}Error", rust_name(&op.method.to_string()))
}

/// The operation's success enum, when its 2xx bodies differ: `<Method>Success`.
pub(crate) fn success_enum(op: &Op) -> syn::Ident {
    format_ident!("{}Success", rust_name(&op.method.to_string()))
}

/// The variant name for a documented error status: its reason phrase (`404` → `NotFound`).
pub(crate) fn status_variant(status: Status) -> String {
    match status {
        Status::Default => "Default".into(),
        Status::Range(4) => "ClientError".into(),
        Status::Range(5) => "ServerError".into(),
        Status::Range(class) => format!("Status{class}XX"),
        Status::Code(code) => crate::openapi::reason_phrase(code).map(rust_name).unwrap_or_else(|| format!("Status{code}")),
    }
}

/// The variant name of a success status: its reason phrase (`201` → `Created`).
pub(crate) fn success_variant(code: u16) -> String {
    crate::openapi::reason_phrase(code).map(rust_name).unwrap_or_else(|| format!("Status{code}"))
}

/// Names `MockServer` uses itself; an operation method with one of them gets `_op` appended.
const RESERVED: &[&str] = &["start", "url", "client", "received", "verify", "inner"];

/// The `MockServer` method that expects operation method `method`: the same name, unless
/// `MockServer` uses it itself.
pub(crate) fn expectation_method(method: &str) -> String {
    if RESERVED.contains(&method) { format!("{method}_op") } else { method.to_owned() }
}

/// `checkout_runtime::bounds::Rule`s, as a list of expressions.
pub(crate) fn rule_tokens(rules: &[Rule]) -> TokenStream {
    let rules = rules.iter().map(|Rule { path, bound }| {
        let number = |n: &f64| {
            let n = proc_macro2::Literal::f64_suffixed(*n);
            quote!(#n)
        };
        let (variant, value) = match bound {
            Bound::MinLength(n) => ("MinLength", quote!(#n)),
            Bound::MaxLength(n) => ("MaxLength", quote!(#n)),
            Bound::Minimum(n) => ("Minimum", number(n)),
            Bound::Maximum(n) => ("Maximum", number(n)),
            Bound::ExclusiveMinimum(n) => ("ExclusiveMinimum", number(n)),
            Bound::ExclusiveMaximum(n) => ("ExclusiveMaximum", number(n)),
            Bound::Pattern(pattern) => ("Pattern", quote!(#pattern)),
            Bound::OneOf(values) => ("OneOf", quote!(&[#( #values ),*])),
            Bound::MinItems(n) => ("MinItems", quote!(#n)),
            Bound::MaxItems(n) => ("MaxItems", quote!(#n)),
            Bound::MaxEntries(n) => ("MaxEntries", quote!(#n)),
        };
        let variant = format_ident!("{}", variant);
        let bound = quote!(#variant(#value));
        quote!(::checkout_runtime::bounds::Rule { path: #path, bound: ::checkout_runtime::bounds::Bound::#bound })
    });
    quote!(#( #rules ),*)
}

#[cfg(test)]
pub(crate) mod fixture {
    //! One small API with every construct the emitters write from: servers with rate limits, a
    //! version header, bearer auth, an idempotency header, cursor paging, webhooks, documented
    //! errors by code, range and `default`, different success bodies, a one-value enum, a
    //! discriminated union and a partial update.

    use crate::model::Prepared;

    pub(crate) const SPEC: &str = r##"
openapi: 3.0.3
info:
  title: Emit
  version: "2026-01-01"
  x-version-header: {name: Api-Version, value: "2026-01"}
  x-idempotency-header: Idempotency-Key
servers:
  - {url: "https://api.example.com", x-server-name: production, x-rate-limit: [{requests: 100, seconds: 60}]}
  - {url: "https://sandbox.example.com", x-server-name: sandbox}
security: [{token: []}]
x-webhooks:
  tag: type
  key: base64
  events:
    order.created: {$ref: "#/components/schemas/OrderCreated", description: An order was created.}
paths:
  /orders:
    get:
      operationId: orders.list
      x-pagination: {style: cursor, cursor_param: cursor, next_cursor: next, items: data}
      parameters:
        - {name: cursor, in: query, schema: {type: string, pattern: "^c_[0-9]+$"}}
        - {name: status, in: query, schema: {$ref: "#/components/schemas/Status"}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/OrderPage"}}}}
        "404": {description: missing, content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}
        "4XX": {description: refused, content: {text/plain: {schema: {type: string}}}}
        default: {description: anything else}
    post:
      operationId: orders.create
      x-rate-limit: [{requests: 5, seconds: 60}]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/OrderCreate"}}}
      responses:
        "201": {description: created, content: {application/json: {schema: {$ref: "#/components/schemas/Order"}}}}
  /orders/{id}:
    patch:
      operationId: orders.update
      security: []
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/OrderUpdate"}}}
      responses:
        "200": {description: updated, content: {application/json: {schema: {$ref: "#/components/schemas/Order"}}}}
        "202": {description: queued, content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}
components:
  securitySchemes:
    token: {type: http, scheme: bearer}
  schemas:
    Status: {type: string, enum: [open, closed]}
    Kind: {type: string, enum: [book]}
    Problem: {type: object, required: [detail], properties: {detail: {type: string}}}
    OrderCreate:
      type: object
      required: [line, note]
      properties:
        note: {type: string, nullable: true}
        quantity: {type: integer}
        line: {$ref: "#/components/schemas/Line"}
        nickname: {type: string, maxLength: 200}
        count: {type: integer, maximum: 10}
        seats: {type: integer, minimum: 1}
        tags: {type: array, items: {type: string}, maxItems: 3}
    OrderUpdate:
      type: object
      properties:
        note: {type: string, nullable: true}
    Line:
      oneOf: [{$ref: "#/components/schemas/Book"}, {$ref: "#/components/schemas/Pen"}]
      discriminator: {propertyName: kind, mapping: {book: "#/components/schemas/Book", pen: "#/components/schemas/Pen"}}
    Book:
      type: object
      required: [kind, sku]
      properties: {kind: {$ref: "#/components/schemas/Kind"}, sku: {type: string}}
    Pen:
      type: object
      required: [kind, sku]
      properties: {kind: {type: string}, sku: {type: string}, colour: {type: string}}
    Order:
      type: object
      required: [id, line, status]
      properties:
        id: {type: string}
        line: {$ref: "#/components/schemas/Line"}
        status: {$ref: "#/components/schemas/Status"}
    OrderPage:
      type: object
      required: [data]
      properties:
        data: {type: array, items: {$ref: "#/components/schemas/Order"}}
        next: {type: string, nullable: true}
    OrderCreated:
      type: object
      required: [type, data]
      properties:
        type: {type: string, enum: [order.created]}
        data: {$ref: "#/components/schemas/Order"}
"##;

    /// The model of [`SPEC`], and progenitor's output with the boundary's type changes made
    /// (what the surface is read from), and the three-state fields.
    pub(crate) fn load() -> (Prepared, syn::File, Vec<(String, Vec<String>)>) {
        let spec = crate::spec::Spec::parse("emit.yaml", SPEC.as_bytes()).expect("the spec loads");
        let prepared = crate::model::build(&spec, crate::check::check(&spec)).expect("the spec is valid");
        let tokens = crate::progenitor::generate(&prepared, "emit.yaml").expect("progenitor generates");
        let mut file = crate::progenitor::parse(tokens, "emit.yaml").expect("the tokens parse");
        let three_state = crate::progenitor::types::patch(
            &mut file,
            &prepared,
            super::types::replacements(&prepared),
            super::types::deserialize_present_tokens(),
        )
        .expect("the types change");
        (prepared, file, three_state)
    }

    /// `tokens` without whitespace, as `quote` prints them.
    pub(crate) fn squeezed(tokens: &proc_macro2::TokenStream) -> String {
        tokens.to_string().split_whitespace().collect()
    }
}
